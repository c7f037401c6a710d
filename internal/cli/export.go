package cli

// cmdExport is being built; until then it says so plainly.
func cmdExport(env *Env, args []string) error { return usageErr("export: not built yet") }
