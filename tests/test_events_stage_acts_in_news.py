"""A stage act's verb or noun in finance and past news is no event.

"Shares of Acme are performing strongly" is how a market moves, not a show; an act dated before
the page ("are to perform ... on July 13, 1985" in a 2026 article) or told in the past is history;
a grade of results ("record revenue", "a strong performance by a chipmaker") is no occasion or act.
The announced acts stay (tests/test_events_announced_performances.py).
"""
# Provenance: Session 14 review, items 4 and 5.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PAGE = date(2026, 3, 3)


def _titles(text: str) -> set[tuple[str, str]]:
    result = process_document(Document(path="doc.txt", text=text, published=PAGE), Options(today=PAGE))
    return {(e.title, str(e.start)[:10]) for e in result.events}


def test_shares_performing_is_a_market_not_a_show() -> None:
    assert not _titles("Shares of Hollis Motors are performing strongly ahead of earnings on Wednesday.\n")
    assert not _titles("Regional lenders are performing better than expected this week, traders said.\n")


def test_an_act_dated_before_the_page_is_history() -> None:
    assert not _titles("Back then, The Larkspurs were to perform at Wembley Stadium on July 13, 1985, "
                       "a show that made their name.\n")
    assert not _titles("The Larkspurs are to perform at Wembley Stadium on July 13, 1985.\n")


def test_a_result_or_a_decision_is_no_occasion() -> None:
    assert not _titles("Hollis Motors will be celebrating Record Revenue on Thursday.\n")
    assert not _titles("The Central Bank is making Decisions on rates on March 18.\n")


def test_a_graded_performance_or_a_past_show_in_news_is_no_event() -> None:
    assert not _titles("Stocks rose after a strong performance by Quillon on Tuesday.\n")
    assert not _titles("The fund's performance at Tallis Capital improved in February.\n")
    assert not _titles("Sales of shows at Broadway theatres fell on Monday.\n")


def test_announced_acts_still_count() -> None:
    got = _titles("Country star Jed Harlan will be performing at the old ballpark on Oct. 11.\n"
                  "Radio Nine is presenting a performance by Bastille on Oct. 17 at South Side Ballroom.\n"
                  "They are to receive the Sacrament of Confirmation on Sunday, October 4th at the 5:00PM Mass.\n"
                  "We will be celebrating World Book Day on Friday 6th March.\n"
                  "Grunge revivalists Tarpit are performing on June 6 at the Leadmill.\n")
    assert ("Jed Harlan", "2026-10-11") in got
    assert ("Performance by Bastille", "2026-10-17") in got
    assert any(t.startswith("Sacrament of Confirmation") and d == "2026-10-04" for t, d in got)
    assert ("World Book Day", "2026-03-06") in got
    assert ("Tarpit", "2026-06-06") in got
