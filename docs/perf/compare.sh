#!/bin/sh
# compare.sh renders the same synthetic assessments of 200, 2,000 and
# 10,000 questions with dutycheck, with headless Chromium and with
# WeasyPrint (from the same content as HTML), and runs the floor program
# (docs/perf/floor) beside them: best of RUNS runs each, the tools
# alternated in every round, in one run, so that they share the machine's
# load. It prints a Markdown table for docs/performance.md.
#
# Usage, from the repository root:
#
#	docs/perf/compare.sh [OUTDIR]
#
# SIZES (default "200 2000 10000") and RUNS (default 2) change what is run;
# NO_PEERS=1 runs dutycheck and the floor only.
# A peer that is not installed (chromium, weasyprint) is reported as such.
# Needs Go, /usr/bin/time, pdfinfo and pdftotext (poppler-utils).
set -eu

out=${1:-/tmp/dutycheck-compare}
sizes=${SIZES:-"200 2000 10000"}
runs=${RUNS:-2}
epoch=1767225600
mkdir -p "$out"

go build -o "$out/dutycheck" ./cmd/dutycheck
go build -o "$out/floor" ./docs/perf/floor
for n in $sizes; do
	if [ ! -s "$out/$n/generated.html" ]; then
		DUTYCHECK_GEN_DIR="$out/$n" DUTYCHECK_GEN_N="$n" \
			go test -count=1 -run '^TestWriteGeneratedFiles$' ./internal/report >/dev/null
	fi
done

chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
weasyprint=$(command -v weasyprint || true)
if [ -n "${NO_PEERS:-}" ]; then
	chromium= weasyprint=
fi

# timed LOG CMD... runs CMD once and appends "wall user sys maxrss-KiB" to
# LOG; a failed run is logged as "fail".
timed() {
	log=$1
	shift
	if ! /usr/bin/time -a -o "$log" -f '%e %U %S %M' "$@" >/dev/null 2>"$log.err"; then
		echo fail >>"$log"
	fi
}

# bestwall LOG is the best wall time in LOG, empty when a run failed.
bestwall() {
	grep -q fail "$1" 2>/dev/null && return
	sort -n "$1" 2>/dev/null | awk 'NR==1{print $1}'
}

# ratio A B is A/B to one decimal, "-" without both.
ratio() {
	if [ -n "$1" ] && [ -n "$2" ]; then
		awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f", a/b}'
	else
		echo -
	fi
}

# best LOG prints the best wall time, the CPU time (user+sys) of that run,
# and the largest peak RSS in MB, of the runs in LOG.
best() {
	if grep -q fail "$1"; then
		echo "failed (see $1.err)"
		return
	fi
	sort -n "$1" | awk -v all="$(awk '$4>m{m=$4} END{print m}' "$1")" \
		'NR==1{printf "%.2f s | %.2f s | %.0f MB", $1, $2+$3, all/1024}'
}

ratios=""
echo "| questions | tool | best wall | CPU of that run | peak RSS | pages | |"
echo "|---|---|---|---|---|---|---|"
echo "started $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average$(uptime | sed 's/.*load average://')" >&2
for n in $sizes; do
	d="$out/$n"
	rm -f "$d"/*.log "$d"/*.log.err
	for r in $(seq "$runs"); do
		timed "$d/dutycheck.log" env SOURCE_DATE_EPOCH=$epoch "$out/dutycheck" report \
			-q "$d/generated.yaml" -a "$d/generated-answers.yaml" -o "$d/dutycheck-$r.pdf"
		[ -s "$d/pages.txt" ] || pdftotext "$d/dutycheck-1.pdf" "$d/pages.txt"
		timed "$d/floor.log" "$out/floor" "$d/generated.yaml" "$d/generated-answers.yaml" "$d/pages.txt" "$d/floor.pdf"
		timed "$d/floor-plain.log" env FLOOR_UNCOMPRESSED=1 "$out/floor" "$d/generated.yaml" "$d/generated-answers.yaml" "$d/pages.txt" "$d/floor-plain.pdf"
		if [ -n "$chromium" ]; then
			timed "$d/chromium.log" "$chromium" --headless --no-sandbox --disable-gpu \
				--no-pdf-header-footer --print-to-pdf="$d/chromium.pdf" "file://$d/generated.html"
		fi
		if [ -n "$weasyprint" ]; then
			timed "$d/weasyprint.log" "$weasyprint" "$d/generated.html" "$d/weasyprint.pdf"
		fi
	done
	same=no
	cmp -s "$d/dutycheck-1.pdf" "$d/dutycheck-$runs.pdf" && same=yes
	echo "| $n | dutycheck | $(best "$d/dutycheck.log") | $(pdfinfo "$d/dutycheck-1.pdf" | awk '/^Pages:/{print $2}') | runs byte-identical: $same |"
	echo "| $n | floor (yaml.v3 + fpdf, same text) | $(best "$d/floor.log") | $(pdfinfo "$d/floor.pdf" | awk '/^Pages:/{print $2}') | |"
	echo "| $n | floor, pages not compressed | $(best "$d/floor-plain.log") | $(pdfinfo "$d/floor-plain.pdf" | awk '/^Pages:/{print $2}') | |"
	if [ -n "$chromium" ]; then
		echo "| $n | Chromium (headless print) | $(best "$d/chromium.log") | $(pdfinfo "$d/chromium.pdf" 2>/dev/null | awk '/^Pages:/{print $2}') | |"
	else
		echo "| $n | Chromium | not run (not installed, or NO_PEERS) | | | | |"
	fi
	if [ -n "$weasyprint" ]; then
		echo "| $n | WeasyPrint | $(best "$d/weasyprint.log") | $(pdfinfo "$d/weasyprint.pdf" 2>/dev/null | awk '/^Pages:/{print $2}') | |"
	else
		echo "| $n | WeasyPrint | not run (not installed, or NO_PEERS) | | | | |"
	fi
	d_best=$(bestwall "$d/dutycheck.log")
	c_best=$( [ -n "$chromium" ] && bestwall "$d/chromium.log" || true)
	w_best=$( [ -n "$weasyprint" ] && bestwall "$d/weasyprint.log" || true)
	ratios="$ratios
$n questions: dutycheck / floor $(ratio "$d_best" "$(bestwall "$d/floor.log")") (pages not compressed: $(ratio "$d_best" "$(bestwall "$d/floor-plain.log")")), Chromium / dutycheck $(ratio "$c_best" "$d_best"), WeasyPrint / dutycheck $(ratio "$w_best" "$d_best") (best wall times)"
done
echo "$ratios"
echo "finished $(date -u '+%H:%M UTC'), load average$(uptime | sed 's/.*load average://')" >&2
