"""A club's notice that a listed game will not be played ("Harbour have forfeited - no game on 13
Mar.", "Rovers have withdrawn; no match on Sunday 14 March"): the fixture list's row on that day,
named only by the opponent, is that game, and gives no entry; what the notice puts on instead
("Training will run instead, 9am-10am") keeps its entry, and a day without training keeps its
game."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_TABLE = ("| Round | Date | Time | Opponent |\n|---|---|---|---|\n| 1 | Sat 6 Mar | 9:00am | Eagles |\n"
          "| 2 | Sat 13 Mar | 9:30am | Harbour Hawks |\n| 3 | Sat 20 Mar | 10:00am | Comets |\n\n")


def _starts(text: str) -> list[object]:
    result = process_document(Document("a.txt", text), Options(today=date(2027, 2, 1)))
    return sorted(e.start for e in result.events)


def test_a_forfeited_round_gives_no_game_but_its_training():
    starts = _starts(_TABLE + "**Round 2 change:** Harbour have forfeited - no game on 13 Mar. "
                     "Training will run instead, 9am-10am at the outdoor courts.\n")
    assert starts == [datetime(2027, 3, 6, 9, 0), datetime(2027, 3, 13, 9, 0), datetime(2027, 3, 20, 10, 0)]


def test_a_withdrawn_opponents_listed_match_gives_no_entry():
    starts = _starts("Senior fixtures\n\n- Sunday 7 March 2027 – v United, 2pm\n- Sunday 14 March 2027 – v Rovers, 2pm\n"
                     "- Sunday 21 March 2027 – v City, 2pm\n\nRovers have withdrawn from the league; no match on Sunday 14 March.\n")
    assert starts == [datetime(2027, 3, 7, 14, 0), datetime(2027, 3, 21, 14, 0)]


def test_no_training_that_day_keeps_the_game():
    starts = _starts(_TABLE + "Please note: the coach is away - no training on 13 Mar.\n")
    assert datetime(2027, 3, 13, 9, 30) in starts
