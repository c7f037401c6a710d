#!/bin/bash
# Times dutycheck measure and the pandas reference on one generated
# 1,000,000-row export (see docs/measure.md); needs python3-pandas and
# /usr/bin/time. ROWS overrides the size.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${TMPDIR:-/tmp}/dutycheck-measure"
go build -o "$bin" ./cmd/dutycheck
/usr/bin/python3 testdata/measure/compare.py "$bin" --bench "${ROWS:-1000000}"
