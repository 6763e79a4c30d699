"""A block of an event page: a heading naming the event and its host ("Lantern Display – Old Rope
Works"), a paragraph about it, then list lines that give only a day and its clocks ("• 17 March –
10:00-13:00"). Each line is that event on that day, named by the heading's name, not by its
clock text."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_entries

PAGE = """Visit the old town during our harbour week and meet the clubs that keep its music alive.

Open House – Harbour Brass Society

On several evenings the Harbour Brass Society will welcome visitors with rehearsals and a small display.


  • 12 March – 18:00-21:00
  • 13-15 March – 10:00-12:00, 18:00-21:00

Rehearsal evening:

  • 15 March – 20:30-22:30

Lantern Display – Old Rope Works

The rope makers will open their workshop for a display of lanterns.

  • 13-16 March – 17:00-20:30
  • 17 March – 10:00-13:00
"""


def test_a_day_and_its_clock_take_the_block_heading_name():
    entries = page_entries(PAGE, "2031-01-02")
    assert ("Open House", "event", datetime(2031, 3, 12, 18, 0)) in entries
    assert ("Lantern Display", "event", datetime(2031, 3, 17, 10, 0)) in entries


def test_a_run_of_days_with_clocks_is_named_by_its_heading_too():
    entries = page_entries(PAGE, "2031-01-02")
    assert ("Lantern Display", "event", date(2031, 3, 13)) in entries
    assert ("Open House", "event", date(2031, 3, 13)) in entries


def test_no_entry_is_titled_by_its_clock_text():
    titles = [t for t, _, _ in page_entries(PAGE, "2031-01-02")]
    assert not any(t[:1].isdigit() or ": 1" in t for t in titles)
    assert "Rehearsal" in titles      # a label line right over its list still names it


def test_a_heading_that_is_a_sentence_names_nothing():
    page = PAGE.replace("Lantern Display – Old Rope Works", "The rope makers are proud of their lanterns.")
    titles = [t for t, _, _ in page_entries(page, "2031-01-02")]
    assert not any(t.startswith("The rope makers") for t in titles)
