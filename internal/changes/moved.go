package changes

import (
	"fmt"
	"sort"
	"strings"
)

// movedQuestions names the questions a reorder moved, with their places
// before and after ("c at 3", "c at 2"): the fewest questions whose moving
// turns the old order into the new one (all but a longest run the two
// orders share). Both lists hold the same ids.
func movedQuestions(oldOrder, newOrder []string) (was, is string) {
	newPos := make(map[string]int, len(newOrder))
	for i, id := range newOrder {
		newPos[id] = i
	}
	seq := make([]int, len(oldOrder))
	for i, id := range oldOrder {
		seq[i] = newPos[id]
	}
	kept := longestRising(seq)
	var before, after []string
	moved := map[string]bool{}
	for i, id := range oldOrder {
		if !kept[i] {
			moved[id] = true
			before = append(before, fmt.Sprintf("%s at %d", id, i+1))
		}
	}
	for i, id := range newOrder {
		if moved[id] {
			after = append(after, fmt.Sprintf("%s at %d", id, i+1))
		}
	}
	return strings.Join(before, ", "), strings.Join(after, ", ")
}

// longestRising marks the elements of one longest strictly rising
// subsequence of seq (patience sorting, n log n).
func longestRising(seq []int) []bool {
	tails := []int{} // index into seq of the smallest tail of each length
	prev := make([]int, len(seq))
	for i, v := range seq {
		k := sort.Search(len(tails), func(j int) bool { return seq[tails[j]] >= v })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	kept := make([]bool, len(seq))
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			kept[i] = true
		}
	}
	return kept
}
