"""A day inside a relative clause told in the present ("those who turn 21 on March 1, 2031") under the
sentence's past verb ("has announced") is a condition on whom the text is about, not a past: it sets
no bound on the page's date. A schedule's year-less days told before a later day written with its year
("... final roll released on March 3, 2031") stay in the year before it, not in the condition's year."""
# Provenance: session 59, R72 class 1 (an age cutoff moved the page's date to the day after it, and
# the autumn's days of the schedule went to the year after).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.text import split_sentences
from calfeed.timex import tag
from calfeed.timex.relative_days import present_relative

BUILD_DAY = date(2035, 12, 1)
TEXT = ("PORT TOWN: The Board of Elections has announced the timetable to update the rolls by adding those "
        "who turn 21 on March 1, 2031. The draft roll would be put on display on November 4. Claims can be "
        "filed from November 4 to November 28. Help desks would open on November 12 and 19 at the ward "
        "offices. The final roll would be released on March 3, 2031.\n")


def _clause_present(text: str) -> bool:
    timex = next(t for t in tag(text, date(2030, 6, 1)) if t.value.startswith("2031"))
    return present_relative(text, split_sentences(text).at(timex.start)[0], timex)


def test_a_present_relative_clause_holds_a_condition():
    assert _clause_present("The board announced the rules for those who turn 21 on March 1, 2031.")


def test_a_past_relative_clause_or_none_keeps_the_past():
    assert not _clause_present("The board announced the rules for voters who were 21 on March 1, 2031.")
    assert not _clause_present("The board announced the rules for members who paid on March 1, 2031.")
    assert not _clause_present("The board announced the new rules on March 1, 2031.")


def test_the_page_is_read_before_its_schedule_not_after_the_condition():
    result = process_document(Document("page.md", TEXT), Options(today=BUILD_DAY))
    assert result.reference.value < date(2030, 11, 4)
    values = {t.text: t.value for t in result.timexes}
    assert values["November 4"] == "2030-11-04"
    assert values["19"] == "2030-11-19"
    assert values["March 3, 2031"] == "2031-03-03"
