"""A page of important dates may state a deadline rule per section ("All deadlines in this part are at
17:00 CET"), and each all-day deadline takes the last rule stated before it
(deadline_rules.apply_deadline_rules). Each deadline went back through the rules from the page's last one
until it met one before it: on a page with a rule in every section that was the rules after the deadline,
for every deadline, square in the page. The rules stand in the text's order as they are found, so the
rule is now found by bisection. The guard counts the rules stepped through; the deadlines' clocks are the
same."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from calfeed import pipeline
from calfeed.events import framing
from calfeed.sources import read_document

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


class CountedRules(list):
    """A list of rules counting the items handed out by iterating it, forwards or backwards."""

    stepped = 0

    def __iter__(self):
        for item in super().__iter__():
            CountedRules.stepped += 1
            yield item

    def __reversed__(self):
        for item in super().__reversed__():
            CountedRules.stepped += 1
            yield item


def _sections(count: int) -> str:
    """A regatta's entry pages: each section states its own clock for the deadlines below it."""
    clocks = ("17:00", "12:00", "23:59")
    return "".join(
        f"## Class {k}\n\nAll deadlines in this class are due at {clocks[k % 3]} UTC.\n\n"
        f"- Entries close: {1 + k % 28} {MONTHS[k % 12]} 2027\n- Crew lists due: {1 + (k + 3) % 28} {MONTHS[k % 12]} 2027\n\n"
        for k in range(count))


@pytest.fixture
def counted_rules(monkeypatch):
    real = framing.apply_deadline_rules

    def counting(events, rules, default_tz):
        return real(events, CountedRules(rules), default_tz)

    monkeypatch.setattr(framing, "apply_deadline_rules", counting)


def _build(folder: Path, count: int):
    path = folder / f"entries_{count}.md"
    path.write_text(_sections(count), encoding="utf-8")
    doc = read_document(path, folder, path.name)
    CountedRules.stepped = 0
    return pipeline.process_document(doc, pipeline.Options(today=date(2027, 1, 4)))


def _events(result):
    return getattr(result, "events", result[0] if isinstance(result, tuple) else result)


def test_each_deadline_finds_its_rule_without_going_back_through_the_page_s_rules(tmp_path, counted_rules):
    """On the parent: 930 -> 13,188 rules stepped through for 4x the sections (14x); now 30 -> 120."""
    _build(tmp_path, 30)
    small = CountedRules.stepped
    _build(tmp_path, 120)
    large = CountedRules.stepped
    assert large < 6 * small, f"{small} -> {large} rules stepped through for 4x the sections"


def test_each_deadline_takes_the_clock_stated_above_it(tmp_path):
    events = _events(_build(tmp_path, 6))
    starts = sorted(e.start for e in events if isinstance(e.start, datetime))
    assert len(starts) == 12
    assert {(s.day, s.hour, s.minute) for s in starts} >= {(1, 17, 0), (4, 17, 0), (2, 12, 0), (3, 23, 59)}
