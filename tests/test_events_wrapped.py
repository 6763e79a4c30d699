"""Hard-wrapped text (plain-text mail, notices, paragraphs of an HTML page): a line break
inside a sentence is no clause break when the next line goes on in lower case or the line
ends on a word that cannot end one ("at the"). Lists keep one clause a line."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

STORY = ("LISBON, 16 November 2026 - The third International Conference on Ocean Observing will take place\n"
         "from 8 to 10 June 2027 at the\nChampalimaud Centre in Lisbon, the Ocean Data Network announced today.")


def test_a_wrapped_sentence_frames_as_one():
    found = framed(STORY)
    conference = found["Third International Conference on Ocean Observing"]
    assert (conference.start, conference.end) == (date(2027, 6, 8), date(2027, 6, 10))
    assert conference.location == "Champalimaud Centre, Lisbon"
    assert len(found) == 1


def test_a_wrapped_deadline_is_the_same_deadline():
    flat = framed("Proposals can be submitted until 15 February 2027.", published=date(2026, 11, 16))
    wrapped = framed("Proposals can be\nsubmitted until 15 February 2027.", published=date(2026, 11, 16))
    assert [(e.title, e.kind, e.start) for e in wrapped.values()] == [(e.title, e.kind, e.start) for e in flat.values()]


def test_a_list_without_marks_keeps_a_clause_a_line():
    found = framed("Important dates\nTutorials: July 27, 2027\nMain conference: July 28-30, 2027\n",
                   published=date(2027, 1, 10))
    assert set(found) == {"Tutorials", "Main conference"}
