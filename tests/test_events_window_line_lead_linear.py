"""The window line reader (open_windows.window_line) asks of every date whether a window verb alone
leads it on its line ("Close Friday 7 June"). It copied the line from its start up to the date and
stripped the copy before counting the copy's words: on a page written on one line, the page up to
each date, so the reader cost the page once per date. The lead's words are now read back from the
date only until they are more than a window verb can have, and the line's end is found by
text.line_end. The guard counts the characters the reader copies; the words it reads are those of
the stripped copy."""

from __future__ import annotations

import random
import re
from datetime import date

from calfeed.events import open_windows
from calfeed.events.candidates import DateSpans
from calfeed.events.label_lines import EMPHASIS, window_verb_words
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _one_line_grants(items: int) -> str:
    """A small fund's notices run into one line: each round opens on one day and shuts on another."""
    return "Parish grants " + "".join(
        f"Round {k} of the hedgerow fund takes bids from {1 + k % 28} {MONTHS[k % 12]} and the panel "
        f"stops reading them on {1 + (5 * k) % 28} {MONTHS[(k + 2) % 12]}. " for k in range(items))


def test_the_window_line_copies_no_line_up_to_each_date():
    """On the parent: about 200 characters copied per character of the page."""
    text = _one_line_grants(200)
    found = [t for t in tag(text, date(2027, 3, 1)) if t.type != "DURATION"]
    assert len(found) >= 400
    counted = CountedText(text)
    spans = DateSpans(sorted(found, key=lambda t: (t.start, t.end))).spans
    CountedText.copied = 0
    for timex in found:
        assert open_windows.window_line(counted, timex, spans, "Parish grants") is None
    per_character = CountedText.copied / len(text)
    assert per_character < 5, f"{per_character:.0f} characters copied per character of the page"


def test_a_window_verb_alone_before_the_date_still_reads():
    text = "Hedgerow grants\n\n• Bids\n  **Close:** Friday 7 June 2024\n"
    found = tag(text, date(2024, 3, 1))
    spans = DateSpans(found).spans
    frame = open_windows.window_line(text, found[0], spans, "Hedgerow grants")
    assert frame is not None and frame.kind == "deadline" and frame.title == "Bids close"


_NON_BLANK = re.compile(r"\S+")


def _copied_lead_words(lead: str) -> list[str] | None:
    """The reader's answer before it read in place: the stripped copy's lowered words, None past the limit."""
    limit = 1 + window_verb_words()
    words = [match.group(0).lower() for match in _NON_BLANK.finditer(lead)]
    return None if sum(1 for w in words if w.strip(":")) > limit else words


PIECES = (" ", "  ", "\t", "*", "_", "`", "**", ":", "Close", "closing", "date", "•", "-", "Open", "\u00a0", "\u2003",
          "x" * 70, "\r", "Ends", "a", " " * 80)


def test_the_lead_words_are_those_of_the_stripped_copy():
    pick = random.Random(4917)
    for _ in range(4_000):
        text = "".join(pick.choice(PIECES) for _ in range(pick.randint(0, 16)))
        line_start = pick.randint(0, len(text))
        at = pick.randint(line_start, len(text))
        expected = _copied_lead_words(text[line_start:at].strip(" \t" + EMPHASIS))
        assert open_windows._lead_words(text, line_start, at) == expected, (text, line_start, at)
