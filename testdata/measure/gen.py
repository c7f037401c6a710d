#!/usr/bin/env python3
"""Generate a hostile Zendesk-shaped case export for `dutycheck measure`,
seeded so that a run can be repeated.

    python3 gen.py ROWS SEED > export.csv

Every case has an id, a received time and tags; some are open (no removed
or solved time), some have a clock error (removed before received), some
repeat an earlier id, some lie outside the third quarter of 2026; subjects
are free text with commas, quotes and line breaks; timestamps come in
every form the docs list (space or T, seconds or not, Z, +02:00, +0200,
or none: local time in Europe/Stockholm, including the doubled hour of
25 October 2026), and the "Reported at" column in Jira's form. Nothing in
it is a nonexistent local time (that is an error by design)."""
import random
import sys
from datetime import datetime, timedelta, timezone

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 1
r = random.Random(SEED)

UTC = timezone.utc
START = datetime(2026, 6, 20, tzinfo=UTC)
SPAN = 120 * 86400
TAGS = ["csam", "grooming", "spam", "csam other", "sextortion vip", "fraud", "CSAM", ""]
VIA = ["api_scanner", "hash_match", "web_form", "email", "trusted_flagger"]


def stockholm_offset(t):
    """Europe/Stockholm's offset at instant t (2026 rules: summer time from
    29 March 01:00 UTC to 25 October 01:00 UTC)."""
    if datetime(2026, 3, 29, 1, tzinfo=UTC) <= t < datetime(2026, 10, 25, 1, tzinfo=UTC):
        return timedelta(hours=2)
    return timedelta(hours=1)


def fmt(t, form):
    """t (UTC) in one of the timestamp forms."""
    if form == 0:  # local, space, seconds
        return (t + stockholm_offset(t)).strftime("%Y-%m-%d %H:%M:%S")
    if form == 1:  # local, T, minutes
        return (t + stockholm_offset(t)).strftime("%Y-%m-%dT%H:%M")
    if form == 2:  # Z
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if form == 3:  # +02:00
        return (t + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S+02:00")
    if form == 4:  # Zendesk's space and +0200
        return (t - timedelta(hours=5)).strftime("%Y-%m-%d %H:%M:%S -0500")
    return (t + stockholm_offset(t)).strftime("%Y-%m-%d %H:%M")


def jira(t):
    lt = t + stockholm_offset(t)
    return lt.strftime("%d/%b/%y %-I:%M %p")


def q(s):
    if any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


out = sys.stdout
out.write("Id,Subject,Created at,Solved at,Content removed at,Reported at,Tags,Via\n")
for i in range(ROWS):
    cid = str(i)
    if i > 0 and r.random() < 0.03:
        cid = str(r.randrange(i))  # a repeated id
    recv = START + timedelta(seconds=r.randrange(SPAN))
    if r.random() < 0.01:
        # the doubled hour when the clocks go back: 02:00–02:59 local twice
        recv = datetime(2026, 10, 25, 0, tzinfo=UTC) + timedelta(seconds=r.randrange(7200))
    subject = r.choice(["plain", "comma, inside", 'a "quoted" word', "two\nlines", "trailing, \"both\"\n"]) + f" #{i}"
    f = r.randrange(6)
    created = fmt(recv, f)
    solved = ""
    if r.random() < 0.7:
        solved = fmt(recv + timedelta(seconds=r.randrange(3 * 86400)), r.randrange(6))
    removed = ""
    k = r.random()
    if k < 0.05:
        removed = ""  # open
    elif k < 0.08:
        removed = fmt(recv - timedelta(seconds=r.randrange(1, 7200)), r.randrange(6))  # clock error
    else:
        removed = fmt(recv + timedelta(seconds=r.randrange(2 * 86400)), r.randrange(6))
    reported = ""
    if r.random() < 0.5:
        reported = jira(recv + timedelta(minutes=r.randrange(1, 5 * 1440)))
    out.write(",".join([cid, q(subject), created, solved, removed, reported, q(r.choice(TAGS)), r.choice(VIA)]) + "\n")
