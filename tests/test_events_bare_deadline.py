"""A bare "Deadline" and the one named deadline of its day are one entry, in wording of our own."""
# Provenance: session 17, from the one entry round 22's page 06 got worse by.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _deadlines(text: str) -> list:
    result = process_document(Document(path="p.txt", text=text, title=None), Options(today=date(2031, 1, 5)))
    return [e for e in result.events if e.kind == "deadline"]


def test_a_bare_deadline_folds_into_the_named_one_of_its_day():
    found = _deadlines("Rowing Club annual meeting\n\n"
                       "Nominations for the committee must reach the Secretary by Friday 14 March 2031.\n\n"
                       "Deadline: Friday 14 March 2031\n")
    assert len(found) == 1, [(e.title, e.start) for e in found]
    assert "ominat" in found[0].title


def test_two_named_deadlines_and_a_bare_one_stay_apart():
    found = _deadlines("Festival call\n\n"
                       "Stall applications must reach us by 14 March 2031.\n"
                       "Volunteer forms are due by 14 March 2031.\n\n"
                       "Deadline: 14 March 2031\n")
    titles = sorted(e.title for e in found)
    assert len(found) >= 2, titles
