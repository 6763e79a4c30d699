"""A page whose only figures are dotted days ("04.05.2031") is not read in the order its prose writes
its months ("May 4th"): dots are written day first (R78 class 5: a notice's dotted heading day read
as 9 December). Slashed figures still follow the prose; dotted figures that show their own order
(a day above 12 in the second place) keep it."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.numeric_order import day_first_in


def test_dotted_figures_alone_are_not_read_in_the_prose_order():
    text = "LANTERN WALK - 04.05.2031\nThe walk moves from April 20th to May 4th, with choirs on May 4th.\n"
    assert day_first_in(text, default=True) is True


def test_slashed_figures_still_follow_the_prose_order():
    text = "LANTERN WALK - 04/05/2031\nThe walk moves from April 20th to May 4th, with choirs on May 4th.\n"
    assert day_first_in(text, default=True) is False


def test_dotted_figures_that_show_month_first_keep_it():
    text = "Upcoming walks\n11.25.2031 at the pier\n04.05.2031 at the quay\n"
    assert day_first_in(text, default=True) is False


def test_a_page_writing_its_months_first_keeps_its_dotted_heading_day_first():
    text = ("LANTERN WALK with a new date - 04.05.2031, Orrin Bay\n"
            "The lantern walk moves from April 20th to May 4th. The choirs will sing on May 4th at the pier.\n")
    result = process_document(Document(path="p.txt", text=text, published=date(2031, 3, 2)),
                              Options(today=date(2031, 12, 1)))
    days = {str(e.start)[:10] for e in result.events}
    assert "2031-04-05" not in days and "2031-05-04" in days, days
