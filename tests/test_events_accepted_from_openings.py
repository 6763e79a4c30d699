"""A window's first day told by what it takes in ("Applications accepted from: 3 March",
"Nominations will be received from 10 May 2027"): the window opens that day, it does not close.
The entry is its opening ("Applications open", a milestone), never a deadline; the closing day,
when the page gives one, is its own line's deadline (open_windows.accepted_from)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str, str]]:
    result = process_document(Document(path="p.txt", text=text, published=date(2027, 1, 10)),
                              Options(today=date(2027, 1, 10)))
    return sorted((e.start.isoformat()[:10], e.kind, e.title) for e in result.events)


def test_an_accepted_from_label_opens_the_window_and_the_deadline_line_closes_it():
    text = "Spring grant round\n\nApplications accepted from: March 3rd\nApplication Deadline: April 30th, 2027\n"
    assert _entries(text) == [("2027-03-03", "milestone", "Applications open"),
                              ("2027-04-30", "deadline", "Application Deadline")]


def test_a_sentence_saying_nominations_will_be_received_from_a_day_gives_their_opening():
    text = "Nominations for the committee will be received from 10 May 2027.\n"
    assert [(day, kind) for day, kind, _ in _entries(text)] == [("2027-05-10", "milestone")]


def test_a_singular_window_noun_opens():
    text = "Entries welcomed from 1 February 2027.\n"
    assert _entries(text) == [("2027-02-01", "milestone", "Entries open")]


def test_accepted_until_a_day_stays_a_deadline():
    text = "Applications accepted until 30 April 2027.\n"
    assert [kind for _, kind, _ in _entries(text)] == ["deadline"]
