"""Session 23's exam-noun changes left three worse lines on development pages; each class is
probed here in our own wording:

- two qualified sittings of one noun ("the junior exams ... the senior exams") are two occasions: a
  later "until" day of one ends no run of the other (settling._qualified_apart);
- "the exams ... till" ends the "examinations" already dated (short_names.en.tsv), and a bare "these
  exams ... from mid March" restates that dated sitting (settling.settle_vague);
- "Special Election Results from 22 March" dates the election (record_tails, record_date_links),
  and "the Board of Elections" is a body's name, no election (phrases._role_before).
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(body: str, issued: date) -> list[tuple[str, str, str, str, str]]:
    """(kind, first day, last day, precision, title) of each entry of a short news page."""
    doc = Document(path="news.txt", text="Schools news\n\n" + body + "\n", title=None, published=issued)
    result = process_document(doc, Options(today=issued))
    return sorted((e.kind, str(e.start)[:10], str(e.end or e.start)[:10], e.precision, e.title)
                  for e in result.events)


def test_a_later_until_day_of_other_qualified_exams_ends_no_run() -> None:
    entries = _entries("The Year 9 exams will wrap up on 13 March 2031, while the Year 11 exams are "
                       "scheduled until 2 April 2031.", date(2031, 1, 10))
    assert ("event", "2031-03-13", "2031-04-02", "exact", "Year 9 exams") not in entries
    assert [e for e in entries if e[4] == "Year 11 exams" and e[2] == "2031-04-02"]


def test_the_same_qualified_exams_still_run_until_a_later_day() -> None:
    entries = _entries("The Year 9 exams will begin on 3 March 2031. The Year 9 exams will run until "
                       "13 March 2031.", date(2031, 1, 10))
    assert entries == [("event", "2031-03-03", "2031-03-13", "exact", "Year 9 exams")]


def test_the_exams_till_a_day_end_the_examinations_and_mid_month_restates_them() -> None:
    entries = _entries("The board said that the county examinations for Years 10 and 11 will begin on "
                       "March 14, 2031. The exams will go on till April 4. As these exams will be held "
                       "from mid March 2031, the timetable is out early.", date(2031, 1, 10))
    assert entries == [("event", "2031-03-14", "2031-04-04", "exact", "County examinations for Years 10 and 11")]


def test_election_results_from_a_day_date_the_election() -> None:
    entries = _entries("Runoff and Special Election Results from March 22, 2031\n\nTurnout was low.",
                       date(2031, 3, 23))
    assert ("election", "2031-03-22", "2031-03-22", "exact", "Runoff and Special Election") in entries   # the whole name


def test_a_board_of_elections_is_no_election() -> None:
    entries = _entries("The Board of Elections will have the official count on November 17, 2031.",
                       date(2031, 11, 9))
    assert not [e for e in entries if e[0] == "election"]
