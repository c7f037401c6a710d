package cli

// cmdRun is being built; until then it says so plainly.
func cmdRun(env *Env, args []string) error { return usageErr("run: not built yet") }
