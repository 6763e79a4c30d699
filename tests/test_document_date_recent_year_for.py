"""A page with no date whose only year is the one something was for in a sentence told a month or a
week ago ("Last month's first bird count for 2019 ..."): that year was under way when the page was
written, so the days it tells ahead without a year fall in it, not in the build's year (R73 class 1,
page 10). A year for something told long ago, or with no such phrase, says no more than before."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 12, 6)
FAIR = "The goose fair will take place at the quay from October 4 until October 6, with stalls and music.\n"


def _starts(text: str) -> list[date]:
    result = process_document(Document("page.md", text), Options(today=BUILD_DAY))
    return sorted(e.start for e in result.events)


def test_a_year_for_something_done_last_month_is_the_pages_year():
    text = "Last month's first bird count for 2019 along the estuary found 300 geese.\n" + FAIR
    assert _starts(text) == [date(2019, 10, 4)]


def test_without_a_recent_phrase_the_year_says_only_that_the_page_is_later():
    text = "The first bird count for 2019 along the estuary found 300 geese.\n" + FAIR
    assert _starts(text) != [date(2019, 10, 4)]
