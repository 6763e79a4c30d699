"""Term words and a flattened row's empty cells: a term word moves no day outside its term, the
verb "fall" is no term word, empty cells are no part of a title, and a decade as a clause's
subject is a time of its own; each proven by a page of our own wording."""
# Provenance: Mends of the fourteenth session's review.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _days(result) -> list[str]:
    return sorted(str(e.start)[:10] for e in result.events)


def test_a_term_word_from_a_header_row_does_not_move_a_day_outside_its_term():
    # The span's first year holds August: "SPRING", the last cell of a flattened header, is no
    # term of an August day.
    text = ("| | FALL |\n| WINTER |\n| SPRING |\n| August 31 |\nResidence halls open |\n"
            "| September 4 |\nClasses begin |\n| January 8 |\nWinter term classes begin |\n")
    result = _run(text, title="Academic Calendar 2030-2031")
    assert "2030-08-31" in _days(result), (_days(result), result.reference.reason)
    assert "2031-01-08" in _days(result), _days(result)


def test_a_term_word_in_its_own_months_still_places_the_day():
    # A Fall term that opens in July is the span's first year although July alone would say second.
    text = "Fall Term\nJuly 29\nOrientation for new students\nSeptember 3\nClasses begin\n"
    result = _run(text, title="Academic Calendar 2030-2031")
    assert "2030-07-29" in _days(result), (_days(result), result.reference.reason)


def test_a_flattened_rows_empty_cells_are_no_part_of_its_title():
    text = ("Spring 2031\nJanuary 13 |\nClasses begin |\n|\nMarch 3 | 9:00am |\nFinal grades due |\n"
            "March 5 |\nCommencement |\n")
    result = _run(text, title="2030-2031 Online Calendar")
    titles = {str(e.start)[:10]: e.title for e in result.events}
    assert titles.get("2031-03-03") == "Final grades due", titles


def test_the_verb_fall_is_no_term_word():
    text = ("Holidays that fall on a weekend are observed on the Monday.\n\nJanuary 12\nClasses resume\n"
            "March 2\nMidterm grades due\n")
    result = _run(text, title="2030-31 Academic Calendar")
    assert "2031-01-12" in _days(result), (_days(result), result.reference.reason)


def test_a_decade_as_the_subject_of_its_clause_is_a_time_of_its_own():
    from calfeed.timex import tag
    from calfeed.timex.document_date import _era_modifier

    for text, modifier in (("The 1990s were a decade of growth.", False), ("the 1980s saw the first festival", False),
                           ("a 1960s-style diner", True), ("The '90s tinged band will tour", True)):
        decade = next(t for t in tag(text, date(2019, 5, 6)) if t.value[:3].isdigit() and len(t.value) == 3)
        assert _era_modifier(text, decade) is modifier, text
