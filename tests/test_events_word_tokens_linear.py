"""The events readers' word splitter (events.words._TOKEN, behind words_in) keeps a count with thousands
commas whole ("12,480 voters"), and stays linear on a long run of numbers joined by commas that is no
count as a whole (a list of codes with no blanks, its last number four digits long). The count's pattern
was tried afresh from each number of such a run and ran to the run's end each time: a page of one such
line was square in its length."""

from __future__ import annotations

from calfeed.events.words import words_in
from test_timex_speed_guard import _assert_linear, _seconds


def _split(text: str) -> list[str]:
    return [w.text for w in words_in(text, 0, len(text))]


def _codes(count: int) -> str:
    return "Codes " + ",".join(str(100 + k % 900) for k in range(count)) + "0 follow."


def test_a_count_with_thousands_commas_is_one_word() -> None:
    assert _split("About 12,480 voters and 3,105,220 ballots.") == [
        "About", "12,480", "voters", "and", "3,105,220", "ballots", "."]


def test_a_run_that_is_no_count_is_read_number_by_number() -> None:
    assert _split("Rooms 101,102,1030 today") == ["Rooms", "101", ",", "102", ",", "1030", "today"]
    assert _split("Lines 4,25,30") == ["Lines", "4", ",", "25", ",", "30"]


def test_four_times_the_run_takes_about_four_times_as_long() -> None:
    small, large = _codes(1_000), _codes(4_000)
    assert len(_split(large)) == 2 * 4_000 + 2
    ratio = _seconds(lambda: _split(large)) / max(_seconds(lambda: _split(small)), 1e-4)
    _assert_linear(ratio)
