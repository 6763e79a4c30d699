"""A day led right after a past enactment ("became official on 11 April", "received royal assent
on 3 May") is how a rule or holiday was made: no entry; the day the rule appoints keeps its own.
A present or future enactment ("becomes law on 1 July") keeps its day."""

from __future__ import annotations

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY, page_events


def _days(text: str, published: str) -> list[str]:
    return sorted(str(e.start) for e in page_events(text, published))


def test_a_holiday_made_official_on_a_past_day_gives_only_its_own_day():
    page = ("# A new national day of rest\n\n"
            "The Harvest Moon Holiday became official on 3 March, when the Holiday Bill 2026 was given "
            "final approval by parliament.\n\n"
            "The first Harvest Moon Holiday will be held on Friday, 18 September 2026.\n")
    assert _days(page, "2026-04-02") == ["2026-09-18"]


def test_royal_assent_on_a_day_is_no_entry():
    page = ("# Water levy law in force\n\n"
            "The Water Levy Act received royal assent on 12 February 2026. Households must register for the "
            "levy by 30 June 2026.\n")
    assert _days(page, "2026-03-01") == ["2026-06-30"]


def test_a_law_that_becomes_official_ahead_keeps_its_day():
    page = ("# Clean air\n\n"
            "The Clean Air Day holiday becomes official on 1 July 2026, and the first one will be held that day.\n")
    assert _days(page, "2026-05-01") == ["2026-07-01"]


def _undated_days(text: str) -> list[str]:
    """The days of a page with no publication day: nothing dates the story, so no rule of past days
    drops the enactment's day first (the shape the rule is for; the pages above are dated after
    their enactment, which other rules already set aside)."""
    document = parse_document(text.encode(), "page.md")
    return sorted(str(e.start) for e in process_document(document, Options(today=BUILD_DAY)).events)


def test_an_undated_page_gives_the_holiday_s_day_not_the_day_it_became_official():
    page = ("The Harvest Moon Public Holiday became official on 3 March, once the Harvest Moon Holiday Act 2026 "
            "was granted royal assent.\n\n"
            "The first day off for Harvest Moon falls on Friday, 18 September this year.\n")
    assert _undated_days(page) == ["2026-09-18"]
