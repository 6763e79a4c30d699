"""A stage act that a starting verb times is an event: "the puppet shows will commence at 1pm on Sunday".

"shows" or "performances" alone are news words ("figures show"), so they name an act only with a performer, a
venue or a part of the day; a starting verb right after them, timed by "at", "on" or "from", is as clear: the act
itself begins then. A verb followed by "to" ("will start to rise") or an owner before the noun ("the fund's
performance") still names none. (R72 class 3.)
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PAGE = date(2025, 5, 6)     # a Tuesday


def _events(text: str) -> list[tuple[str, datetime]]:
    result = process_document(Document(path="doc.txt", text=text, published=PAGE), Options(today=PAGE))
    return [(e.title, e.start) for e in result.events]


def test_shows_that_commence_at_a_clock_on_a_day_are_an_event() -> None:
    got = _events("The river carnival is due to open at 6 pm on Friday.\n\n"
                  "Dance, mime and puppet shows will commence at 1pm on Saturday.\n")
    assert any("shows" in title.lower() and start == datetime(2025, 5, 10, 13, 0) for title, start in got), got


def test_performances_that_start_on_a_day_are_titled_by_the_act_not_the_verb() -> None:
    got = _events("Street theatre performances start at 7.30pm on Thursday in the town hall.\n")
    assert ("Street theatre performances", datetime(2025, 5, 8, 19, 30)) in got, got


def test_a_verb_then_to_or_an_owned_performance_is_no_act() -> None:
    assert _events("Figures show that prices will start to fall on Monday.\n") == []
    assert _events("The fund's performance will start at a low base on Monday.\n") == []
