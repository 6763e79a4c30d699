"""Three readers asked of every date copied the date's line up to it: the related-story label
("Also read ..."), the listing stamp ("News | 12 March 2025") and the date-led line ("- 4 May: ...").
Each also searched back to the line's start from every date. On a page written on one line that is the
whole page before each date. Now the line is found by bisection (LineIndex, kept by the framer), the
first words are read in place, a lead is read back only as far as the longest adverb or bullet, and a
stamp line's characters a short piece at a time."""

from __future__ import annotations

import inspect
import random
from datetime import date
from itertools import islice
from types import SimpleNamespace

from calfeed.events import date_led_lines, furniture_lines
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import LETTER_RUN
from calfeed.text import LineIndex
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _one_line_digest(items: int) -> str:
    """A canal society's digest run into one line: a towpath walk on a day, a bracketed aside, a
    closing day for bookings."""
    return "Canal digest " + "".join(
        f"Walkers meet on {1 + k % 28} {MONTHS[k % 12]} at the basin (boots advised), and bookings close "
        f"on {1 + (3 * k) % 28} {MONTHS[(k + 4) % 12]}. " for k in range(items))


def _copied_per_character(items: int) -> float:
    text = _one_line_digest(items)
    found = tag(text, date(2027, 6, 1))
    assert len(found) > items
    counted = CountedText(text)
    lines = LineIndex(text)
    CountedText.copied = 0
    for reader in (furniture_lines.related_link, furniture_lines.listing_stamp, furniture_lines.kind_under_stamp,
                   date_led_lines.date_led_line):
        kept = {"lines": lines} if "lines" in inspect.signature(reader).parameters else {}
        for timex in found:
            reader(counted, timex, **kept)
    return CountedText.copied / len(text)


def test_the_readers_copy_a_bounded_part_of_the_page_for_each_date():
    """On the parent the three copied some 150 characters for each character of a 200-item page (and
    four times that for a page four times as long); now a few."""
    assert _copied_per_character(200) < 20


def _old_related_link(text: str, timex) -> bool:
    """related_link as it read the line's copy from its start (the parent's)."""
    first = text.rfind("\n", 0, timex.start) + 1
    longest = max((len(label) for label in phrase_list("related_link_labels")), default=0)
    words = [m.group(0).lower() for m in islice(LETTER_RUN.finditer(text[first:timex.start]), max(longest, 1))]
    if not words:
        return False
    if any(tuple(words[:len(label)]) == label for label in phrase_list("related_link_labels")):
        return True
    opening = furniture_lines._COLON_LABEL.match(text, first)
    return opening is not None and opening.group(1).lower() in word_list("related_colon_labels")


def _old_listing_stamp(text: str, timex) -> bool:
    """listing_stamp as it read the line's copy joined around the date (the parent's)."""
    first = text.rfind("\n", 0, timex.start) + 1
    last = text.find("\n", timex.end)
    last = len(text) if last < 0 else last
    rest = text[first:timex.start] + " " + text[timex.end:last]
    longest = max((len(phrase) for phrase in phrase_list("listing_stamp_words")), default=0)
    words = tuple(m.group(0).lower() for m in islice(LETTER_RUN.finditer(rest), longest + 1))
    if not words or words not in phrase_list("listing_stamp_words"):
        return False
    return all(c.isalpha() or c in furniture_lines._STAMP_SEPARATORS for c in rest)


def _made_lines(count: int, seed: int) -> list[str]:
    pick = random.Random(seed)
    pieces = ("Also read", "also  SEE", "Related", ":", "News", "news item", "Article", "blog post", "|", "//",
              "-", "•", "*", "_", "**", "plus", "Also", "and", "(", ")", "x" * 70, "é", "12", "May", "\n", " ",
              "  ", "\t", ",", ".", "Gallery", "Ferry", "Read")
    return ["".join(pick.choice(pieces) + (" " if pick.random() < 0.5 else "") for _ in range(pick.randint(0, 24)))
            for _ in range(count)]


def test_the_furniture_readers_answer_as_they_did_on_the_line_s_copy():
    checked = 0
    for text in _made_lines(700, 46):
        lines = LineIndex(text)
        for start in range(len(text) + 1):
            for end in (start, min(len(text), start + 3)):
                timex = SimpleNamespace(start=start, end=end)
                assert furniture_lines.related_link(text, timex, lines) == _old_related_link(text, timex), (text, start)
                assert furniture_lines.listing_stamp(text, timex, lines) == _old_listing_stamp(text, timex), (text, start)
                checked += 1
    assert checked > 20_000


def test_a_date_line_s_short_lead_is_the_stripped_copy_when_it_could_be_an_adverb_or_a_bullet():
    most = max(len(w) for w in (*word_list("date_line_adverbs"), *word_list("list_bullets")))
    checked = 0
    for text in _made_lines(400, 47):
        for start in range(0, len(text) + 1, 3):
            for at in range(start, len(text) + 1):
                plain = text[start:at].strip(" \t" + date_led_lines.EMPHASIS)
                lead = date_led_lines._short_lead(text, start, at)
                assert lead == (plain if len(plain) <= most else None), (text, start, at)
                checked += 1
    assert checked > 20_000
