"""Which day an entry is pinned to when the page tells the day and the clock apart, or files
the story under a dateline far below the page's top.

- A story's dateline ("Leeds, March 3.--") below a saved page's sidebar headlines still dates
  the page, never the event the story announces; other stories' headlines above it give no
  entry, but the story's own headline right over the dateline keeps its day.
- "the 20th of this month" is a written day: a clock told after it is on that day.
- "Our weekly quiz starts at 8pm" tells every quiz's clock and no day: a review item, not an
  entry on the page's date.
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events import frame_events
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

from events_helpers import tagged_events

SIDEBAR = ("Sport\n\nRowing Crew Names New Captain\n\nSport\n\nHockey Final To Be Played Saturday\n\n"
           "Arts\n\nGallery Shows Student Prints\n\nArts\n\nLibrary Opens Reading Room\n\n"
           "CHORAL SOCIETY TO SING AT THE MINSTER\n\nFROM OUR CORRESPONDENT\n\n")


def _day(event) -> date:
    return event.start.date() if isinstance(event.start, datetime) else event.start


def _hour(event) -> int | None:
    return event.start.hour if isinstance(event.start, datetime) else None


BUILD_DAY = date(2026, 12, 1)


def _framed(text: str, **fields):
    doc = Document(path="doc.txt", text=text, **fields)
    reference = infer_reference_date(doc, tag(doc.text, None), BUILD_DAY)
    return frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")


def test_a_dateline_below_sidebar_headlines_dates_the_page_not_the_festival():
    text = SIDEBAR + ("York, March 3.--The spring music festival will be held at the Minster from March 20 to "
                      "March 22, the choral society said on Monday.\n")
    events = tagged_events(text, published=date(1931, 3, 4))
    days = {(_day(e), e.end) for e in events}
    assert all(start != date(1931, 3, 3) for start, _ in days)
    assert (date(1931, 3, 20), date(1931, 3, 22)) in days


def test_a_dateline_with_its_region_and_a_dash_after_a_space_below_the_sidebar():
    text = SIDEBAR + ("York, N. Yorks., 3 March - The spring music festival will open at the Minster on 21 March, "
                      "its secretary said on Monday.\n")
    events = tagged_events(text, published=date(2027, 3, 4))
    days = [_day(e) for e in events]
    assert date(2027, 3, 21) in days and date(2027, 3, 3) not in days


def test_two_place_and_day_lines_are_a_tour_not_a_dateline():
    text = SIDEBAR + ("York, 12 May - The spring music festival opens at the Minster with the city orchestra.\n\n"
                      "Leeds, 14 May - The spring music festival moves to the town hall with the city orchestra.\n")
    events = tagged_events(text, published=date(2027, 4, 1))
    assert {_day(e) for e in events} >= {date(2027, 5, 12), date(2027, 5, 14)}


def test_a_clock_after_the_nth_of_this_month_is_on_that_day():
    text = ("Saturday, March 6, 2027\n\nOn the 18th of this month the parish council will show its new "
            "flood plans. The exhibition is in the village hall beginning at 7:00 pm.\n")
    events = tagged_events(text)
    assert [(_day(e), _hour(e)) for e in events if _hour(e) is not None] == [(date(2027, 3, 18), 19)]
    assert all(_day(e) != date(2027, 3, 6) for e in events)


def test_a_monthly_meeting_s_clock_with_no_day_goes_to_the_report():
    events, unresolved = _framed("Harbour Sailing Club\n\nOur monthly meeting starts at 8pm in the clubhouse. "
                                 "Visitors are welcome.\n\nThe laying-up supper is on 20 November.\n",
                                 published=date(2026, 11, 2))
    assert [_day(e) for e in events] == [date(2026, 11, 20)]
    assert any("8pm" in u.expr and "monthly" in u.reason for u in unresolved)


def test_a_habit_adverb_with_a_clock_and_no_day_goes_to_the_report():
    events, unresolved = _framed("Chess Circle\n\nThe circle normally meets at 7.15pm in the library annexe.\n",
                                 published=date(2026, 11, 2))
    assert events == []
    assert any("normally" in u.reason for u in unresolved)


def test_a_weekly_quiz_tonight_keeps_its_clock():
    events = tagged_events("The Swan\n\nTonight our weekly quiz starts at 8pm in the back bar.\n",
                           published=date(2026, 11, 6))
    assert [(_day(e), _hour(e)) for e in events] == [(date(2026, 11, 6), 20)]


def test_a_monthly_meeting_under_its_dated_heading_keeps_the_day_and_clock():
    events = tagged_events("November meeting: Thursday 19 November\n\nOur monthly meeting starts at 7.30pm "
                           "in the church hall, with a talk on hedgerows.\n", published=date(2026, 11, 2))
    assert events and {(_day(e), _hour(e)) for e in events} == {(date(2026, 11, 19), 19)}


def test_a_clock_on_an_undated_page_with_a_standing_schedule_is_the_schedule_s():
    events, unresolved = _framed("Riverside Model Railway Society\n\nWe meet on the second Thursday of each month "
                                 "in the scout hall.\n\nDoors open at 7.30 pm and the layout runs until 10 pm.\n")
    assert all(not (_hour(e) == 19 and e.rrule is None) for e in events)
    assert any("standing schedule" in u.reason for u in unresolved)


def test_a_clock_on_an_undated_page_with_no_schedule_stays_tentative():
    events, _ = _framed("Riverside Model Railway Society\n\nThe open day starts at 10am in the scout hall.\n")
    assert [(_hour(e), e.precision) for e in events] == [(10, "approximate")]


def test_a_dateline_with_a_dash_between_the_place_and_the_day_and_a_colon_after_it():
    doc_text = ("Committee news\n\nWASHINGTON, D.C. — Feb. 8, 2027: The housing committee will hold a public "
                "hearing on rural rents, the chairman said.\n")
    doc = Document(path="doc.txt", text=doc_text)
    reference = infer_reference_date(doc, tag(doc_text, None), BUILD_DAY)
    assert (reference.value, reference.inferred) == (date(2027, 2, 8), False)
    events, _ = frame_events(doc, tag(doc_text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")
    assert all(_day(e) != date(2027, 2, 8) for e in events)


def test_other_stories_headlines_above_a_dateline_below_the_sidebar_give_no_entry():
    text = SIDEBAR + ("York, March 3.--The spring music festival will be held at the Minster from March 20 to "
                      "March 22, the choral society said on Monday.\n")
    events = tagged_events(text, published=date(1931, 3, 4))
    assert [(_day(e), e.end) for e in events] == [(date(1931, 3, 20), date(1931, 3, 22))]


def test_the_story_own_headline_right_over_a_dateline_below_the_sidebar_keeps_its_day():
    text = SIDEBAR.replace("CHORAL SOCIETY TO SING AT THE MINSTER\n\nFROM OUR CORRESPONDENT\n\n", "") + (
        "Choral Society Concert Set For Friday, March 20\n\n"
        "York, March 3.--The choral society will give its spring concert in the Minster. "
        "Seats may be booked at the cathedral shop.\n")
    events = tagged_events(text, published=date(1931, 3, 4))
    assert date(1931, 3, 20) in [_day(e) for e in events]


def test_a_timed_headline_right_over_a_dateline_below_the_sidebar_gives_the_concert_its_clock():
    text = SIDEBAR.replace("CHORAL SOCIETY TO SING AT THE MINSTER\n\nFROM OUR CORRESPONDENT\n\n", "") + (
        "Choral Concert Friday, March 20, 7 p.m.\n\n"
        "York, March 3.--The choral society will give its spring concert in the Minster later this month. "
        "Seats may be booked at the cathedral shop.\n")
    events = tagged_events(text, published=date(1931, 3, 4))
    assert (date(1931, 3, 20), 19) in [(_day(e), _hour(e)) for e in events]


def test_a_headline_over_a_byline_over_a_dateline_below_the_sidebar_keeps_its_day():
    # the usual newspaper shape: headline, byline, then the dateline; the byline block is stepped over
    for byline in ("FROM OUR CORRESPONDENT", "By Ada K. Moss"):
        text = SIDEBAR.replace("CHORAL SOCIETY TO SING AT THE MINSTER\n\nFROM OUR CORRESPONDENT\n\n", "") + (
            f"Brass Band Concert Set For Friday, March 20\n\n{byline}\n\n"
            "Durham, March 3.--The colliery brass band will give its spring concert in the cathedral. "
            "Seats may be booked at the gate.\n")
        events = tagged_events(text, published=date(1931, 3, 4))
        assert date(1931, 3, 20) in [_day(e) for e in events], byline


def test_a_headline_opening_with_by_and_telling_a_day_is_no_byline():
    # "By Popular Request ..." tells a day: it is the story's headline block, not a byline, and the
    # sidebar headline above it still gives no entry
    text = ("Sport\n\nHockey Final To Be Played Saturday\n\nArts\n\nLibrary Opens Reading Room\n\n"
            "By Popular Request, Band Plays Again Friday, March 20\n\n"
            "Durham, March 3.--The colliery brass band will give its spring concert in the cathedral. "
            "Seats may be booked at the gate.\n")
    days = [_day(e) for e in tagged_events(text, published=date(1931, 3, 4))]
    assert date(1931, 3, 20) in days and date(1931, 3, 7) not in days


def test_a_headline_opening_with_by_and_a_lower_case_word_is_no_byline():
    # "By the Numbers" over the dateline is the story's headline block: the sidebar headline
    # above it ("Hockey Final To Be Played Saturday") still gives no entry
    text = ("Arts\n\nLibrary Opens Reading Room\n\nSport\n\nHockey Final To Be Played Saturday, March 7\n\n"
            "By the numbers: a season of brass\n\n"
            "Durham, March 3.--The colliery brass band will give its spring concert in the cathedral. "
            "Seats may be booked at the gate.\n")
    days = [_day(e) for e in tagged_events(text, published=date(1931, 3, 4))]
    assert date(1931, 3, 7) not in days
