"""A move told as "from its original date D1 to D2" (the old day named as the old date first):
D2 is the new day and D1 is dropped, not a run from D1 to D2 (R78 class 5). The date noun
needs an adjective of an old date ("original", "initially planned") and a determiner; a bare
"from the date" is no such phrase."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str, published: date = date(2031, 3, 2)) -> list[tuple[str, str]]:
    result = process_document(Document(path="p.txt", text=text, published=published),
                              Options(today=date(2031, 12, 1)))
    return sorted((str(e.start)[:10], str(e.end)[:10]) for e in result.events)


def test_rescheduled_from_its_original_date_gives_the_new_day_only():
    text = ("Because of the floods we decided to reschedule our kite fair WINDRUSH from its original date "
            "May 4th to October 19th, on the same meadow at Orrin Bay.\n")
    assert _entries(text) == [("2031-10-19", "2031-10-19")]


def test_moved_from_the_initially_planned_date_of_a_day_gives_the_new_day_only():
    text = ("The Tallow Lane craft fair has been moved from the initially planned date of 14 June "
            "to 21 June.\n")
    assert _entries(text) == [("2031-06-21", "2031-06-21")]


def test_a_plain_run_from_a_date_noun_stays_a_run():
    text = "The Orrin Bay harbour festival will run from May 4th to May 9th on the quay.\n"
    assert _entries(text) == [("2031-05-04", "2031-05-09")]
