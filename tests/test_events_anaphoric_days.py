"""Days that lean on another day: a deadline told as "the same day" or "the following day"
after another deadline ("sign up by the 18th ... stall photos are due on the same day") falls
on that deadline's day, not on the event's day told before it; a day of the month written
alone before a bracketed aside ("by the 18th ($8 at the door)") is still a day."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2011, 8, 31)


def _days(text: str) -> list[tuple[str, str, str]]:
    return sorted((e.kind, str(e.start)[:10], e.title) for e in tagged_events(text, published=PUBLISHED))


def test_a_deadline_on_the_same_day_as_the_sign_up_deadline():
    text = ("The Harbour Craft Fair will be held on 24 September 2011 at the Town Hall.\n\n"
            "Please sign up by the 18th ($8 for members). The deadline for stall photos is also on the same day.")
    days = _days(text)
    assert ("deadline", "2011-09-18", "Deadline for stall photos") in days
    assert [d for d in days if d[1] == "2011-09-24"] and all(d[0] != "deadline" for d in days if d[1] == "2011-09-24")
    assert len([d for d in days if d[0] == "deadline" and d[1] == "2011-09-18"]) == 2


def test_a_deadline_the_following_day_counts_from_the_deadline_before_it():
    text = ("The Harbour Craft Fair will be held on 24 September 2011 at the Town Hall. "
            "Please sign up by 18 September. Stall photos are due the following day.")
    assert ("deadline", "2011-09-19") in [(k, d) for k, d, _ in _days(text)]


def test_an_event_on_the_same_day_stays_with_the_event():
    text = ("The Harbour Craft Fair will be held on 24 September 2011 at the Town Hall. "
            "Please sign up by 18 September. A concert will be held on the same day in the park.")
    assert "2011-09-18" not in [d for k, d, _ in _days(text) if k != "deadline"]
