"""A competition's finals told by their day: "semi-finals Sunday 14 March, grand final Sunday 21
March (start times to be confirmed)", "the quarter-finals will be played on 6 June", "Grand Final –
Saturday 25 September, time TBC". The finals are a fixture's own occasions (event_nouns), so each
day is an all-day entry when its clock is still to come, not nothing; "final" alone is no such noun
("Final plan goes to the board", "the final report is due"): it modifies more often than it names."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _by_day(events):
    return {(e.start.date() if hasattr(e.start, "date") else e.start): e for e in events}


def test_semi_finals_and_final_told_in_a_label_line_give_two_all_day_entries():
    text = ("Summer league 2027\n\n"
            "Play-offs: semi-finals Sunday 14 March, grand final Sunday 21 March (start times to be confirmed).\n")
    days = _by_day(tagged_events(text, published=date(2027, 1, 20)))
    assert sorted(days) == [date(2027, 3, 14), date(2027, 3, 21)]
    assert "semi" in days[date(2027, 3, 14)].title.lower()
    assert "final" in days[date(2027, 3, 21)].title.lower()


def test_quarter_finals_and_final_in_prose():
    text = "The quarter-finals will be played on 6 June 2027 and the final on 13 June 2027 at the city ground."
    days = _by_day(tagged_events(text, published=date(2027, 1, 20)))
    assert sorted(days) == [date(2027, 6, 6), date(2027, 6, 13)]
    assert "quarter" in days[date(2027, 6, 6)].title.lower()


def test_a_grand_final_line_with_its_time_to_come():
    text = "Club notices\n\nGrand Final - Saturday 25 September 2027, time TBC.\n"
    days = _by_day(tagged_events(text, published=date(2027, 8, 1)))
    assert list(days) == [date(2027, 9, 25)]
    assert "grand final" in days[date(2027, 9, 25)].title.lower()


def test_final_before_another_noun_names_no_final():
    text = ("The final report is due on 3 May 2027.\n\n"
            "Final plan goes to the Combined Authority board in July 2027.")
    for event in tagged_events(text, published=date(2027, 1, 20)):
        assert event.title.lower() not in ("final", "finals")
