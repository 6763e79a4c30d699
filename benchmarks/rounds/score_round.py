"""Score a calfeed build against a held-out round's expected calendar entries.

usage: python benchmarks/rounds/score_round.py ROUND_DIR DOCS_DIR OUTDIR [--verbose]

ROUND_DIR holds ``expected.json`` (see README.md in this folder), DOCS_DIR the round's pages
(``NN_name.md``), OUTDIR what ``calfeed build DOCS_DIR -o OUTDIR`` wrote (``events.json``).

One scorer for every round, so that a round scored in a later session is scored by the same
rules. Matching is by content, never by character offsets: an entry belongs to a page through
its sources, and it meets an expected entry by its start day (a vague expectation: its start
inside the expected window, from three days before) and its title words.

* right: day, clock (compared as instants when both sides carry a zone), end, zone, kind (any
  calfeed kind but ``deadline`` counts as ``event``) and recurrence as expected;
* wrong detail: the entry is there but one of those is wrong (a recurring expectation also
  meets a series of the same title that starts elsewhere);
* missed: no entry meets the expectation;
* false: an entry meeting no expectation; optional expectations absorb entries without being
  counted; an unmatched entry starting on a ``must_not`` day is counted apart.

Required expectations are matched before optional ones; within a group, an expectation first
takes an entry with its day and title (the one with the fewest problems), then one with its
day only.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Event = dict[str, Any]
Expectation = dict[str, Any]

#: A vague expectation's window opens this many days before its stated start.
VAGUE_LEAD_DAYS = 3
#: A vague expectation's entry may end this many days after the window and still be right.
VAGUE_END_SLACK_DAYS = 7
COUNTS = ("right", "wrong", "missed", "false", "must_not")


@dataclass
class Match:
    """An expectation met by an entry, with what is wrong in the entry (empty: right)."""

    event: Event
    problems: list[str]


@dataclass
class PageScore:
    """One page's counts and, for --verbose, one line per expectation or entry that is not right."""

    doc: str
    expected: int = 0
    counts: Counter = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)


def day(stamp: str) -> dt.date:
    """The calendar day of an ISO date or date-time string."""
    return dt.date.fromisoformat(stamp[:10])


def clock(stamp: str | None) -> str | None:
    """The HH:MM of an ISO date-time string, None for a bare date."""
    return stamp[11:16] if stamp and len(stamp) > 10 else None


def utc_offset(zone: str | None, local: str) -> dt.timedelta | str | None:
    """The zone's UTC offset at a local time; an unknown zone name stands for itself."""
    if not zone:
        return None
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return zone
    return dt.datetime.fromisoformat(local).replace(tzinfo=tz).utcoffset()


def title_ok(exp: Expectation, title: str | None) -> bool:
    """True when the title holds all words of ``title_words`` or of one ``title_alt`` set."""
    lowered = (title or "").lower()
    return any(all(w.lower() in lowered for w in words)
               for words in [exp["title_words"], *exp.get("title_alt", [])])


def kind_of(event: Event) -> str:
    """calfeed's kinds folded to the round's two: deadline, or event."""
    return "deadline" if event["kind"] == "deadline" else "event"


def day_hit(exp: Expectation, event: Event) -> bool:
    """True when the entry starts on the expected day, or inside a vague expectation's window."""
    start = day(event["start"])
    if exp.get("approx"):
        low = day(exp["start"]) - dt.timedelta(days=VAGUE_LEAD_DAYS)
        return low <= start <= day(exp.get("end") or exp["start"])
    return start == day(exp["start"])


def same_instant(exp: Expectation, event: Event) -> bool:
    """True when both sides carry a clock and a zone and name the same moment."""
    if not (clock(exp["start"]) and clock(event["start"]) and exp.get("zone") and event.get("tz")):
        return False
    try:
        want = dt.datetime.fromisoformat(exp["start"]).replace(tzinfo=ZoneInfo(exp["zone"]))
        got = dt.datetime.fromisoformat(event["start"][:16]).replace(tzinfo=ZoneInfo(event["tz"]))
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return want == got


def end_problem(exp: Expectation, event: Event) -> str | None:
    """What is wrong with the entry's end, if anything."""
    want, got = exp.get("end"), event.get("end")
    if exp.get("approx"):
        late = want and got and day(got) > day(want) + dt.timedelta(days=VAGUE_END_SLACK_DAYS)
        return f"end({got})" if late else None
    if not want:
        return None
    if not got or day(got) != day(want) or (clock(want) and clock(got) != clock(want)):
        return f"end({got})"
    return None


def exact_time_problems(exp: Expectation, event: Event) -> list[str]:
    """Clock and zone problems of an exact expectation."""
    if exp.get("approx"):
        return []
    want, got = clock(exp["start"]), clock(event["start"])
    if not want or same_instant(exp, event):
        return []
    found = []
    if got != want:
        found.append(f"time({got or 'none'})")
    if exp.get("zone"):
        local = event["start"][:16] if got else exp["start"]
        if utc_offset(exp["zone"], exp["start"]) != utc_offset(event.get("tz"), local):
            found.append(f"zone({event.get('tz')})")
    return found


def problems(exp: Expectation, event: Event) -> list[str]:
    """Everything that keeps a matched entry from being right (empty list: right)."""
    found = []
    if not title_ok(exp, event["title"]):
        found.append("title")
    if kind_of(event) != exp["kind"]:
        found.append(f"kind({event['kind']})")
    found += exact_time_problems(exp, event)
    if (end := end_problem(exp, event)):
        found.append(end)
    if exp.get("recurring") and not event.get("rrule"):
        found.append("no-rrule")
    if not exp.get("recurring") and event.get("rrule"):
        found.append(f"rrule({event['rrule']})")
    return found


def best_candidate(exp: Expectation, free: list[tuple[int, Event]], by_title: bool) -> tuple[int, Event] | None:
    """The free entry on the expected day (and with its title when asked) with the fewest problems.

    A recurring expectation prefers series, any other expectation single entries.
    """
    found = [(i, ev) for i, ev in free if day_hit(exp, ev) and (not by_title or title_ok(exp, ev["title"]))]
    if not found:
        return None
    wants_series = bool(exp.get("recurring"))
    return min(found, key=lambda c: (bool(c[1].get("rrule")) != wants_series, len(problems(exp, c[1]))))


def match_page(exps: list[Expectation], events: list[tuple[int, Event]]) -> tuple[dict[int, Match], set[int]]:
    """Pair a page's expectations with its entries; returns the matches and the entries used."""
    used: set[int] = set()
    matches: dict[int, Match] = {}
    required = [k for k, x in enumerate(exps) if not x.get("optional")]
    optional = [k for k, x in enumerate(exps) if x.get("optional")]
    for group in (required, optional):
        for by_title in (True, False):
            for k in group:
                if k in matches:
                    continue
                pick = best_candidate(exps[k], [(i, ev) for i, ev in events if i not in used], by_title)
                if pick:
                    used.add(pick[0])
                    matches[k] = Match(pick[1], problems(exps[k], pick[1]))
    for k in required + optional:
        exp = exps[k]
        if k in matches or not exp.get("recurring"):
            continue
        series = [(i, ev) for i, ev in events
                  if i not in used and ev.get("rrule") and title_ok(exp, ev["title"])]
        if series:
            i, ev = series[0]
            used.add(i)
            rest = [p for p in problems(exp, ev) if not p.startswith("time")]
            matches[k] = Match(ev, [f"series-start({ev['start']})", *rest])
    return matches, used


def score_page(doc: str, exps: list[Expectation], must_not: list[dict[str, str]],
               events: list[tuple[int, Event]]) -> PageScore:
    """Count one page's right, wrong detail, missed, false and must-not entries."""
    score = PageScore(doc)
    matches, used = match_page(exps, events)
    for k, exp in enumerate(exps):
        if exp.get("optional"):
            continue
        score.expected += 1
        label = f"{exp['start']} {exp['title_words']}"
        if k not in matches:
            score.counts["missed"] += 1
            score.details.append(f"   MISSED  {label}")
        elif matches[k].problems:
            score.counts["wrong"] += 1
            ev = matches[k].event
            score.details.append(
                f"   WRONG   {label} -> {ev['start']}..{ev.get('end')} {ev.get('tz')} [{ev['kind']}] "
                f"'{ev['title'][:60]}' : {', '.join(matches[k].problems)}")
        else:
            score.counts["right"] += 1
    for i, ev in events:
        if i in used:
            continue
        expr = ev["sources"][0]["expr"] if ev.get("sources") else ""
        hit = next((m for m in must_not if day(ev["start"]) == day(m["date"])), None)
        if hit:
            score.counts["must_not"] += 1
            score.details.append(f"   MUSTNOT {ev['start']} '{ev['title'][:60]}' ({hit['why']}) expr={expr!r}")
        else:
            score.counts["false"] += 1
            score.details.append(
                f"   FALSE   {ev['start']}..{ev.get('end')} [{ev['kind']}] '{ev['title'][:60]}' expr={expr!r}")
    return score


def events_by_doc(events: list[Event]) -> dict[str, list[tuple[int, Event]]]:
    """Each page's entries (with their index in events.json), through the entries' sources."""
    pages: dict[str, list[tuple[int, Event]]] = {}
    for i, ev in enumerate(events):
        for doc in sorted({s["doc"] for s in ev.get("sources", [])}):
            pages.setdefault(doc, []).append((i, ev))
    return pages


def score_round(spec: dict[str, Any], events: list[Event], docs: list[str]) -> list[PageScore]:
    """Score every page of the round: those in DOCS_DIR and those the expectations name."""
    pages = events_by_doc(events)
    names = sorted(set(docs) | {x["doc"] for x in spec["expected"]} | {m["doc"] for m in spec["must_not"]})
    return [score_page(doc,
                       [x for x in spec["expected"] if x["doc"] == doc],
                       [m for m in spec["must_not"] if m["doc"] == doc],
                       pages.get(doc, []))
            for doc in names]


def report(scores: list[PageScore], verbose: bool) -> str:
    """Per-page lines and the total, in the form rounds' round_at_start.md quote."""
    lines = []
    total: Counter = Counter()
    for s in scores:
        c = s.counts
        lines.append(f"{s.doc:42s} exp {s.expected:3d}  right {c['right']:3d}  wrong {c['wrong']:3d}  "
                     f"missed {c['missed']:3d}  false {c['false']:3d}  must-not {c['must_not']:2d}")
        if verbose:
            lines.extend(s.details)
        total.update({k: c[k] for k in COUNTS})
        total["expected"] += s.expected
    lines.append(f"TOTAL expected {total['expected']}: right {total['right']}, wrong detail {total['wrong']}, "
                 f"missed {total['missed']}; false {total['false']}, must-not hits {total['must_not']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("round_dir", type=Path, help="folder with expected.json")
    parser.add_argument("docs_dir", type=Path, help="folder with the round's pages (NN_name.md)")
    parser.add_argument("outdir", type=Path, help="folder calfeed build wrote (events.json)")
    parser.add_argument("--verbose", action="store_true", help="list every entry that is not right")
    args = parser.parse_args(argv)
    spec = json.loads((args.round_dir / "expected.json").read_text(encoding="utf-8"))
    data = json.loads((args.outdir / "events.json").read_text(encoding="utf-8"))
    docs = sorted(p.name for p in args.docs_dir.glob("*.md")) if args.docs_dir.is_dir() else []
    print(report(score_round(spec, data["events"], docs), args.verbose))
    if data.get("skipped"):
        print("skipped:", data["skipped"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
