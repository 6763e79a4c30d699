"""A listing's line that opens with its day and clock and then says only where (R82 class 1 and 7, page 12):
the show's name after the venue sentence (past a bracketed note) titles the entry, not the venue's words
or the listing's heading; a description sentence after the venue is no name."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

LISTING = (
    "WHAT'S ON: Monday, 6th May – Sunday, 12th May, 2030\n\n"
    "Tuesday, 7th May at 20h in the chapel of Sant Oleguer, Vallmora. (Free but booking required by phone "
    "(+376) 555 010.) Spring Nights at the Chapels. Organ cycle: variations with the Pell Trio. The trio was "
    "founded by three friends who met at a conservatory.\n\n"
    "Wednesday, 8th May at 21h in the abbey of Santa Maria, Orvell. (Free – no booking required.) 12th Open Nights: "
    "Organ cycle: PELL TRIO (See above.)\n\n"
    "Thursday, 9th May at 20h at the old quay of Vallmora. Summer evening with the Ravens.\n"
)


def _timed(text: str) -> list[tuple[str, datetime]]:
    return [(e.title, e.start) for e in page_events(text, "2030-05-02") if isinstance(e.start, datetime)]


def test_the_show_after_the_venue_sentence_titles_the_line():
    assert _timed(LISTING) == [("Spring Nights at the Chapels", datetime(2030, 5, 7, 20)),
                               ("12th Open Nights: Organ cycle: PELL TRIO", datetime(2030, 5, 8, 21)),
                               ("Summer evening with the Ravens", datetime(2030, 5, 9, 20))]


def test_a_description_after_the_venue_is_no_title():
    text = ("Thursday, 9th May at 20h at the old quay of Vallmora. The Ravens will play their new songs.\n")
    assert all(t != "The Ravens will play their new songs" for t, _ in _timed(text))
