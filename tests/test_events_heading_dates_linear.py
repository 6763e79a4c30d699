"""A date alone on one of a page's opening lines, a place at most beside it, is when the page's event
happens (mentions.heading_dates). To tell, each date asked whether the comma-parted stretches before
and after it on its line are foreign to a heading; the line's first stretch (up to its first comma)
and last stretch (after its last) were copied and read again for every date. On a page written on
one line whose first or last stretch is long, that was the stretch once per date. Each stretch's
answer is now kept on the line's parts. The guard counts the characters copied; the answers are
unchanged (the stretch's own, read once)."""

from __future__ import annotations

from datetime import date

from calfeed.events import mentions
from calfeed.model import ReferenceDate
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _one_line_club_news(items: int) -> str:
    """A sailing club's news on one line: a long opening with no comma, dated races, a long close."""
    opening = "Sailing club news " + "the dinghy crews and the cruiser owners met in the clubhouse again " * 40
    races = "".join(f"the pursuit race on {1 + k % 28} {MONTHS[k % 12]}, " for k in range(items))
    closing = "thanks go to the galley team and to every volunteer on the safety boats " * 40
    return opening + races + closing


def test_the_heading_reader_copies_no_long_first_or_last_stretch_for_each_date():
    """On the parent: about 50 characters copied per character of the page."""
    text = _one_line_club_news(200)
    found = [t for t in tag(text, date(2027, 1, 4)) if t.type == "DATE"]
    assert len(found) >= 200
    reference = ReferenceDate(date(2027, 1, 4), False, "test")
    counted = CountedText(text)
    CountedText.copied = 0
    for timex in found:
        assert not mentions.heading_dates(counted, timex, reference)
    per_character = CountedText.copied / len(text)
    assert per_character < 5, f"{per_character:.0f} characters copied per character of the page"


def test_a_dated_heading_line_with_its_place_is_still_read():
    text = "Annual Harbour Regatta\nWhitby, 14-15 August 2027\n\nBoats from every port on the coast will race."
    found = [t for t in tag(text, date(2027, 1, 4)) if t.type == "DATE"]
    reference = ReferenceDate(date(2027, 1, 4), False, "test")
    assert [mentions.heading_dates(text, t, reference) for t in found] == [True]
