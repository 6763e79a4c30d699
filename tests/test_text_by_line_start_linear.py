"""by_line_start files a page's dates under the start of their lines, for some ten row readers, each
once a page. It searched back from every date to its line's start: on a page written on one line,
the whole page before each date. A date after the one before it now looks back only as far as that
one; the answers are the plain search's."""

from __future__ import annotations

import random
from types import SimpleNamespace

from calfeed.text import by_line_start
from test_timex_speed_guard import _assert_linear, _seconds


def _plain(text: str, items) -> dict:
    found: dict = {}
    for item in items:
        found.setdefault(text.rfind("\n", 0, item.start) + 1, []).append(item)
    return found


def _one_line(items: int) -> tuple[str, list]:
    text = "x" * (200 * items)
    return text, [SimpleNamespace(start=200 * k + 7) for k in range(items)]


def test_four_times_the_line_takes_about_four_times_as_long():
    """On the parent 4,000 items of a one-line page took some 14 times as long as 1,000."""
    small, large = _one_line(1_000), _one_line(4_000)
    _assert_linear(_seconds(lambda: by_line_start(*large)) / max(_seconds(lambda: by_line_start(*small)), 1e-4))


def test_the_lines_are_the_plain_search_back_s_in_any_order():
    pick = random.Random(47)
    for _ in range(2_000):
        text = "".join(pick.choice("ab \n") for _ in range(pick.randint(0, 60)))
        places = sorted(pick.randint(0, len(text)) for _ in range(pick.randint(0, 10)))
        for order in (places, pick.sample(places, len(places))):
            items = [SimpleNamespace(start=at) for at in order]
            assert by_line_start(text, items) == _plain(text, items), (text, order)
