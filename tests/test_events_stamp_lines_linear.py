"""A listing's posting stamps (furniture_lines.stamp_lines) are clocks alone on their lines. To tell,
the reader copied each clock's line before and after it, joined the copies and looked at every
character: on a page written on one line, the whole page for each clock. It now reads the stretches
in place and stops at the first digit or word that is no clock's mark, and finds the line's ends by
text.start_of_line and text.line_end. The guard counts the characters copied; the answers are the
copies'."""

from __future__ import annotations

import random
from datetime import date

from calfeed.events import furniture_lines
from calfeed.events.words import LETTER_RUN
from calfeed.timex import tag

from call_counts import CountedText


def _one_line_ferries(items: int) -> str:
    """A harbour's sailing notes run into one line: each boat leaves at an odd minute of the evening."""
    return "Harbour notes " + "".join(
        f"The {k}th launch to the island casts off at {5 + k % 6}:{10 + k % 47} pm from the north quay "
        f"with room for bicycles. " for k in range(items))


def test_the_stamp_lines_copy_no_line_around_each_clock():
    """On the parent: about 200 characters copied per character of the page."""
    text = _one_line_ferries(200)
    ordered = sorted(tag(text, date(2027, 3, 1)), key=lambda t: (t.start, t.end))
    assert sum(1 for t in ordered if t.type == "TIME") >= 200
    counted = CountedText(text)
    CountedText.copied = 0
    assert furniture_lines.stamp_lines(counted, ordered, date(2027, 3, 1)) == set()
    per_character = CountedText.copied / len(text)
    assert per_character < 5, f"{per_character:.0f} characters copied per character of the page"


def test_stamps_alone_on_their_lines_are_still_read():
    text = "Lifeboat trial\nApr. 21, 2024 17:33 PM EDT\nCliff path reopened\nApr. 22, 2024 09:41 AM EDT\n"
    ordered = sorted(tag(text, date(2024, 4, 23)), key=lambda t: (t.start, t.end))
    clocks = {id(t) for t in ordered if t.type == "TIME"}
    assert len(clocks) == 2 and furniture_lines.stamp_lines(text, ordered, None) == clocks


def _copied_answer(text: str, first: int, start: int, end: int, last: int) -> bool:
    """The reader's answer before it read in place: the joined copy of both sides."""
    rest = text[first:start] + " " + text[end:last]
    if any(c.isdigit() for c in rest):
        return False
    return all(w.isupper() and len(w) <= furniture_lines.CLOCK_MARK_LETTERS for w in LETTER_RUN.findall(rest))


PIECES = (" ", "PM", "EDT", "AEST", "pm", "Utc", "GMTX", "2", "²", "①", ".", "-", "/", "_", "A", "é", "É", "中",
          "Ⅻ", "\u00a0", "(", ")", "a", "ABCDE", "ǅ")


def test_the_in_place_answer_is_the_copied_one():
    pick = random.Random(4918)
    for _ in range(6_000):
        text = "".join(pick.choice(PIECES) for _ in range(pick.randint(0, 10)))
        first = pick.randint(0, len(text))
        start = pick.randint(first, len(text))
        end = pick.randint(start, len(text))
        last = pick.randint(end, len(text))
        in_place = (furniture_lines._only_clock_marks(text, first, start)
                    and furniture_lines._only_clock_marks(text, end, last))
        assert in_place == _copied_answer(text, first, start, end, last), (text, first, start, end, last)
