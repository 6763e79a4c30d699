"""An old day and its new one parted by a chain of moving verbs ("scheduled to run June 5 through
June 14, has been postponed and rescheduled until June 4-13, 2028"): the words between are only
auxiliaries and moving verbs ending on a mark of the new day, so the old range is replaced, though
the chain is longer than the usual gap (superseded.replaced_dates)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _spans(text: str) -> list[tuple[str, str]]:
    result = process_document(Document(path="p.txt", text=text, published=date(2027, 3, 1)),
                              Options(today=date(2027, 3, 2)))
    return sorted((str(e.start)[:10], str(e.end)[:10]) for e in result.events)


def test_a_postponed_and_rescheduled_festival_takes_its_new_days():
    text = ("Riverside Folk Festival: this year's festival, scheduled to run June 5 through June 14, "
            "has been postponed and rescheduled until June 4-13, 2028.\n")
    assert _spans(text) == [("2028-06-04", "2028-06-13")]


def test_other_words_in_a_long_gap_keep_both_days():
    text = ("The festival runs June 5 through June 14, and the organisers say the art trail stays open "
            "until June 20.\n")
    assert ("2027-06-05", "2027-06-14") in _spans(text)
