"""Independent reference scorer for dutycheck, written from the format and scoring documents (questionnaires/README.md, docs/answers-format.md, docs/scoring.md, docs/commands.md) only.

It deliberately does not share code or reading with internal/scoring: it is a
second implementation of the same text, so that a disagreement points at a
bug in one of them or at an ambiguity in the documents. gen.py makes random
questionnaires and answers; run.py compares this scorer with
`dutycheck score --format json`.

Readings the documents leave open are marked READING below; each follows the
the documents' wording or docs/scoring.md where the implementation documents one.
"""

import datetime
import functools
import re

DEFAULT_BANDS = [(90, "Leading"), (70, "Established"), (40, "Developing"), (0, "Inadequate")]
NON_BINDING = {"voluntary", "guidance", "proposal", "lapsed"}
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365 * 86400}
DUR_RE = re.compile(r"([0-9]+(?:\.[0-9]+)?)([smhdwy])")


def duration_seconds(s):
    """Seconds in a duration such as 1h30m, 1.5h, 45s, 1y."""
    s = str(s).strip()
    pos, total = 0, 0.0
    for m in DUR_RE.finditer(s):
        if m.start() != pos:
            raise ValueError("bad duration %r" % s)
        total += float(m.group(1)) * UNIT_SECONDS[m.group(2)]
        pos = m.end()
    if pos != len(s) or pos == 0:
        raise ValueError("bad duration %r" % s)
    return total


def text(v, lang="en"):
    """A localized text in the default language (the generator's is en)."""
    return v.get(lang, "") if isinstance(v, dict) else v


def to_date(v):
    if isinstance(v, datetime.date):
        return v
    return datetime.date.fromisoformat(str(v))


class Scorer:
    def __init__(self, q, a, lang="en"):
        self.q = q
        self.a = a
        self.lang = lang
        self.date = to_date(a["date"])
        self.answers = dict(a.get("answers") or {})
        self.actions = dict(a.get("actions") or {})
        self.option_sets = q.get("option_sets") or {}
        self.refs = q.get("references") or {}
        self.regimes = {r["id"]: r for r in q.get("regimes") or []}
        self.questions = {}  # id -> (section, question)
        for sec in q["sections"]:
            for qu in sec["questions"]:
                self.questions[qu["id"]] = (sec, qu)
        self._regime_cache = {}
        # questionnaires/README.md `replaces`: an answer under an old id is this question's.
        # READING: an answer (or action) under the current id wins over one
        # under an old id; the old answer is then kept as an orphan, since
        # nothing reads it.
        self.replaced = set()
        self.read_old = 0
        for _, qu in self.questions.values():
            for old in qu.get("replaces") or []:
                if qu["id"] not in self.answers:
                    self.replaced.add(old)
                for table in (self.answers, self.actions):
                    if old in table and qu["id"] not in table:
                        table[qu["id"]] = table[old]
                        self.read_old += 1

    # ---- answers -------------------------------------------------------
    def options(self, qu):
        t = qu["type"]
        opts = qu.get("options")
        if isinstance(opts, str):
            opts = self.option_sets[opts]
        if t == "yesno":
            base = {"yes": {"value": "yes", "score": 1}, "no": {"value": "no", "score": 0}}
            for o in opts or []:
                merged = dict(base[str(o["value"])])
                merged.update(o)
                if "score" not in o:
                    merged["score"] = base[str(o["value"])]["score"]
                base[str(o["value"])] = merged
            return [base["yes"], base["no"]]
        return opts or []

    def option(self, qu, value):
        for o in self.options(qu):
            if str(o["value"]) == str(value):
                return o
        raise KeyError((qu["id"], value))

    def state(self, qid):
        """One of None (unanswered), 'na', 'unknown', 'value'."""
        ans = self.answers.get(qid)
        if ans is None:
            return None
        if ans.get("na"):
            return "na"
        if ans.get("unknown"):
            return "unknown"
        if "value" not in ans:
            return None
        _, qu = self.questions[qid]
        v = ans["value"]
        if qu["type"] in ("single", "yesno"):
            if self.option(qu, v).get("unknown"):
                return "unknown"
        if qu["type"] == "multi":
            # READING: a multi answer that picks an option marked unknown is
            # unknown (the generator only picks it alone).
            if any(self.option(qu, x).get("unknown") for x in v):
                return "unknown"
        return "value"

    # ---- conditions ----------------------------------------------------
    def eval(self, c):
        if c is None:
            return True
        if "all" in c:
            return all(self.eval(x) for x in c["all"])
        if "any" in c:
            return any(self.eval(x) for x in c["any"])
        if "not" in c:
            return not self.eval(c["not"])
        if "regime" in c:
            return self.regime_applies(c["regime"])
        qid = c["question"]
        if self.state(qid) != "value" or not self.question_applies(qid):
            return False
        # READING (docs/scoring.md): a test on a question that does not apply
        # itself is false, even with an old answer in the file.
        v = self.answers[qid]["value"]
        if "equals" in c:
            return str(v) == str(c["equals"])
        if "in" in c:
            return str(v) in [str(x) for x in c["in"]]
        if "includes" in c:
            return str(c["includes"]) in [str(x) for x in v]
        if "at_least" in c:
            return float(v) >= float(c["at_least"])
        if "below" in c:
            return float(v) < float(c["below"])
        raise ValueError(c)

    def question_applies(self, qid):
        sec, qu = self.questions[qid]
        return self.eval(sec.get("when")) and self.eval(qu.get("when"))

    def regime_applies(self, rid):
        if rid not in self._regime_cache:
            self._regime_cache[rid] = self.eval(self.regimes[rid].get("applies"))
        return self._regime_cache[rid]

    # ---- per question --------------------------------------------------
    def scored_type(self, qu):
        t = qu["type"]
        if t == "text":
            return False
        if t in ("number", "duration", "date"):
            return bool(qu.get("bands"))
        return True

    def band_score(self, qu, value):
        t = qu["type"]
        if t == "number":
            x = float(value)
            conv = float
        elif t == "duration":
            x = duration_seconds(value)
            conv = duration_seconds
        else:
            x = (self.date - to_date(value)).days * 86400.0
            conv = duration_seconds
        for b in qu["bands"]:
            if "min" in b and x < conv(b["min"]):
                continue
            if "max" in b and x > conv(b["max"]):
                continue
            return float(b.get("score", 0))
        return 0.0

    def value_score(self, qu, value):
        t = qu["type"]
        if t in ("yesno", "single"):
            return float(self.option(qu, value).get("score", 0))
        if t == "multi":
            return min(1.0, sum(float(self.option(qu, x).get("score", 0)) for x in value))
        return self.band_score(qu, value)

    def critical(self, qu):
        c = qu.get("critical", False)
        if isinstance(c, bool):
            return c
        return self.eval(c)

    def recommendation(self, qu, st):
        if st in ("value", "unknown") and qu["type"] in ("yesno", "single") and "value" in self.answers[qu["id"]]:
            o = self.option(qu, self.answers[qu["id"]]["value"])
            if o.get("recommendation"):
                return o["recommendation"]
        if qu.get("recommendation"):
            return qu["recommendation"]
        if st != "value":
            # READING (docs/scoring.md): a gap with no answer to act on
            # (unanswered, or unknown without an option's advice) and no
            # question recommendation takes its lowest-scoring option's,
            # since what is not known is treated as not done.
            best, low = "", 2.0
            for o in self.options(qu):
                if o.get("recommendation") and float(o.get("score", 0)) < low:
                    best, low = o["recommendation"], float(o.get("score", 0))
            return best
        if st in ("value", "unknown") and qu["type"] == "multi" and "value" in self.answers[qu["id"]]:
            # READING (docs/scoring.md, "for multi, the question's first"):
            # without a question recommendation, the first chosen option's, in
            # the order the answer lists them.
            for x in self.answers[qu["id"]]["value"]:
                if self.option(qu, x).get("recommendation"):
                    return self.option(qu, x)["recommendation"]
        return ""

    def option_recs(self, qu, st):
        """Each option recommendation of the question -> whether it was chosen."""
        if qu["type"] not in ("yesno", "single", "multi"):
            return {}
        chosen = set()
        if st in ("value", "unknown") and "value" in (self.answers.get(qu["id"]) or {}):
            v = self.answers[qu["id"]]["value"]
            chosen = set(str(x) for x in v) if isinstance(v, list) else {str(v)}
        out = {}
        for o in self.options(qu):
            if o.get("recommendation"):
                out[o["recommendation"]] = out.get(o["recommendation"], False) or str(o["value"]) in chosen
        return out

    # ---- the whole -----------------------------------------------------
    def score(self):
        q = self.q
        rows = []  # per applicable question
        for sec in q["sections"]:
            sec_applies = self.eval(sec.get("when"))
            for qu in sec["questions"]:
                if not sec_applies or not self.eval(qu.get("when")):
                    continue
                st = self.state(qu["id"])
                scored = self.scored_type(qu)
                counted = scored and st != "na"
                s = 0.0
                if counted and st == "value":
                    s = self.value_score(qu, self.answers[qu["id"]]["value"])
                rows.append(dict(sec=sec, qu=qu, st=st, scored=scored, counted=counted, s=s,
                                 w=float(qu.get("weight", 1)), W=float(sec.get("weight", 1))))

        # sections
        sections = []
        sec_score = {}
        for sec in q["sections"]:
            rs = [r for r in rows if r["sec"] is sec and r["counted"]]
            sw = sum(r["w"] for r in rs)
            score = None
            # READING (docs/scoring.md): a weight-0 section has no score.
            if sw > 0 and float(sec.get("weight", 1)) > 0:
                score = 100.0 * sum(r["w"] * r["s"] for r in rs) / sw
            sec_score[sec["id"]] = (score, sw)
            here = [r for r in rows if r["sec"] is sec]
            sections.append({"id": sec["id"], "weight": float(sec.get("weight", 1)), "score": score,
                             "applies": bool(here), "applicable": len(here),
                             "answered": sum(1 for r in here if r["st"] is not None)})
        counting = [s for s in sections if s["score"] is not None]
        SW = sum(s["weight"] for s in counting)
        overall = sum(s["weight"] * s["score"] for s in counting) / SW if SW > 0 else 0.0

        # questions that can be gaps: counted, weight > 0, in a section of weight > 0
        gaps = []
        for i, r in enumerate(rows):
            r["crit"] = False
            if not r["counted"] or r["w"] <= 0 or r["W"] <= 0:
                continue
            r["crit"] = self.critical(r["qu"])
            if r["s"] >= 1:
                continue
            sw = sec_score[r["sec"]["id"]][1]
            pl = 100.0 * (r["W"] / SW) * (r["w"] / sw) * (1 - r["s"])
            qid = r["qu"]["id"]
            ans = self.answers.get(qid) or {}
            act = self.actions.get(qid)
            action = None
            if act is not None:
                due = act.get("due")
                status = act.get("status", "open")
                overdue = due is not None and to_date(due) < self.date and status not in ("done", "risk_accepted")
                action = {"owner": act.get("owner", ""), "due": str(due) if due is not None else "",
                          "status": status, "done_when": act.get("done_when", ""),
                          "approved_by": act.get("approved_by", ""), "overdue": overdue}
            gaps.append({"question": qid, "section": r["sec"]["id"], "critical": r["crit"],
                         "score": r["s"], "points_lost": pl,
                         "recommendation": self.recommendation(r["qu"], r["st"]),
                         "_option_recs": self.option_recs(r["qu"], r["st"]),
                         "references": list(r["qu"].get("references") or []),
                         "unknown": r["st"] == "unknown",
                         "estimate": r["st"] == "value" and bool(ans.get("estimate")),
                         "action": action, "_order": i})
        # READING (docs/scoring.md): points lost that tie within 1e-9 keep
        # questionnaire order (8.823529411764707 vs ...705 are one value).
        def cmp(x, y):
            if x["critical"] != y["critical"]:
                return -1 if x["critical"] else 1
            if abs(x["points_lost"] - y["points_lost"]) > 1e-9:
                return -1 if x["points_lost"] > y["points_lost"] else 1
            return x["_order"] - y["_order"]
        gaps.sort(key=functools.cmp_to_key(cmp))
        for sec in sections:
            sec["critical_gaps"] = sum(1 for g in gaps if g["section"] == sec["id"] and g["critical"])
        critical_gaps = [g["question"] for g in sorted(gaps, key=lambda g: g["_order"]) if g["critical"]]

        # rating
        bands = [(float(b["min"]), b["label"]) for b in q.get("rating") or []] or DEFAULT_BANDS
        bands.sort(key=lambda b: -b[0])
        # READING (docs/scoring.md): 1e-9 of rounding at a band's `min`.
        band_i = next(i for i, b in enumerate(bands) if b[0] <= overall + 1e-9)
        rating_i = band_i
        capped = False
        cap = q.get("critical_cap")
        if cap is not None and critical_gaps:
            cap_i = next(i for i, b in enumerate(bands) if b[1] == cap)
            if cap_i > band_i:
                rating_i, capped = cap_i, True

        # completion and provisional
        answered = [r for r in rows if r["st"] is not None]
        completion = len(answered) / len(rows) if rows else 1.0  # READING: nothing applies = complete
        applicable_scored = [r for r in rows if r["counted"] and r["W"] > 0]
        n_unknown = sum(1 for r in applicable_scored if r["st"] == "unknown")
        minc = float(q.get("min_completion", 0.8))
        provisional = completion < minc or n_unknown > 0.2 * len(applicable_scored)

        # lists
        unanswered = [r["qu"]["id"] for r in rows if r["st"] is None]
        unknown = [r["qu"]["id"] for r in rows if r["st"] == "unknown"]
        # READING: "the scored ones" are those counting towards the overall
        # score (section weight > 0), as for the provisional rule.
        estimates = [r["qu"]["id"] for r in rows if r["counted"] and r["W"] > 0 and r["st"] == "value"
                     and (self.answers[r["qu"]["id"]].get("estimate"))]
        missing_evidence = []
        for r in rows:
            # READING (docs/scoring.md): only a question with an `evidence`
            # prompt is flagged, and an evidence item counts like a note.
            if r["counted"] and r["W"] > 0 and r["st"] == "value" and r["s"] > 0 and r["qu"].get("evidence"):
                ans = self.answers[r["qu"]["id"]]
                if not (ans.get("note") or "").strip() and not ans.get("evidence"):
                    missing_evidence.append(r["qu"]["id"])

        # regimes
        regimes = []
        for reg in q.get("regimes") or []:
            rid = reg["id"]
            applies = self.regime_applies(rid)
            out = {"id": rid, "applies": applies, "why": text(reg.get("why", ""), self.lang), "score": None, "gaps": 0, "critical_gaps": 0}
            if applies:
                cites = [r for r in rows if r["counted"] and r["W"] > 0 and any(
                    (self.refs.get(x) or {}).get("regime") == rid for x in r["qu"].get("references") or [])]
                sw = sum(r["w"] for r in cites)
                if sw > 0:
                    out["score"] = 100.0 * sum(r["w"] * r["s"] for r in cites) / sw
                g = [r for r in cites if r["w"] > 0 and r["s"] < 1]
                out["gaps"] = len(g)
                if reg.get("status") not in NON_BINDING:
                    out["critical_gaps"] = sum(1 for r in g if r["crit"])
            regimes.append(out)

        return {
            "overall": {"score": overall, "rating": bands[rating_i][1], "band": bands[band_i][1],
                        "capped": capped, "provisional": provisional},
            "completion": completion,
            "answered": len(answered),
            "applicable": len(rows),
            "sections": sections,
            "gaps": gaps,
            "unanswered": unanswered,
            "unknown": unknown,
            "estimates": estimates,
            "missing_evidence": missing_evidence,
            "critical_gaps": critical_gaps,
            "orphans": [k for k in (self.a.get("answers") or {}) if k not in self.questions and k not in self.replaced],
            "regimes": regimes,
            "_unknown_scored": (n_unknown, len(applicable_scored)),
            "_min_completion": minc,
            "_read_old": self.read_old,
        }


def score(q, a, lang="en"):
    return Scorer(q, a, lang).score()


def close(x, y, tol=1e-9):
    if x is None or y is None:
        return x is None and y is None
    return abs(float(x) - float(y)) <= tol * max(1.0, abs(float(x)), abs(float(y)))


def compare(exp, got):
    """Field-by-field differences, each a (kind, detail) pair; kind groups alike ones."""
    d = []
    eo, go = exp["overall"], got.get("overall") or {}
    if not close(eo["score"], go.get("score")):
        d.append(("overall.score", "%r != %r" % (eo["score"], go.get("score"))))
    for k in ("rating", "band", "capped", "provisional"):
        if eo[k] != go.get(k):
            d.append(("overall." + k, "want %r got %r" % (eo[k], go.get(k))))
    if bool(go.get("provisional")) != bool(go.get("provisional_reason")):
        d.append(("overall.provisional_reason", "provisional %r with reason %r"
                  % (go.get("provisional"), go.get("provisional_reason"))))
    if not close(exp["completion"], got.get("completion")):
        d.append(("completion", "want %r got %r" % (exp["completion"], got.get("completion"))))
    for k in ("answered", "applicable"):
        if exp[k] != got.get(k):
            d.append(("ext." + k, "want %r got %r" % (exp[k], got.get(k))))
    gs = got.get("sections") or []
    if [s["id"] for s in exp["sections"]] != [s.get("id") for s in gs]:
        d.append(("sections.ids", "want %r got %r" % ([s["id"] for s in exp["sections"]], [s.get("id") for s in gs])))
    else:
        for es, s in zip(exp["sections"], gs):
            if not close(es["weight"], s.get("weight")):
                d.append(("sections.weight", "%s want %r got %r" % (es["id"], es["weight"], s.get("weight"))))
            for k in ("applies", "applicable", "answered", "critical_gaps"):
                # not in docs/commands.md: fields the implementation adds, checked all the same
                if es[k] != s.get(k):
                    d.append(("ext.sections." + k, "%s want %r got %r" % (es["id"], es[k], s.get(k))))
            if not close(es["score"], s.get("score")):
                d.append(("sections.score", "%s want %r got %r" % (es["id"], es["score"], s.get("score"))))
    for k in ("unanswered", "unknown", "estimates", "missing_evidence", "critical_gaps", "orphans"):
        if exp[k] != (got.get(k) or []):
            d.append((k, "want %r got %r" % (exp[k], got.get(k))))
    gg = got.get("gaps") or []
    if [g["question"] for g in exp["gaps"]] != [g.get("question") for g in gg]:
        if sorted(g["question"] for g in exp["gaps"]) == sorted(g.get("question") for g in gg):
            d.append(("gaps.order", "want %r got %r" % ([g["question"] for g in exp["gaps"]], [g.get("question") for g in gg])))
        else:
            d.append(("gaps.set", "want %r got %r" % ([g["question"] for g in exp["gaps"]], [g.get("question") for g in gg])))
    byid = {g.get("question"): g for g in gg}
    for eg in exp["gaps"]:
        g = byid.get(eg["question"])
        if g is None:
            continue
        if eg["recommendation"] != g.get("recommendation"):
            # Classify: docs/scoring.md says "the chosen option's, else the question's".
            recs = eg["_option_recs"]
            if g.get("recommendation") in recs and not recs[g.get("recommendation")]:
                kind = "gaps.recommendation(unchosen option)"
            elif g.get("recommendation") in recs and not eg["recommendation"]:
                kind = "gaps.recommendation(chosen multi option)"
            else:
                kind = "gaps.recommendation"
            d.append((kind, "%s want %r got %r" % (eg["question"], eg["recommendation"], g.get("recommendation"))))
        for k in ("section", "critical", "references", "unknown", "estimate"):
            if eg[k] != (g.get(k) if g.get(k) is not None or k != "references" else []):
                d.append(("gaps." + k, "%s want %r got %r" % (eg["question"], eg[k], g.get(k))))
        for k in ("score", "points_lost"):
            if not close(eg[k], g.get(k)):
                d.append(("gaps." + k, "%s want %r got %r" % (eg["question"], eg[k], g.get(k))))
        ea, ga = eg["action"], g.get("action")
        if (ea is None) != (ga is None):
            d.append(("gaps.action", "%s want %r got %r" % (eg["question"], ea, ga)))
        elif ea is not None:
            for k in ea:
                if ea[k] != ga.get(k):
                    d.append(("gaps.action." + k, "%s want %r got %r" % (eg["question"], ea[k], ga.get(k))))
    gr = got.get("regimes") or []
    if [r["id"] for r in exp["regimes"]] != [r.get("id") for r in gr]:
        d.append(("regimes.ids", "want %r got %r" % ([r["id"] for r in exp["regimes"]], [r.get("id") for r in gr])))
    else:
        for er, r in zip(exp["regimes"], gr):
            if er["why"] != r.get("why"):
                d.append(("regimes.why", "%s want %r got %r" % (er["id"], er["why"], r.get("why"))))
            if er["applies"] != r.get("applies"):
                d.append(("regimes.applies", "%s want %r got %r" % (er["id"], er["applies"], r.get("applies"))))
            if not close(er["score"], r.get("score")):
                d.append(("regimes.score", "%s want %r got %r" % (er["id"], er["score"], r.get("score"))))
            for k in ("gaps", "critical_gaps"):
                if er[k] != r.get(k):
                    d.append(("regimes." + k, "%s want %r got %r" % (er["id"], er[k], r.get(k))))
    return d
