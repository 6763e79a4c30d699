"""A pronoun subject of a schedule verb stands for a name given before it: a topic its own sentence
opens with ("As for the pupils' return to classrooms, the board said that it will begin on ..."), or
the subject of the sentence before when that is a period or a venue ("The autumn term has been
confirmed. It will start on ...", "The two reading rooms ... closed in May. They will reopen on ...").
Before, such a day gave nothing (R81 class 4). A body before the pronoun ("The board confirmed the
dates ... It will start on ...") is no such name: what starts is left unsaid."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries

PUBLISHED = "2026-06-10"
DAY = date(2026, 9, 7)


def _titles_on_day(text: str) -> list[str]:
    return [title for title, _, start in page_entries(text, PUBLISHED) if str(start)[:10] == str(DAY)]


def test_a_fronted_topic_names_a_reported_pronoun_start():
    titles = _titles_on_day("As for the pupils’ return to classrooms, the Dunmore board said that it will begin "
                            "on Monday 7 September 2026.")
    assert titles == ["Pupils’ return to classrooms begins"], titles


def test_a_regarding_topic_names_it_too():
    titles = _titles_on_day("Regarding the staff induction, the council announced that it will start on "
                            "Monday 7 September 2026.")
    assert titles == ["Staff induction starts"], titles


def test_a_term_named_the_sentence_before_is_what_starts():
    titles = _titles_on_day("The autumn term has been confirmed. It will start on Monday 7 September 2026.")
    assert titles == ["Autumn term starts"], titles


def test_plural_rooms_named_before_are_what_reopen():
    titles = _titles_on_day("The two reading rooms of the Dunmore library closed in May for repairs. "
                            "They will reopen on Monday 7 September 2026.")
    assert titles == ["Two reading rooms of the Dunmore library reopen"], titles


def test_a_body_named_before_is_no_period():
    titles = _titles_on_day("The Dunmore board confirmed the dates of the autumn term on Tuesday. "
                            "It will start on Monday 7 September 2026.")
    assert not any(t.startswith(("Dunmore board", "It ")) for t in titles), titles


def test_they_after_a_singular_venue_stands_for_nothing():
    titles = _titles_on_day("The Dunmore library has been closed since March. They will reopen on "
                            "Monday 7 September 2026.")
    assert not any(t.startswith("Dunmore library") for t in titles), titles
