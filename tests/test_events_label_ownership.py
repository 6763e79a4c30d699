"""Which label names which date, and which clause owns a date.

C2: a key-dates block written as label lines over date lines is read one way for the whole
block, from its shape; dateless sub-heading lines under its last date are no entries of it.
C4: a date is named by the words of its own clause: the head of a colon label, the clause after
a past one, the predicate's date rather than a window that only qualifies a noun."""
# Provenance: round 21 C2 and C4.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str):
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 1, 10)))
    return sorted(((str(e.start), str(e.end), e.title, e.kind) for e in result.events))


def _titles(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for start, _, title, _ in _events(text):
        found.setdefault(start, []).append(title)
    return found


SEMESTER = ("Academic dates\n\n"
            "2027 Spring Semester\n\n"
            "Teaching starts\nJanuary 18\n\n"
            "Whole session\nJanuary 18—May 7\n"
            "Last day to enrol\nJanuary 22\n"
            "Last day to drop a module\nJanuary 27\n"
            "Last day to withdraw\nMarch 19\n\n"
            "Short courses\n"
            "Varies—see the timetable\n"
            "Last day to enrol\n"
            "First class\n"
            "Depends on the course\n\n"
            "Early block\nJanuary 18—March 5\n"
            "Last day to enrol\nJanuary 20\n")


def test_label_first_block_names_each_date_by_the_line_above():
    titles = _titles(SEMESTER)
    assert sorted(titles[next(k for k in titles if k.endswith("-01-18"))]) == ["Early block", "Teaching starts", "Whole session"]
    assert [titles[k] for k in sorted(titles) if k.endswith("-01-27")] == [["Last day to drop a module"]]
    assert [titles[k] for k in sorted(titles) if k.endswith("-03-19")] == [["Last day to withdraw"]]


def test_dateless_sub_headings_under_the_last_date_give_no_entries():
    titles = _titles(SEMESTER)
    assert not any("timetable" in t or "Short courses" == t or "Depends" in t
                   for ts in titles.values() for t in ts)


def test_a_final_day_label_line_makes_a_deadline():
    kinds = {(start[5:], title): kind for start, _, title, kind in _events(SEMESTER)}
    assert kinds[("01-22", "Last day to enrol")] == "deadline"


def test_a_block_headed_by_a_dated_line_still_reads_label_first():
    text = ("Term dates 2027\n\n"
            "Induction day\nSeptember 6\n\n"
            "Whole term\nSeptember 6—December 10\n"
            "Last day to join\nSeptember 17\n"
            "Reading week\nOctober 25—29\n\n"
            "Evening classes\nSee the class list\nFirst evening\n")
    assert _events(text) == [("2027-09-06", "2027-09-06", "Induction day", "event"),
                             ("2027-09-06", "2027-12-10", "Whole term", "event"),
                             ("2027-09-17", "2027-09-17", "Last day to join", "deadline"),
                             ("2027-10-25", "2027-10-29", "Reading week", "event")]


def test_a_long_label_line_in_a_label_first_block_names_its_date():
    text = ("Key dates\n\n"
            "Lectures begin\nFebruary 1, 2027\n"
            "Last day to switch a module between graded and pass or fail\nFebruary 12, 2027\n"
            "Exams\nMay 10, 2027\n")
    titles = _titles(text)
    assert titles["2027-02-12"] == ["Last day to switch a module between graded and pass or fail"]


def test_a_window_that_qualifies_the_projects_is_no_opening():
    text = ("Community fund\n\n"
            "Applications for activities to be held between June 1, 2027 and May 31, 2028 are open as of "
            "Tuesday, February 2, 2027 and will close on Friday, March 12, 2027, 5:00pm.\n")
    events = _events(text)
    starts = [start for start, *_ in events]
    assert "2027-06-01" not in starts and "2028-05-31" not in starts
    assert any(start == "2027-02-02" and title.endswith(" open") for start, _, title, _ in events)


def test_open_as_of_is_the_opening_day():
    text = "Bursaries\n\nBursary applications are open as of Monday, March 1, 2027.\n"
    events = _events(text)
    assert [(start, title) for start, _, title, _ in events] == [("2027-03-01", "Bursary applications open")]


def test_the_head_of_a_colon_label_names_its_date():
    text = ("Call for posters\n\n"
            "Key dates:\n"
            "  - Poster abstracts due: 4 March 2027\n"
            "  - Notification of acceptance to exhibit at the symposium: 9 April 2027\n")
    events = _events(text)
    assert ("2027-04-09", "2027-04-09", "Notification of acceptance", "milestone") in events


def test_a_noun_of_a_clause_told_in_the_past_names_no_later_date():
    text = ("Hall news\n\n"
            "The summer party was a lovely evening and we are now planning a party night on "
            "Saturday 13th March 2027 for all ages.\n")
    titles = _titles(text)
    assert titles == {"2027-03-13": ["Party night"]}
