package answers

import "slices"

// KeepNoteFor sets a.NoteFor as a replaces old, the answer on file
// before it: shown is old's answer as people read it. A note or evidence
// kept unchanged while the answer changed was written for the old answer,
// and NoteFor says which (the earliest, when the answer changed twice); a
// note changed, or emptied with no evidence left, is the respondent's
// answer for the new one, and NoteFor is cleared. Keeping the same answer
// with the same note confirms the note: after a warning, that is the
// respondent keeping it.
func KeepNoteFor(old, a *Answer, shown string) {
	if old == nil || a.Note != old.Note || !slices.Equal(a.Evidence, old.Evidence) || a.Note == "" && len(a.Evidence) == 0 {
		a.NoteFor = ""
		return
	}
	if !old.Answered() || sameValue(old, a) {
		a.NoteFor = ""
		return
	}
	a.NoteFor = old.NoteFor
	if a.NoteFor == "" {
		a.NoteFor = shown
	}
}

// sameValue reports whether two answers say the same: the same value, or
// both not applicable, or both "don't know"; the estimate mark counts.
func sameValue(a, b *Answer) bool {
	av, bv := a.Value, b.Value
	return a.NA == b.NA && a.Unknown == b.Unknown && a.Estimate == b.Estimate && av.Set == bv.Set &&
		av.Choice == bv.Choice && slices.Equal(av.Choices, bv.Choices) && av.Number == bv.Number &&
		av.Duration == bv.Duration && av.Date.Equal(bv.Date) && av.Text == bv.Text
}

// NoteStale reports whether the answer's note or evidence were written for
// another answer than the one it holds.
func (a *Answer) NoteStale() bool {
	return a != nil && a.NoteFor != "" && (a.Note != "" || len(a.Evidence) > 0)
}
