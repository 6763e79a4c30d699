"""afternoon_clocks reads a bare clock of seven as evening when its line or its block's heading names
an evening activity. The reader looks only at a bounded window around each such clock (its line within
LINE_REACH, a heading at most HEAD_LINES lines and HEAD_REACH characters above): a page of thousands of
such clocks on one line, or in one long block of lines, costs in proportion to its length."""

from __future__ import annotations

from calfeed.timex.afternoon_clocks import afternoon_clocks
from calfeed.timex.builders import Atom
from calfeed.timex.rawvalue import Raw
from test_timex_speed_guard import _assert_linear, _seconds

PIECE = "doors at 7:15 then a talk, "


def _atoms(text: str) -> list[Atom]:
    out, at = [], text.find("7:15")
    while at >= 0:
        out.append(Atom(at, at + 4, "TIME", Raw("XXXX-XX-XXT07:15", {}), "clock_24"))
        at = text.find("7:15", at + 4)
    return out


def _page(size: int, joiner: str) -> str:
    return "Show nights\n" + joiner.join([PIECE] * (size // len(PIECE)))


def _read(size: int, joiner: str) -> float:
    text = _page(size, joiner)
    return _seconds(lambda: afternoon_clocks(_atoms(text), text))


def test_one_line_of_clocks_is_linear():
    _read(2_000, "")
    _assert_linear(_read(80_000, "") / max(_read(20_000, ""), 1e-3))


def test_one_block_of_lines_is_linear():
    _read(2_000, "\n")
    _assert_linear(_read(80_000, "\n") / max(_read(20_000, "\n"), 1e-3))


def test_the_heading_is_read_near_the_top_of_its_block():
    text = _page(400, "\n")
    moved = [a.core for a in afternoon_clocks(_atoms(text), text)]
    assert moved[0] == "XXXX-XX-XXT19:15"       # under "Show nights"
    assert moved[-1] == "XXXX-XX-XXT07:15"      # out of the heading's reach, and no activity on its line
