"""A paragraph break inside a sentence ("Doors open at 6 p.m. and" / "close at 9 p.m. on Friday") is a
copy's slip: the blank line becomes spaces, offsets unchanged (broken_paragraphs). Only a
lower-case word no sentence ends on, before a digit or a lower-case letter, joins; the scan is
linear in the text."""

from __future__ import annotations

from calfeed.broken_paragraphs import join_broken_paragraphs
from test_timex_speed_guard import _assert_linear, _seconds


def test_a_range_cut_by_a_blank_line_is_joined_with_the_same_length():
    text = "Doors open from 2 p.m. to\n\n6:30 p.m. on Monday.\n\nParking is free."
    joined = join_broken_paragraphs(text)
    assert joined == "Doors open from 2 p.m. to  6:30 p.m. on Monday.\n\nParking is free."
    assert len(joined) == len(text)


def test_a_finished_paragraph_or_a_capital_opening_stays_apart():
    for text in ("Doors open at 2 p.m.\n\n6 stalls are booked.", "Talks and\n\nWorkshops", "Plan A\n\n4 May: review",
                 "Bring a friend to\n\n- the picnic"):
        assert join_broken_paragraphs(text) == text


def _join(size: int) -> float:
    piece = "Stalls run from 9 to\n\n11 and then a\n\nbreak and Tea to\n\nNoon. "
    text = piece * (size // len(piece))
    return _seconds(lambda: join_broken_paragraphs(text))


def test_four_times_the_text_takes_about_four_times_as_long():
    _join(2_000)
    _assert_linear(_join(400_000) / max(_join(100_000), 1e-3))
