package cli

// cmdDiff is being built; until then it says so plainly.
func cmdDiff(env *Env, args []string) error { return usageErr("diff: not built yet") }
