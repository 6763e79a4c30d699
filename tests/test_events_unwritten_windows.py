"""A weekend or a week named without its days ("will be closing next weekend"), then written out in
the next sentence ("shut from Saturday 12 May until Sunday 20 May"): the loose telling of the run's
start made a second entry (a deadline over the weekend). It goes (unwritten_windows); a window
whose title shares no subject word with the written run stays."""

from __future__ import annotations

from events_helpers import page_events


def _entries(text: str, published: str) -> list[tuple[str, str]]:
    return sorted((str(e.start)[:10], str(e.end)[:10]) for e in page_events(text, published))


def test_a_weekend_written_out_in_the_next_sentence_gives_one_entry():
    text = ("Mill Lane in Port Ellery will be closing next weekend for drainage works.\n\n"
            "The lane will be shut from Saturday 12 May until Sunday 20 May and will reopen on Monday 21 May.\n")
    assert _entries(text, "2029-05-04") == [("2029-05-12", "2029-05-20"), ("2029-05-21", "2029-05-21")]


def test_a_weekend_of_another_subject_stays():
    text = ("The craft market of Port Ellery will be held next weekend.\n\n"
            "The lifeboat station will be closed from Saturday 12 May until Friday 18 May for repairs.\n")
    assert _entries(text, "2029-05-04") == [("2029-05-12", "2029-05-13"), ("2029-05-12", "2029-05-18")]
