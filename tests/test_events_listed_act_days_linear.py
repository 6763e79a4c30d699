"""A future passive named once before a long list of days (announced_acts._list_head steps back over
the list to its first day). Each word it passed looked for its date among every date of the clause, so
a list of n days read n * n spans for each of its days; the dates are now found by bisection
(span_index.HoldingSpans), read once per asking day."""

from __future__ import annotations

from calfeed.events.announced_acts import scheduled_act
from calfeed.events.words import words_in
from call_counts import SteppedList

MONTHS = ("March", "April", "May", "June", "July", "August")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _closures(days: int) -> tuple[str, list[tuple[int, int]]]:
    """One sentence: the west pier will be closed on a list of ``days`` written days."""
    text = "The west pier will be closed on "
    spans = []
    for k in range(days):
        if k:
            text += " and " if k == days - 1 else ", "
        day = f"{WEEKDAYS[k % 7]}, {MONTHS[(k // 28) % 6]} {1 + k % 28}"
        spans.append((len(text), len(text) + len(day)))
        text += day
    return text + ".", spans


def test_the_list_s_dates_are_read_once_for_its_last_day():
    text, spans = _closures(240)
    words = words_in(text, 0, len(text))
    counted = SteppedList(spans)
    found = scheduled_act(words, counted, spans[-1][0], text)
    assert found is not None and "closed" in found[0].lower()
    assert counted.stepped <= 4 * len(spans), f"{counted.stepped} spans read for {len(spans)} dates"


def test_a_short_list_still_names_the_act_for_its_last_day():
    text, spans = _closures(3)
    words = words_in(text, 0, len(text))
    found = scheduled_act(words, list(spans), spans[-1][0], text)
    assert found is not None and "closed" in found[0].lower()
