"""A fixture list's round that its team does not play: "| 3 | Sat 13 Feb | BYE | — | — |", a row
"| Sunday 14 March | Bye | |", a line "- Saturday 13 March 2027 – BYE". The row names no game
(rest_rounds), so its day gives no entry; the rounds around it keep theirs, and a row whose name
only begins like one ("Bye-law review") is an entry as any other."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[date, str]]:
    result = process_document(Document("a.txt", text), Options(today=date(2027, 2, 1)))
    return [(e.start.date() if hasattr(e.start, "date") else e.start, e.title) for e in result.events]


def test_a_bye_in_a_fixture_tables_time_column_gives_no_game():
    entries = _entries("| Round | Date | Time | Opponent | Court |\n|---|---|---|---|---|\n"
                       "| 1 | Sat 6 Mar | 9:00am | Eagles | Ct 1 |\n| 2 | Sat 13 Mar | BYE | — | — |\n"
                       "| 3 | Sat 20 Mar | 10:00am | Hawks | Ct 3 |\n")
    assert [d for d, _ in entries] == [date(2027, 3, 6), date(2027, 3, 20)]


def test_a_bye_in_the_opponent_column_gives_no_game():
    entries = _entries("Fixtures 2027\n\n| Date | Opponent | Venue |\n|---|---|---|\n| Sunday 7 March | Rovers | Home |\n"
                       "| Sunday 14 March | Bye | |\n| Sunday 21 March | United | Away |\n")
    assert [d for d, _ in entries] == [date(2027, 3, 7), date(2027, 3, 21)]


def test_a_bye_ending_a_listed_line_gives_no_game():
    entries = _entries("Under 12 fixtures\n\n- Saturday 6 March 2027 – v Eagles, 9am\n"
                       "- Saturday 13 March 2027 – BYE\n- Saturday 20 March 2027 – v Hawks, 10am\n")
    assert [d for d, _ in entries] == [date(2027, 3, 6), date(2027, 3, 20)]


def test_a_bye_law_review_is_an_entry():
    entries = _entries("| Date | Item | Venue |\n|---|---|---|\n| Tuesday 9 March 2027 | Bye-law review | Hall |\n"
                       "| Tuesday 16 March 2027 | Annual meeting | Hall |\n")
    assert [d for d, _ in entries] == [date(2027, 3, 9), date(2027, 3, 16)]
