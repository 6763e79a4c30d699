"""UN-style meeting lists (an unspaced "2 May-3 June" range
heading each meeting line, the town closing the line, "(also ...)" second parts)."""
# Provenance: Round-12b red-team classes fixed by tf.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

UN_LIST = """NEW YORK, 31 May (UN Headquarters) -- The following is a tentative list of United Nations meetings.

Meetings continued from previous month:

2 May-3 June

International Law Commission, fifty-seventh session (also 4 July-5 August), Geneva

16 May-3 June

Committee on the Rights of the Child, thirty-ninth session, Geneva

24 May-17 June

International Civil Aviation Organization (ICAO), Council, Montreal

31 May-3 June

High-level Committee on South-South Cooperation, fourteenth session,New York
"""


def _meetings() -> list[tuple[str, object, object, str | None]]:
    return sorted((e.title, e.start, e.end, e.location) for e in tagged_events(UN_LIST, published=date(2005, 5, 31))
                  if e.start.year == 2005 and e.end != e.start and "United Nations" not in e.title)


def test_each_meeting_under_an_unspaced_range_is_its_own_entry_in_its_town():
    assert _meetings() == sorted([
        ("International Law Commission, fifty-seventh session", date(2005, 5, 2), date(2005, 6, 3), "Geneva"),
        ("International Law Commission, fifty-seventh session", date(2005, 7, 4), date(2005, 8, 5), "Geneva"),
        ("Committee on the Rights of the Child, thirty-ninth session", date(2005, 5, 16), date(2005, 6, 3), "Geneva"),
        ("International Civil Aviation Organization (ICAO), Council", date(2005, 5, 24), date(2005, 6, 17), "Montreal"),
        ("High-level Committee on South-South Cooperation, fourteenth session", date(2005, 5, 31), date(2005, 6, 3),
         "New York"),
    ])


def test_a_comma_part_that_is_no_town_stays_in_the_title():
    text = ("Fixtures:\n\nSaturday 3 May 2025\nCup final, Wembley Stadium\n\n"
            "Saturday 10 May 2025\nLeague match, second leg\n")
    titles = {e.title for e in tagged_events(text, published=date(2025, 4, 1))}
    assert "League match, second leg" in titles


PLUGIN_LISTING = """Weekly Programming:

Toddler Time
Fridays @ 10 AM
Read & sing along with Ms. Tricia (ages 2-3, with a caregiver).

Other Programs:

Drop-In Craft
Saturday @ 10 AM on February 17th
Stop by the library and make a fun craft (all-ages).

PJ Storytime
Tuesday @ 6:30 PM on February 13th
Put on your PJs and snuggle in while Ms. Kerry reads some bedtime stories.
"""


def test_at_signs_time_a_library_programme_like_at():
    found = {(e.title, e.start, e.rrule) for e in tagged_events(PLUGIN_LISTING, published=date(2024, 1, 10))}
    assert found == {
        ("Toddler Time", datetime(2024, 1, 12, 10), "FREQ=WEEKLY;BYDAY=FR"),
        ("Drop-In Craft", datetime(2024, 2, 17, 10), None),
        ("PJ Storytime", datetime(2024, 2, 13, 18, 30), None),
    }



FESTIVAL = """FRIDAY
3rd JULY
- Bar opens at 2pm
- Stages 7pm – Midnight
- Bar and Food available until 1am
SATURDAY
4th JULY
- Open Mic from 12 noon
CIRCUS WORKSHOPS 2.30-3.30 and 5.30-6.30
ART WORKSHOPS. 1.30-2.30
"""


def test_a_twelve_hour_programme_times_its_bare_clocks_in_the_afternoon_one_entry_a_session():
    starts = sorted((e.title, e.start, e.end) for e in tagged_events(FESTIVAL, published=date(2026, 6, 10))
                    if "WORKSHOPS" in e.title)
    assert starts == [
        ("ART WORKSHOPS", datetime(2026, 7, 4, 13, 30), datetime(2026, 7, 4, 14, 30)),
        ("CIRCUS WORKSHOPS", datetime(2026, 7, 4, 14, 30), datetime(2026, 7, 4, 15, 30)),
        ("CIRCUS WORKSHOPS", datetime(2026, 7, 4, 17, 30), datetime(2026, 7, 4, 18, 30)),
    ]


def test_a_closing_clock_is_no_start():
    events = tagged_events(FESTIVAL, published=date(2026, 6, 10))
    assert not any(isinstance(e.start, datetime) and e.start.hour == 1 for e in events)


def test_a_storytime_at_half_past_two_is_in_the_afternoon():
    text = "Starting 4 March the branch adds a Welsh rhyme storytime - on the first Saturday of each month at 2.30."
    (event,) = tagged_events(text, published=date(2017, 2, 2))
    assert (event.start, event.rrule) == (datetime(2017, 3, 4, 14, 30), "FREQ=MONTHLY;BYDAY=1SA")



def test_a_range_between_two_clocks_times_its_day():
    (event,) = tagged_events("The exhibition will be open on 5 May between 10:00 and 14:00.", published=date(2017, 4, 20))
    assert (event.start, event.end) == (datetime(2017, 5, 5, 10), datetime(2017, 5, 5, 14))


def test_a_series_run_for_some_weeks_counts_its_occurrences_from_its_first_day():
    text = "The classes will start on 3 March and will be held every Friday at 4pm for three weeks in a row."
    (event,) = tagged_events(text, published=date(2017, 2, 2))
    assert (event.start, event.rrule) == (datetime(2017, 3, 3, 16), "FREQ=WEEKLY;BYDAY=FR;COUNT=3")


def test_a_plural_pronoun_stands_for_the_talks_the_sentence_before_names():
    text = ("The museum will also put on three lectures about the old harbour by a retired pilot. "
            "These will start on 3 March and will be held every Friday at 4pm for three weeks in a row.")
    (event,) = tagged_events(text, published=date(2017, 2, 2))
    assert (event.title, event.start, event.rrule) == (
        "Three lectures about the old harbour", datetime(2017, 3, 3, 16), "FREQ=WEEKLY;BYDAY=FR;COUNT=3")
