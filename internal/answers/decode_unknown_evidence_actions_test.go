package answers_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// digestA and digestB are SHA-256 digests as an answers file writes them.
const (
	digestA = "9b2c1f0e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c"
	digestB = "0000000000000000000000000000000000000000000000000000000000000001"
)

// today is the day the 1.1 tests run on, as the edge would pass it.
var today = time.Date(2026, 11, 29, 15, 4, 5, 0, time.UTC)

// sample11 is the sample questionnaire with 1.1 features set on it: "users"
// and "classifier" take "don't know" (allow_unknown), and "hash-matching"
// has an option marked unknown.
func sample11(t testing.TB) *questionnaire.Questionnaire {
	t.Helper()
	q := sampleQ(t)
	q.Question("users").AllowUnknown = true
	q.Question("classifier").AllowUnknown = true
	hm := q.Question("hash-matching")
	hm.Options = append(append([]questionnaire.Option(nil), hm.Options...), questionnaire.Option{Value: "not-measured", Unknown: true})
	return q
}

func decode11(t *testing.T, q *questionnaire.Questionnaire, file string) (*answers.File, error) {
	t.Helper()
	return answers.DecodeWith("a.yaml", []byte(file), q, answers.DecodeOptions{Today: today})
}

// TestDecodeErrors11: every rule of the 1.1 answers file (docs/answers-format.md)
// is checked at the line and column of what breaks it.
func TestDecodeErrors11(t *testing.T) {
	ev := func(items string) string { return header + "  users:\n    value: 3\n    evidence:\n" + items }
	act := func(body string) string { return header + "  uploads: {value: yes}\nactions:\n" + body }
	tests := []struct {
		name, file, want string
	}{
		// unknown and estimate
		{"unknown where the question takes none", header + "  uploads: {unknown: true}\n",
			`a.yaml:6:22: answer to "uploads": this question does not allow "don't know"`},
		{"unknown with a value", header + "  users: {value: 3, unknown: true}\n",
			`a.yaml:6:18: answer to "users": give a value or unknown: true, not both`},
		{"unknown with na", header + "  classifier: {na: true, unknown: true}\n",
			`a.yaml:6:35: answer to "classifier": give na: true or unknown: true, not both`},
		{"unknown not a bool", header + "  users: {unknown: maybe}\n",
			`a.yaml:6:20: answer to "users" unknown: expected true or false, got the text "maybe"`},
		{"estimate without a value", header + "  users: {estimate: true}\n",
			`a.yaml:6:21: answer to "users": estimate: true marks a value as estimated, and there is no value`},
		{"estimate of an unknown", header + "  users: {unknown: true, estimate: true}\n",
			`a.yaml:6:36: answer to "users": estimate: true marks a value as estimated, and there is no value`},
		{"estimate of na", header + "  classifier: {na: true, estimate: true}\n",
			`a.yaml:6:36: answer to "classifier": estimate: true marks a value as estimated, and there is no value`},
		// evidence
		{"evidence not a list", header + "  users: {value: 3, evidence: https://x.example}\n",
			`a.yaml:6:31: evidence of "users": expected a list, got the text "https://x.example"`},
		{"evidence item not a mapping", ev("      - https://x.example\n"),
			`a.yaml:9:9: evidence of "users": expected a mapping of fields, got the text "https://x.example"`},
		{"a url that is not http", ev("      - url: ftp://x.example/a\n"),
			`a.yaml:9:14: evidence of "users": "ftp://x.example/a" is not a web address; write an absolute http:// or https:// URL`},
		{"a relative url", ev("      - url: wiki/runbook\n"),
			`a.yaml:9:14: evidence of "users": "wiki/runbook" is not a web address; write an absolute http:// or https:// URL`},
		{"a url with a password", ev("      - url: https://me:secret@x.example/a\n"),
			`a.yaml:9:14: evidence of "users": "https://me:xxxxx@x.example/a" has a user name or password in it; link without them`},
		{"a url with a bidi override", ev("      - url: \"https://x.example/\u202Eabc\"\n"),
			`a.yaml:9:14: evidence of "users": "https://x.example/\u202eabc" is not a web address; write an absolute http:// or https:// URL`},
		{"a path with a bidi override", ev("      - file: \"evidence/\u202Etxt.exe\"\n        sha256: " + digestA + "\n"),
			`a.yaml:9:15: evidence of "users": file "evidence/\u202etxt.exe" has control or invisible formatting characters in its name`},
		{"a url with a space", ev("      - url: \"https://x.example/a b\"\n"),
			`a.yaml:9:14: evidence of "users": "https://x.example/a b" is not a web address; write an absolute http:// or https:// URL`},
		{"url and file in one item", ev("      - {url: https://x.example, file: a.csv, sha256: " + digestA + "}\n"),
			`a.yaml:9:34: evidence of "users": give a url or a file in each item, not both`},
		{"neither url nor file", ev("      - date: 2026-01-01\n"),
			`a.yaml:9:9: evidence of "users": give a url or a file (with its sha256) in each item`},
		{"a file without sha256", ev("      - file: export.csv\n"),
			`a.yaml:9:9: evidence of "users": file "export.csv" has no sha256; add the file in the walk-through, which records it`},
		{"sha256 on a url", ev("      - url: https://x.example\n        sha256: " + digestA + "\n"),
			`a.yaml:10:9: evidence of "users": sha256 belongs to a file, not a url`},
		{"a sha256 that is not a digest", ev("      - file: export.csv\n        sha256: zz\n"),
			`a.yaml:10:17: evidence of "users" sha256: "zz" is not a SHA-256 digest (64 hexadecimal digits)`},
		{"a sha256 one digit short", ev("      - file: export.csv\n        sha256: " + digestA[1:] + "\n"),
			`a.yaml:10:17: evidence of "users" sha256: "` + digestA[1:38] + `…" is not a SHA-256 digest (64 hexadecimal digits)`},
		{"an absolute file path", ev("      - file: /etc/passwd\n        sha256: " + digestA + "\n"),
			`a.yaml:9:15: evidence of "users": file "/etc/passwd" must be a path relative to the answers file, not an absolute one`},
		{"a Windows drive path", ev("      - file: \"C:/evidence/a.csv\"\n        sha256: " + digestA + "\n"),
			`a.yaml:9:15: evidence of "users": file "C:/evidence/a.csv" must be a path relative to the answers file, not an absolute one`},
		{"a backslash in a path", ev("      - file: 'evidence\\a.csv'\n        sha256: " + digestA + "\n"),
			`a.yaml:9:15: evidence of "users": file "evidence\\a.csv": write the path with / between folders`},
		{"a folder", ev("      - file: evidence/\n        sha256: " + digestA + "\n"),
			`a.yaml:9:15: evidence of "users": file "evidence/" names a folder, not a file`},
		{"an image by its name", ev("      - file: evidence/Screenshot.JPG\n        sha256: " + digestA + "\n"),
			`a.yaml:9:15: evidence of "users": file "evidence/Screenshot.JPG" is an image (JPEG, by its name); ` + answers.ErrMaterial.Error()},
		{"a video by its name", ev("      - file: clip.mov\n        sha256: " + digestA + "\n"),
			`a.yaml:9:15: evidence of "users": file "clip.mov" is a video (QuickTime, by its name); ` + answers.ErrMaterial.Error()},
		{"an archive by its name", ev("      - file: dump.tar.gz\n        sha256: " + digestA + "\n"),
			`a.yaml:9:15: evidence of "users": file "dump.tar.gz" is an archive (gzip, by its name); ` + answers.ErrMaterial.Error()},
		{"a bad evidence date", ev("      - url: https://x.example\n        date: 2026-13-01\n"),
			`a.yaml:10:15: evidence of "users" date: ` + dateErr("2026-13-01")},
		{"an evidence date in the future", ev("      - url: https://x.example\n        date: 2026-12-01\n"),
			`a.yaml:10:15: evidence of "users" date: 2026-12-01 is in the future (today is 2026-11-29)`},
		{"an unknown field in evidence", ev("      - url: https://x.example\n        description: Runbook\n"),
			`a.yaml:10:9: unknown field "description" in evidence of "users"; known fields: url, file, sha256, date`},
		{"bad evidence on an orphan", header + "  old: {value: x, evidence: [{url: x}]}\n",
			`a.yaml:6:36: evidence of "old": "x" is not a web address; write an absolute http:// or https:// URL`},
		// dates
		{"a date answer after the assessment date", header + "  risk-date: {value: 2026-11-27}\n",
			`a.yaml:6:22: answer to "risk-date": 2026-11-27 is after the assessment date 2026-11-26; a date planned is not a date done`},
		{"a date answer of 9999-12-31", header + "  risk-date: {value: 9999-12-31}\n",
			`a.yaml:6:22: answer to "risk-date": 9999-12-31 is after the assessment date 2026-11-26; a date planned is not a date done`},
		{"a date answer after today when the file has no date", strings.Replace(header, "date: 2026-11-26\n", "", 1) + "  risk-date: {value: 2026-11-30}\n",
			`a.yaml:5:22: answer to "risk-date": 2026-11-30 is after the assessment date 2026-11-29; a date planned is not a date done`},
		{"an assessment date of 0001-01-01", strings.Replace(header, "2026-11-26", "0001-01-01", 1),
			`a.yaml:4:7: date: 0001-01-01 is before 2000-01-01`},
		{"an assessment date the day before 2000", strings.Replace(header, "2026-11-26", "1999-12-31", 1),
			`a.yaml:4:7: date: 1999-12-31 is before 2000-01-01`},
		{"an assessment date two days ahead", strings.Replace(header, "2026-11-26", "2026-12-01", 1),
			`a.yaml:4:7: date: 2026-12-01 is in the future (today is 2026-11-29)`},
		// the questionnaire reference
		{"a questionnaire sha256 that is not a digest", strings.Replace(header, "{id: sample}", "{id: sample, sha256: zz}", 1),
			`a.yaml:2:37: questionnaire sha256: "zz" is not a SHA-256 digest (64 hexadecimal digits)`},
		{"a questionnaire version that is not semver", strings.Replace(header, "{id: sample}", "{id: sample, version: x}", 1),
			`a.yaml:2:38: questionnaire version: "x" is not a version such as 1.0.0`},
		// from
		{"from without a path", strings.Replace(header, "answers:\n", "from: {sha256: "+digestA+"}\nanswers:\n", 1),
			`a.yaml:5:7: from: missing required field "path"`},
		{"from with a bad digest", strings.Replace(header, "answers:\n", "from: {path: q3.yaml, sha256: abc}\nanswers:\n", 1),
			`a.yaml:5:31: from sha256: "abc" is not a SHA-256 digest (64 hexadecimal digits)`},
		{"from with a bad date", strings.Replace(header, "answers:\n", "from: {path: q3.yaml, date: 2026-02-30}\nanswers:\n", 1),
			`a.yaml:5:29: from date: ` + dateErr("2026-02-30")},
		{"from with an unknown field", strings.Replace(header, "answers:\n", "from: {path: q3.yaml, hash: abc}\nanswers:\n", 1),
			`a.yaml:5:23: unknown field "hash" in from; known fields: path, sha256, date`},
		// actions
		{"an unknown status", act("  uploads: {owner: CTO, status: closed}\n"),
			`a.yaml:8:33: action for "uploads": status "closed" is not one of open, in_progress, done, risk_accepted`},
		{"a risk accepted by nobody", act("  uploads: {owner: CTO, status: risk_accepted}\n"),
			`a.yaml:8:33: action for "uploads": status risk_accepted needs approved_by: who accepted the risk, and where that is recorded`},
		{"a risk accepted by a blank", act("  uploads: {status: risk_accepted, approved_by: \" \"}\n"),
			`a.yaml:8:21: action for "uploads": status risk_accepted needs approved_by: who accepted the risk, and where that is recorded`},
		{"a due date that is not a date", act("  uploads: {owner: CTO, due: next quarter}\n"),
			`a.yaml:8:30: action for "uploads" due: ` + dateErr("next quarter")},
		{"a due date of 0001-01-01", act("  uploads: {owner: CTO, due: 0001-01-01}\n"),
			`a.yaml:8:30: action for "uploads" due: 0001-01-01 is before 2000-01-01`},
		{"an unknown field in an action", act("  uploads: {owner: CTO, deadline: 2027-01-01}\n"),
			`a.yaml:8:25: unknown field "deadline" in action for "uploads"; known fields: owner, due, status, done_when, approved_by`},
		{"a typo in an action field", act("  uploads: {owner: CTO, done-when: tested}\n"),
			`a.yaml:8:25: unknown field "done-when" in action for "uploads"; did you mean "done_when"?`},
		{"an action that is not a mapping", act("  uploads: CTO\n"),
			`a.yaml:8:12: action for "uploads": expected a mapping of fields, got the text "CTO"`},
		{"an orphaned action is checked too", act("  gone: {status: later}\n"),
			`a.yaml:8:18: action for "gone": status "later" is not one of open, in_progress, done, risk_accepted`},
		{"actions not a mapping", act("  - uploads\n"),
			`a.yaml:8:3: actions: expected a mapping of fields, got a list`},
	}
	q := sample11(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := decode11(t, q, tc.file)
			if err == nil {
				t.Fatalf("decoded without error: %+v", f)
			}
			if err.Error() != tc.want {
				t.Errorf("error:\n%s\nwant:\n%s", err, tc.want)
			}
		})
	}
}
