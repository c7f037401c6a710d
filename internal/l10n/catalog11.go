package l10n

import "fmt"

// The 1.1 messages (must-have duties, actions and the plan, unknown
// answers and estimates, evidence, reference status, regimes, run --from)
// are kept in files of their own, catalog11_en.go and catalog11_sv.go,
// and added to the catalogues here, so that the two halves of the
// catalogue can grow in parallel. A key defined twice is a bug that
// panics when the program starts, and so fails every test.
func init() {
	add(&english, english11, english11Count)
	add(&swedish, swedish11, swedish11Count)
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
