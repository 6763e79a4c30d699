"""A page's own date written with its author or its news service on the opening lines: a post's
meta block of bullets ("• 24 August 2020" / "• Jane Smith"), an author's byline before the day
("By Peter Watson 24 August 2020"), a news service's line ("PIA News Service - Sunday, March 24,
2013", "Xinhua News Agency | 5 June 2026"). That day is when the page was written, so it dates the
page and is no entry; an event's day on such a line ("By Friday 4 June 2027 ...", "Memorial Service
- Sunday, 6 June 2027") stays the event's."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2027, 11, 30)
_BODY = ("\n\nOur annual general meeting will be held on Saturday, September 19 at 9am in the clubhouse.\n\n"
         "Nominations must be submitted to the secretary by Saturday September 5.\n")


def _result(text: str):
    return process_document(Document("a.txt", text), Options(today=TODAY))


def _days(result) -> list[str]:
    return sorted(str(e.start)[:10] for e in result.events)


def test_a_bulleted_meta_block_dates_the_post():
    result = _result("Club AGM on September 19\n\n  • 24 August 2020\n  • Jane Smith" + _BODY)
    assert result.reference.value == date(2020, 8, 24)
    assert _days(result) == ["2020-09-05", "2020-09-19"]


def test_an_authors_byline_before_the_day_dates_the_post():
    result = _result("Club AGM on September 19\n\nBy Peter Watson 24 August 2020" + _BODY)
    assert result.reference.value == date(2020, 8, 24)
    assert _days(result) == ["2020-09-05", "2020-09-19"]


def test_a_news_service_line_dates_the_story():
    result = _result("Assembly day set\n\nPIA News Service - Sunday, March 24, 2013\n\n"
                     "The barangay assembly will be held on March 30 in all villages.\n")
    assert result.reference.value == date(2013, 3, 24)
    assert _days(result) == ["2013-03-30"]
    result = _result("Xinhua News Agency | 5 June 2026\n\nThe summit will open on 20 June in Beijing.\n")
    assert result.reference.value == date(2026, 6, 5)
    assert _days(result) == ["2026-06-20"]


def test_a_deadline_opening_the_page_is_no_byline():
    result = _result("By Friday 4 June 2027 all entries must be sent to the club secretary.\n\n"
                     "The show will be held on Saturday 19 June 2027.\n")
    assert "2027-06-04" in _days(result)


def test_a_service_that_is_an_occasion_keeps_its_day():
    result = _result("Memorial Service - Sunday, 6 June 2027\n\n"
                     "The memorial service will be held at St Mary's at 11am.\n")
    assert "2027-06-06" in _days(result)
