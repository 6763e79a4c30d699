"""A loose window that sums up a list the page then dates item by item ("The national team tours
Spain in May / June 2031 to play 4 ODI matches." over a fixtures table of "... 1st ODI" rows) is the
list told once more: when two or more exact entries inside its days are named by a word of its
sentence, it folds into the first of them instead of standing as an entry of its own."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

FIXTURES = ("Tour schedule\n\n"
            "The national team tours Spain in May / June 2031 to play 4 ODI matches.\n\n"
            "| Date | Match | Venue |\n|---|---|---|\n"
            "| 20 May 2031 | Spain v Ireland, 1st ODI | Madrid |\n"
            "| 24 May 2031 | Spain v Ireland, 2nd ODI | Valencia |\n"
            "| 2 June 2031 | Spain v Ireland, 3rd ODI | Seville |\n"
            "| 6 June 2031 | Spain v Ireland, 4th ODI | Bilbao |\n")


def test_a_window_summing_up_the_listed_matches_folds_into_them():
    events = tagged_events(FIXTURES, published=date(2031, 4, 1))
    assert [e.precision for e in events] == ["exact"] * 4


def test_a_window_whose_sentence_names_none_of_the_items_stays():
    text = FIXTURES.replace("The national team tours Spain in May / June 2031 to play 4 ODI matches.",
                            "The coaching workshop for volunteers will be held in May / June 2031.")
    events = tagged_events(text, published=date(2031, 4, 1))
    assert "approximate" in [e.precision for e in events]
