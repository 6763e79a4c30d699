"""A weekday naming a parish's services in the plural takes the clocks of its clause as weekly services
(weekly_lines._service_sentences). For each such weekday the reader copied the list of every later
date of the page and searched for the clause's end from the weekday on, to the page's end when no stop
follows: a page of many such notices copied the page's dates once per notice. It now steps through
the later dates by index and reads the clause only up to each in turn. The guard counts the dates the
reader copies out of the page's list; the clocks it finds are the same."""

from __future__ import annotations

from datetime import date

from calfeed.events import weekly_lines
from calfeed.timex import tag

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class CountedList(list):
    """A list that counts the items its slices copy (in ``copied``)."""

    copied = 0

    def __getitem__(self, key):
        piece = super().__getitem__(key)
        if isinstance(key, slice):
            CountedList.copied += len(piece)
        return piece


def _notices(items: int) -> str:
    return "".join(f"The chapel of ward {k}: {WEEKDAYS[k % 7]} masses at 8am and 6pm; " for k in range(items))


def test_the_service_reader_copies_no_later_dates_for_each_weekday():
    """On the parent: about 75 dates copied per date of the page."""
    text = _notices(150)
    ordered = sorted(tag(text, date(2027, 5, 3)), key=lambda t: (t.start, t.end))
    assert len(ordered) >= 400
    counted = CountedList(ordered)
    CountedList.copied = 0
    changed: dict = {}
    weekly_lines._service_sentences(text, counted, changed, set(), {}, date(2027, 5, 3))
    assert len(changed) >= 250
    per_date = CountedList.copied / len(ordered)
    assert per_date < 2, f"{per_date:.0f} dates copied per date of the page"


def test_only_the_clocks_of_the_weekday_s_clause_are_its_services():
    text = "Our Sunday services are at 9am and 11am; the hall opens at 2pm. Tuesday masses at 7pm\nclub at 8pm"
    ordered = sorted(tag(text, date(2027, 5, 3)), key=lambda t: (t.start, t.end))
    changed: dict = {}
    weekly_lines._service_sentences(text, ordered, changed, set(), {}, date(2027, 5, 3))
    services = sorted(t.text for t in ordered if id(t) in changed)
    assert services == ["11am", "7pm", "9am"]
