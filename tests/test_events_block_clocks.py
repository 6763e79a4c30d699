"""A clock or a field block that belongs to a day written elsewhere in its block (block_clocks).

B: a clock line under a list of bare days ("Recital Dates:" / "Friday, March 5, 2027" / ... /
"Time: 7:30 p.m.") times every listed day; a footnote's weekday under such a list restates the
marked row, no new day. G: a notice's field or programme clock that the tagger put on a past
sentence's day ("... which the mayor opened on 2 March 2027 ..." / "Time: 10h00") belongs to
the day ahead the notice announces; a numbered item label ("Event 2: Press briefing") names
the block's occasion, and its venue is the one under that label."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, published: date | None = date(2027, 2, 10)):
    result = process_document(Document(path="p.txt", text=text, published=published), Options(today=date(2027, 2, 11)))
    return sorted(result.events, key=lambda e: (str(e.start), e.title))


_RECITALS = ("Spring Organ Recitals\n\n"
             "All recitals are free; no ticket is needed.\n"
             "Recital Dates:\n"
             "Friday, March 5, 2027\n"
             "Friday, March 12, 2027\n"
             "Thursday, March 18, 2027*\n"
             "Friday, March 26, 2027\n"
             "*Please note: because of the choir's concert, this recital moves to Thursday evening.\n"
             "{clock}\n"
             "Place: St Anne's Church\n")


def test_a_time_line_under_a_list_of_days_times_every_listed_day():
    starts = [str(e.start) for e in _events(_RECITALS.format(clock="Time: 7:30 p.m."))]
    assert starts == ["2027-03-05 19:30:00", "2027-03-12 19:30:00", "2027-03-18 19:30:00", "2027-03-26 19:30:00"]


def test_a_bare_clock_line_under_the_list_times_it_too():
    starts = [str(e.start) for e in _events(_RECITALS.format(clock="7:30 p.m."))]
    assert starts == ["2027-03-05 19:30:00", "2027-03-12 19:30:00", "2027-03-18 19:30:00", "2027-03-26 19:30:00"]


def test_a_deadline_line_under_the_list_times_no_listed_day():
    starts = [str(e.start)[:10] for e in _events(_RECITALS.format(clock="Booking closes: 5 p.m."))
              if e.kind != "deadline"]
    assert "2027-03-05" in starts and not any(" " in s for s in starts)
    assert all(str(e.start)[11:] != "17:00:00" for e in _events(_RECITALS.format(clock="Booking closes: 5 p.m."))
               if str(e.start)[:10] in ("2027-03-05", "2027-03-12", "2027-03-26"))


def test_a_list_of_one_day_is_left_to_the_readers_of_one_day():
    text = "Recital Dates:\nFriday, March 5, 2027\nTime: 7:30 p.m.\n"
    assert [str(e.start) for e in _events(text)] == ["2027-03-05 19:30:00"]


def test_a_day_with_its_own_clock_keeps_it():
    text = ("Recital Dates:\nFriday, March 5, 2027, 6 p.m.\nFriday, March 12, 2027\nFriday, March 19, 2027\n"
            "Time: 7:30 p.m.\n")
    assert [str(e.start) for e in _events(text)][:1] == ["2027-03-05 18:00:00"]


_ADVISORY = ("Media Advisory\n"
             "10 March 2027\n"
             "Mayor to open the harbour walk and brief the media\n"
             "The Mayor, Ana Silva, will open the new harbour walk on Friday, 12 March 2027, and brief the media "
             "on the summer programme.\n"
             "The briefing will also cover the ferry plan, which the council adopted on 2 March 2027 after "
             "a long debate on the harbour budget.\n"
             "Members of the media are invited as follows:\n"
             "Event 1: Opening of the harbour walk\n"
             "Time: 10h00 – 11h00\n"
             "Venue: Pier Gate\n"
             "Event 2: Press briefing\n"
             "Time: 11h30 – 12h30\n"
             "Venue: Harbour Office, Room 2\n"
             "NB: Members of the media must arrive no later than 09h30.\n")


def test_advisory_field_clocks_take_the_announced_day_not_a_past_sentence_s():
    timed = [e for e in _events(_ADVISORY, None) if " " in str(e.start)]
    assert [str(e.start)[:10] for e in timed] == ["2027-03-12"] * 3
    assert not [e for e in _events(_ADVISORY, None) if str(e.start).startswith("2027-03-02")]


def test_a_numbered_item_label_names_its_block_with_its_own_venue():
    by_clock = {str(e.start)[11:16]: e for e in _events(_ADVISORY, None)}
    assert by_clock["10:00"].title == "Opening of the harbour walk" and by_clock["10:00"].location == "Pier Gate"
    assert by_clock["11:30"].title == "Press briefing" and by_clock["11:30"].location == "Harbour Office, Room 2"


def test_a_programme_row_under_a_past_sentence_takes_the_announced_day():
    text = ("4 May 2027\n"
            "The Minister will on 6 May 2027 visit the new clinic in Riverside, which was built after the floods "
            "of 20 April 2027.\n"
            "Programme\n"
            "09h00 – 09h30 Arrival and registration\n")
    assert [str(e.start) for e in _events(text, None) if " " in str(e.start)] == ["2027-05-06 09:00:00"]


def test_an_event_page_s_day_over_its_hours_is_the_event_s_despite_a_series_weekday_below():
    text = ("Library Board Meeting - Session 1\n\n"
            "Tuesday, May 11, 2027\n"
            "5:30 - 7:00 p.m.\n\n"
            "About\n\n"
            "The board meets over two evenings, usually on the 2nd Tuesday and Wednesday of each month. "
            "Agendas are currently posted a week ahead.\n")
    timed = [str(e.start) for e in _events(text, None) if " " in str(e.start)]
    assert timed == ["2027-05-11 17:30:00"]


_CLUB = "Book Club\n\nMeeting dates\nMarch 5, 2027\nApril 2, 2027\nMay 7, 2027\n{line}\n"


def test_a_short_line_saying_when_the_listed_meetings_run_times_every_row():
    starts = [(str(e.start), str(e.end)) for e in _events(_CLUB.format(line="Meetings run 6:30 - 8:00 pm upstairs."))]
    assert starts == [("2027-03-05 18:30:00", "2027-03-05 20:00:00"), ("2027-04-02 18:30:00", "2027-04-02 20:00:00"),
                      ("2027-05-07 18:30:00", "2027-05-07 20:00:00")]


def test_another_thing_s_hours_or_a_closing_clock_under_the_list_time_no_row():
    for line in ("Tea is served from 6 to 7 pm.", "The library closes at 8 pm."):
        assert [str(e.start) for e in _events(_CLUB.format(line=line))][:2] == ["2027-03-05", "2027-04-02"]


_OPEN_DAY = ("{heading}\n\n"
             "Walk the orchard and meet the beekeepers. Tickets must be booked by 1 May 2027.\n\n"
             "Time: 10am - 3pm\n"
             "Place: Orchard Lane\n")


def test_a_time_field_under_prose_takes_the_day_of_its_block_s_heading():
    for heading in ("Orchard Open Day - Sunday 16 May 2027", "Orchard Open Day\nSunday 16 May 2027"):
        timed = [(str(e.start), str(e.end), e.title) for e in _events(_OPEN_DAY.format(heading=heading))
                 if " " in str(e.start)]
        assert timed == [("2027-05-16 10:00:00", "2027-05-16 15:00:00", "Orchard Open Day")]


def test_a_block_with_its_own_date_field_keeps_that_day():
    text = _OPEN_DAY.format(heading="Orchard Open Day - Sunday 16 May 2027").replace(
        "Time: 10am", "Date: Saturday 22 May 2027\nTime: 10am")
    assert "2027-05-22 10:00:00" in [str(e.start) for e in _events(text)]
