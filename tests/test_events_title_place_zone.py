"""A page whose text names only its sessions' venues and street addresses, in a country of several
zones, and names its city only in its title ("... budget town halls in Winnipeg"): the title's
place zones the clocks, as a place the text names in passing would; a zone the text gives wins."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document

TEXT = ("Residents can drop in, ask questions and leave comments for the budget team.\n"
        "Tuesday, May 6, 2031\n"
        "Town hall: 6:30 – 8 p.m.\n"
        "Riverbend Community Hall\n"
        "41 Larch St\n"
        "Thursday, May 8, 2031\n"
        "Town hall: 6:30 – 8 p.m.\n"
        "Eastgate Arena, Room B\n"
        "900 Prairie Ave\n")


def _zones(text: str, title: str) -> set[str | None]:
    doc = Document(path="doc.md", text=text, title=title, published=date(2031, 4, 20))
    return {e.tz for e in process_document(doc).events if not e.all_day}


def test_the_titles_city_zones_the_sessions():
    assert _zones(TEXT, "Share your ideas at budget town halls in Winnipeg") == {"America/Winnipeg"}


def test_a_place_in_the_text_wins_over_the_titles():
    text = TEXT.replace("budget team.", "budget team in Edmonton.")
    assert _zones(text, "Share your ideas at budget town halls in Winnipeg") == {"America/Edmonton"}
