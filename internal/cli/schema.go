package cli

// cmdSchema is being built; until then it says so plainly.
func cmdSchema(env *Env, args []string) error { return usageErr("schema: not built yet") }
