"""The varying-hours reader (qualified_hours) walks a page's lines once: it reads the words of a line
only when the line ends with a colon, and the rows under a lead-in at most MAX_ROWS lines down. A count
of the characters its line searches run over grows with the page, not with its square."""

from __future__ import annotations

from calfeed.events.qualified_hours import qualified_rows

LEAD = "The hours of the works will vary as follows:\n"


class _CountingText(str):
    looked = 0

    def find(self, sub, start=0, end=None):
        stop = len(self) if end is None else end
        found = str.find(self, sub, start, stop)
        _CountingText.looked += (stop if found < 0 else found) - start
        return found


def _looked(leads: int) -> int:
    text, starts = "", []
    for k in range(leads):
        text += LEAD
        starts.append(len(text))
        text += f"Row {k}: 22:30 - 04:30\nA line of notes with no date at all.\n"
    _CountingText.looked = 0
    rows = qualified_rows(_CountingText(text), starts)
    assert len(rows) == leads
    return _CountingText.looked


def test_twice_the_page_reads_about_twice_the_text():
    small, large = _looked(200), _looked(400)
    assert large < 2.5 * small
