package cli

// cmdReport is being built; until then it says so plainly.
func cmdReport(env *Env, args []string) error { return usageErr("report: not built yet") }
