"""A call's table and its notes may date one step by the same loose window twice: "| Selection of
winning entries | September/October 2031 |" and "The winning entries will be announced between
September and October 2031". Two approximate entries over the very same days whose titles share
two words are one step told twice: one entry. Two things of one month that share a word only
("Spring workshop", "spring fair") stay two."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_one_loose_window_told_by_a_row_and_a_note_is_one_entry():
    text = ("# The 2031 Prize\n\n"
            "| Stage | Dates |\n|---|---|\n"
            "| Opening of entries | 2 March 2031 |\n"
            "| Selection of winning entries | September/October 2031 |\n\n"
            "Notes:\n\n"
            "- The winning entries will be announced between September and October 2031, once the jury has met.\n")
    loose = [e for e in tagged_events(text, published=date(2031, 2, 20)) if e.precision == "approximate"]
    assert len(loose) == 1
    assert (loose[0].start, loose[0].end) == (date(2031, 9, 1), date(2031, 10, 31))
    assert len(loose[0].sources) == 2


def test_two_things_of_one_month_sharing_one_word_stay_two():
    text = ("| Item | When |\n|---|---|\n"
            "| Spring workshop | April 2031 |\n\n"
            "The spring fair will take place in April 2031 on the green.\n")
    loose = [e for e in tagged_events(text, published=date(2031, 2, 20)) if e.precision == "approximate"]
    assert len(loose) == 2
