"""Listings with no sentence still give their entries, named as the listing names them, in
wordings of our own:

- a listing of blocks, each a heading line, then short lines (an image's text, the venue, the
  room), then its date line: each date is named by its block's heading and held at its venue;
- a weekday word in a block's heading ("Toddler Tuesday") over that weekday's date line is the
  name's word, no day of its own;
- a dated line "Name: a description ..." is named by the name before the colon;
- a bracketed "(no lectures)" after a row's name qualifies the row's day, it does not call it off."""
# Provenance: session 17, round 22 classes C4 and C12.

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, published: date = date(2027, 2, 20)):
    doc = Document(path="p.txt", text=text, published=published)
    result = process_document(doc, Options(today=date(2027, 2, 1)))
    return sorted(result.events, key=lambda e: str(e.start))


_BLOCKS = """Family programmes

Puppet Parade

Drawing of a puppet on strings
Central Library
Story Corner
Thursday, March 4 11:00 am to 11:45 am
Ages 3-6: puppets, songs and a craft to take home for the whole family to share.

Lantern Making

Paper lanterns on a table
Central Library
Craft Studio
Friday, March 5 4:00 pm to 5:30 pm
All ages: make a paper lantern and learn how to fold one in the old way at home.

Toddler Tuesday

Two ducks with a drum
Central Library
Story Corner
Tuesday, March 9 10:00 am to 10:30 am
Ages 1-3: rhymes and bounces for the very young and their grown-ups, with toys after.
"""


def test_each_block_of_a_listing_is_named_by_its_heading():
    events = _events(_BLOCKS)
    assert [(e.title, e.start) for e in events] == [
        ("Puppet Parade", datetime(2027, 3, 4, 11, 0)),
        ("Lantern Making", datetime(2027, 3, 5, 16, 0)),
        ("Toddler Tuesday", datetime(2027, 3, 9, 10, 0))]


def test_a_block_is_held_at_the_venue_and_room_over_its_date_line():
    events = _events(_BLOCKS)
    assert events[0].location == "Central Library, Story Corner"
    assert events[1].location == "Central Library, Craft Studio"


def test_a_weekday_in_a_blocks_heading_is_no_day_of_its_own():
    events = _events(_BLOCKS)
    assert not any(e.start == date(2027, 2, 23) or e.start == date(2027, 3, 2) for e in events)


def test_a_dated_line_is_named_by_the_name_before_its_colon():
    events = _events("Holiday timetable\n"
                     "Monday 8 March 10:30am-12pm Kite Building: Learn how to build a kite of your own design "
                     "and fly it on the school field\n"
                     "Wednesday 10 March 3:30pm-4:30pm - Paper Boats: Fold a boat and race it down the stream "
                     "in the park with friends\n")
    assert [(e.title, e.start) for e in events] == [("Kite Building", datetime(2027, 3, 8, 10, 30)),
                                                   ("Paper Boats", datetime(2027, 3, 10, 15, 30))]


def test_a_holiday_word_in_a_lines_description_does_not_take_its_day():
    events = _events("Holiday timetable\n"
                     "Monday 13 December 3:30pm-4:30pm - Card Making: Make a Christmas card for someone you love\n"
                     "Wednesday 15 December 3:30pm-4:30pm - Bauble Painting: Paint a bauble for your tree at home\n",
                     published=date(2027, 11, 20))
    assert [(e.title, e.start) for e in events] == [("Card Making", datetime(2027, 12, 13, 15, 30)),
                                                   ("Bauble Painting", datetime(2027, 12, 15, 15, 30))]


def test_a_bracketed_no_after_a_rows_name_keeps_the_row():
    events = _events("Term calendar 2027\n"
                     "March 1 Monday Classes begin\n"
                     "March 15-17 Monday–Wednesday Revision days (no lectures)\n"
                     "March 18 Thursday Examinations begin\n")
    assert [e.start for e in events] == [date(2027, 3, 1), date(2027, 3, 15), date(2027, 3, 18)]
    assert "Revision days" in events[1].title


def test_a_row_that_says_no_session_still_gives_nothing():
    events = _events("Seminar dates 2027\n"
                     "March 1 Monday Seminar on river ecology\n"
                     "March 8 Monday No seminar\n"
                     "March 15 Monday Seminar on wetland birds\n")
    assert date(2027, 3, 8) not in [e.start for e in events]


def test_each_cell_of_a_row_of_dates_is_named_by_its_column_header():
    events = _events("Court dates 2027\n\n"
                     "| Filing Deadline | Hearing Date | Decision Week |\n"
                     "|---|---|---|\n"
                     "| January 4 | January 18 | January 25 - 29 |\n"
                     "| March 1 | March 15 | March 22 - 26 |\n", published=date(2026, 12, 1))
    assert [(e.title, e.start) for e in events] == [
        ("Filing Deadline", date(2027, 1, 4)), ("Hearing", date(2027, 1, 18)), ("Decision Week", date(2027, 1, 25)),
        ("Filing Deadline", date(2027, 3, 1)), ("Hearing", date(2027, 3, 15)), ("Decision Week", date(2027, 3, 22))]


def test_a_weekday_range_written_without_spaces_is_no_part_of_a_rows_name():
    events = _events("Academic calendar 2027\n"
                     "March 1 Monday Classes begin\n"
                     "March 12-14 Friday–Sunday Spring break\n"
                     "March 15 Monday Classes resume\n")
    assert [e.title for e in events] == ["Classes begin", "Spring break", "Classes resume"]
