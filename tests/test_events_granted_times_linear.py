"""The granted-time reader asks, for each date of a clause, whether a granting verb and a link
stand just before it and "to <act>" just after. It split the clause from its start up to the date
and from the date to its end each time, so a clause listing many days cost its length per day.
It now reads only the few words it looks at; a count of the words split proves it."""

from __future__ import annotations

from calfeed.events.granted_times import granted_act
from calfeed.model import Timex
from call_counts import count_words


def _listed_days(days: int) -> tuple[str, list[Timex]]:
    parts, found, text = [], [], "The board gave the stallholders up to "
    for k in range(days):
        written = f"{1 + k % 28} March"
        found.append(Timex(len(text), len(text) + len(written), written, "DATE", "2031-03-01"))
        text += written + ", "
    return text + "to clear the hall.", found


def _words_split(days: int, monkeypatch) -> int:
    text, found = _listed_days(days)
    counter = count_words(monkeypatch)
    for timex in found:
        granted_act(text, (0, len(text)), timex)
    return counter.count


def test_a_clause_of_many_days_is_not_split_whole_for_each(monkeypatch):
    small, large = _words_split(100, monkeypatch), _words_split(400, monkeypatch)
    assert large <= 5 * small


def test_the_reader_still_titles_a_grant():
    text = "The court gave the vendors until 30 June, to move their stalls."
    start = text.index("30 June")
    timex = Timex(start, start + len("30 June"), "30 June", "DATE", "2031-06-30")
    assert granted_act(text, (0, len(text)), timex) == "Deadline for the vendors to move their stalls"
