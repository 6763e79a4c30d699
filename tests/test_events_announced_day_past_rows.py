"""Guards for review 23 M6: a dated page that announces its next occasion and then lists past rows
with clocks (club news under date lines, a past programme) keeps each row on its own day."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _timed(text: str, published: date) -> dict[str, str]:
    result = process_document(Document(path="p.txt", text=text, published=published), Options(today=date(2027, 2, 11)))
    return {e.title: str(e.start) for e in result.events if " " in str(e.start)}


def test_past_rows_under_their_own_date_lines_keep_their_days():
    text = ("Allotment society news\nOur next gathering is on 9 July 2027.\n\n"
            "4 April 2027\n18:30 Seed swap\n11 April 2027\n18:30 Compost talk\n18 April 2027\n19:00 Spring social\n")
    timed = _timed(text, date(2027, 6, 20))
    assert timed["Compost talk"] == "2027-04-11 18:30:00"
    assert not any(v.startswith("2027-07-09") for v in timed.values())


def test_a_past_programme_told_in_the_past_stays_off_the_announced_day():
    text = ("Our next open evening is on Thursday 17 June 2027.\n\n"
            "Last open evening\nThe open evening on Thursday 4 March 2027 was well attended. The programme was:\n"
            "18:00 Welcome\n18:30 Tours of the college\n19:30 Talk by the principal\n")
    assert not any(v.startswith("2027-06-17") for v in _timed(text, date(2027, 3, 20)).values())
