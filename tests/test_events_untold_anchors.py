"""A day counted from the last date told ("on the same day", "the same afternoon", "the next
day") where the text tells none before it points back to a day the text never wrote: no entry on
the page's own date, a line in the report instead. After a written date it still counts from it."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

FINALS = """County deciders to be held on the same day

The county board has put the junior and senior deciders back to back this year, so supporters
can see both on the same afternoon at Riverside Park. The junior final throws in at 1pm on
Saturday 9 May 2026 and the senior final follows at 3.30pm.
"""

LIBRARY = """Two openings on one day

The new reading room and the children's corner will open the next day after the works finish, the
council said. The reading room opens to the public on Monday 2 March 2026, and on the same day the
café starts serving lunch.
"""


def _days(text: str, published: str) -> set[date]:
    return {e.start.date() if hasattr(e.start, "date") else e.start for e in page_events(text, published)}


def test_the_same_day_before_any_date_gives_no_entry_on_the_page_s_date() -> None:
    assert date(2026, 4, 20) not in _days(FINALS, "2026-04-20")


def test_the_next_day_before_any_date_gives_no_entry_either() -> None:
    assert date(2026, 2, 11) not in _days(LIBRARY, "2026-02-10")


def test_after_a_written_date_the_same_day_is_that_day() -> None:
    days = _days(LIBRARY, "2026-02-10")
    assert date(2026, 3, 2) in days
