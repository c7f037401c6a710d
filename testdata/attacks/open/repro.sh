#!/usr/bin/env bash
# Repros of the attacks that still get through, in packages this branch
# could not touch (internal/cli, internal/tui, internal/report). Run from
# the repository's top folder: bash testdata/attacks/open/repro.sh
# Each prints OPEN while the attack gets through, fixed once it does not.
set -u
root=$PWD
dc=$(mktemp -d "${TMPDIR:-/tmp}/dutycheck-open.XXXXXX")
trap 'rm -rf "$dc"' EXIT
go build -o "$dc/dutycheck" ./cmd/dutycheck || exit 2
cd "$dc"
q=$root/testdata/questionnaires/valid/sample.yaml
say() { if [ "$2" = 0 ]; then echo "fixed  $1"; else echo "OPEN   $1"; fi; }

# 1. internal/cli load.go readFile: a FIFO or an endless device as the
#    answers file (or questionnaire) hangs, or reads until memory runs out.
mkfifo a.yaml
timeout 5 ./dutycheck validate -q "$q" a.yaml >/dev/null 2>&1; rc=$?
say "1a validate on a FIFO hangs (rc $rc)" $([ $rc = 124 ] && echo 1 || echo 0)
(ulimit -v 1000000; timeout 10 ./dutycheck score -q "$q" -a /dev/zero >zero.out 2>&1); rc=$?
say "1b score -a /dev/zero runs out of memory (rc $rc)" $(grep -q 'out of memory\|fatal error' zero.out && echo 1 || echo 0)

# 2. internal/cli score: --fail-under goes through flag.Float64, which
#    reads Go syntax: 1_0 is 10 and 0x1p6 is 64; 0x10 and 1e309 are refused.
./dutycheck score -q "$root/testdata/attacks/all-types.yaml" -a "$root/testdata/attacks/open/gate.yaml" --fail-under 1_0 >/dev/null 2>&1; rc=$?
say "2 --fail-under 1_0 accepted as 10 (rc $rc, want 2)" $([ $rc != 2 ] && echo 1 || echo 0)

# 3. internal/report: decomposed text (NFD: o + U+0308) is drawn as o and a
#    missing-glyph box: "Malmo□ Sko□ldstro□m AB" on the cover of the report.
./dutycheck report -q "$q" -a "$root/testdata/attacks/open/nfd.yaml" -o nfd.pdf >/dev/null 2>&1
if command -v pdftotext >/dev/null; then
  pdftotext nfd.pdf nfd.txt
  say "3 NFD text drawn with missing-glyph boxes in the PDF" $(LC_ALL=C grep -q $'o\xcc\x88' nfd.txt && echo 1 || echo 0)
fi

# 4. internal/tui accessible.go: a piped line over 1 MiB ends the walk-through
#    as "End of input", exit 0, and every later line is dropped unread.
{ echo Org; echo 1; head -c 1100000 /dev/zero | tr '\0' x; echo; echo 1; } >long.txt
./dutycheck run -q "$q" -a long.yaml <long.txt >long.out 2>&1; rc=$?
say "4 over-long piped line ends the walk silently (rc $rc)" $(grep -q 'End of input' long.out && [ $rc = 0 ] && echo 1 || echo 0)

# 5. internal/tui/cli: SIGTERM or SIGHUP ends an accessible walk-through
#    with exit status 0, as if it had finished; a script cannot tell.
mkfifo s.fifo
./dutycheck run -q "$q" -a sig.yaml <s.fifo >sig.out 2>&1 &
pid=$!
exec 3>s.fifo
printf 'Org\n1\n' >&3
sleep 1
kill -TERM $pid
exec 3>&-
wait $pid; rc=$?
say "5 SIGTERM exit status $rc (want 143 or another non-zero)" $([ $rc = 0 ] && echo 1 || echo 0)

# 6. internal/report (and internal/l10n Printer.Number): a number answer
#    of 1.7976931348623157e308 is written out in full (309 digits, grouped)
#    and the PDF's value column cuts it to "179,769,313,486,231,570": the
#    board reads 179 quintillion. 5e-324 is cut to "0.0000000000000000000".
#    A number too long for its cell should be written with an exponent.
./dutycheck report -q "$root/testdata/attacks/open/huge-q.yaml" -a "$root/testdata/attacks/open/huge.yaml" -o huge.pdf >/dev/null 2>&1
if command -v pdftotext >/dev/null; then
  pdftotext -layout huge.pdf huge.txt
  say "6 huge number cut to a smaller-looking one in the PDF" $(grep -q '179,769,313,486,231,570 ' huge.txt && ! grep -q 'e+308\|10\^308\|×10' huge.txt && echo 1 || echo 0)
fi
