"""A series a habitual hedge governs, in a sentence that turns from it to a dated exception ("is
normally ... on Thursdays, but will also be ... for Tuesday's alert") or calls it off ("usually held
every year from May 1-3 should be called off"), is the background of the news: no entry. A turn
with no day after it leaves the usual series as it was (approximate)."""

from __future__ import annotations

from events_helpers import page_events


def _entries(text: str, published: str) -> list[tuple[str, str | None]]:
    return sorted((str(e.start), e.rrule) for e in page_events(text, published))


def test_a_usual_weekday_rule_turned_from_for_a_dated_exception_gives_no_series():
    page = ("# Odd plates barred\n\n"
            "The driving ban on Tuesday will cover twice the usual number of cars. The second group is "
            "normally scheduled to be kept off the roads on Thursdays, but will also be kept off for "
            "Tuesday's alert.\n")
    assert all(rrule is None for _, rrule in _entries(page, "2026-05-04"))


def test_a_yearly_habit_called_off_gives_no_series():
    page = ("# Street party off\n\n"
            "The meeting agreed that while the town is in mourning all lantern parade activities usually "
            "held every year from May 1-3 should be called off for Main Street.\n")
    assert _entries(page, "2026-03-10") == []


def test_a_turn_without_a_day_keeps_the_usual_series():
    page = ("# Club\n\n"
            "The chess club is normally scheduled to meet on Thursdays, but everyone is welcome.\n")
    assert _entries(page, "2026-05-01") == [("2026-05-07", "FREQ=WEEKLY;BYDAY=TH")]
