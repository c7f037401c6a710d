#!/usr/bin/env bash
# The second round of attacks on the 1.1 candidate (issue 11 rerun with new
# inputs), as a team sharing a repository would make them. Sourced by
# testdata/fault/run.sh (make fault); also runs alone from the repository's
# top folder:  bash testdata/attacks/more.sh
# Each check prints "held" or "FAILED"; alone, the exit status is the
# number of failures. Nothing here can hang: every run has a timeout, and
# a read of an endless device is capped in memory.
if ! declare -F check >/dev/null; then
  set -u
  fails=0
  pass() { printf 'held    %s\n' "$1"; }
  fail() { printf 'FAILED  %s\n' "$1"; fails=$((fails + 1)); }
  check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }
  standalone=1
fi
root=$PWD
dc=${FAULT_DC:-}
if [ -z "$dc" ]; then
  dc=$(mktemp -d "${TMPDIR:-/tmp}/dutycheck-more.XXXXXX")/dutycheck
  go build -o "$dc" ./cmd/dutycheck || exit 2
fi
w=${FAULT_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/dutycheck-more.XXXXXX")}
mkdir -p "$w" && cd "$w" || exit 2
q=$root/testdata/questionnaires/valid/sample.yaml
types=$root/testdata/attacks/all-types.yaml
T() { timeout 20 "$@"; }
head_a='format: dutycheck-answers/v1
questionnaire: {id: sample, version: 1.0.0}
organization: More AB
date: 2026-11-26'

echo "== attack11: lock files, special files, immutable files"
# A lock file planted as a link must not be followed (it was truncated and
# overwritten with the holder), nor a dangling one create its target.
printf 'precious\n' >victim && printf '%s\n' "$head_a" >l.yaml && ln -s victim l.yaml.lock
printf '1\n' | T "$dc" run -q "$q" -a l.yaml >l.out 2>&1
check "lock file that is a link: target untouched, refused" sh -c 'grep -qx precious victim && grep -q "symbolic link" l.out'
printf '%s\n' "$head_a" >d.yaml && ln -s created-by-lock d.yaml.lock
printf '1\n' | T "$dc" run -q "$q" -a d.yaml >/dev/null 2>&1
check "dangling lock link creates nothing" test ! -e created-by-lock

# Stale locks: a dead pid, a live pid that holds no lock (reused), another
# host's name. None holds the operating-system lock, so each is taken over.
for who in 'pid: 999999|host: here' 'pid: 1|host: here' 'pid: 1|host: laptop-of-bob'; do
  f=stale-$RANDOM.yaml
  printf '%s\n' "$head_a" >"$f"
  printf '%s\nuser: bob\nsince: 2026-11-29T10:00:00Z\n' "$(printf '%s' "$who" | tr '|' '\n')" >"$f.lock"
  printf '1\n' | T "$dc" run -q "$q" -a "$f" >/dev/null 2>&1
  check "stale lock ($who) taken over" grep -q 'uploads:' "$f"
done

# Outputs at special files: a FIFO keeps being a FIFO and its reader gets
# the export; as root, a device node is written to, never replaced.
mkfifo out.fifo
(cat out.fifo >fifo.got) &
reader=$!
T "$dc" export -q "$q" -a l.yaml -o out.fifo 2>/dev/null
wait $reader 2>/dev/null
check "export -o a FIFO: still a FIFO, reader got it" sh -c 'test -p out.fifo && test -s fifo.got'
if mknod nulldev c 1 3 2>/dev/null; then
  T "$dc" report -q "$q" -a l.yaml -o nulldev >/dev/null 2>&1
  check "report -o a device node: still a device" test -c nulldev
fi

# Answers file that is not a file: an endless device or a FIFO must not
# hang the reader nor eat memory (open until cli reads with a limit).
mkfifo ans.fifo
for a in ans.fifo /dev/zero; do
  (ulimit -v 1000000; timeout 5 "$dc" validate -q "$q" "$a" >dev.out 2>&1); rc=$?
  check "validate $a ends with a message (rc $rc)" sh -c "test $rc -ne 124 -a $rc -lt 128 && ! grep -q 'fatal error\|goroutine\|out of memory' dev.out"
done

# An immutable answers file (chattr +i) is refused before the first question.
printf '%s\n' "$head_a" >imm.yaml
if chattr +i imm.yaml 2>/dev/null; then
  printf '1\n' | T "$dc" run -q "$q" -a imm.yaml >imm.out 2>&1
  chattr -i imm.yaml
  check "immutable answers file refused before the first question" sh -c '! grep -q "Question 1" imm.out'
fi

# A folder that vanishes during a walk-through: never "answers are in" a
# file that was not written.
mkdir gone && mkfifo g.fifo
"$dc" run -q "$q" -a gone/a.yaml <g.fifo >g.out 2>&1 &
gpid=$!
exec 7>g.fifo
printf 'More AB\n1\n' >&7
for _ in $(seq 50); do grep -q 'Saved' g.out && break; sleep 0.1; done
rm -rf gone
printf '1\n' >&7
exec 7>&-
wait $gpid 2>/dev/null
check "vanished folder: no claim the answers were kept" sh -c '! grep -q "your answers are in\|your answers are saved in" g.out'

echo "== attack11: hostile numbers"
# Subnormal weights are valid (in [0, 1000]) and must not round a 0.51
# answer up to 100 and pass the gate.
cat >tiny.yaml <<'Q'
format: dutycheck/v1
id: tiny
version: 1.0.0
title: Tiny
sections:
  - id: a
    title: A
    questions:
      - {id: q1, text: "One?", type: single, weight: 5e-324, options: [{value: a, label: A, score: 0.51}, {value: b, label: B, score: 0}]}
Q
printf 'format: dutycheck-answers/v1\nquestionnaire: {id: tiny, version: 1.0.0}\norganization: X\ndate: 2026-11-26\nanswers: {q1: {value: a}}\n' >tiny-a.yaml
check "subnormal weight does not pass --fail-under 90" sh -c "! '$dc' score -q tiny.yaml -a tiny-a.yaml --fail-under 90 >/dev/null 2>&1"
# Numbers in an answers file are decimal: Go's hex floats and digit
# separators read as something a reviewer does not see.
for v in 0x1.9p5 5_0 0X1P-2; do
  printf 'format: dutycheck-answers/v1\nquestionnaire: {id: atk, version: 1.0.0}\norganization: X\ndate: 2026-11-26\nanswers:\n  num:\n    value: %s\n' "$v" >hex.yaml
  check "answer $v refused" sh -c "! '$dc' validate -q '$types' hex.yaml >/dev/null 2>&1"
done
# --fail-under takes the same decimal numbers (open: internal/cli).
printf 'format: dutycheck-answers/v1\nquestionnaire: {id: atk, version: 1.0.0}\norganization: X\ndate: 2026-11-26\nanswers: {yn: {value: yes}}\n' >g1.yaml
for v in 1_0 0x1p6; do
  "$dc" score -q "$types" -a g1.yaml --fail-under "$v" >/dev/null 2>&1; rc=$?
  check "--fail-under $v refused as a usage error (rc $rc)" test "$rc" = 2
done

echo "== attack11: invisible characters, renamed media, size"
# Invisible format characters (tag characters, word joiner, soft hyphen…)
# in a questionnaire and an answers file reach no output raw.
printf 'format: dutycheck/v1\nid: inv\nversion: 1.0.0\ntitle: "T\\U000E0041\\u2060\\u00ad\\u180e\\ufff9"\nsections:\n  - {id: s, title: "S\\U000E0042", questions: [{id: q1, text: "Q\\u2062?", type: yesno}]}\n' >inv.yaml
printf 'format: dutycheck-answers/v1\nquestionnaire: {id: inv, version: 1.0.0}\norganization: "Org\\U000E0043\\u2060"\ndate: 2026-11-26\nanswers: {q1: {value: yes, note: "n\\u00ad\\U000E0044"}}\n' >inv-a.yaml
{
  "$dc" score -q inv.yaml -a inv-a.yaml
  "$dc" score -q inv.yaml -a inv-a.yaml --format json
  for f in csv markdown json oscal; do "$dc" export -q inv.yaml -a inv-a.yaml --format $f; done
  "$dc" diff -q inv.yaml inv-a.yaml inv-a.yaml
} >inv.out 2>&1
# U+E0041..E0044, U+2060, U+00AD, U+180E, U+FFF9, U+2062 as UTF-8 bytes.
inv=(-e $'\363\240\201' -e $'\342\201\240' -e $'\302\255' -e $'\341\240\216' -e $'\357\277\271' -e $'\342\201\242')
check "no invisible format character raw in any output" sh -c '! LC_ALL=C grep -q "$@" inv.out' sh "${inv[@]}"
check "JSON of a character above U+FFFF decodes" sh -c "'$dc' score -q inv.yaml -a inv-a.yaml --format json | python3 -c 'import json,sys; json.load(sys.stdin)' 2>/dev/null || ! command -v python3 >/dev/null"

# A Netpbm image renamed .txt is refused as evidence.
printf 'P6\n4 4\n255\n' >pic.txt && head -c 48 /dev/zero >>pic.txt
printf '%s\nanswers:\n  uploads:\n    value: yes\n    evidence:\n      - file: pic.txt\n        sha256: 0000000000000000000000000000000000000000000000000000000000000000\n' "$head_a" >ev.yaml
T "$dc" validate -q "$q" ev.yaml >ev.out 2>&1
check "renamed Netpbm image refused as evidence" grep -q 'is an image' ev.out

# A save that would make the answers file larger than dutycheck reads back
# (1 MiB) is refused; the file stays readable.
{
  printf 'format: dutycheck/v1\nid: big\nversion: 1.0.0\ntitle: Big\nsections:\n  - id: s\n    title: S\n    questions:\n'
  for i in $(seq 0 199); do printf '      - {id: t%d, text: "T%d", type: text}\n' "$i" "$i"; done
} >big.yaml
{
  printf 'format: dutycheck-answers/v1\nquestionnaire: {id: big, version: 1.0.0}\norganization: Big\ndate: 2026-11-26\nanswers:\n'
  long=$(head -c 5200 /dev/zero | tr '\0' x)
  for i in $(seq 1 199); do printf '  t%d:\n    value: "%s"\n' "$i" "$long"; done
} >big-a.yaml
head -c 60000 /dev/zero | tr '\0' y >big.in && echo >>big.in
T "$dc" run -q big.yaml -a big-a.yaml <big.in >/dev/null 2>&1
check "a save over 1 MiB refused; the file still validates" sh -c "'$dc' validate -q big.yaml big-a.yaml >/dev/null"

cd "$root"
if [ -n "${standalone:-}" ]; then
  echo
  [ "$fails" -gt 0 ] && echo "$fails attack(s) got through" || echo "every attack held"
  exit "$fails"
fi
