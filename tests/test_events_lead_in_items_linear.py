"""The deadline lead-in reader asks, for every date the framer frames, whether the date opens a bulleted
item under a lead-in line ("Forms are due on these dates:" / "• 9 May"). It searched back to the date's
line start and copied the line up to the date to strip it: on a page written on one line that is the
whole page before each date. The framer's LineIndex now gives the line, and the lead is read in place,
no further than the longest bullet."""

from __future__ import annotations

import inspect
from datetime import date

from calfeed.events import lead_in_lists
from calfeed.text import LineIndex
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _one_line_notices(items: int) -> str:
    return "Harbour notices " + "".join(
        f"The slip reopens on {1 + k % 28} {MONTHS[k % 12]} after the survey, and berth fees fall due "
        f"on {1 + (3 * k) % 28} {MONTHS[(k + 5) % 12]}. " for k in range(items))


def _copied_per_character(items: int) -> float:
    text = _one_line_notices(items)
    found = [t for t in tag(text, date(2027, 2, 1)) if t.type == "DATE"]
    assert len(found) > items
    counted = CountedText(text)
    kept = {"lines": LineIndex(text)} if "lines" in inspect.signature(lead_in_lists.deadline_lead_in).parameters else {}
    CountedText.copied = 0
    for timex in found:
        lead_in_lists.deadline_lead_in(counted, timex, **kept)
    return CountedText.copied / len(text)


def test_the_reader_copies_a_bounded_part_of_the_page_for_each_date():
    """On the parent some 200 characters for each character of a 200-item page; now next to none."""
    assert _copied_per_character(200) < 20


def test_a_bulleted_list_under_its_lead_in_still_gives_deadlines():
    text = ("Berth renewals are due at the office on these dates:\n"
            "• 9 May 2027 – summer moorings\n"
            "  -   23 May 2027 – winter moorings\n"
            "Fees rose on 1 May 2027 for all moorings.\n")
    found = {t.text: t for t in tag(text, date(2027, 2, 1)) if t.type == "DATE"}
    lines = LineIndex(text)
    for written in ("9 May 2027", "23 May 2027"):
        lead = lead_in_lists.deadline_lead_in(text, found[written], lines)
        assert lead is not None and lead.span == (0, text.index("\n")), written
        assert lead_in_lists.deadline_lead_in(text, found[written]) == lead
    assert lead_in_lists.deadline_lead_in(text, found["1 May 2027"], lines) is None
