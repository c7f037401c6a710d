"""Compare dutycheck's scoring with the reference scorer on random assessments.

    python3 testdata/refscore/run.py [-n 1000] [--seed 1] [--bin /tmp/dcv] [--keep DIR] [--cases DIR]

Builds nothing: pass a built binary with --bin (the Makefile target builds
one). Prints one line per kind of disagreement with its count and first
example, and keeps the first questionnaire+answers pair of each kind in
--keep (default: a temporary folder). With --cases it also compares every
hand-written NAME.q.yaml + NAME.a.yaml pair there (quote yes/no in those:
PyYAML reads them as booleans). Exit 1 on any disagreement or on a
generated file dutycheck refuses.
"""

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.dont_write_bytecode = True  # keep testdata free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import refscore  # noqa: E402


DATE_Q = re.compile(r"'([0-9]{4}-[0-9]{2}-[0-9]{2})'")


def dump(obj, path, plain=False):
    """Writes YAML; with plain, yes/no and dates go unquoted, as people write
    them (questionnaires/README.md: `yes` and `no` stay strings whether quoted or not)."""
    text = yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=1000)
    if plain:
        text = text.replace("'yes'", "yes").replace("'no'", "no")
        text = DATE_Q.sub(r"\1", text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bin", default="/tmp/dcv")
    ap.add_argument("--keep", default="")
    ap.add_argument("-v", action="store_true", help="print every disagreement")
    ap.add_argument("--cases", default="", help="also compare each NAME.q.yaml + NAME.a.yaml in this folder")
    args = ap.parse_args()
    keep = args.keep or tempfile.mkdtemp(prefix="refscore-")
    os.makedirs(keep, exist_ok=True)
    work = tempfile.mkdtemp(prefix="refscore-run-")
    kinds = collections.Counter()
    cov = collections.Counter()
    first = {}
    refused = 0
    compared = 0
    for i in range(args.n):
        seed = args.seed * 1000003 + i
        rng = random.Random(seed)
        g = gen.Gen(rng)
        q = g.questionnaire()
        a = g.answers(q)
        qp, ap_ = os.path.join(work, "q.yaml"), os.path.join(work, "a.yaml")
        plain = i % 2 == 1
        dump(q, qp, plain)
        dump(a, ap_, plain)
        # --lang sv checks the localized `why`; only with the file's own
        # rating labels, since dutycheck translates the default ones
        lang = "sv" if "sv" in (q.get("languages") or []) and q.get("rating") and i % 2 == 0 else "en"
        p = subprocess.run([args.bin, "score", "-q", qp, "-a", ap_, "--format", "json", "--lang", lang],
                           capture_output=True, text=True)
        if p.returncode != 0:
            refused += 1
            kinds["refused"] += 1
            if "refused" not in first:
                first["refused"] = (seed, p.stderr.strip().splitlines()[:3])
                save(keep, "refused", q, a, plain)
            if args.v:
                print("seed %d refused: %s" % (seed, p.stderr.strip()))
            continue
        got = json.loads(p.stdout)
        exp = refscore.score(q, a, lang)
        compared += 1
        cov["lang_sv"] += lang == "sv"
        diffs = refscore.compare(exp, got)
        cover(cov, exp)
        seen = set()
        for kind, detail in diffs:
            if args.v:
                print("seed %d %s: %s" % (seed, kind, detail))
            if kind in seen:
                continue
            seen.add(kind)
            kinds[kind] += 1
            if kind not in first:
                first[kind] = (seed, detail)
                save(keep, kind, q, a, plain)
    if args.cases:
        for name in sorted(os.listdir(args.cases)):
            if not name.endswith(".q.yaml"):
                continue
            qp = os.path.join(args.cases, name)
            ap_ = qp[:-len(".q.yaml")] + ".a.yaml"
            with open(qp, encoding="utf-8") as f:
                q = yaml.safe_load(f)
            with open(ap_, encoding="utf-8") as f:
                a = yaml.safe_load(f)
            p = subprocess.run([args.bin, "score", "-q", qp, "-a", ap_, "--format", "json"],
                               capture_output=True, text=True)
            if p.returncode != 0:
                kinds["case refused"] += 1
                first.setdefault("case refused", (name, p.stderr.strip()))
                continue
            compared += 1
            diffs = refscore.compare(refscore.score(q, a), json.loads(p.stdout))
            for kind, detail in diffs:
                print("case %s %s: %s" % (name[:-len(".q.yaml")], kind, detail))
            if diffs:
                kinds["case " + name[:-len(".q.yaml")]] += 1
                first.setdefault("case " + name[:-len(".q.yaml")], (name, "%d fields differ" % len(diffs)))
    shutil.rmtree(work, ignore_errors=True)
    if not first and not args.keep:
        shutil.rmtree(keep, ignore_errors=True)
    print("assessments generated: %d, compared: %d, refused by dutycheck: %d" % (args.n, compared, refused))
    print("edge cases met: " + ", ".join("%s %d" % kv for kv in sorted(cov.items())))
    if not kinds:
        print("no disagreements")
        return 0
    for kind, n in kinds.most_common():
        seed, detail = first[kind]
        print("%-28s %5d assessments; first %s: %s" % (kind, n, seed, detail))
    print("first example of each kind kept in", keep)
    return 1


def cover(cov, exp):
    """Counts the assessments that reach each rule, so a run shows what it tested."""
    o = exp["overall"]
    u, n = exp["_unknown_scored"]
    cov["provisional"] += o["provisional"]
    cov["unknown_exactly_20pct"] += n > 0 and 5 * u == n
    cov["completion_at_min"] += abs(exp["completion"] - exp["_min_completion"]) < 1e-12
    cov["capped"] += o["capped"]
    cov["score_on_band_min"] += o["score"] > 0 and abs(o["score"] - round(o["score"])) < 1e-9
    cov["regime_applies"] += any(r["applies"] for r in exp["regimes"])
    cov["regime_not_applies"] += any(not r["applies"] for r in exp["regimes"])
    cov["regime_score"] += any(r["score"] is not None for r in exp["regimes"])
    cov["regime_critical"] += any(r["critical_gaps"] for r in exp["regimes"])
    cov["critical_gap"] += bool(exp["critical_gaps"])
    cov["gap_unknown"] += any(g["unknown"] for g in exp["gaps"])
    cov["gap_estimate"] += any(g["estimate"] for g in exp["gaps"])
    cov["gap_overdue"] += any(g["action"] and g["action"]["overdue"] for g in exp["gaps"])
    cov["gap_risk_accepted"] += any(g["action"] and g["action"]["status"] == "risk_accepted" for g in exp["gaps"])
    cov["section_null"] += any(s["score"] is None for s in exp["sections"])
    cov["missing_evidence"] += bool(exp["missing_evidence"])
    cov["answer_or_action_under_old_id"] += exp["_read_old"] > 0
    cov["orphan"] += bool(exp["orphans"])


def save(keep, kind, q, a, plain):
    dump(q, os.path.join(keep, kind + ".q.yaml"), plain)
    dump(a, os.path.join(keep, kind + ".a.yaml"), plain)


if __name__ == "__main__":
    sys.exit(main())
