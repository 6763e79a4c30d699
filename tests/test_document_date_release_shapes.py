"""A release's own date in a shape the reader did not take. A date
alone on the first line above the headline, a capitals dateline glued inside a line or closed by
a wire's name in slashes ("/Agency/ --"), a "Place (day) –" dateline below a media-contact block,
and a machine-written stamp ("date 2017-09-29", "2017-05-02 14:15:00"). Each dates the page and
is no calendar entry; a date that is an event's own (a key-dates row, a programme day, an
agenda's "Date:" label) still is."""
# Provenance: Round-14 red-team class C2.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _day(event) -> date:
    return event.start.date() if hasattr(event.start, "date") else event.start


def _days(result) -> set[date]:
    return {_day(event) for event in result.events}


def _check_page_date(result, day: date) -> None:
    assert result.reference.value == day, result.reference.reason
    assert day not in _days(result), [(e.title, e.start) for e in result.events]


def test_a_date_alone_above_the_headline_dates_the_page_though_an_events_date_stands_below():
    cases = [
        ("October 14, 2019\n\nGovernors and Business Leaders to Gather in Denver\nState leaders will convene "
         "an infrastructure forum\n\nInfrastructure Forum\nNovember 6-7, 2019\n\nThe forum will bring together "
         "40 governors in Denver on November 6-7.\n",
         "Governors and Business Leaders to Gather in Denver", date(2019, 10, 14)),
        ("Feb. 12, 2024\n\nLibrary trustees announce spring lecture series\n\nSpring Lectures\n5 March 2024\n\n"
         "The first lecture will take place on 5 March 2024 at the Central Library.\n",
         "Library trustees announce spring lecture series | Westbury Libraries", date(2024, 2, 12)),
        ("Tuesday, June 3, 2025\n\nCity Council Schedules Public Hearing on Budget\n\nHearing\nJune 17, 2025\n\n"
         "The council will hold a public hearing on the proposed budget on June 17, 2025 at City Hall.\n",
         "City Council Schedules Public Hearing", date(2025, 6, 3)),
    ]
    for text, title, day in cases:
        _check_page_date(_run(text, title=title), day)


def test_a_key_dates_row_or_a_programme_day_on_the_first_line_stays_an_events_date():
    cases = [
        ("01 July 2025\nCommunity Grants Round 1\n31 July 2025\nRound 1 closes\n15 September 2025\n"
         "Decisions announced\n", "Community Grants Round 1", date(2025, 7, 1)),
        ("Saturday 6 June 2026\nSummer Fete on the Village Green\n\nSunday 7 June 2026\nOpen Gardens Afternoon\n",
         "Summer Fete on the Village Green", date(2026, 6, 6)),
        ("Monday 3 March 2025\nOpening plenary and keynote\nTuesday 4 March 2025\nWorkshops and panels\n",
         "Leeds Planning Conference 2025", date(2025, 3, 3)),
    ]
    for text, title, day in cases:
        result = _run(text, title=title)
        assert result.reference.value != day, result.reference.reason
        assert day in _days(result)


def test_a_capitals_dateline_glued_in_a_line_or_closed_by_a_wire_in_slashes():
    cases = [
        ("Agri Leaders to Meet in Omaha\nPress Briefing Monday in Omaha CHICAGO, Sept. 12 /PRNewswire/ -- The "
         "Farm Bureau will host a policy meeting on October 2, 2019 in Omaha.\n", date(2019, 9, 12)),
        ("Mayors Meet\n\nDENVER, Feb. 20, 2012 /PRNewswire-USNewswire/ -- The mayors will meet on March 15, 2012 "
         "in Denver to discuss transit.\n", date(2012, 2, 20)),
        ("Business Wire Digest\nTreasurers Announce Pension Summit Call-in DALLAS, Jan. 8, 2015 /NewsWireToday/ -- "
         "The state treasurers will hold a summit on February 19, 2015 in Dallas.\n", date(2015, 1, 8)),
    ]
    for text, day in cases:
        result = _run(text)
        _check_page_date(result, day)
        assert all(not e.title.startswith(("DENVER", "DALLAS", "CHICAGO")) for e in result.events)


def test_a_place_in_running_words_before_a_day_is_no_dateline():
    result = _run("Press notice\nThe press conference is in Miami, July 17, 2008 - all reporters welcome. The "
                  "forum will be held on August 5, 2008 in Philadelphia.\n")
    assert date(2008, 7, 17) in _days(result)


def test_a_bracketed_dateline_below_a_contact_block_dates_the_release():
    cases = [
        ("FOR IMMEDIATE RELEASE\n\nMedia Contact:\nJane Roe\nRoe Communications\n555-123-4567\njane@example.org\n\n"
         "Children's Museum Opens New Science Wing\n\nBoston (March 4, 2015) – The Children's Museum announced "
         "today that its new science wing will open on Saturday, April 11 with a community celebration.\n",
         date(2015, 3, 4)),
        ("NEWS RELEASE\nContacts:\nTom Smith, 202-555-0101\nAnn Lee, 202-555-0102\n\nForum on Rural Health Set "
         "for May\nAdvocates to gather in Atlanta\n\nAtlanta, Georgia (February 10, 2018) — The Rural Health "
         "Coalition will hold a public forum on May 3 at the Georgia World Congress Center.\n", date(2018, 2, 10)),
        ("Press contact\nMaria Diaz\nmaria@example.com\n+1 415 555 0199\n\nSan Francisco (Oct. 2, 2020) - The Bay "
         "Arts Council said today it will hold its annual awards gala on November 14 at City Hall.\n",
         date(2020, 10, 2)),
    ]
    for text, day in cases:
        _check_page_date(_run(text), day)


def test_a_tours_stops_or_a_bracketed_day_below_the_story_are_no_dateline():
    result = _run("Autumn tour\nTickets from the box office.\n\nLondon (12 May 2027) – matinee and evening\n"
                  "Paris (14 May 2027) – evening only\n")
    assert "dateline" not in result.reference.reason and date(2027, 5, 12) in _days(result)
    result = _run("Choir news\nContact: Ann Lee\n555-0102\nUpcoming\n\nYork (5 December 2026) – Carol concert in the "
                  "Minster\n")
    assert date(2026, 12, 5) in _days(result)
    result = _run("Contact: Ann Lee\n555-0102\n\nWinter programme\n\nThe choir has announced its winter programme for the whole of the "
                  "season ahead.\n\nYork (5 December 2026) – carol concert in the Minster with the city band.\n")
    assert date(2026, 12, 5) in _days(result)


def test_a_machine_stamp_under_the_headline_dates_the_page():
    cases = [
        ("Village News: Ashwell\n date 2019-03-15 PLANT SALE: The plant sale returns to the recreation ground on "
         "Saturday 6 April, 10am-4pm. The next parish council meeting is on Tuesday 9 April at 7.30pm.\n",
         "Village News: Ashwell", date(2019, 3, 15)),
        ("Library Notes\ndate 2018-11-02\nTHE LIBRARY will hold a book sale on Saturday 17 November from 10am. "
         "Volunteers meet on Thursday 8 November.\n", "Library Notes", date(2018, 11, 2)),
        ("Health Ministers to Convene\n2017-05-02 14:15:00\nSEATTLE, May 2 /Newswire/ -- Health ministers will "
         "convene a two-day forum on June 8-9 in Seattle.\n", "Health Ministers to Convene", date(2017, 5, 2)),
    ]
    for text, title, day in cases:
        result = _run(text, title=title)
        assert result.reference.value == day, result.reference.reason
        assert all(e.start.date() != day for e in result.events if hasattr(e.start, "date")), \
            [(e.title, e.start) for e in result.events]
    result = _run(cases[0][0], title=cases[0][1])
    assert date(2019, 4, 9) in {e.start.date() for e in result.events}


def test_an_agendas_labelled_machine_day_stays_the_events():
    result = _run("Annual General Meeting\nDate: 2024-05-12\nTime: 18:00\nVenue: Town Hall\n\n"
                  "All members are invited to attend.\n", title="Annual General Meeting")
    assert any(e.start.date() == date(2024, 5, 12) for e in result.events)


def test_a_meeting_held_in_a_virtual_format_takes_no_place_from_the_dateline():
    cases = [
        " date 2021-03-02 BOSTON, March 2, 2021 /PRNewswire/ -- Acme Corp. said today that it will hold its Annual "
        "Meeting of Shareholders on Thursday, May 6, 2021 at 9:00 a.m. EDT in a virtual format only.\n",
        "DENVER, April 1, 2020 /PRNewswire/ -- The board will hold the annual meeting of members on June 2, 2020 at "
        "10:00 a.m. in an online format this year.\n",
    ]
    for text in cases:
        result = _run(text)
        meeting = next(e for e in result.events if "eeting" in e.title)
        assert meeting.location in (None, "Online"), meeting.location


def test_a_building_named_during_a_conference_is_not_a_room_of_its_hotel():
    text = ("What: National Summit on Transit\nWhen: April 4-5, 2029\nWhere: Grand Hyatt, 1000 H Street NW, "
            "Washington, DC\n\nThe summit will convene 60 mayors. The mayors will meet with the President on Thursday, "
            "April 5, 2029 at the White House.\n")
    events = _run(text, title="Mayors to convene transit summit", published=date(2029, 3, 1)).events
    meeting = next(e for e in events if _day(e) == date(2029, 4, 5) and e.kind == "meeting")
    assert "Grand Hyatt" not in (meeting.location or ""), meeting.location


def test_a_year_less_wire_dateline_takes_the_year_its_days_ahead_fall_on_their_weekdays():
    cases = [
        ("Business Wire Digest\nBOSTON, March 3 /NewsWireToday/ -- The state treasurers will hold a press briefing "
         "on Wednesday, March 5 at 10:30 a.m. in Boston.\n", date(2025, 3, 3)),
        ("Markets\nLONDON, Oct. 14 (Reuters) - The rate-setting committee will meet on Thursday, October 16 to "
         "review the inflation outlook.\n", date(2025, 10, 14)),
        ("Holiday notice\nTOKYO, Dec. 29 /PRNewswire/ -- The exchange will reopen on Friday, January 5 after the "
         "New Year holidays.\n", date(2023, 12, 29)),
    ]
    for text, day in cases:
        result = _run(text)
        assert result.reference.value == day, result.reference.reason
    result = _run("Markets\nLONDON, Oct. 14 (Reuters) - The committee will meet next month to review the outlook.\n")
    assert result.reference.value == date(2026, 10, 14), result.reference.reason
