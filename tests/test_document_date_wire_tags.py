"""A dateline whose day follows a wire service's tag (session 18, class D shape 3).

A release opens "(NewsWire) May 3, 2029 --", "HALIFAX, N.S. (WIRE SERVICE) -- May 3, 2029 --",
"GALWAY--(CityPress Ltd. - May 3, 2029) -" or "(AFP) May 3, 2029" alone on its line: the day is
when the story was filed, never an event of it, and the page's other days count from it.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2030, 6, 1)
STORY = "The orchard society will hold its flower show on June 9."


def _run(text: str):
    return process_document(Document("release.md", text), Options(today=BUILD_DAY))


def _check(opening: str) -> None:
    result = _run(opening + STORY + "\n")
    assert result.reference.value == date(2029, 5, 3), opening
    assert not result.reference.inferred, opening
    assert [e.start for e in result.events] == [date(2029, 6, 9)], opening


def test_a_tag_before_the_day_opens_the_line() -> None:
    _check("(OrchardWire) May 3, 2029 -- ")
    _check("(AFP) — May 3, 2029 — ")


def test_a_place_and_a_tag_before_the_day() -> None:
    _check("HALIFAX, N.S. (WIRE SERVICE) -- May 3, 2029 -- ")
    _check("Lowtown, NB (NEWSDESK) May 3, 2029 -- ")
    _check("GALWAY--(GROWERS WIRE)--May 3, 2029--")


def test_a_day_inside_the_tags_bracket() -> None:
    _check("Halifax, Nova Scotia--(Cityfeed News - May 3, 2029) - ")


def test_a_tag_and_its_day_on_a_line_of_their_own() -> None:
    _check("Orchard society names its show judges\n(ORCHARDWIRE) May 3, 2029\n")


def test_a_bracket_that_is_no_wire_tag_makes_no_dateline() -> None:
    # a room in brackets before a dated programme line: the day is the session's
    result = _run("(Main Hall) 12 June 2029 – Keynote by the director, with lunch after.\n")
    assert result.reference.inferred
    assert [e.start for e in result.events] == [date(2029, 6, 12)]
    # a tag whose day is told later in the sentence is an agency dateline without a day
    result = _run("HALIFAX (WIRE SERVICE) -- The board will meet on May 3, 2029 to vote.\n")
    assert [e.start for e in result.events] == [date(2029, 5, 3)]


def test_the_first_row_of_a_dated_list_is_no_dateline() -> None:
    # the list starts within the opening lines: its first row is an event, like the rows after it
    text = ("Orchard society\n\nAll welcome.\n\nEvents 2029\n\nSaturday 10 March – Pruning day\n"
            "Sunday 22 April – Blossom walk\nSaturday 9 June – Flower show\n")
    result = _run(text)
    assert [e.start for e in result.events] == [date(2029, 3, 10), date(2029, 4, 22), date(2029, 6, 9)]
    # the last row of a list of days with their years, the only one in reach of the opening lines
    text = "Programme\n\n12 January 2029 – Opening session\n13 January 2029 – Workshops\n"
    result = _run(text)
    assert result.reference.inferred
    assert sorted(e.start for e in result.events) == [date(2029, 1, 12), date(2029, 1, 13)]


def test_a_dateline_stays_one_when_the_next_paragraph_opens_with_a_day() -> None:
    text = ("May 3, 2029 — The orchard society will hold its flower show in June.\n\n"
            "June 9, 2029: the show opens at the old mill.\n")
    result = _run(text)
    assert result.reference.value == date(2029, 5, 3) and not result.reference.inferred


def test_a_page_stamp_with_a_short_subject_or_a_byline_dates_the_page() -> None:
    for opening in ("Club notices added on Thursday, May 3, 2029\n\n", "Story posted May 3, 2029 at 9:15 am\n\n",
                    "Submitted by webmaster on Thu, 3 May 2029 - 09:15\n\n", "Page last modified 3 May 2029\n\n"):
        result = _run(opening + "The orchard society will hold its flower show on June 9.\n")
        assert result.reference.value == date(2029, 5, 3) and not result.reference.inferred, opening
    # a participle with a plain subject and no name after "by" is an event's day, not a stamp
    result = _run("Papers submitted on 3 May 2029 will be judged at the flower show on June 9.\n")
    assert result.reference.inferred


def test_a_bracketed_mark_in_capitals_or_a_room_is_no_wire_tag() -> None:
    for opening in ("(NEW) May 3, 2029 -- Quiz night in the hall.\n",
                    "(Cypress Room) May 3, 2029 -- Quiz night in the hall.\n"):
        result = _run("Club events\n" + opening)
        assert [e.start for e in result.events] == [date(2029, 5, 3)], opening


def test_a_short_agency_name_does_not_open_a_longer_word() -> None:
    for opening in ("(Paris) May 3, 2029 -- Quiz night in the hall.\n",
                    "(Apollo Room) May 3, 2029 -- Quiz night in the hall.\n"):
        result = _run("Club events\n" + opening)
        assert [e.start for e in result.events] == [date(2029, 5, 3)], opening


def test_a_participle_after_a_subject_that_is_not_the_page_stamps_nothing() -> None:
    # review 18 S6: "Results published 3 May 2029" under a contest names the contest's day
    for opening in ("Results published 3 May 2029\n\n", "Shortlist updated May 3, 2029\n\n"):
        result = _run("Spring photo contest\n" + opening + "Entries of all ages are welcome at the flower show.\n")
        assert not result.reference.reason.startswith("heading"), opening
