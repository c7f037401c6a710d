#!/usr/bin/env python3
"""An independent scorer written from docs/scoring.md and docs/commands.md alone, for the judge's
questionnaire: random assessments are scored by it and by
`dutycheck score --format json`, and compared field by field."""
import datetime, json, os, random, re, subprocess, sys, tempfile
import yaml

DCJ = os.environ.get("DCJ", "/tmp/dcj")
QPATH = sys.argv[1]
N = int(sys.argv[2]) if len(sys.argv) > 2 else 200
SEED = int(sys.argv[3]) if len(sys.argv) > 3 else 1
ADATE = datetime.date(2026, 11, 29)
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 365 * 86400}

def dur(s):
    secs = 0.0
    for num, u in re.findall(r"([0-9.]+)([smhdwy])", str(s)):
        secs += float(num) * UNITS[u]
    return secs

# PyYAML refuses "?" before "," in a flow mapping (YAML 1.2 allows it);
# the scorer reads no question text, so the marks are dropped for it.
q = yaml.safe_load(open(QPATH).read().replace("?,", ",").replace("?}", "}"))
sets = q.get("option_sets", {})
questions, order = {}, []
for sec in q["sections"]:
    for qn in sec["questions"]:
        qn["_sec"] = sec
        if isinstance(qn.get("options"), str):
            qn["options"] = sets[qn["options"]]
        if qn["type"] == "yesno" and "options" not in qn:
            qn["options"] = [{"value": "yes", "score": 1}, {"value": "no", "score": 0}]
        questions[qn["id"]] = qn
        order.append(qn["id"])
regimes = q.get("regimes", [])
refs = q.get("references", {})
bands_default = [(90, "Leading"), (70, "Established"), (40, "Developing"), (0, "Inadequate")]
bands = [(b["min"], b["label"]) for b in q["rating"]] if "rating" in q else bands_default
bands.sort(key=lambda b: -b[0])
def lab(l): return l if isinstance(l, str) else l["en"]

def gen():
    ans = {}
    for qid in order:
        qn = questions[qid]
        r = random.random()
        if r < 0.12:
            continue
        a = {}
        if qn.get("allow_na") and r < 0.2:
            a = {"na": True, "note": "n/a reason"}
        elif qn.get("allow_unknown") and r < 0.3:
            a = {"unknown": True}
        else:
            t = qn["type"]
            if t in ("yesno", "single"):
                a["value"] = random.choice(qn["options"])["value"]
            elif t == "multi":
                ex = [o["value"] for o in qn["options"] if o.get("exclusive")]
                non = [o["value"] for o in qn["options"] if not o.get("exclusive")]
                if ex and random.random() < 0.2:
                    a["value"] = [random.choice(ex)]
                else:
                    a["value"] = [v for v in non if random.random() < 0.5]
            elif t == "number":
                lo, hi = qn.get("min", 0), qn.get("max", 1000)
                a["value"] = random.choice([lo, 49, 50, 51, 94, 95, hi, 60.5])
                a["value"] = min(max(a["value"], lo), hi)
            elif t == "duration":
                a["value"] = random.choice(["30m", "24h", "25h", "7d", "8d", "1h30m", "45s", "2w", "1d"])
            elif t == "date":
                a["value"] = (ADATE - datetime.timedelta(days=random.choice([0, 364, 365, 366, 729, 730, 731, 2000]))).isoformat()
            elif t == "text":
                a["value"] = "some text"
            if random.random() < 0.25 and t != "text":
                a["estimate"] = True
            if random.random() < 0.3:
                a["note"] = "note"
            if random.random() < 0.2:
                a["evidence"] = [{"url": "https://example.com/x"}]
        ans[qid] = a
    return ans

def status(a):
    if a is None: return "unanswered"
    if a.get("na"): return "na"
    if a.get("unknown"): return "unknown"
    if "value" not in a: return "unanswered"
    qn = None
    return "answered"

def score_q(qn, a):
    t, v = qn["type"], a["value"]
    if t in ("yesno", "single"):
        o = next(o for o in qn["options"] if o["value"] == v)
        return o.get("score", 0)
    if t == "multi":
        return min(1, sum(o.get("score", 0) for o in qn["options"] if o["value"] in v))
    if t == "number": x = float(v)
    elif t == "duration": x = dur(v)
    elif t == "date": x = (ADATE - datetime.date.fromisoformat(v)).days * 86400
    for b in qn.get("bands", []):
        lo, hi = b.get("min"), b.get("max")
        if t != "number":
            lo = dur(lo) if lo is not None else None
            hi = dur(hi) if hi is not None else None
        if (lo is None or x >= lo) and (hi is None or x <= hi):
            return b["score"]
    return 0

def scored(qn):
    if qn["type"] == "text": return False
    if qn["type"] in ("number", "duration", "date") and not qn.get("bands"): return False
    return True

def real_status(qid, ans):
    a = ans.get(qid)
    st = status(a)
    qn = questions[qid]
    if st == "answered" and qn["type"] in ("single",) and any(o.get("unknown") and o["value"] == a["value"] for o in qn["options"]):
        return "unknown"
    return st

def ev(c, ans, reg):
    if c is None: return True
    if "all" in c: return all(ev(x, ans, reg) for x in c["all"])
    if "any" in c: return any(ev(x, ans, reg) for x in c["any"])
    if "not" in c: return not ev(c["not"], ans, reg)
    if "regime" in c: return reg[c["regime"]]
    qid = c["question"]
    if real_status(qid, ans) != "answered": return False
    v = ans[qid]["value"]
    if "equals" in c: return str(v) == str(c["equals"])
    if "in" in c: return str(v) in [str(x) for x in c["in"]]
    if "includes" in c: return c["includes"] in v
    if "at_least" in c: return float(v) >= c["at_least"]
    if "below" in c: return float(v) < c["below"]
    raise ValueError(c)

def expected(ans):
    reg = {}
    for _ in regimes:  # fixed point over regime references (no cycles)
        for r in regimes:
            reg[r["id"]] = ev(r.get("applies"), ans, reg) if all(True for _ in [0]) else None
    qr = {}
    applicable = answered = 0
    for qid in order:
        qn = questions[qid]
        sec = qn["_sec"]
        applies = ev(sec.get("when"), ans, reg) and ev(qn.get("when"), ans, reg)
        st = real_status(qid, ans)
        d = {"applies": applies, "status": st}
        if applies:
            applicable += 1
            if st != "unanswered": answered += 1
            d["counted"] = scored(qn) and st != "na"
            d["s"] = score_q(qn, ans[qid]) if st == "answered" and d["counted"] else 0
            crit = qn.get("critical", False)
            d["critical"] = crit if isinstance(crit, bool) else ev(crit, ans, reg)
        qr[qid] = d
    # sections
    secs, sec_scores = [], {}
    for sec in q["sections"]:
        W = sec.get("weight", 1)
        num = den = 0
        for qn in sec["questions"]:
            d = qr[qn["id"]]
            if d["applies"] and d.get("counted"):
                w = qn.get("weight", 1)
                num += w * d["s"]; den += w
        sec_scores[sec["id"]] = (100 * num / den) if den > 0 and W > 0 else None
        if den > 0 and W > 0: secs.append((sec, W, den))
    SW = sum(W for _, W, _ in secs)
    overall = sum(W * sec_scores[s["id"]] for s, W, _ in secs) / SW if SW else 0
    band = next(l for m, l in bands if m <= overall)
    rating, capped = band, False
    gaps, crit_gaps, unknown, estimates, missing = [], [], [], [], []
    scored_n = unk_n = 0
    for s, W, den in secs:
        for qn in s["questions"]:
            d = qr[qn["id"]]
            w = qn.get("weight", 1)
            if not (d["applies"] and d.get("counted")): continue
            scored_n += 1
            if d["status"] == "unknown": unk_n += 1
            if w > 0 and d["s"] < 1:
                pl = 100 * (W / SW) * (w / den) * (1 - d["s"])
                gaps.append((qn["id"], d["critical"], pl, d["s"], d["status"] == "unknown", bool(ans.get(qn["id"], {}).get("estimate")) and d["status"] == "answered"))
    for qid in order:
        d = qr[qid]; qn = questions[qid]; a = ans.get(qid, {})
        if d["applies"] and d["status"] == "unknown": unknown.append(qid)
        if d["applies"] and d.get("counted") and qn["_sec"].get("weight", 1) > 0 and d["status"] == "answered":
            if a.get("estimate"): estimates.append(qid)
            if qn.get("evidence") and d["s"] > 0 and not a.get("note") and not a.get("evidence"): missing.append(qid)
    crit_gaps = [g[0] for g in sorted(gaps, key=lambda g: order.index(g[0])) if g[1]]
    if crit_gaps and "critical_cap" in q:
        capm = next(m for m, l in bands if lab(l) == q["critical_cap"])
        bm = next(m for m, l in bands if l == band)
        if bm > capm:
            rating, capped = next(l for m, l in bands if m == capm), True
    completion = answered / applicable if applicable else 1
    prov = completion < q.get("min_completion", 0.8) or (scored_n and unk_n / scored_n > 0.2)
    gaps.sort(key=lambda g: (not g[1], -g[2] if not g[1] else 0, order.index(g[0])))
    regs = []
    for r in regimes:
        rid = r["id"]
        qs = [qid for qid in order if qr[qid]["applies"] and qr[qid].get("counted") and questions[qid]["_sec"].get("weight", 1) > 0 and any(refs[x].get("regime") == rid for x in questions[qid].get("references", []))]
        num = sum(questions[x].get("weight", 1) * qr[x]["s"] for x in qs)
        den = sum(questions[x].get("weight", 1) for x in qs)
        sc = 100 * num / den if den > 0 and reg[rid] else None
        regs.append({"id": rid, "applies": reg[rid], "score": sc,
                     "gaps": sum(1 for x in qs if qr[x]["s"] < 1 and questions[x].get("weight", 1) > 0) if reg[rid] else None,
                     # A voluntary framework, guidance or a proposal creates no
                     # must-have duty: its critical gaps are those of the
                     # laws and codes (dutycheck's reading; the documents are silent).
                     "critical_gaps": sum(1 for x in qs if qr[x]["s"] < 1 and qr[x]["critical"]) if reg[rid] and r.get("status", "law") in ("law", "code") else 0 if reg[rid] else None})
    return {"overall": overall, "band": lab(band), "rating": lab(rating), "capped": capped, "provisional": bool(prov),
            "completion": completion, "sections": sec_scores, "gaps": gaps, "critical_gaps": crit_gaps,
            "unknown": unknown, "estimates": estimates, "missing_evidence": missing, "regimes": regs,
            "unanswered": [x for x in order if qr[x]["applies"] and qr[x]["status"] == "unanswered"]}

def close(a, b): return a is None and b is None or (a is not None and b is not None and abs(a - b) < 1e-9)

random.seed(SEED)
fails = 0
tmp = tempfile.mkdtemp()
for i in range(N):
    ans = gen()
    doc = {"format": "dutycheck-answers/v1", "questionnaire": {"id": q["id"], "version": q["version"]},
           "organization": "R", "date": ADATE.isoformat(), "answers": ans}
    path = os.path.join(tmp, f"r{i}.yaml")
    with open(path, "w") as f: yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True)
    p = subprocess.run([DCJ, "score", "-q", QPATH, "-a", path, "--format", "json"], capture_output=True, text=True)
    if p.returncode != 0:
        print(f"case {i}: rc {p.returncode}: {p.stderr.strip()}"); fails += 1; continue
    got, exp = json.loads(p.stdout), expected(ans)
    errs = []
    o = got["overall"]
    if not close(o["score"], exp["overall"]): errs.append(f"overall {o['score']} != {exp['overall']}")
    for k in ("band", "rating", "capped", "provisional"):
        if o[k] != exp[k]: errs.append(f"{k} {o[k]} != {exp[k]}")
    if o["provisional"] and not o["provisional_reason"]: errs.append("provisional without a reason")
    if not close(got["completion"], exp["completion"]): errs.append(f"completion {got['completion']} != {exp['completion']}")
    for s in got["sections"]:
        if not close(s["score"], exp["sections"][s["id"]]): errs.append(f"section {s['id']} {s['score']} != {exp['sections'][s['id']]}")
    for k in ("critical_gaps", "unknown", "estimates", "missing_evidence", "unanswered"):
        if got[k] != exp[k]: errs.append(f"{k} {got[k]} != {exp[k]}")
    gg = [(g["question"], g["critical"], g["points_lost"], g["score"], g["unknown"], g["estimate"]) for g in got["gaps"]]
    eg = exp["gaps"]
    if [g[0] for g in gg] != [g[0] for g in eg]:
        errs.append(f"gap order {[g[0] for g in gg]} != {[g[0] for g in eg]}")
    else:
        for g, e in zip(gg, eg):
            if g[1] != e[1] or not close(g[2], e[2]) or not close(g[3], e[3]) or g[4] != e[4] or g[5] != e[5]:
                errs.append(f"gap {g} != {e}")
    for r, e in zip(got["regimes"], exp["regimes"]):
        if r["applies"] != e["applies"] or not close(r["score"], e["score"]) or (e["applies"] and (r["gaps"] != e["gaps"] or r["critical_gaps"] != e["critical_gaps"])):
            errs.append(f"regime {r} != {e}")
    if errs:
        fails += 1
        print(f"case {i} ({path}):"); [print("   ", e) for e in errs[:6]]
print(f"{N} cases, {fails} differ")
sys.exit(1 if fails else 0)
