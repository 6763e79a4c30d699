"""A clock the page's intro sentence gives once for the occasions it lists below (intro_clocks):
"Members may join our talks on the 1st Monday of most months / October through June at 7.30
p.m." over dated blocks that give only their day. The sentence may run over two lines; it
states a schedule (a weekday, "most", "each"), writes no day with its number, and names what
the blocks list."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_BLOCKS = ("Unless noted, talks are held in the Old Library.\n\n"
           "Talk Programme 2027-2028\n\n"
           "October 4, 2027\n"
           "Ruth Okafor, Department of Botany\n"
           "\"Seeds that Wait: Dormancy in Desert Plants\"\n"
           "Room: Old Library\n\n"
           "November 1, 2027\n"
           "Tomas Lind, School of History\n"
           "\"Harbours and Trade in the Hanseatic Towns\"\n"
           "Room: Old Library\n\n"
           "February 7, 2028 (joint meeting with the Map Society)\n"
           "Mei Chen, Computing\n"
           "\"Teaching Machines to Read Old Maps\"\n"
           "Room: Map Room\n")


def _rows(intro: str):
    result = process_document(Document(path="p.txt", text=intro + _BLOCKS, published=date(2027, 9, 1)),
                              Options(today=date(2027, 9, 2)))
    return sorted(str(e.start) for e in result.events if str(e.start) >= "2027-10-01" and e.title != "Talks")


def test_a_schedule_clock_on_the_intro_second_line_times_every_dated_block():
    intro = "Members may join our talks on the 1st Monday of most months\nOctober through June at 7.30 p.m.\n\n"
    assert _rows(intro) == ["2027-10-04 19:30:00", "2027-11-01 19:30:00", "2028-02-07 19:30:00"]


def test_an_intro_clock_of_a_written_day_is_that_day_s_only():
    intro = "Members may join our talks from October, the first on October 4, 2027 at 7.30 p.m.\n\n"
    assert _rows(intro) == ["2027-10-04", "2027-11-01", "2028-02-07"]
