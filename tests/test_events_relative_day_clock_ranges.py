"""A relative day with a clock range is one occasion, not a week's standing hours."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = Options(today=date(2026, 11, 29))


def _events(text: str, published: date):
    return process_document(Document("p.md", text, published=published), TODAY).events


def test_a_weekday_with_a_clock_range_is_that_days_entry():
    events = _events("A witness appeal will be held at the scene from 10am to 2pm this Friday.", date(2016, 3, 13))
    assert [(e.start, e.end) for e in events] == [(datetime(2016, 3, 18, 10), datetime(2016, 3, 18, 14))]
    workshop = _events("The workshop will take place on Friday, 10am-2pm in Leeds.", date(2016, 3, 16))
    assert workshop[0].start == datetime(2016, 3, 18, 10) and workshop[0].location == "Leeds"


def test_tomorrow_with_a_clock_range():
    events = _events("A meeting will be held tomorrow from 10am to 2pm in Leeds.", date(2016, 3, 16))
    assert [(e.start, e.end) for e in events] == [(datetime(2016, 3, 17, 10), datetime(2016, 3, 17, 14))]


def test_weekdays_joined_as_a_range_are_one_weekly_series_and_an_office_s_hours_none():
    # Session 26 (weekly timetables and opening hours, round 34 page 10): a venue's hours over a
    # range of weekdays are one weekly series, no longer left out; an office's hours still are.
    (hours,) = _events("The library is open Monday to Friday 9am to 5pm.", date(2016, 3, 16))
    assert (hours.rrule, hours.start.hour, hours.end.hour) == ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 9, 17)
    assert _events("Our offices are open Monday to Friday 9am to 5pm.", date(2016, 3, 16)) == []


def test_a_camp_is_an_event_only_when_it_is_a_training_or_holiday_camp():
    assert _events("The national camp will begin at the SAI Centre in Bengaluru on 7th December.",
                   date(2026, 11, 26))[0].title == "National camp"
    assert _events("U.S. forces struck against alleged terrorist camps in Afghanistan on Aug. 20.",
                   date(1998, 8, 21)) == []


def test_a_un_advisorys_dateline_under_its_masthead_is_no_event():
    text = ("For information only - not an official document\n\nUNIS/MA/74\n\n1 October 2014\n\nMEDIA ADVISORY\n\n"
            "Collective action against trans-border criminal networks to be discussed at Transnational Organized "
            "Crime Conference\n\nVIENNA, 1 October (UN Information Service) -Media are invited to attend the "
            "Seventh Session of the Conference of the Parties from 6 to 10 October 2014.\n")
    result = process_document(Document("unis.txt", text), TODAY)
    assert [(e.start, e.end, e.location) for e in result.events] == [(date(2014, 10, 6), date(2014, 10, 10), "Vienna")]


def test_a_treaty_named_convention_is_no_gathering():
    text = ("Media are invited to attend the Seventh Session of the Conference of the Parties to the UN Convention "
            "against Transnational Organized Crime from 6 to 10 October 2014 in Vienna.")
    assert [e.title for e in _events(text, date(2014, 10, 1))] == ["Seventh Session of the Conference of the Parties"]
    assert [e.title for e in _events("The Annual Convention of the Society will be held in Chicago on 3 March 2027.",
                                     date(2027, 1, 10))] == ["Annual Convention of the Society"]


def test_a_march_is_an_event_but_a_month_written_small_after_a_day_is_not():
    assert [e.title for e in _events("The march will begin on Saturday, 19 July in Chattogram.",
                                     date(2025, 7, 17))] == ["March"]
    assert [e.title for e in _events("The Trans March will begin at 7 p.m. on Friday, June 28 in Toronto.",
                                     date(2019, 6, 25))] == ["Trans March"]
    assert _events("The accounts for the year ending 31st march 2008 were adopted.", date(2008, 6, 1)) == []


def test_years_naming_rounds_date_nothing():
    text = ("From the 2029 round onwards, applications will also be assessed against a narrative CV, which the "
            "Council piloted in the 2026 and 2027 rounds.")
    assert _events(text, date(2027, 8, 26)) == []
    assert [e.title for e in _events("The 2026 and 2027 elections will be held in May.", date(2027, 1, 10))] == [
        "Elections"]
