#!/usr/bin/env python3
"""An independent implementation of dutycheck's measured figures, in
pandas, written from the rules in docs/measure.md and not from the Go
code: it reads the same exports and a JSON description of the map and the
measures, and prints the figures as JSON.

    python3 reference.py config.json EXPORT.csv… > figures.json

config.json: {"timezone": "Europe/Stockholm", "period": ["2026-07-01",
"2026-09-30"] or null, "columns": {role: header}, "multi": {role: sep},
"values": {role: {export value: role value}}, "layouts": {role: strptime
format}, "specs": [{"question", "metric", "from", "to", "within_minutes",
"where": {role: [values]}, "match": {role: [values]}}]}

The rules, in order: only cases whose received date in the timezone lies
in the period; then a repeated id counts once, by its first row (in the
order of the exports), the others counted as repeated; then per measure
the cases in scope (every where condition met). A case with no end time is
open and counts as slower than every closed case; one whose end is before
its start (or that has no start) is excluded. Median: the middle time, or
the mean of the two middle ones; p90/p95: the ceil(0.9 n)-th and
ceil(0.95 n)-th smallest; a figure that falls on an open case is unknown.
Figures round up to the whole minute; shares are percentages of n with
one decimal, halves up. A local time that occurs twice is its first
occurrence; one that does not exist is an error."""
import json
import sys

import numpy as np
import pandas as pd

MINUTE = 60 * 10**9
OFFSET = r"(?:Z|z|[+-]\d{2}(?::?\d{2})?)$"


def parse_times(s, tz, layout):
    """A column of timestamps as UTC datetimes (NaT for empty cells)."""
    s = s.str.strip()
    out = pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns, UTC]")
    empty = s == ""
    iso = s.str.match(r"^\d{4}-\d{2}-\d{2}[ Tt]\d{2}:\d{2}")
    with_offset = iso & s.str.contains(OFFSET, regex=True)
    if with_offset.any():
        v = s[with_offset].str.replace(r"\s+(?=[+-]\d{2}:?\d{0,2}$)", "", regex=True)
        out[with_offset] = pd.to_datetime(v, utc=True)
    local = iso & ~with_offset
    other = ~iso & ~empty
    naive = pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns]")
    if local.any():
        naive[local] = pd.to_datetime(s[local])
    if other.any():
        if not layout:
            raise ValueError(f"not a timestamp: {s[other].iloc[0]!r}")
        naive[other] = pd.to_datetime(s[other], format=layout)
    sel = local | other
    if sel.any():
        v = naive[sel]
        # ambiguous=True for every row: a doubled local time is read as
        # its first occurrence, the summer-time one; nonexistent raises.
        loc = v.dt.tz_localize(tz, ambiguous=np.ones(len(v), dtype=bool), nonexistent="raise")
        out[sel] = loc.dt.tz_convert("UTC")
    return out


def matches(df, cfg, cond):
    """Rows meeting every condition: one of the role's values, after the
    map's translation, among those accepted."""
    ok = pd.Series(True, index=df.index)
    for role, accepted in cond.items():
        col = df[role]
        sep = cfg.get("multi", {}).get(role)
        parts = col.str.split(sep) if sep else col.map(lambda x: [x])
        ex = parts.explode().fillna("").str.strip()
        ex = ex.map(lambda v: cfg.get("values", {}).get(role, {}).get(v, v))
        hit = ex.isin(accepted) & (ex != "")
        ok &= hit.groupby(level=0).any().reindex(df.index, fill_value=False)
    return ok


def percent(part, n):
    return ((2000 * part + n) // (2 * n)) / 10


def ceil_minutes(ns):
    return -((-int(ns)) // MINUTE)


def quantile(metric, closed, n):
    """closed: sorted end-minus-start in ns; the other n - len(closed)
    cases are open. None when the figure falls on an open case."""
    def rank(k):
        return closed[k - 1] if k <= len(closed) else None
    if metric == "median":
        if n % 2:
            v = rank((n + 1) // 2)
            return None if v is None else ceil_minutes(v)
        a, b = rank(n // 2), rank(n // 2 + 1)
        if a is None or b is None:
            return None
        s = int(a) + int(b)
        return -((-s) // (2 * MINUTE))
    k = -((-9 * n) // 10) if metric == "p90" else -((-19 * n) // 20)
    v = rank(k)
    return None if v is None else ceil_minutes(v)


def main():
    cfg = json.load(open(sys.argv[1]))
    tz = cfg.get("timezone", "UTC")
    cols = cfg["columns"]
    roles = {"id", "received"}
    for sp in cfg["specs"]:
        roles |= {r for r in (sp.get("from"), sp.get("to")) if r}
        roles |= set(sp.get("where", {})) | set(sp.get("match", {}))
    frames = []
    for path in sys.argv[2:]:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                          usecols=sorted({cols[r] for r in roles}))
        frames.append(pd.DataFrame({r: raw[cols[r]] for r in roles}))
    df = pd.concat(frames, ignore_index=True)
    time_roles = {"received"} | {r for sp in cfg["specs"] for r in (sp.get("from"), sp.get("to")) if r}
    for r in time_roles:
        df["t_" + r] = parse_times(df[r], tz, cfg.get("layouts", {}).get(r))
    day = df["t_received"].dt.tz_convert(tz).dt.tz_localize(None).dt.floor("D")
    if cfg.get("period"):
        lo, hi = (pd.Timestamp(d) for d in cfg["period"])
        df, day = df[(day >= lo) & (day <= hi)], day[(day >= lo) & (day <= hi)]
        period = cfg["period"]
    else:
        period = [day.min().strftime("%Y-%m-%d"), day.max().strftime("%Y-%m-%d")]
    dup = df["id"].str.strip().duplicated(keep="first")
    repeated = int(dup.sum())
    df = df[~dup]
    results = {}
    for sp in cfg["specs"]:
        scope = df[matches(df, cfg, sp.get("where", {}))]
        res = {"cases": 0, "open": 0, "excluded": 0}
        metric = sp["metric"]
        if metric in ("median", "p90", "p95", "share_within"):
            start, end = scope["t_" + sp["from"]], scope["t_" + sp["to"]]
            is_open = end.isna()
            excluded = ~is_open & (start.isna() | (end < start))
            closed = (end - start)[~is_open & ~excluded].astype("int64").to_numpy()
            n = len(scope) - int(excluded.sum())
            res.update(cases=n, open=int(is_open.sum()), excluded=int(excluded.sum()))
            if n == 0:
                res["status"] = "no_cases"
            elif metric == "share_within":
                res["status"], res["value"] = "measured", percent(int((closed <= sp["within_minutes"] * MINUTE).sum()), n)
            else:
                v = quantile(metric, np.sort(closed), n)
                res["status"] = "unknown" if v is None else "measured"
                if v is not None:
                    res["minutes"] = v
        else:
            n = len(scope)
            res["cases"] = n
            if n == 0:
                res["status"] = "no_cases"
            elif metric == "count":
                res["status"], res["value"] = "measured", n
            else:
                res["status"], res["value"] = "measured", percent(int(matches(scope, cfg, sp["match"]).sum()), n)
        results[sp["question"]] = res
    json.dump({"repeated": repeated, "cases": len(df), "period": period, "results": results}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
