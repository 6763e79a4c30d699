"""A fixture told as a sentence: two named sides a verb pits against each other ("will then take on",
"face", "meet", "play") before a day ahead, a bare weekday too, are that day's game, titled "<side> v
<side>" (R81 class 4: such a day gave nothing, as its weekday has no number and the sentence no event
noun before the day). Only on a page that speaks of games: elsewhere two named people "meet"."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries

FRIDAY = "2026-06-12"


def _on(text: str, day: date) -> list[str]:
    return [title for title, _, start in page_entries(text, FRIDAY) if str(start)[:10] == str(day)]


def test_a_side_that_will_then_take_on_another_on_a_weekday():
    text = ("Hosts Harrowgate Rovers beat Millbrook City in the opening game of the cup.\n"
            "Harrowgate Rovers will then take on Eastfield Athletic on Sunday in the group's second game.")
    assert _on(text, date(2026, 6, 14)) == ["Harrowgate Rovers v Eastfield Athletic"]


def test_a_side_that_faces_another_at_a_ground_on_a_written_day():
    text = ("The league resumes after the break.\n"
            "Eastfield Athletic will face the Millbrook Mariners at the Quay Ground on Saturday 20 June 2026.")
    assert _on(text, date(2026, 6, 20)) == ["Eastfield Athletic v Millbrook Mariners"]


def test_people_who_meet_on_a_page_without_games_are_no_sides():
    text = "Mayor Ellen Brackley will meet Prince Osric of Tarnvale on Monday to open the new library wing."
    assert not any(" v " in t for t, _, _ in page_entries(text, FRIDAY))


def test_a_game_that_may_be_played_is_left_alone():
    text = ("The cup draw was made on Thursday.\n"
            "Harrowgate Rovers may face Eastfield Athletic on Sunday if the pitch is playable.")
    assert not any(" v " in t for t, _, _ in page_entries(text, FRIDAY))


def test_a_game_played_last_weekend_is_no_fixture():
    text = ("The league table after the weekend.\n"
            "Harrowgate Rovers took on Eastfield Athletic on Sunday and won 2-0.")
    assert not any(" v " in t for t, _, _ in page_entries(text, FRIDAY))


def test_a_place_travelled_to_is_no_side():
    text = ("The cup schedule is out.\n"
            "Harrowgate Rovers open in Millbrook before moving to Port Eldon to play Eastfield Athletic on Sunday.")
    assert not any(t.startswith("Port Eldon") for t, _, _ in page_entries(text, FRIDAY))
