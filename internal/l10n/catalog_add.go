package l10n

import "fmt"

// Messages by subject are kept in pairs of files of their own and added to
// the catalogues here, so that the catalogue grows by subject, in
// parallel: the duties (must-haves, actions and the plan, unknown answers
// and estimates, evidence, reference status, regimes, run --from), the
// result summary, the command line's own lines, the words of `changes`
// and the refusals of answers, actions and evidence. A key defined twice
// is a bug that panics when the program starts, and so fails every test.
func init() {
	add(&english, englishDuties, englishDutiesCount)
	add(&swedish, swedishDuties, swedishDutiesCount)
	add(&english, englishSummary, nil)
	add(&swedish, swedishSummary, nil)
	add(&english, englishCLI, englishCLICount)
	add(&swedish, swedishCLI, swedishCLICount)
	add(&english, englishChanges, englishChangesCount)
	add(&swedish, swedishChanges, swedishChangesCount)
	add(&english, englishErrors, nil)
	add(&swedish, swedishErrors, nil)
}

func add(c *catalog, text map[Key]string, count map[Key]Forms) {
	for k, v := range text {
		if _, dup := c.text[k]; dup {
			panic(fmt.Sprintf("l10n: message %q defined twice in %s", k, c.lang))
		}
		c.text[k] = v
	}
	for k, v := range count {
		if _, dup := c.count[k]; dup {
			panic(fmt.Sprintf("l10n: counted phrase %q defined twice in %s", k, c.lang))
		}
		c.count[k] = v
	}
}
