"""The told-twice merge compares an entry only with the entries whose time may be its own: a
timed entry with those of its start and the day's all-day ones, an all-day one with those over
the same days and the day's timed ones (two entries at different clocks are never one telling).
A long agenda of one day (hundreds of clock slots) compared every slot with every other."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import calfeed.events.told_twice as told_twice
from calfeed.events.told_twice import _cliques, _separate_rows, cliques_of, merge_told_twice, same_event
from calfeed.events.subject_names import SubjectNames
from calfeed.model import Event
from call_counts import count_calls

DAY = date(2028, 5, 13)
TALKS = ("Pond dipping", "Bee keeping", "Kite making", "Cider pressing", "Hedge laying", "Bread baking")


def _slot(k: int) -> Event:
    start = datetime(2028, 5, 13, 8) + timedelta(minutes=2 * k)
    return Event(f"u{k}", f"{TALKS[k % 6]} talk {k}", "talk", start, None, False, "exact", location=f"Room {k % 5}")


def test_a_day_of_many_clock_slots_compares_each_slot_a_bounded_number_of_times(monkeypatch):
    slots = [_slot(k) for k in range(300)]
    calls = count_calls(monkeypatch, "same_event", told_twice)
    merged = merge_told_twice(slots)
    assert len(merged) == 300
    assert calls[0] <= 3 * len(slots), f"{calls[0]} comparisons for {len(slots)} slots of one day"


def test_slots_told_twice_still_merge():
    first = Event("a", "Kite making workshop", "workshop", datetime(2028, 5, 13, 10), None, False, "exact",
                  location="Barn")
    second = Event("b", "Kite making workshop", "workshop", datetime(2028, 5, 13, 10), None, False, "exact")
    whole_day = Event("c", "Kite making", "workshop", DAY, DAY, True, "exact", location="Barn")
    assert len(merge_told_twice([_slot(1), first, _slot(2), second])) == 3
    assert len(merge_told_twice([first, _slot(3), whole_day])) == 2


def _every_pair(entries: list[Event]) -> list[set[int]]:
    """The cliques as they were found before: every entry against every other of its day."""
    names = SubjectNames()
    return cliques_of({a: {b for b in range(len(entries)) if b != a and same_event(entries[a], entries[b], names)
                           and not _separate_rows(entries[a], entries[b], {})}
                       for a in range(len(entries))})


def test_the_groups_are_those_of_every_pair():
    pick = random.Random(41)
    titles = ("Kite making", "Kite making workshop", "Quiz", "Quiz night", "Open gardens")
    for _ in range(300):
        entries = []
        for k in range(pick.randrange(1, 9)):
            if pick.random() < 0.3:
                last = DAY + timedelta(days=pick.choice((0, 0, 1)))
                entries.append(Event(f"w{k}", pick.choice(titles), "event", DAY, last, True, "exact",
                                     location=pick.choice((None, "Barn"))))
            else:
                start = datetime(2028, 5, 13, pick.choice((9, 10)), pick.choice((0, 30)))
                end = pick.choice((None, start + timedelta(hours=1), datetime(2028, 5, 14, 11)))
                entries.append(Event(f"t{k}", pick.choice(titles), pick.choice(("event", "workshop")), start, end,
                                     False, "exact", location=pick.choice((None, "Barn")),
                                     tz=pick.choice((None, None, "Europe/London", "Europe/Paris"))))
        assert sorted(map(sorted, _cliques(entries))) == sorted(map(sorted, _every_pair(entries)))
