"""A date line under a label may open with a few words that say how the task runs up to its date
("Until end October 2029", "Throughout June"): value_line_leads and date_line_leads. The words
before each date were copied from the line's start, stripped and split to be looked up, for each
date: on a page written on one line that is the whole page before every date. Now a pattern of
the listed leads is matched from the line's start, which fails at once on a longer lead."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events.candidates import DateSpans
from calfeed.events.date_led_lines import date_line_lead
from calfeed.events.label_lines import labelled_value, value_lead
from calfeed.events.vocabulary import word_list
from calfeed.timex import tag
from events_helpers import tagged_events
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 5, 1)
ROW = "| {day} May 2028 | 18:30 | Pottery club | Studio 2 "


def _read_every_date(size: int) -> float:
    text = one_line(ROW, size) + "|"
    found = sorted(tag(text, REFERENCE), key=lambda t: t.start)
    dates = DateSpans(found)
    return _seconds(lambda: [labelled_value(text, t.start, dates) for t in found])


def test_four_times_the_line_takes_about_four_times_as_long():
    _read_every_date(500)            # warm up: the word tables load once
    _assert_linear(_read_every_date(24_000) / max(_read_every_date(6_000), 1e-3))


def _split_lead(lead: str) -> bool:
    """The lead test as it read a copied, stripped and split lead."""
    lead = lead.strip(" \t*_`")
    return date_line_lead(lead) or " ".join(lead.lower().split()) in word_list("value_line_leads")


@pytest.mark.parametrize("lead", [
    "", "  ", "**", "Until end", "until   END of", "* Until\u00a0the end of *", "Throughout", "from",
    "From the", "Till end\t", "\u00a0*From", "*\u00a0*\u00a0*", "By end of\u00a0*\u00a0", "Until end x", "Untilend",
    "\u017ftarting", "STARTING", "all  through", "x" * 300, " " * 300 + "From",
])
def test_the_pattern_reads_a_lead_as_the_split_did(lead: str):
    text = "Note\n" + lead + "12 May 2028"
    assert value_lead(text, 5, 5 + len(lead)) == (_split_lead(lead) if lead.strip(" \t*_`") else True)


def test_a_value_line_led_by_until_end_still_takes_its_label():
    text = ("Key tasks\n\n"
            "• Collect the pottery glazes\n"
            "Until end May 2028\n\n"
            "• Fire the kiln\n"
            "Throughout June 2028\n")
    titles = sorted(e.title for e in tagged_events(text, published=REFERENCE))
    assert titles == ["Collect the pottery glazes", "Fire the kiln"]
