"""Two readers the framer asks once a page, of every date, searched back from each date to its line's
start: cell_rows (a table cell's "<day>: <what>" rows run together on one line) and led_rows (lines a
date opens, a key-dates list); led_rows also copied the line up to each date to strip its lead. On a
page written on one line that is the whole page before every date. Now the line is found by
bisection and the lead read back from the date only as far as the longest adverb or bullet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from calfeed.events.date_led_lines import cell_rows, led_rows
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _one_line_rota(size: int) -> str:
    """A sailing club's rota run into one line: a launch duty on a day told with a colon after it,
    then a plain sentence dating a regatta."""
    parts, total, k = ["Club rota "], 0, 0
    while total < size:
        part = (f"{WEEKDAYS[k % 7]}, {MONTHS[k % 12]} {1 + k % 28}: the launch crew meets at the slipway. "
                f"The dinghy regatta moved to {1 + (5 * k) % 28} {MONTHS[(k + 3) % 12]} this year. ")
        parts.append(part)
        total += len(part)
        k += 1
    return "".join(parts)


@lru_cache(maxsize=None)
def _tagged_rota() -> tuple[str, list]:
    text = _one_line_rota(16_000) + " "
    return text, sorted(tag(text, date(2027, 5, 1)), key=lambda t: (t.start, t.end))


def _both_readers(copies: int) -> float:
    """The two readers over ``copies`` copies of one tagged rota side by side on one line (tagged once:
    the copies' dates are the first's, moved along)."""
    text, found = _tagged_rota()
    width = len(text)
    every = [replace(t, start=t.start + k * width, end=t.end + k * width) for k in range(copies) for t in found]
    page = text * copies
    return _seconds(lambda: (cell_rows(page, every), led_rows(page, every)))


def test_four_times_the_line_takes_about_four_times_as_long():
    """On the parent 16 copies took some 14 times as long as 4 (the search back and the copy per date)."""
    _both_readers(1)        # warm up: the word lists load once
    _assert_linear(_both_readers(16) / max(_both_readers(4), 1e-4))


def test_the_rows_are_read_as_before():
    """A cell's rows run together on one line, and a bulleted key-dates list whose lines a date opens;
    a date after a long lead opens no line."""
    text = ("- Monday, March 2: hall closed. Tuesday, March 3: hall open late.\n"
            "* 9 March 2027 Sailing season opens\n"
            "* 10 March 2027 Boat park fees due\n"
            "The committee agreed on 11 March 2027 to paint the hut.\n")
    found = sorted(tag(text, date(2027, 1, 10)), key=lambda t: (t.start, t.end))
    rows = cell_rows(text, found)
    assert [text[a:b].split(":")[0] for a, b in sorted(rows.values())] == ["Monday, March 2", "Tuesday, March 3"]
    led = {text[s:s + 12] for s in led_rows(text, found)}
    assert "9 March 2027" in led and "10 March 202" in led
    assert not any(s.startswith("11 March") for s in led)
