"""A table row whose title cell is worded as a deadline ("Last day to W/D or P/F Session II
courses", "Last day to drop Term B seminars") is a deadline though the cell also names an event
("session", "seminar") and the verb is an abbreviation no deadline cue knows: the label says what
the day is. A row that names the event itself ("Session III classes begin") stays an event."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_TABLE = ("Summer 2027 registrar's calendar\n\n"
          "| Date | Event |\n|---|---|\n"
          "| June 22, Tuesday | Last day to W/D or P/F Session II courses |\n"
          "| June 24, Thursday | Last day to drop Term B seminars |\n"
          "| July 1, Thursday | Session III classes begin |\n")


def _kinds() -> dict[str, str]:
    result = process_document(Document(path="p.md", text=_TABLE, published=date(2027, 5, 3)),
                              Options(today=date(2027, 5, 4)))
    return {str(e.start)[:10]: e.kind for e in result.events}


def test_a_last_day_label_makes_its_row_a_deadline_though_it_names_a_session():
    kinds = _kinds()
    assert kinds["2027-06-22"] == "deadline" and kinds["2027-06-24"] == "deadline"


def test_a_row_naming_the_event_itself_is_no_deadline():
    assert _kinds()["2027-07-01"] != "deadline"
