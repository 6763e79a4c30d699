"""A news page stamps its story with the moment it was posted, a clock and the day in figures
alone on a line under the headline and a photo's caption ("08:20 06/11/2030"), over a story that
tells of later days. At whatever minute, that line is the page's own, never an occasion; a line
naming an occasion of that same day over a story of that day keeps it."""
# Provenance: session 63, class "lines that date the page put on as entries" (ev63b).

from __future__ import annotations

from datetime import date

from events_helpers import page_events

MENU = ("Site search\n\nmenu menu\n  • Our newsletters\n  • Shop the print edition\n  • Write to the editors\n\n")


def _days(text: str, published: str) -> set[str]:
    return {str(e.start)[:10] for e in page_events(text, published)}


def test_a_slashed_stamp_under_a_caption_gives_no_entry():
    text = (MENU + "Tram service disruption expected in Vienna on Friday due to drivers' walkout\n\n"
            "Disruption expected on trams in Vienna - photo archive\n08:20 06/11/2030\n\n"
            "A walkout by tram drivers over pay is expected to disrupt tram services in Vienna on Friday.\n")
    assert _days(text, "2030-11-06") == {"2030-11-08"}


def test_a_dotted_stamp_gives_no_entry_either():
    text = ("Search\n\nmenu\n  • Podcasts\n  • Events\n  • Contact\n\n"
            "Road closures expected in Porto on Saturday for the city marathon\n\n"
            "Closures planned on riverside roads - photo city hall\n14:35 02.04.2031\n\n"
            "The city marathon will close several roads in Porto on Saturday, the organisers said on Wednesday.\n")
    assert "2031-04-02" not in _days(text, "2031-04-02")
    assert "2031-04-05" in _days(text, "2031-04-02")


def test_an_occasion_of_the_page_s_own_day_keeps_its_line():
    text = ("Harbour open evening\n19:00 03/11/2030\n\n"
            "The harbour open evening goes ahead tonight as planned with ferry rides for families and a fireworks show.\n")
    assert [e.start.date() for e in page_events(text, "2030-11-03")] == [date(2030, 11, 3)]
