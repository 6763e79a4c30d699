"""What an entry is called and where it is, in
wordings of our own:

- a town's name before "County" names a local unit in a country that has counties, not the
  foreign town it recalls: its zone comes only from namesakes where such units are;
- "All dates and times are based on <zone>" states the page's zone like "All times are <zone>";
- a bare generic noun ("the event", "a celebration") takes the name the text gives nearby: the
  name a body is hosting or an occasion's own name ("Poetry Night") in the sentences before, the
  occasion its own clause celebrates;
- a table's Day column ("Friday–Sunday") does not open an entry's title, and a title that is
  only a run of days (cells run together) makes no entry;
- a holiday inside a quoted title, or among a sentence's examples, is no day.
"""
# Provenance: session 17, round 22 classes C6, C8, C11.

from datetime import date, datetime

from calfeed.events.day_columns import several_days, without_day_column
from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, title: str | None = None, today: date = date(2027, 2, 1)):
    result = process_document(Document(path="p.txt", text=text, title=title), Options(today=today))
    return sorted(result.events, key=lambda e: str(e.start))


# C8: places and zones


def test_a_county_named_after_a_foreign_town_gives_no_foreign_zone():
    (event,) = _events("Library news\n\n"
                       "The Bilbao County Public Library will hold a holiday craft fair from 10 a.m. to 3 p.m. "
                       "Saturday, Dec. 11, 2027, at its main branch.\n")
    assert event.start == datetime(2027, 12, 11, 10, 0) and event.tz is None


def test_a_venue_named_after_a_county_gives_no_foreign_zone():
    (event,) = _events("Community news\n\n"
                       "The holiday craft fair runs from 10 a.m. to 3 p.m. Saturday, Dec. 11, 2027, at the "
                       "Bilbao County Public Library.\n")
    assert event.start == datetime(2027, 12, 11, 10, 0) and event.tz is None


def test_a_county_whose_town_lies_in_a_country_with_counties_keeps_its_zone():
    (event,) = _events("County news\n\n"
                       "The Kakamega County assembly will hold a public forum at 10 a.m. on Tuesday, "
                       "9 March 2027, in the main hall.\n")
    assert event.tz == "Africa/Nairobi"


def test_dates_and_times_based_on_a_zone_state_the_pages_zone():
    events = _events("Summer school on soil science\n\n"
                     "Registration opens on 4 March 2027 at 10:00 and the opening lecture starts on "
                     "14 June 2027 at 09:30.\n\n"
                     "All dates and times are based on Eastern European Time unless stated otherwise.\n")
    assert [e.tz for e in events] == ["Europe/Athens", "Europe/Athens"]


# C11: titles that name the event


def test_the_event_after_a_hosted_name_is_titled_by_that_name():
    (event,) = _events("Weekend news\n\n"
                       "Want something fun to do this weekend? The town has a free event for you.\n\n"
                       "The Riverside Rotary Club is hosting Pumpkinfest 2027 and it is free to attend.\n\n"
                       "The event will be held on Saturday, October 9, 2027, from 10 a.m. to 2 p.m. at Central Park.\n")
    assert event.title == "Pumpkinfest 2027" and event.start == datetime(2027, 10, 9, 10, 0)


def test_the_event_after_an_occasions_own_name_is_titled_by_that_name():
    (event,) = _events("Library news\n\n"
                       "Poetry Night will be held online this month. Sign up on our website, or join the event "
                       "at 7:30 p.m. on Thursday, March 11, 2027.\n")
    assert event.title == "Poetry Night" and event.start == datetime(2027, 3, 11, 19, 30)


def test_a_celebration_of_a_marked_occasion_is_titled_by_the_occasion():
    (event,) = _events("Parks news\n\n"
                       "The Lakeside Historical Society will mark its 50th anniversary with a celebration at "
                       "Mill Pond Park on Saturday, June 5, 2027, from 1 to 6 p.m.\n")
    assert event.title == "50th anniversary celebration" and event.start == datetime(2027, 6, 5, 13, 0)


def test_a_day_column_does_not_open_the_title():
    events = _events("Academic calendar 2027-2028\n\n"
                     "Date Day Event\n"
                     "September 6 Monday Teaching begins\n"
                     "October 23-31 Saturday-Sunday Autumn reading week\n")
    assert [(e.title, e.start) for e in events] == [("Teaching begins", date(2027, 9, 6)),
                                                   ("Autumn reading week", date(2027, 10, 23))]


def test_a_day_column_is_dropped_only_where_the_entrys_days_hold_it():
    # 23 August-1 September 2027 holds a Friday and a Sunday; 8 September 2027 is a Wednesday, so
    # "Saturday-Sunday" there is no restated Day column but part of what the row says
    events = _events("Academic calendar 2027-2028\n\n"
                     "Date\tDay\tEvent\n"
                     "August 23-September 1\tFriday–Sunday\tEnrollment for all students\n"
                     "September 8\tSaturday-Sunday\tCamp sign-up\n")
    assert [e.title for e in events] == ["Enrollment for all students", "Saturday-Sunday Camp sign-up"]


def test_a_single_weekday_opening_a_name_stays():
    saturday = date(2027, 6, 5)
    assert without_day_column("Saturday Stories at the branch library", saturday, saturday) \
        == "Saturday Stories at the branch library"
    assert without_day_column("Saturday-Sunday Stories weekend", saturday, date(2027, 6, 6)) == "Stories weekend"


def test_a_row_of_days_run_together_makes_no_entry():
    text = ("Bursary rounds\n\n"
            "Rounds for bursary applications in 2027:\n\n"
            "Application deadline\nPanel meeting\nAward letter date\nfor bursary awarded\n"
            "3rd Mar\n\n17th Mar\n\n31st Mar\n"
            "14th Apr5th May26th May\n2nd Jun16th Jun30th Jun\n")
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2027, 2, 1)))
    days = {t.text: t.value for t in result.timexes}
    # each cell run together is still read as its own day (so an empty result cannot pass) ...
    assert days["14th Apr"] == "2027-04-14" and days["5th May"] == "2027-05-05"
    assert days["26th May"] == "2027-05-26" and days["16th Jun"] == "2027-06-16"
    # ... and no row of them titles an entry: each cell is its column's (session 25: the header's
    # lines name the columns, the glued rows' cells among them)
    assert not any(several_days(e.title) for e in result.events)
    award = {str(e.start) for e in result.events if e.title.startswith("Award letter")}
    assert award == {"2027-03-31", "2027-05-26", "2027-06-30"}, [(e.title, str(e.start)) for e in result.events]
    panel = {str(e.start) for e in result.events if e.title == "Panel meeting"}
    assert panel == {"2027-03-17", "2027-05-05", "2027-06-16"}, [(e.title, str(e.start)) for e in result.events]


# C6: holiday names inside titles and examples


def test_a_holiday_inside_a_quoted_title_is_no_day():
    assert _events("Nature trail\n\n"
                   "The puzzle trail (inspired by the picture book \u201cThe Hare Before Easter\u201d) will see "
                   "families follow clues around the meadow.\n") == []


def test_a_holiday_among_a_sentences_examples_is_no_day():
    assert _events("A letter from the head teacher\n\n"
                   "We are sorry that we cannot welcome families to special occasions this term, such as the "
                   "harvest assembly, the nativity play and our Christmas celebrations.\n\n"
                   "The next newsletter will follow soon.\n") == []
