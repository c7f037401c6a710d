#!/usr/bin/env python3
"""Compare the figures `dutycheck measure` writes with those of the
independent pandas implementation (reference.py) on generated hostile
exports (gen.py), for several seeds, with and without a period.

    python3 compare.py DUTYCHECK [ROWS] [SEEDS]
    python3 compare.py DUTYCHECK --bench ROWS

Exit 0 when every figure, count and period agrees; otherwise each
difference is printed and the exit status is 1. With --bench, one export
of ROWS rows is generated and both programs are timed on it with
/usr/bin/time -v (wall time and peak memory), and their figures compared."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DUTYCHECK = os.path.abspath(sys.argv[1])
BENCH = len(sys.argv) > 2 and sys.argv[2] == "--bench"
ROWS = int(sys.argv[3 if BENCH else 2]) if len(sys.argv) > (3 if BENCH else 2) else 2000
SEEDS = int(sys.argv[3]) if not BENCH and len(sys.argv) > 3 else 5

CSEA = {"category": ["csea"]}
SPECS = [
    {"question": "remove-median", "type": "duration", "metric": "median", "from": "received", "to": "removed", "where": CSEA},
    {"question": "remove-p90", "type": "duration", "metric": "p90", "from": "received", "to": "removed", "where": CSEA},
    {"question": "remove-p95", "type": "duration", "metric": "p95", "from": "received", "to": "removed"},
    {"question": "decide-median", "type": "duration", "metric": "median", "from": "received", "to": "decided", "where": CSEA},
    {"question": "report-median", "type": "duration", "metric": "median", "from": "received", "to": "reported", "where": {"source": ["user"]}},
    {"question": "report-p90", "type": "duration", "metric": "p90", "from": "received", "to": "reported"},
    {"question": "decided-24h", "type": "number", "metric": "share_within", "within": "24h", "within_minutes": 1440, "from": "received", "to": "decided", "where": CSEA},
    {"question": "removed-1h", "type": "number", "metric": "share_within", "within": "1h", "within_minutes": 60, "from": "received", "to": "removed"},
    {"question": "proactive-share", "type": "number", "metric": "share", "where": CSEA, "match": {"source": ["proactive", "hash"]}},
    {"question": "csea-count", "type": "number", "metric": "count", "where": CSEA},
    {"question": "all-count", "type": "number", "metric": "count"},
    {"question": "none-count", "type": "number", "metric": "count", "where": {"category": ["nothing"]}},
]
MAP = {
    "timezone": "Europe/Stockholm",
    "columns": {"id": "Id", "received": "Created at", "decided": "Solved at", "removed": "Content removed at",
                "reported": "Reported at", "category": "Tags", "source": "Via"},
    "multi": {"category": " "},
    "values": {"category": {"csam": "csea", "CSAM": "csea", "grooming": "csea", "sextortion": "csea"},
               "source": {"api_scanner": "proactive", "hash_match": "hash", "web_form": "user", "email": "user"}},
    "layouts": {"reported": "%d/%b/%y %I:%M %p"},
}
GO_LAYOUTS = {"reported": "02/Jan/06 3:04 PM"}


def flow(d):
    return "{" + ", ".join(f"{k}: " + ("[" + ", ".join(json.dumps(x) for x in v) + "]" if isinstance(v, list) else json.dumps(v)) for k, v in d.items()) + "}"


def questionnaire():
    lines = ["format: dutycheck/v1", "id: compare", "version: 1.0.0", "title: Compare", "sections:",
             "  - id: s", "    title: S", "    questions:"]
    for sp in SPECS:
        m = {"metric": sp["metric"]}
        for k in ("from", "to", "within"):
            if k in sp:
                m[k] = sp[k]
        parts = [f"{k}: {v}" for k, v in m.items()]
        for k in ("where", "match"):
            if k in sp:
                parts.append(f"{k}: {flow(sp[k])}")
        lines += [f"      - id: {sp['question']}", f"        text: {sp['question']}", f"        type: {sp['type']}",
                  "        measure: {" + ", ".join(parts) + "}"]
    return "\n".join(lines) + "\n"


def map_yaml():
    out = ["format: dutycheck-measure-map/v1", f"timezone: {MAP['timezone']}", "columns:"]
    out += [f"  {k}: {json.dumps(v)}" for k, v in MAP["columns"].items()]
    out += ["multi:"] + [f"  {k}: {json.dumps(v)}" for k, v in MAP["multi"].items()]
    out += ["values:"] + [f"  {k}: {flow(v)}" for k, v in MAP["values"].items()]
    out += ["layouts:"] + [f"  {k}: {json.dumps(v)}" for k, v in GO_LAYOUTS.items()]
    return "\n".join(out) + "\n"


def timed(args, out):
    """Runs args under /usr/bin/time -v; returns (wall seconds, peak MB)."""
    with open(out, "w") as fh:
        p = subprocess.run(["/usr/bin/time", "-v"] + args, stdout=fh, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit(p.stderr)
    wall = rss = None
    for line in p.stderr.splitlines():
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            t = line.rsplit(" ", 1)[1].split(":")
            wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(t)))
        if line.startswith("Maximum resident set size"):
            rss = int(line.rsplit(" ", 1)[1]) / 1024
    return wall, rss


def bench():
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "q.yaml"), "w").write(questionnaire())
        open(os.path.join(d, "map.yaml"), "w").write(map_yaml())
        export = os.path.join(d, "export.csv")
        with open(export, "w") as fh:
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(ROWS), "1"], stdout=fh, check=True)
        size = os.path.getsize(export) / 1e6
        cpath = os.path.join(d, "config.json")
        json.dump(dict(MAP, specs=SPECS, period=["2026-07-01", "2026-09-30"]), open(cpath, "w"))
        apath = os.path.join(d, "a.yaml")
        open(apath, "w").write("format: dutycheck-answers/v1\nquestionnaire: {id: compare}\norganization: X\nanswers: {}\n")
        go = timed([DUTYCHECK, "measure", "-q", os.path.join(d, "q.yaml"), "-a", apath, "--map", os.path.join(d, "map.yaml"),
                    "--period", "2026-07-01..2026-09-30", "--dry-run", "--format", "json", export], os.path.join(d, "go.json"))
        py = timed([sys.executable, os.path.join(HERE, "reference.py"), cpath, export], os.path.join(d, "py.json"))
        got, ref = json.load(open(os.path.join(d, "go.json"))), json.load(open(os.path.join(d, "py.json")))
        same = all(r["status"] == ref["results"][r["question"]]["status"] and r.get("minutes", r.get("value")) ==
                   ref["results"][r["question"]].get("minutes", ref["results"][r["question"]].get("value")) for r in got["results"])
        print(f"export: {ROWS:,} rows, {size:.0f} MB, {len(SPECS)} measures")
        print(f"dutycheck measure: {go[0]:.2f} s, peak {go[1]:.0f} MB")
        print(f"pandas reference:  {py[0]:.2f} s, peak {py[1]:.0f} MB")
        print(f"dutycheck is {py[0] / go[0]:.1f} times faster; figures {'equal' if same else 'DIFFER'}")
        sys.exit(0 if same else 1)


def main():
    if BENCH:
        bench()
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "q.yaml"), "w").write(questionnaire())
        open(os.path.join(d, "map.yaml"), "w").write(map_yaml())
        for seed in range(1, SEEDS + 1):
            exports = []
            for part in range(2):  # two exports: repeated ids across them
                path = os.path.join(d, f"export-{seed}-{part}.csv")
                with open(path, "w") as fh:
                    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(ROWS), str(seed * 10 + part)], stdout=fh, check=True)
                exports.append(path)
            for period in (["2026-07-01", "2026-09-30"], None):
                cfg = dict(MAP, specs=SPECS, period=period)
                cpath = os.path.join(d, "config.json")
                json.dump(cfg, open(cpath, "w"))
                ref = json.loads(subprocess.run([sys.executable, os.path.join(HERE, "reference.py"), cpath] + exports,
                                                capture_output=True, text=True, check=True).stdout)
                apath = os.path.join(d, "a.yaml")
                open(apath, "w").write("format: dutycheck-answers/v1\nquestionnaire: {id: compare}\norganization: X\nanswers: {}\n")
                args = [DUTYCHECK, "measure", "-q", os.path.join(d, "q.yaml"), "-a", apath, "--map", os.path.join(d, "map.yaml"),
                        "--dry-run", "--format", "json"] + exports
                if period:
                    args[2:2] = ["--period", f"{period[0]}..{period[1]}"]
                got = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
                where = f"seed {seed}, period {period[0] + '..' + period[1] if period else 'none'}"
                checks = [("repeated", got["repeated"], ref["repeated"]), ("cases", got["cases"], ref["cases"]),
                          ("period", [got["period"]["from"], got["period"]["to"]], ref["period"])]
                for r in got["results"]:
                    want = ref["results"][r["question"]]
                    for k in ("status", "cases", "open", "excluded", "minutes", "value"):
                        g, w = r.get(k), want.get(k)
                        if k == "value" and r.get("minutes") is not None:
                            continue
                        checks.append((f"{r['question']}.{k}", g, w))
                for name, g, w in checks:
                    if g != w:
                        bad += 1
                        print(f"{where}: {name}: dutycheck {g!r}, pandas {w!r}")
                print(f"{where}: {len(checks)} figures compared, rows {2 * ROWS}")
    print("all figures equal" if bad == 0 else f"{bad} differences")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
