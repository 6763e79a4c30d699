"""A window the sentence says is set to close on a day is a deadline, titled by the window
(naming.frame_clause, _window_subject); a venue or an object that closes stays a closure."""

from __future__ import annotations

from events_helpers import page_events


def _kinds(text: str, published: str) -> dict[str, str]:
    return {e.title: e.kind for e in page_events(text, published)}


def test_a_window_set_to_close_is_a_deadline():
    text = ("The filing window for the Northern Rugby Union, where several clubs have signed new coaches "
            "this spring, is set to close on 12 June.\n")
    assert _kinds(text, "2026-05-02") == {"Closure of filing window for the Northern Rugby Union": "deadline"}


def test_permission_to_close_a_road_is_still_a_closure():
    text = "The council has been granted permission to close Mill Lane on 12 June for resurfacing.\n"
    assert set(_kinds(text, "2026-05-02").values()) == {"event"}
