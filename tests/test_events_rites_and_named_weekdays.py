"""A rite that bare_nouns names only standing alone ("mass") is the rite as the object of a verb
that performs it ("the abbot will celebrate Mass", "attend Mass"), not only after a function word;
and a weekday that names a prayer ("the Sunday Angelus") is no day, so the clocks of a one-day
programme told after it stay on the programme's day instead of moving to the next Sunday."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def _timed(text: str, published: str) -> list[tuple[str, datetime]]:
    return [(e.title, e.start) for e in page_events(text, published) if not e.all_day]


def test_a_fronted_clock_dates_the_mass_a_verb_celebrates():
    text = "At 10 a.m. on 14 October, the abbot will celebrate Mass in the cloister of Whitby."
    assert _timed(text, "2025-08-01") == [("Celebrate Mass", datetime(2025, 10, 14, 10))]


def test_a_mass_after_attend_is_the_rite():
    text = "On 14 October at 9 a.m. the pilgrims will attend Mass at the abbey in Whitby."
    assert [t for t, _ in _timed(text, "2025-08-01")] == ["Mass"]


def test_a_mass_before_a_noun_is_no_rite():
    # no Mass: the union's act, named as the same words with the day after the verb name it (present_acts)
    text = "On 14 October at 9 a.m. the union will celebrate mass membership gains in Whitby."
    assert _timed(text, "2025-08-01") == [("Union celebrates mass membership gains in Whitby", datetime(2025, 10, 14, 9))]


def test_a_prayer_named_by_its_weekday_leaves_the_programme_day():
    text = ("The abbot's visit to Whitby is set for 14 October.\n\n"
            "At 10 a.m., he will celebrate Mass and lead the Sunday Angelus in the cloister. "
            "At 4 p.m. the abbot will celebrate Vespers in the cloister chapel.")
    starts = {start for _, start in _timed(text, "2025-08-01")}
    assert starts == {datetime(2025, 10, 14, 10), datetime(2025, 10, 14, 16)}
