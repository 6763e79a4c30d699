"""Ends of a stretch told by verbs the end lists lacked (R70 class 2, session 57; texts written for
the test): a ban lifted on its last day in the clause after its start ("will begin on D1 and be
lifted on D2", told_ranges' range_closing_links), a season that returns on its first day and runs
on to its last ("returns on D1, and will run until D2", range_opening_verbs), and a service
launched on a day that a pronoun's next sentence keeps going until another ("It will operate until
D2", told_ends' told_start_words and told_end_leads)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _spans(text: str, published: date) -> list[tuple[object, object]]:
    return [(e.start, e.end) for e in tagged_events(text, published=published)]


def test_a_ban_lifted_in_the_next_clause_spans_to_that_day() -> None:
    text = ("The yearly fishing ban on the northern lakes will begin on Monday, April 15 and be lifted on "
            "Friday, June 14, the board said.\n")
    assert _spans(text, date(2024, 4, 2)) == [(date(2024, 4, 15), date(2024, 6, 14))]


def test_a_season_that_returns_and_runs_on_spans_to_its_last_day() -> None:
    text = "The riverside craft market returns on Friday, June 9th, and will run until September 3rd.\n"
    assert _spans(text, date(2023, 6, 6)) == [(date(2023, 6, 9), date(2023, 9, 3))]


def test_a_launch_kept_going_in_the_next_sentence_spans_to_its_end() -> None:
    text = ("The new ferry link to the island will be launched on Monday (14 Mar). It will operate until "
            "30 April, for the spring season.\n")
    assert _spans(text, date(2022, 3, 12)) == [(date(2022, 3, 14), date(2022, 4, 30))]


def test_a_return_with_no_end_stays_one_day() -> None:
    text = "The riverside craft market returns on Friday, June 9th, with forty stalls.\n"
    assert _spans(text, date(2023, 6, 6)) == [(date(2023, 6, 9), date(2023, 6, 9))]
