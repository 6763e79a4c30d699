"""A plan's timeline names its phases over (or beside) their period headings (round 29, class
D): "Stage 1: Scoping" / "March – May 2027" over its bulleted tasks is an entry of its own, the
stage running March to May 2027, beside the tasks' entries."""
# Provenance: round 29 class D (economiabc strategic timeline; the neiu variant writes the
# period first on the phase's line). Wording our own.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str):
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 11, 2)))
    return sorted((str(e.start), str(e.end), e.title) for e in result.events)


PLAN = ("Library plan timeline\n\n"
        "Stage 1: Scoping\n"
        "March – May 2027\n\n"
        "  • Survey the readers (March 2027)\n"
        "  • Count the stock (April 2027)\n\n"
        "Stage 2: Drafting\n"
        "June – August 2027\n\n"
        "  • Write the draft plan (July 2027)\n\n"
        "Stage 3: Approval\n"
        "September 2027\n\n"
        "  • Board approves the plan (September 2027)\n")


def test_stage_lines_over_period_headings_are_entries():
    found = _events(PLAN)
    assert ("2027-03-01", "2027-05-31", "Stage 1: Scoping") in found
    assert ("2027-06-01", "2027-08-31", "Stage 2: Drafting") in found
    assert ("2027-09-01", "2027-09-30", "Stage 3: Approval") in found
    assert ("2027-03-01", "2027-03-31", "Survey the readers") in found


def test_stage_named_beside_its_period():
    text = ("Timeline\n\n"
            "March – May 2027 Stage 1: Scoping\n\n"
            "  • Survey the readers (March 2027)\n\n"
            "June – August 2027 Stage 2: Drafting\n\n"
            "  • Write the draft plan (July 2027)\n")
    found = _events(text)
    assert ("2027-03-01", "2027-05-31", "Stage 1: Scoping") in found
    assert ("2027-06-01", "2027-08-31", "Stage 2: Drafting") in found


def test_a_heading_with_no_stage_name_gives_no_entry_of_its_own():
    text = ("Timeline\n\n"
            "Spring 2027\n\n"
            "  • Survey the readers (March 2027)\n\n"
            "Summer 2027\n\n"
            "  • Write the draft plan (July 2027)\n")
    titles = [t for _, _, t in _events(text)]
    assert titles == ["Survey the readers", "Write the draft plan"]
