#!/usr/bin/env bash
# Fault injection for issue 11: the attacks that lost answers or fooled a
# gate, run against the real binary, plus the regression tests that cover
# them with two real processes and a real terminal. Run from the
# repository's top folder:  make fault   (or  bash testdata/fault/run.sh)
# Exit status 0 means every attack held. Unix only.
set -u
cd "$(dirname "$0")/../.."
root=$PWD
work=$(mktemp -d "${TMPDIR:-/tmp}/dutycheck-fault.XXXXXX")
trap 'rm -rf "$work"' EXIT
fails=0
pass() { printf 'held    %s\n' "$1"; }
fail() { printf 'FAILED  %s\n' "$1"; fails=$((fails + 1)); }
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }

echo "== regression tests (two processes, a pseudo-terminal, hostile text, timing)"
go test -count=1 \
  -run 'TestTwoWalkthroughsOneFile|TestSignalsSaveWhatCtrlCSaves|TestEveryOutputInert|TestAccessibleEcho|TestScripts/(file_safety|score_nonfinite)' \
  ./internal/cli/ && pass "cli regression tests" || fail "cli regression tests"
go test -count=1 ./internal/atomicfile/ ./internal/filelock/ ./internal/inert/ &&
  pass "atomicfile, filelock, inert" || fail "atomicfile, filelock, inert"
go test -count=1 -run 'TestPipedWalkTakesSeconds|TestEncoderMatchesEncode' ./internal/tui/ ./internal/answers/ &&
  pass "piped walk timing, incremental encoder" || fail "piped walk timing, incremental encoder"
go test -count=1 -run 'TestTinyWeights|TestSniffMore|TestParseText' ./internal/scoring/ ./internal/filekind/ ./internal/answers/ &&
  pass "subnormal weights, renamed media, decimal-only numbers" || fail "subnormal weights, renamed media, decimal-only numbers"

echo "== the same attacks on the built binary, with fresh inputs"
go build -o "$work/dutycheck" ./cmd/dutycheck || exit 2
dc=$work/dutycheck
q=$root/testdata/questionnaires/valid/sample.yaml
cd "$work"
start='format: dutycheck-answers/v1
questionnaire: {id: sample, version: 1.0.0}
organization: Fault AB
date: 2026-11-26'

# 1. Two walk-throughs on one file; a hand edit while one runs.
mkfifo in.fifo
"$dc" run -q "$q" -a two.yaml <in.fifo >a.out 2>&1 &
apid=$!
exec 3>in.fifo
printf 'Fault AB\n1\n' >&3
for _ in $(seq 100); do grep -q 'Saved: ' a.out && break; sleep 0.1; done
"$dc" run -q "$q" -a two.yaml </dev/null >b.out 2>&1
check "second walk-through refused, holder named" grep -q "open in another walk-through by .*process $apid.* since" b.out
printf '# hand edit\n' >>two.yaml
cp two.yaml two.edited
printf '1\n' >&3
exec 3>&-
wait $apid
check "hand edit kept (not overwritten)" cmp -s two.yaml two.edited
check "own version kept beside it" sh -c 'ls two.yaml.mine-* >/dev/null 2>&1'

# 2. A walk-through killed outright: its stale lock is taken over.
mkfifo k.fifo
"$dc" run -q "$q" -a killed.yaml <k.fifo >k.out 2>&1 &
kpid=$!
exec 4>k.fifo
printf 'Fault AB\n' >&4
for _ in $(seq 100); do grep -q 'Saved to\|Answer (' k.out && break; sleep 0.1; done
kill -KILL $kpid; wait $kpid 2>/dev/null; exec 4>&-
printf '1\n' | "$dc" run -q "$q" -a killed.yaml >/dev/null 2>&1
check "stale lock of a killed process taken over" grep -q 'uploads:' killed.yaml

# 3. Symbolic links: written through, for answers, export and report.
mkdir repo && printf '%s\n' "$start" >repo/a.yaml && ln -s repo/a.yaml link.yaml
printf '1\n' | "$dc" run -q "$q" -a link.yaml >/dev/null 2>&1
check "answers written through the link" sh -c 'test -L link.yaml && grep -q uploads: repo/a.yaml'
ln -s repo/x.json x.json && "$dc" export -q "$q" -a link.yaml -o x.json
check "export -o written through the link" sh -c 'test -L x.json && test -s repo/x.json'
ln -s repo/x.pdf x.pdf && "$dc" report -q "$q" -a link.yaml -o x.pdf >/dev/null
check "report -o written through the link" sh -c 'test -L x.pdf && test -s repo/x.pdf'

# 4. Read-only answers file: refused before the first question, mode kept.
printf '%s\n' "$start" >ro.yaml && chmod 0444 ro.yaml && cp ro.yaml ro.orig
printf '1\n' | "$dc" run -q "$q" -a ro.yaml >ro.out 2>&1
check "read-only file refused before the first question" sh -c '! grep -q "Question 1" ro.out && grep -q read-only ro.out'
check "read-only file unchanged, still 0444" sh -c 'cmp -s ro.yaml ro.orig && [ "$(stat -c %a ro.yaml 2>/dev/null || stat -f %Lp ro.yaml)" = 444 ]'

# 5. Hostile numbers: a score that is not a number fails the gate.
cat >nan.yaml <<'Q'
format: dutycheck/v1
id: nan
version: 1.0.0
title: NaN
sections:
  - {id: a, title: A, weight: 1.7e308, questions: [{id: q1, text: "One?", type: yesno}]}
  - {id: b, title: B, weight: 1.7e308, questions: [{id: q2, text: "Two?", type: yesno}]}
Q
printf 'format: dutycheck-answers/v1\nquestionnaire: {id: nan, version: 1.0.0}\norganization: X\ndate: 2026-11-26\nanswers: {q1: {value: yes}, q2: {value: yes}}\n' >nan-a.yaml
check "non-finite score fails --fail-under" sh -c "! '$dc' score -q nan.yaml -a nan-a.yaml --fail-under 1 >/dev/null 2>&1"

# 6. Hostile characters: C1 CSI, bidi override, clipboard escape.
printf 'format: dutycheck/v1\nid: h\nversion: 1.0.0\ntitle: "T\\u009b2J\\u202e\\u2028\\ufeff"\nsections:\n  - {id: s, title: S, questions: [{id: q1, text: "Q\\u009b\\u061c\\u200b?", type: yesno}]}\n' >h.yaml
printf 'Evil\342\200\256AB\033]52;c;aGk=\007\n1\n' | "$dc" run -q h.yaml -a h-a.yaml >h.out 2>&1
"$dc" score -q h.yaml -a h-a.yaml --format json >>h.out 2>&1
"$dc" export -q h.yaml -a h-a.yaml --format oscal >>h.out 2>&1
# ESC, BEL, U+009B, U+202E, U+200B, U+2028, U+FEFF, U+061C as UTF-8 bytes.
raw=(-e $'\033' -e $'\007' -e $'\302\233' -e $'\342\200\256' -e $'\342\200\213' -e $'\342\200\250' -e $'\357\273\277' -e $'\330\234')
check "hostile input reached the outputs (the attack ran)" grep -q 'u202e' h.out
check "no raw control, bidi or invisible character in any output" sh -c '! LC_ALL=C grep -q "$@" h.out h-a.yaml' sh "${raw[@]}"

# 7. 4,000 piped answers take seconds.
{
  printf 'format: dutycheck/v1\nid: big\nversion: 1.0.0\ntitle: Big\nsections:\n'
  for ((i = 0; i < 4000; i++)); do
    ((i % 20 == 0)) && printf '  - id: s%d\n    title: Section %d\n    questions:\n' $((i / 20)) $((i / 20))
    printf '      - {id: q%d, text: "Question %d?", type: yesno}\n' $i $i
  done
} >big.yaml
{ echo Big; for ((i = 0; i < 4000; i++)); do echo 1; done; } >big.txt
t0=$(date +%s)
"$dc" run -q big.yaml -a big-a.yaml <big.txt >/dev/null 2>&1
secs=$(($(date +%s) - t0))
check "4,000 piped answers in ${secs}s (limit 60s), all saved" sh -c "[ $secs -le 60 ] && [ \$(grep -c 'value: yes' big-a.yaml) = 4000 ]"

# 8. The second round of attacks (testdata/attacks/more.sh): lock files
# that are links, stale locks, special files as outputs and answers,
# immutable files, subnormal weights, numbers in Go syntax, invisible
# format characters, renamed media, a save over 1 MiB.
cd "$root"
FAULT_DC=$dc FAULT_WORK=$work/more . testdata/attacks/more.sh

echo
if [ $fails -gt 0 ]; then echo "$fails attack(s) got through"; exit 1; fi
echo "every attack held"
