"""A clock told in another place's time ("10am Cyprus time" in a Geneva programme) is read in that
place's zone, not the zone of the city the event is in: the writer converted it for readers back
home. A country names a zone when all its zones keep one clock; a zone name in brackets followed by
its place ("3:00 PM (Eastern Time, Washington D.C.)") is still that zone."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str | None]]:
    result = process_document(Document(path="p.txt", text=text, published=date(2027, 9, 1)),
                              Options(today=date(2027, 9, 1)))
    return sorted((e.start.isoformat()[:16], e.tz) for e in result.events if not e.all_day)


def test_a_clock_in_a_named_countrys_time_takes_its_zone_not_the_venues():
    text = ("The reunification talks will be held in Geneva, Switzerland. The talks open on Tuesday, "
            "September 14, at 10am Cyprus time at the Palais des Nations with a plenary session.\n")
    assert _entries(text) == [("2027-09-14T10:00", "Asia/Nicosia")]


def test_a_zone_in_brackets_with_its_place_times_a_deadline():
    text = ("The fund supports projects in Lima, Quito and Montevideo.\n\n| Stage | Dates |\n|---|---|\n"
            "| Deadline for proposals | October 8th, 5:00 PM (Eastern Time, Washington D.C.) |\n")
    assert _entries(text) == [("2027-10-08T17:00", "America/New_York")]
