package report

import (
	"strings"
	"unicode"
)

// A word too wide for its line is broken only where a hyphen may go: at
// a syllable, with a hyphen added, or after a hyphen it already has. The
// syllables are found by the rule Swedish hyphenation follows (and that
// serves English well enough for the rare word that needs it): between
// two vowels, the last consonant begins the next syllable ("sam-man-fatt-
// ning", "tjäns-te-mot-ta-ga-re"); a pair read as one sound ("ng", "ck",
// "sj", "tj", "sh", "th", …) is never split, and a word keeps at least
// two letters on each side. Text that is not a word (an address, a
// digest) is broken as before, after punctuation where it can be.

// vowels are the vowels of Swedish and English, in lower case.
const vowels = "aeiouyåäöéèüæø"

// unsplit are the consonant pairs a hyphen never goes between.
var unsplit = []string{"ng", "ck", "sj", "tj", "kj", "dj", "gj", "lj", "hj", "sh", "ch", "th", "ph", "wh", "qu"}

func isVowel(r rune) bool { return strings.ContainsRune(vowels, unicode.ToLower(r)) }

// onsets are the consonant clusters that may begin a syllable after
// another consonant, longest first where it matters.
var onsets = []string{"str", "spr", "skr", "spl", "kr", "tr", "pr", "br", "dr", "gr", "fr", "kl", "pl", "bl", "fl", "gl", "kv", "tv", "sk", "st", "sp", "sl", "sm", "sn", "sv"}

// syllableBreaks are the rune positions in word (all letters) before
// which a hyphen may go, in order.
func syllableBreaks(word []rune) []int {
	var out []int
	prevVowel := -1
	for i, r := range word {
		if !isVowel(r) {
			continue
		}
		if prevVowel >= 0 && i-prevVowel > 1 {
			if at := clusterBreak(word, prevVowel+1, i); at >= 2 && len(word)-at >= 2 {
				out = append(out, at)
			}
		}
		prevVowel = i
	}
	return out
}

// clusterBreak is where the consonants word[from:to], between two
// vowels, divide: before the longest cluster that may begin a syllable
// (one consonant at least), never inside a pair read as one sound, and
// with a linking s after such a pair kept with the first part
// ("utbildnings-krav"); -1 when the consonants are one such pair.
func clusterBreak(word []rune, from, to int) int {
	c := word[from:to]
	if len(c) == 1 {
		return from
	}
	if len(c) == 2 && isUnsplit(c) {
		return -1
	}
	j := len(c) - 1 // index in c where the onset starts
	for _, o := range onsets {
		if n := len([]rune(o)); n < len(c) && strings.EqualFold(string(c[len(c)-n:]), o) {
			j = len(c) - n
			break
		}
	}
	if j > 0 && j < len(c) && isUnsplit(c[j-1:j+1]) {
		j++ // after the pair, not inside it
		if j >= len(c) {
			return -1
		}
	}
	if j >= 2 && j+1 < len(c) && unicode.ToLower(c[j]) == 's' && isUnsplit(c[j-2:j]) {
		j++ // a linking s stays with the first part
	}
	return from + j
}

func isUnsplit(pair []rune) bool {
	return len(pair) == 2 && !isVowel(pair[0]) && !isVowel(pair[1]) &&
		containsFold(unsplit, string(pair))
}

func containsFold(xs []string, s string) bool {
	for _, x := range xs {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// wordCore splits a token into its leading punctuation, its letters and
// its trailing punctuation; ok is false when the middle is not all
// letters (an address, a number, a digest).
func wordCore(tok string) (lead, core, trail string, ok bool) {
	core = strings.TrimLeft(tok, "(\"'“‘«[")
	lead = tok[:len(tok)-len(core)]
	c := strings.TrimRight(core, ".,;:!?)\"'”’»]")
	trail = core[len(c):]
	core = c
	if core == "" {
		return "", "", "", false
	}
	for _, r := range core {
		if !unicode.IsLetter(r) {
			return "", "", "", false
		}
	}
	return lead, core, trail, true
}

// hyphenate breaks a word too wide for w at the last syllable where the
// head and a hyphen fit, or failing that at the first syllable (a word
// that cannot break is left whole). ok is false when tok is not a word.
func (d *doc) hyphenate(st style, tok string, w float64) (head, tail string, ok bool) {
	lead, core, trail, isWord := wordCore(tok)
	if !isWord {
		return "", "", false
	}
	runes := []rune(core)
	breaks := syllableBreaks(runes)
	if len(breaks) == 0 {
		return tok, "", true
	}
	at := breaks[0]
	for _, b := range breaks {
		if measure(st, lead+string(runes[:b])+"-") <= w {
			at = b
		}
	}
	return lead + string(runes[:at]) + "-", string(runes[at:]) + trail, true
}
