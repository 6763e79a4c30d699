"""Cost guards for two readers of R81's class 4. The fixture reader asks whether the page speaks of
games only once two sides are found, and once a page: a long page of such sentences with no game
word searched the whole page for each. The listed-closure reader asks for the other entries' dates
only once a dated lead-in is found, and once a page."""

from __future__ import annotations

from datetime import date

from calfeed.events import listed_closures as closures_module
from calfeed.events import met_sides as sides_module
from calfeed.events.candidates import DateSpans
from calfeed.model import ReferenceDate
from calfeed.timex import tag

from call_counts import count_calls
from events_helpers import page_events


def test_the_page_is_searched_for_game_words_once(monkeypatch):
    sides_module._sporting.cache_clear()
    calls = count_calls(monkeypatch, "_context", sides_module)
    text = "".join(f"Harrowgate Rovers will face Eastfield Athletic on Sunday {1 + k % 28} June 2031 at noon. "
                   for k in range(60))
    page_events(text, "2031-05-01")
    assert calls[0] <= 1


def test_other_entries_are_asked_for_once_a_page():
    text = "".join(f"From {1 + k % 20} to {2 + k % 20} August 2031, the following car parks will be shut:\n"
                   f"- Ropewalk car park {k} – shut\n" for k in range(40))
    reference = ReferenceDate(date(2031, 7, 1), False, "test")
    dates = DateSpans(sorted(tag(text, date(2031, 7, 1)), key=lambda t: (t.start, t.end)))
    asked = [0]

    def held() -> list[int]:
        asked[0] += 1
        return []

    found = closures_module.listed_closures(text, dates, reference, held)
    assert len(found) == 40
    assert asked[0] == 1
