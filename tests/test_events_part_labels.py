"""A list's heading names the days its items list when each item's label only names a part of
the year (round 29, class E): "Staff Training Days 2027" / "- Term 1: Mon 25 Jan, Tue 26 Jan"
gives "Staff Training Days (Term 1)" on both days, not "Term 1", which is the term itself. A
heading that only says it lists dates ("Term Dates 2027") leaves the labels as the names."""
# Provenance: round 29 class E (aic_term_dates); wording our own.

from datetime import date

from calfeed.events.part_labels import part_name_only
from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _titles(text: str) -> dict[str, list[str]]:
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 11, 2)))
    found: dict[str, list[str]] = {}
    for e in result.events:
        found.setdefault(str(e.start), []).append(e.title)
    return found


def test_part_names():
    assert part_name_only("Term 1") and part_name_only("Semester Two") and part_name_only("T3")
    assert not part_name_only("Term 1 Staff") and not part_name_only("Open day") and not part_name_only("May 3")


def test_heading_names_the_days_of_part_labelled_items():
    text = ("Staff Training Days 2027\n"
            "-\n"
            "Term 1: Mon 25 Jan, Tue 26 Jan\n"
            "-\n"
            "Term 2: Mon 19 Apr\n"
            "Start Dates 2027\n"
            "-\n"
            "Term 1 Students: Thu 28 Jan 2027\n")
    found = _titles(text)
    assert found["2027-01-25"] == ["Staff Training Days (Term 1)"]
    # the two consecutive days listed under one label are one entry over both (day_runs, session 37)
    events = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 11, 2))).events
    assert "2027-01-26" not in found and [str(e.end) for e in events if str(e.start) == "2027-01-25"] == ["2027-01-26"]
    assert found["2027-04-19"] == ["Staff Training Days (Term 2)"]
    assert found["2027-01-28"] == ["Term 1 Students"]


def test_a_dates_heading_leaves_the_labels_as_names():
    text = ("Term Dates 2027\n"
            "Term 1: Monday 1 February - Thursday 1 April\n"
            "Term 2: Monday 19 April - Friday 2 July\n")
    found = _titles(text)
    assert found["2027-02-01"] == ["Term 1"]
    assert found["2027-04-19"] == ["Term 2"]


def test_rows_naming_the_part_itself_keep_their_label():
    text = ("Outline Calendar 2027 2028\n"
            "Semester one 6th Sep - 26th Nov\n"
            "Semester Two\n"
            "Semester two 10th Jan – 8th April\n")
    found = _titles(text)
    assert found["2027-09-06"] == ["Semester one"]
    assert found["2028-01-10"] == ["Semester two"]
