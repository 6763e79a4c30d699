"""The held-out rounds' scorer (benchmarks/rounds/score_round.py) matches entries by content.

A tiny round (tests/data/round_scorer): entries listed out of the expectations' order, one clock
given in another zone at the same instant, a wrong clock, a missed entry, an optional expectation,
a series starting elsewhere, a vague window, a must-not day, and a page with no expectations.
If matching slips (by position, by day only, or ignoring zones), these counts change.
"""
from __future__ import annotations

import json
from pathlib import Path

from benchmark_helpers import load_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "round_scorer"


def _scorer():
    return load_script("rounds/score_round.py")


SCORER = _scorer()
SPEC = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
EVENTS = json.loads((DATA / "events.json").read_text(encoding="utf-8"))["events"]


def _pages():
    return {s.doc: s for s in SCORER.score_round(SPEC, EVENTS, ["a.md", "b.md"])}


def test_counts_per_page():
    pages = _pages()
    a, b = pages["a.md"], pages["b.md"]
    assert a.expected == 7
    assert {k: a.counts[k] for k in SCORER.COUNTS} == {"right": 4, "wrong": 2, "missed": 1, "false": 1, "must_not": 1}
    assert b.expected == 0 and b.counts["false"] == 1


def test_same_day_entries_meet_their_own_titles_whatever_their_order():
    matches, _ = SCORER.match_page(SPEC["expected"][:5], [(i, ev) for i, ev in enumerate(EVENTS) if i < 5])
    assert matches[2].event["title"] == "Alpha launch" and matches[2].problems == []
    assert matches[3].event["title"] == "Beta launch" and matches[3].problems == []


def test_clock_in_another_zone_at_the_same_instant_is_right_and_a_wrong_clock_is_not():
    call, deadline = SPEC["expected"][0], SPEC["expected"][1]
    assert SCORER.problems(call, EVENTS[2]) == []
    assert SCORER.problems(deadline, EVENTS[3]) == ["time(18:00)"]


def test_series_elsewhere_and_vague_window():
    club, strategy = SPEC["expected"][6], SPEC["expected"][7]
    matches, _ = SCORER.match_page([club, strategy], [(5, EVENTS[5]), (6, EVENTS[6])])
    assert matches[0].problems == ["series-start(2024-09-27T15:00)"]
    assert matches[1].problems == []


def test_command_line_total(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.md", "b.md"):
        (docs / name).write_text("---\ntitle: t\n---\n", encoding="utf-8")
    assert SCORER.main([str(DATA), str(docs), str(DATA)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == "TOTAL expected 7: right 4, wrong detail 2, missed 1; false 2, must-not hits 1"
