package summary

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// WithoutPinpoint takes off a name what its pinpoint will say: the
// detail after a comma ("Voluntary Principles, principle 1" with pinpoint
// "principle 1" is "Voluntary Principles"), and a closing section mark the
// pinpoint starts with ("18 U.S.C. § 2258A" with "§ 2258A(a)" is "18
// U.S.C."), so the two never repeat each other.
func WithoutPinpoint(name, pin string) string {
	if i := strings.Index(name, ", "); i > 0 {
		name = name[:i]
	}
	words := strings.Fields(name)
	for k := min(3, len(words)-1); k >= 1; k-- {
		tail := strings.Join(words[len(words)-k:], " ")
		if strings.HasPrefix(strings.ToLower(pin), strings.ToLower(tail)) {
			return strings.Join(words[:len(words)-k], " ")
		}
	}
	return name
}

// ShortName is the name a reader scanning the plan needs from a
// reference's title: the work, not the detail. "Digital Services Act:
// notice and action" becomes "Digital Services Act"; a publisher alone
// before the colon keeps what follows, up to a comma ("Australia: Online
// Safety Act 2021, removal notices" becomes "Australia: Online Safety Act
// 2021"), so that no source is cut to one word. Parenthesised asides of
// several words are dropped ("(Regulation (EU) 2022/2065)"), short ones
// such as "(EU)" or "(2023)" kept; what is still long is shortened at a
// word, never inside one and without an ellipsis (the reference is in
// full in the appendix).
func ShortName(title string) string {
	s := DropAsides(title)
	if head, tail, ok := strings.Cut(s, ": "); ok {
		if strings.Contains(strings.TrimSpace(head), " ") {
			s = head
		} else {
			if i := strings.Index(tail, ", "); i > 0 {
				tail = tail[:i]
			}
			s = head + ": " + tail
		}
	}
	if i := strings.Index(s, ", "); i > 0 && len([]rune(s)) > 48 {
		s = s[:i]
	}
	const maxRunes = 72
	if r := []rune(s); len(r) > maxRunes {
		cut := string(r[:maxRunes])
		if i := strings.LastIndex(cut, " "); i > 0 {
			cut = cut[:i]
		}
		s = strings.TrimRight(cut, " ,;:–-")
	}
	return s
}

// DropAsides removes parenthesised asides that hold a space (nested ones
// with them) and tidies the spaces they leave.
func DropAsides(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		// (bytes: the parentheses and spaces looked for are ASCII)
		if s[i] == '(' {
			depth, j := 0, i
			for ; j < len(s); j++ {
				if s[j] == '(' {
					depth++
				} else if s[j] == ')' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if j < len(s) && strings.Contains(s[i:j], " ") {
				i = j + 1
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	s = strings.Join(strings.Fields(b.String()), " ")
	return strings.NewReplacer(" :", ":", " ,", ",").Replace(s)
}

// ShortRef is a reference as a finding names it: the work's short name
// with the pinpoint, "Digital Services Act Art. 16(1), (6)".
func ShortRef(ref *questionnaire.Reference, lang string) string {
	pin := ref.PinpointIn(lang)
	name := ShortName(ref.Title.In(lang))
	if pin == "" {
		return name
	}
	return WithoutPinpoint(name, pin) + " " + pin
}
