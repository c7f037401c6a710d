package tui

// fenwick counts, by question index, the questions that apply, so that a
// question's place among them ("question 12 of 80") is found and kept up
// to date in O(log n) as answers change what applies.
type fenwick []int

func newFenwick(n int) fenwick { return make(fenwick, n+1) }

// add adds d at index i.
func (f fenwick) add(i, d int) {
	for i++; i < len(f); i += i & -i {
		f[i] += d
	}
}

// sum is the total at indexes 0 to i.
func (f fenwick) sum(i int) int {
	n := 0
	for i++; i > 0; i -= i & -i {
		n += f[i]
	}
	return n
}
