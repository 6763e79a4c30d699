"""A credit line between a work's name and its dates names who makes it, not what happens: a
production's "Directed by ...", a concert's "Conducted by ...", a talk's "Presented by ...", a
webinar's line of speakers ("Dr. ... (University) & Prof. ... (UNN)"). Pages set it right over the
date lines, so a reader of the label over a date line took it for the title (session 32, rt45
class "titles from a neighbour": theatre runs titled "Directed by Norm Caddick", a webinar titled
with its speakers). The label is the line above the credits, the name of the play, concert, talk
or session (credit_leads.en.txt; an honorific opening the line, speaker_titles.en.txt).
"""
# Provenance: session 32 (ev32a): rt45 au_therry_2019_season, in_au_water_webinar_series.

from __future__ import annotations

from events_helpers import titles_by_start


def _titles(text: str, published: str) -> dict[str, set[str]]:
    return titles_by_start(text, published, "doc.md")


def test_a_play_over_its_director() -> None:
    text = ("Riverside Players autumn season\n\n"
            "The Importance of Being Earnest\n\n"
            "Directed by Jane Holt\n\n"
            "Thursday, 9 to Saturday 11 October 2031 at 7.30 pm\n\n"
            "Wednesday, 15 to Saturday 18 October 2031 at 7.30 pm\n\n"
            "Two young men lead double lives to escape their social obligations, until both fall in love "
            "and their lies begin to unravel in the most absurd ways.\n")
    days = _titles(text, "2031-08-01")
    assert any("Earnest" in t for t in days.get("2031-10-09", set())), days
    assert any("Earnest" in t for t in days.get("2031-10-15", set())), days
    assert not any("Directed" in t for titles in days.values() for t in titles)


def test_a_concert_over_its_conductor() -> None:
    text = ("Messiah\n"
            "Conducted by Mark Elder, with the Northern Choir and Orchestra\n"
            "Saturday 20 December 2031, 7pm\n")
    days = _titles(text, "2031-10-01")
    assert any("Messiah" in t for t in days.get("2031-12-20", set())), days


def test_a_session_over_its_speakers() -> None:
    text = ("# Soil Network Webinars\n\n"
            "**Session 2 — Soil carbon in dryland farms**\n"
            "Dr. Ana Silva (University of Lisbon) & Prof. Ken Obi (UNN)\n"
            "Thursday 12 June 2031 | 3:00 PM\n\n"
            "**Session 3 — Cover crops and water**\n"
            "Thursday 10 July 2031 | 3:00 PM\n")
    days = _titles(text, "2031-05-01")
    assert any("Session 2" in t for t in days.get("2031-06-12", set())), days
    assert not any("Silva" in t for titles in days.values() for t in titles)


def test_a_talk_over_its_presenter() -> None:
    text = ("Rivers of the North\n\n"
            "Presented by Tom Reed, countryside ranger\n\n"
            "Wednesday 9 April 2031, 7.30pm\n\n"
            "Tickets at the door.\n")
    days = _titles(text, "2031-03-01")
    assert any("Rivers" in t for t in days.get("2031-04-09", set())), days


def test_a_musical_over_two_credit_lines() -> None:
    text = ("The Mikado\n\n"
            "Music by Arthur Sullivan, lyrics by W.S. Gilbert.\n\n"
            "Directed by Ann Lee, musical director Sam Roe\n\n"
            "Thursday, 5 to Saturday 7 June 2031 at 8 pm\n\n"
            "Wednesday, 11 to Saturday 14 June 2031 at 8 pm\n\n"
            "A comic opera set in a town where flirting is a capital crime.\n")
    days = _titles(text, "2031-04-01")
    assert any("Mikado" in t for t in days.get("2031-06-05", set())), days
    assert any("Mikado" in t for t in days.get("2031-06-11", set())), days
