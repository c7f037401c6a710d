#!/bin/sh
# pairs.sh runs `dutycheck report` and the floor program (docs/perf/floor)
# alternately on the same generated assessment, N times each, and prints
# the minimum and median wall and CPU (user+sys) times of each and their
# ratios: the "whole command against the floor" of docs/performance.md.
# Alternating makes both share whatever load the machine has.
#
# Usage, from the repository root, after docs/perf/compare.sh has made
# OUTDIR/SIZE (its generated files and pages.txt):
#
#	docs/perf/pairs.sh [OUTDIR] [SIZE] [N]
#
# Defaults: /tmp/dutycheck-compare, 2000, 10. Needs /usr/bin/time.
set -eu

out=${1:-/tmp/dutycheck-compare}
n=${2:-2000}
runs=${3:-10}
d="$out/$n"
[ -s "$d/pages.txt" ] || { echo "pairs.sh: run docs/perf/compare.sh $out first (no $d/pages.txt)" >&2; exit 2; }
go build -o "$out/dutycheck" ./cmd/dutycheck
go build -o "$out/floor" ./docs/perf/floor
rm -f "$d/pairs-dutycheck.log" "$d/pairs-floor.log"
for _ in $(seq "$runs"); do
	/usr/bin/time -a -o "$d/pairs-dutycheck.log" -f '%e %U %S' env SOURCE_DATE_EPOCH=1767225600 \
		"$out/dutycheck" report -q "$d/generated.yaml" -a "$d/generated-answers.yaml" -o "$d/pairs.pdf" >/dev/null
	/usr/bin/time -a -o "$d/pairs-floor.log" -f '%e %U %S' \
		"$out/floor" "$d/generated.yaml" "$d/generated-answers.yaml" "$d/pages.txt" "$d/pairs-floor.pdf" >/dev/null
done

# minmed COLUMN-EXPRESSION LOG prints the minimum and the median.
minmed() {
	awk "{print $1}" "$2" | sort -n | awk '{a[NR]=$1} END{printf "%.2f %.2f", a[1], a[int((NR+1)/2)]}'
}
dw=$(minmed '$1' "$d/pairs-dutycheck.log"); fw=$(minmed '$1' "$d/pairs-floor.log")
dc=$(minmed '$2+$3' "$d/pairs-dutycheck.log"); fc=$(minmed '$2+$3' "$d/pairs-floor.log")
echo "| | wall min / median | CPU min / median |"
echo "|---|---|---|"
echo "| dutycheck report | $(echo "$dw" | awk '{printf "%.2f / %.2f s", $1, $2}') | $(echo "$dc" | awk '{printf "%.2f / %.2f s", $1, $2}') |"
echo "| floor | $(echo "$fw" | awk '{printf "%.2f / %.2f s", $1, $2}') | $(echo "$fc" | awk '{printf "%.2f / %.2f s", $1, $2}') |"
echo "| ratio | $(echo "$dw $fw" | awk '{printf "%.2f / %.2f", $1/$3, $2/$4}') | $(echo "$dc $fc" | awk '{printf "%.2f / %.2f", $1/$3, $2/$4}') |"
echo "$runs pairs of $n questions, $(date -u '+%H:%M UTC'), load average$(uptime | sed 's/.*load average://')"
