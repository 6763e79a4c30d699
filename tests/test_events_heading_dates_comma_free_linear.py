"""A date alone on one of a page's opening lines is when the page's event happens (mentions.heading_dates),
unless a stretch beside it on its line is foreign to a heading (more than a place or a name). With no comma
between the line's start and a date, the stretch asked is the whole line up to that date, and it was copied
and read again for every date: a long opening line with no commas (a scrape that lost its line breaks) was
square in the line. A stretch longer than LONG_STRETCH is now known foreign, without a copy, once its words
(read once from each start, as far as the dates ask) are more than any label, place or time cell has and
one of them is neither capitalised nor short. The first guard counts the characters copied; the second
checks the answers against the plain reading on lines of mixed words."""

from __future__ import annotations

import random
from datetime import date

from calfeed.events import mentions
from calfeed.model import ReferenceDate
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _comma_free_club_news(items: int) -> str:
    """A rowing club's news on one line, no comma anywhere: dated outings joined by "and"."""
    opening = "Rowing club news " + "the coxed fours and the single scullers trained on the river again " * 4
    outings = "".join(f"the long outing on {1 + k % 28} {MONTHS[k % 12]} and " for k in range(items))
    return opening + outings + "thanks to the boathouse crew"


def _copied_per_character(items: int) -> float:
    text = _comma_free_club_news(items)
    found = [t for t in tag(text, date(2027, 1, 4)) if t.type == "DATE"]
    assert len(found) == items
    reference = ReferenceDate(date(2027, 1, 4), False, "test")
    counted = CountedText(text)
    CountedText.copied = 0
    assert not any(mentions.heading_dates(counted, timex, reference) for timex in found)
    return CountedText.copied / len(text)


def test_the_heading_reader_copies_no_comma_free_line_up_to_each_date():
    """On the parent: 57 -> 207 characters copied per character of the line for 4x the dates."""
    small, large = _copied_per_character(100), _copied_per_character(400)
    assert large < 1.5 * small, f"{small:.0f} -> {large:.0f} characters copied per character for 4x the line"


WORDS = ("Leeds", "New York", "Santa Cruz de la Sierra", "all day", "All Day", "the", "and", "Hall", "Town",
         "venue", "Venue:", "a.m.", "...", ";", "(Main", "Stage)", "|", "-", "—", "#tag", "x_y", "Río", "ÉTÉ",
         "programme", "Programme", "of", "in", "Data", "Science", "Conference", "12", "2027", "p.m.;", ". .")


NAME_WORDS = tuple(w for w in WORDS if w[:1].isupper() or len(w) <= 3)   # lines of names alone: no proof


def test_long_stretches_are_read_as_the_plain_reading_reads_them():
    draw = random.Random(50)
    for k in range(60):
        words = NAME_WORDS if k % 3 == 0 else WORDS
        line = " ".join(draw.choice(words) for _ in range(draw.randint(60, 160)))
        parts = mentions._line_parts(line, 0, len(line))
        for _ in range(30):
            start = draw.randrange(0, len(line) // 2)
            end = draw.randrange(start, len(line) + 1)
            assert parts._foreign(start, end) == mentions._foreign_part(line[start:end]), (start, end)
