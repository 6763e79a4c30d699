"""The headed-ranges reader walks a page's lines once: each heading reads only the line under it
and the clock ranges on that line, so a page of many headings (or one very long line of names
and ranges) costs its length, not its length times its headings."""

from __future__ import annotations

from datetime import date

from calfeed.events.headed_ranges import headed_ranges
from calfeed.timex import tag
from test_timex_speed_guard import _seconds as timed

REFERENCE = date(2027, 3, 1)


def _headings(count: int) -> str:
    rows = "".join(f"District {chr(65 + k % 26)}{'x' * (k % 7)}\nSome Road, from 9am – 3pm\n" for k in range(count))
    return "Works on Tuesday, March 2:\n" + rows


def _one_line(count: int) -> str:
    return "Works on Tuesday, March 2:\nNorth End\n" + "".join("Some Road, from 9am – 3pm " for _ in range(count))


def _seconds(text: str) -> float:
    found = sorted(tag(text, REFERENCE), key=lambda t: (t.start, t.end))
    return timed(lambda: headed_ranges(text, found))


def test_four_times_the_headings_take_about_four_times_as_long():
    _seconds(_headings(5))       # warm up: the word tables load once
    ratio = _seconds(_headings(2_000)) / max(_seconds(_headings(500)), 1e-3)
    assert ratio < 9, f"{ratio:.1f}x the time for 4x the headings"


def test_four_times_the_ranges_on_one_line_take_about_four_times_as_long():
    _seconds(_one_line(5))
    ratio = _seconds(_one_line(2_000)) / max(_seconds(_one_line(500)), 1e-3)
    assert ratio < 9, f"{ratio:.1f}x the time for 4x the line"


def test_the_headings_are_still_read():
    found = headed_ranges(_headings(3), sorted(tag(_headings(3), REFERENCE), key=lambda t: (t.start, t.end)))
    assert len(found) == 3


class _CountedLines(list):
    """The page's line spans, counting those handed out by index or slice (in ``handed``)."""

    handed = 0

    def __getitem__(self, key):
        got = super().__getitem__(key)
        _CountedLines.handed += len(got) if isinstance(key, slice) else 1
        return got


def _names(count: int) -> str:
    """A list of names, one a line: every line is a short line of capitalised words, a heading's shape."""
    return "Members on Tuesday, March 2:\n" + "".join(f"Member {chr(65 + k % 26)}{chr(97 + k % 23)}\n"
                                                       for k in range(count))


def _handed_per_line(count: int, monkeypatch) -> float:
    import calfeed.events.headed_ranges as headed

    real = headed.line_spans
    monkeypatch.setattr(headed, "line_spans", lambda text: _CountedLines(real(text)))
    text = _names(count)
    found = sorted(tag(text[:200], REFERENCE), key=lambda t: (t.start, t.end))
    _CountedLines.handed = 0
    assert headed.headed_ranges(text, found) == []
    monkeypatch.setattr(headed, "line_spans", real)
    return _CountedLines.handed / text.count("\n")


def test_a_page_of_heading_shaped_lines_reads_each_line_a_few_times(monkeypatch):
    """Each heading looked for its body in a copy of every line after it: a list of names was square."""
    small, large = _handed_per_line(500, monkeypatch), _handed_per_line(2_000, monkeypatch)
    assert large < 1.5 * small, f"{small:.1f} -> {large:.1f} lines handed out per line for 4x the names"
