"""Random questionnaires and answers files that exercise the 1.1 scoring rules.

Every questionnaire is meant to be valid under questionnaires/README.md and every answers file
valid under §3: a file dutycheck refuses is counted by run.py as a generator
defect, not compared. Conditions refer only to earlier questions; regimes read
only the profile section (the first one) and earlier regimes, so a {regime: ID}
test is legal anywhere after the profile.
"""

import datetime

STATUSES = ["law", "code", "guidance", "voluntary", "proposal", "lapsed"]
ACTION_STATUSES = ["open", "in_progress", "done", "risk_accepted"]
SCORES = [0, 0, 0.25, 0.5, 0.75, 1, 1, 0.1, 0.3333]
WEIGHTS = [0, 0.5, 1, 1, 1, 2, 3, 10, 1000]
DUR_UNITS = ["s", "m", "h", "d", "w", "y"]


def rscore(rng):
    return rng.choice(SCORES) if rng.random() < 0.8 else round(rng.random(), 3)


def rduration(rng):
    """A duration string and its seconds, in one to two parts."""
    parts = []
    for u in rng.sample(DUR_UNITS, rng.choice([1, 1, 2])):
        n = rng.choice([1, 2, 3, 5, 10, 30, 90])
        if u != "s" and rng.random() < 0.2:
            n = round(rng.random() * 10, 1) or 1  # dutycheck wants whole seconds
        parts.append((n, u))
    order = {u: i for i, u in enumerate(["y", "w", "d", "h", "m", "s"])}
    parts.sort(key=lambda p: order[p[1]])
    return "".join("%s%s" % (n, u) for n, u in parts)


def days(n):
    return "%dd" % n


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.nq = 0

    # ---- conditions ----------------------------------------------------
    def leaf(self, pool, regimes):
        rng = self.rng
        choices = []
        if pool:
            choices.append("q")
        if regimes:
            choices.append("r")
        if not choices:
            return None
        if rng.choice(choices) == "r":
            return {"regime": rng.choice(regimes)}
        qu = rng.choice(pool)
        t = qu["type"]
        if t == "number":
            n = rng.choice([0, 1, 5, 10, 50, 100, 250])
            return {"question": qu["id"], rng.choice(["at_least", "below"]): n}
        values = [str(o["value"]) for o in self.opts_of(qu)]
        if t == "multi":
            return {"question": qu["id"], "includes": rng.choice(values)}
        if rng.random() < 0.5:
            return {"question": qu["id"], "equals": rng.choice(values)}
        return {"question": qu["id"], "in": rng.sample(values, rng.randint(1, len(values)))}

    def cond(self, pool, regimes, depth=0):
        rng = self.rng
        r = rng.random()
        if depth < 2 and r < 0.3:
            kind = rng.choice(["all", "any", "not"])
            if kind == "not":
                c = self.cond(pool, regimes, depth + 1)
                return None if c is None else {"not": c}
            cs = [self.cond(pool, regimes, depth + 1) for _ in range(rng.randint(1, 3))]
            cs = [c for c in cs if c is not None]
            return {kind: cs} if cs else None
        return self.leaf(pool, regimes)

    def opts_of(self, qu):
        if qu["type"] == "yesno":
            return [{"value": "yes"}, {"value": "no"}]
        o = qu["options"]
        return self.option_sets[o] if isinstance(o, str) else o

    # ---- questions -----------------------------------------------------
    def options(self, t):
        rng = self.rng
        opts = []
        for i in range(rng.randint(2, 5)):
            o = {"value": "o%d" % i, "label": "Option %d" % i}
            if rng.random() < 0.9:
                o["score"] = rscore(rng)
            if rng.random() < (0.3 if t == "single" else 0.15):
                o["recommendation"] = "Do o%d better" % i
            opts.append(o)
        if t == "multi" and rng.random() < 0.4:
            o = {"value": "none", "label": "None of these", "exclusive": True}
            if rng.random() < 0.5:
                o["score"] = 0
            opts.append(o)
        if rng.random() < 0.3:
            o = {"value": "unk", "label": "Not measured", "unknown": True}
            if rng.random() < 0.5:
                o["recommendation"] = "Measure it"
            if t == "multi":
                o["exclusive"] = True
            if rng.random() < 0.5:
                o["score"] = 0
            opts.append(o)
        return opts

    def question(self, pool, regimes, profile):
        rng = self.rng
        self.nq += 1
        qid = "q%d" % self.nq
        types = ["yesno", "single", "multi", "number"] if profile else \
            ["yesno", "yesno", "single", "single", "multi", "number", "duration", "date", "text"]
        t = rng.choice(types)
        qu = {"id": qid, "text": "Question %s?" % qid, "type": t}
        if t == "yesno" and rng.random() < 0.3:
            qu["options"] = [{"value": "yes", "label": "Yes", "score": rscore(rng)},
                             {"value": "no", "label": "No", "score": rscore(rng),
                              "recommendation": "Say yes"}]
        if t in ("single", "multi"):
            if self.option_sets and rng.random() < 0.25:
                qu["options"] = rng.choice(sorted(self.option_sets))
            else:
                qu["options"] = self.options(t)
        if t == "number":
            qu["min"] = 0
            if rng.random() < 0.5:
                qu["max"] = 1000
            if rng.random() < 0.7:
                qu["bands"] = self.number_bands()
        if t == "duration" and rng.random() < 0.85:
            qu["bands"] = self.duration_bands()
        if t == "date" and rng.random() < 0.85:
            qu["bands"] = [{"max": days(30), "score": 1}, {"min": days(31), "max": days(365), "score": 0.5}] \
                if rng.random() < 0.5 else [{"max": days(rng.choice([7, 90, 365])), "score": rscore(rng)}]
        if t != "text":
            if rng.random() < 0.5:
                qu["weight"] = rng.choice(WEIGHTS)
            r = rng.random() if (t not in ("number", "duration", "date") or qu.get("bands")) else 1
            if r < 0.2:
                qu["critical"] = True
            elif r < 0.3:
                qu["critical"] = False
            elif r < 0.45:
                c = self.cond(pool, regimes)
                if c is not None:
                    qu["critical"] = c
        else:
            if rng.random() < 0.3:
                qu["weight"] = 0
        if rng.random() < 0.35:
            qu["allow_na"] = True
        if rng.random() < 0.35:
            qu["allow_unknown"] = True
        if rng.random() < 0.25:
            c = self.cond(pool, regimes)
            if c is not None:
                qu["when"] = c
        if self.refs and rng.random() < 0.6:
            qu["references"] = rng.sample(sorted(self.refs), rng.randint(1, min(3, len(self.refs))))
        if rng.random() < 0.1:
            qu["replaces"] = ["old-%s" % qid]
        if rng.random() < 0.7:
            qu["recommendation"] = "Fix %s" % qid
        if rng.random() < 0.3:
            qu["evidence"] = "Link the runbook"
        return qu

    def number_bands(self):
        rng = self.rng
        bs = []
        for _ in range(rng.randint(1, 3)):
            b = {"score": rscore(rng)}
            lo = rng.choice([None, 0, 10, 50, 100])
            hi = rng.choice([None, 20, 99, 100, 500])
            if lo is not None:
                b["min"] = lo
            if hi is not None and (lo is None or hi >= lo):
                b["max"] = hi
            bs.append(b)
        return bs

    def duration_bands(self):
        rng = self.rng
        bs = []
        for _ in range(rng.randint(1, 3)):
            b = {"score": rscore(rng)}
            if rng.random() < 0.5:
                b["max"] = rng.choice(["1h", "4h", "24h", "1d", "2d", "1w", "30m", "90s", "1y"])
            elif rng.random() < 0.5:
                b["min"] = rng.choice(["1h", "1d", "1w"])
            bs.append(b)
        return bs

    # ---- questionnaire -------------------------------------------------
    def questionnaire(self):
        rng = self.rng
        self.option_sets = {}
        if rng.random() < 0.4:
            self.option_sets["coverage"] = [
                {"value": "none", "label": "None", "score": 0},
                {"value": "some", "label": "Some", "score": 0.25},
                {"value": "most", "label": "Most", "score": 0.5},
                {"value": "all", "label": "All", "score": 1}]
        q = {"format": "dutycheck/v1", "id": "ref-%d" % rng.randint(0, 10 ** 6), "version": "1.1.0",
             "title": "Reference questionnaire"}
        self.sv = rng.random() < 0.3
        if self.sv:
            q["languages"] = ["en", "sv"]
        if self.option_sets:
            q["option_sets"] = self.option_sets
        # profile section (first): drives regimes
        profile_pool = []
        prof = {"id": "profile", "title": "Profile", "weight": rng.choice([0, 0, 0, 1, 2]), "questions": []}
        for _ in range(rng.randint(1, 4)):
            qu = self.profile_question(profile_pool)
            prof["questions"].append(qu)
            profile_pool.append(qu)
        # regimes read the profile and earlier regimes
        regimes = []
        reg_ids = []
        nreg = rng.randint(0, 4)
        # a random order in which each regime may test only those before it:
        # refs go forwards and backwards in the file, never in a cycle
        order = list(range(nreg))
        rng.shuffle(order)
        for i in range(nreg):
            why = {"en": "Because %d." % i, "sv": "Eftersom %d." % i} if self.sv else "Because %d." % i
            r = {"id": "r%d" % i, "title": "Regime %d" % i, "jurisdiction": rng.choice(["EU", "UK", "US", "global"]),
                 "status": rng.choice(STATUSES), "why": why}
            if rng.random() < 0.8:
                before = ["r%d" % j for j in order[:order.index(i)]]
                c = self.cond(profile_pool, before)
                if c is not None:
                    r["applies"] = c
            regimes.append(r)
        reg_ids = [r["id"] for r in regimes]
        if regimes:
            q["regimes"] = regimes
        self.refs = {}
        for i in range(rng.randint(0, 5)):
            ref = {"title": "Reference %d" % i}
            if rng.random() < 0.8:
                ref["status"] = rng.choice(STATUSES)
            if reg_ids and rng.random() < 0.8:
                ref["regime"] = rng.choice(reg_ids)
            if rng.random() < 0.3:
                ref["as_of"] = "2026-0%d-1%d" % (rng.randint(1, 9), rng.randint(0, 9))
            self.refs["ref%d" % i] = ref
        if self.refs:
            q["references"] = self.refs
        # the profile's own questions may carry references/critical only on profile conditions
        pool = list(profile_pool)
        sections = [prof]
        for si in range(rng.randint(1, 4)):
            sec = {"id": "s%d" % si, "title": "Section %d" % si, "questions": []}
            if rng.random() < 0.6:
                sec["weight"] = rng.choice(WEIGHTS)
            if rng.random() < 0.25:
                c = self.cond(pool, reg_ids)
                if c is not None:
                    sec["when"] = c
            for _ in range(rng.randint(1, 6)):
                qu = self.question(pool, reg_ids, False)
                sec["questions"].append(qu)
                if qu["type"] in ("yesno", "single", "multi", "number"):
                    pool.append(qu)
            sections.append(sec)
        q["sections"] = sections
        if rng.random() < 0.5:
            q["min_completion"] = rng.choice([0, 0.5, 0.8, 0.9, 1])
        bands = None
        if rng.random() < 0.5:
            mins = sorted(set([0] + rng.sample([10, 25, 33.3, 50, 60, 75, 80, 95], rng.randint(1, 4))), reverse=True)
            bands = [{"min": m, "label": "Band%s" % m} for m in mins]
            if rng.random() < 0.3:
                rng.shuffle(bands)  # questionnaires/README.md: highest `min` first, whatever the file's order
            q["rating"] = bands
        if rng.random() < 0.6:
            labels = [b["label"] for b in bands] if bands else ["Leading", "Established", "Developing", "Inadequate"]
            q["critical_cap"] = rng.choice(labels)
        return q

    def profile_question(self, pool):
        rng = self.rng
        self.nq += 1
        qid = "p%d" % self.nq
        t = rng.choice(["yesno", "yesno", "single", "multi", "number", "number"])
        qu = {"id": qid, "text": "Profile %s?" % qid, "type": t}
        if t in ("single", "multi"):
            qu["options"] = self.options(t)
        if t == "number":
            qu["min"] = 0
            if rng.random() < 0.3:
                qu["bands"] = self.number_bands()
        if rng.random() < 0.2:
            qu["allow_unknown"] = True
        if rng.random() < 0.2:
            qu["allow_na"] = True
        if rng.random() < 0.3:
            qu["weight"] = rng.choice(WEIGHTS)
        if pool and rng.random() < 0.2:
            c = self.cond(pool, [])
            if c is not None:
                qu["when"] = c
        if (t != "number" or qu.get("bands")) and rng.random() < 0.15:
            qu["critical"] = True
        return qu

    # ---- answers -------------------------------------------------------
    def answers(self, q):
        rng = self.rng
        date = datetime.date(2026, 11, 26) - datetime.timedelta(days=rng.randint(0, 2000))
        a = {"format": "dutycheck-answers/v1",
             "questionnaire": {"id": q["id"], "version": q["version"]},
             "organization": "Ref AB", "date": date.isoformat(), "answers": {}}
        ans = a["answers"]
        p_missing = rng.choice([0, 0.05, 0.2, 0.5])
        p_unknown = rng.choice([0, 0.1, 0.3, 0.6])
        for sec in q["sections"]:
            for qu in sec["questions"]:
                qid = qu["id"]
                r = rng.random()
                if r < p_missing:
                    continue
                can_unknown = qu.get("allow_unknown") or any(o.get("unknown") for o in self._opts(q, qu))
                if qu.get("allow_na") and rng.random() < 0.15:
                    x = {"na": True}
                    if rng.random() < 0.8:
                        x["note"] = "Not applicable here"
                    ans[qid] = x
                    continue
                if can_unknown and rng.random() < p_unknown:
                    unk_opts = [o for o in self._opts(q, qu) if o.get("unknown")]
                    if unk_opts and (not qu.get("allow_unknown") or rng.random() < 0.5):
                        v = unk_opts[0]["value"]
                        x = {"value": [v] if qu["type"] == "multi" else v}
                    else:
                        x = {"unknown": True}
                    if rng.random() < 0.5:
                        x["note"] = "Not measured"
                    ans[qid] = x
                    continue
                x = {"value": self.value(q, qu, date)}
                if rng.random() < 0.2:
                    x["estimate"] = True
                r = rng.random()
                if r < 0.5:
                    x["note"] = "Runbook at https://wiki.example.com/%s" % qid
                elif r < 0.55:
                    x["note"] = ""
                if rng.random() < 0.3:
                    x["evidence"] = [{"url": "https://wiki.example.com/e/%s" % qid}]
                    if rng.random() < 0.3:
                        x["evidence"][0]["date"] = date.isoformat()
                ans[qid] = x
        # answers kept under a question's old id (`replaces`): moved there,
        # now and then also left under both ids
        for sec in q["sections"]:
            for qu in sec["questions"]:
                if qu.get("replaces") and qu["id"] in ans and rng.random() < 0.7:
                    old = qu["replaces"][0]
                    ans[old] = dict(ans[qu["id"]]) if rng.random() < 0.1 else ans.pop(qu["id"])
        if rng.random() < 0.1:
            ans["orphan-old"] = {"value": "yes"}
        acts = {}
        for sec in q["sections"]:
            for qu in sec["questions"]:
                if rng.random() < 0.3:
                    key = qu["id"]
                    if qu.get("replaces") and rng.random() < 0.5:
                        key = qu["replaces"][0]
                    acts[key] = self.action(date)
        if acts:
            a["actions"] = acts
        return a

    def action(self, date):
        rng = self.rng
        st = rng.choice(ACTION_STATUSES + [None])
        x = {}
        if rng.random() < 0.7:
            x["owner"] = rng.choice(["CTO", "Head of Trust & Safety", "Legal"])
        if rng.random() < 0.7:
            off = rng.choice([-1, 0, 1]) if rng.random() < 0.3 else rng.randint(-200, 200)
            x["due"] = (date + datetime.timedelta(days=off)).isoformat()
        if st is not None:
            x["status"] = st
        if st == "risk_accepted":
            x["approved_by"] = "Board, minute 4"
        if rng.random() < 0.3:
            x["done_when"] = "When it is done"
        if not x:
            x["status"] = "open"
        return x

    def _opts(self, q, qu):
        if qu["type"] not in ("single", "multi"):
            return []
        o = qu["options"]
        return q["option_sets"][o] if isinstance(o, str) else o

    def value(self, q, qu, date):
        rng = self.rng
        t = qu["type"]
        if t == "yesno":
            return rng.choice(["yes", "no"])
        opts = [o for o in self._opts(q, qu) if not o.get("unknown")]
        if t == "single":
            return rng.choice(opts)["value"]
        if t == "multi":
            excl = [o for o in opts if o.get("exclusive")]
            plain = [o for o in opts if not o.get("exclusive")]
            if excl and rng.random() < 0.2:
                return [excl[0]["value"]]
            if rng.random() < 0.1:
                return []
            return [o["value"] for o in rng.sample(plain, rng.randint(1, len(plain)))]
        if t == "number":
            hi = qu.get("max", 1000)
            if rng.random() < 0.5:
                return rng.choice([v for v in [0, 1, 5, 10, 20, 49, 50, 99, 100, 250, 500] if v <= hi])
            return round(rng.random() * hi, 2)
        if t == "duration":
            return rduration(rng)
        if t == "date":
            back = rng.choice([0, 1, 7, 29, 30, 31, 90, 364, 365, 366, 800])
            return (date - datetime.timedelta(days=back)).isoformat()
        return "Some text"
