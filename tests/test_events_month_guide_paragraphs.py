"""Evergreen "key dates" guides write a month (or a part of one, or a stretch of months) alone
on a line and the paragraph under it tells what happens then (session 26, class "label and
date on different lines", red team 34 class 2):

- the paragraph right under such a heading is the heading's item, named by its first sentence;
  other dates the paragraph mentions ("by the January deadline") are mentions, no entries;
- "this month" under a month heading ("Early this month ...") is the heading's month, not the
  month the page is read in;
- a bullet that runs on as a paragraph is a task named by its first sentence;
- the hedge and history vetoes read the first sentence only: a later "may" in the paragraph's
  explanation does not unmake the item.
"""
# Provenance: session 26 (la26): red team 34 page 05 (a university's parents' guide) as the sample.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _entries(text: str, published: date | None = None) -> dict[str, tuple[str, str]]:
    result = process_document(Document(path="doc.txt", text=text, published=published))
    return {e.title: (str(e.start)[:10], str(e.end)[:10] if e.end else "") for e in result.events}


GUIDE = ("A year of the scholarship cycle\n\n"
         "October\n\n"
         "The scholarship portal opens for the next intake. Schools will also set their own dates.\n\n"
         "Mid-December\n\n"
         "This is the closing date for nominations from schools. Some schools may ask for them sooner.\n\n"
         "February - March\n\n"
         "Shortlisted pupils are interviewed by the panel.\n\n"
         "Late April\n\n"
         "This is the date by which every school hears back about the pupils nominated by the December closing date.\n\n"
         "June\n\n"
         "Early this month the awards ceremony is held at the town hall.\n")


def _month_day(day: str) -> str:
    return day[5:]       # an undated guide's year is the reader's: only its months are checked


def test_each_month_heading_dates_the_paragraph_under_it() -> None:
    got = _entries(GUIDE)
    assert _month_day(got.get("The scholarship portal opens for the next intake", ("",))[0]) == "10-01"
    assert _month_day(got.get("This is the closing date for nominations from schools", ("",))[0]) == "12-11"
    span = got.get("Shortlisted pupils are interviewed by the panel", ("", ""))
    assert (_month_day(span[0]), _month_day(span[1])) == ("02-01", "03-31")
    late_april = next(span for title, span in got.items() if title.startswith("This is the date by which every school"))
    assert _month_day(late_april[0]) == "04-21"


def test_this_month_under_a_month_heading_is_that_month() -> None:
    got = _entries(GUIDE)
    ceremony = [span for title, span in got.items() if "awards ceremony" in title]
    assert ceremony and all(_month_day(start).startswith("06-") for start, _ in ceremony)


def test_a_date_the_paragraph_mentions_gives_no_entry_of_its_own() -> None:
    got = _entries(GUIDE)
    assert not any(_month_day(start).startswith("12-") and "every school hears back" in title
                   for title, (start, _) in got.items())


def test_a_bullet_that_runs_on_is_named_by_its_first_sentence() -> None:
    text = ("Orchard calendar\n"
            "February\n"
            "- Prune the apple and pear trees while they are dormant. Cut out crossing branches first, then thin "
            "the crown so that light reaches the middle of the tree; burn or shred the prunings and keep the "
            "cuttings away from the compost heap.\n"
            "- Spread mulch round the young trees.\n"
            "April\n"
            "- Watch for blossom frost and cover the small trees.\n")
    got = _entries(text, published=date(2031, 1, 5))
    assert got.get("Prune the apple and pear trees while they are dormant", ("",))[0] == "2031-02-01"
    assert got.get("Spread mulch round the young trees", ("",))[0] == "2031-02-01"
