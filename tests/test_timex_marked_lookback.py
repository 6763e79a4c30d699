"""The marked look back answers as the plain pattern search does, at every window."""

import re

from calfeed.timex.marked_lookback import marked_search

_PATTERN = re.compile(r"(?<![\w'])(?:down from|compared with)\s{1,3}\d{1,3}\s{1,3}in\s{1,3}\Z", re.IGNORECASE)
_MARKERS = ("down from", "compared with")


def test_every_window_of_a_text_gets_the_pattern_search_answer():
    text = ("Output rose to 51 in May, Down From 48 in April; sales, compared with 12 in March, "
            "fell. Rückgang: down from 7 in June, and nothing here in ")
    for end in range(len(text) + 1):
        for begin in range(0, end + 1, 7):
            expected = _PATTERN.search(text, begin, end) is not None
            assert marked_search(_PATTERN, _MARKERS, text, begin, end) is expected, (begin, end)


def test_a_window_without_a_marker_is_not_searched():
    class Refusing:
        def search(self, *args):
            raise AssertionError("searched")
    assert marked_search(Refusing(), _MARKERS, "the vote in ", 0, 12) is False  # type: ignore[arg-type]
