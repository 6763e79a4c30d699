"""text.line_end and text.start_of_line are asked of every date by many framing readers. line_end searched
forward to the next newline and the readers searched back to the previous one (``rfind`` from the
page's start): on a page written on one line each ask read the rest or the head of the page, so the
readers cost the page once per date. Both now search only LINE_REACH characters in place and then
bisect the text's newlines, found once per text. The guards count the characters the helpers hand
to str.find and str.rfind on a one-line page; the answers are the plain searches'."""

from __future__ import annotations

import random

from calfeed import text as text_module
from calfeed.text import LINE_REACH, line_bounds, line_end, start_of_line


class SearchedText(str):
    """A page that counts the characters its find and rfind are asked to search."""

    searched = 0

    def _window(self, start: int | None, end: int | None) -> int:
        begin, stop, _ = slice(start, end).indices(len(self))
        return max(0, stop - begin)

    def find(self, sub, start=None, end=None):
        SearchedText.searched += self._window(start, end)
        return str.find(self, sub, start, end)

    def rfind(self, sub, start=None, end=None):
        SearchedText.searched += self._window(start, end)
        return str.rfind(self, sub, start, end)


def _searched_per_ask(ask) -> float:
    page = SearchedText("word " * 40_000)         # 200 KB on one line
    places = range(7, len(page), 199)
    SearchedText.searched = 0
    for at in places:
        ask(page, at)
    return SearchedText.searched / len(places)


def test_a_line_s_end_is_found_without_reading_the_rest_of_a_one_line_page():
    """On the parent each ask read on to the page's end: 100,000 characters an ask on average."""
    assert _searched_per_ask(line_end) <= LINE_REACH


def test_a_line_s_start_is_found_without_reading_the_head_of_a_one_line_page():
    assert _searched_per_ask(start_of_line) <= LINE_REACH


def test_line_bounds_read_no_more_than_both():
    """On the parent line_bounds read the whole page at every ask (back to its start, on to its end)."""
    assert _searched_per_ask(line_bounds) <= 2 * LINE_REACH


def test_the_answers_are_the_plain_searches_at_every_place():
    pick = random.Random(48)
    for _ in range(400):
        length = pick.choice((pick.randint(0, 40), pick.randint(200, 2_000)))
        newline_odds = pick.choice((0.0, 0.001, 0.01, 0.2))
        text = "".join("\n" if pick.random() < newline_odds else pick.choice("ab ") for _ in range(length))
        for at in range(-3, len(text) + 3):
            end = text.find("\n", at)
            assert line_end(text, at) == (len(text) if end < 0 else end), (text, at)
            assert start_of_line(text, at) == text.rfind("\n", 0, at) + 1, (text, at)
        for at in (len(text) + LINE_REACH + 5, -len(text) - 5):
            end = text.find("\n", at)
            assert line_end(text, at) == (len(text) if end < 0 else end), (text, at)
            assert start_of_line(text, at) == text.rfind("\n", 0, at) + 1, (text, at)


def test_texts_equal_but_not_the_same_are_each_read_for_themselves():
    """The kept newlines are the text's own object's: an equal text built apart, or a page read after
    many others pushed it out, is read afresh and answered the same."""
    first = "a" * 1_000 + "\n" + "b" * 1_000
    second = "".join(["a" * 1_000, "\n", "b" * 1_000])
    assert first == second and first is not second
    for at in (0, 500, 1_000, 1_001, 1_700, 2_001):
        assert line_end(first, at) == line_end(second, at) == (1_000 if at <= 1_000 else len(first))
        assert start_of_line(first, at) == start_of_line(second, at) == first.rfind("\n", 0, at) + 1
    for n in range(3 * text_module.MAX_KEPT_TEXTS):
        other = "c" * (600 + n) + "\n" + "d" * 600
        assert line_end(other, 3) == 600 + n and start_of_line(other, len(other)) == 601 + n
    assert len(text_module._kept_newlines) <= text_module.MAX_KEPT_TEXTS
    assert line_end(first, 3) == 1_000 and start_of_line(first, 1_900) == 1_001
