package cli

// The commands below are being built in their own files; until then they
// say so plainly instead of pretending to work.

func cmdRun(env *Env, args []string) error    { return usageErr("run: not built yet") }
func cmdReport(env *Env, args []string) error { return usageErr("report: not built yet") }
func cmdDiff(env *Env, args []string) error   { return usageErr("diff: not built yet") }
func cmdExport(env *Env, args []string) error { return usageErr("export: not built yet") }
func cmdSchema(env *Env, args []string) error { return usageErr("schema: not built yet") }
