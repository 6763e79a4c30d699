"""A seminar or lecture list flattened one cell a line (red team 28, class B): under each date
(and its clock on the next line) stand the speaker, their affiliation and the talk's title, each
on a line of its own. The lines are one talk's cells, so each date is one entry titled by the
talk and its speaker; the affiliation names nothing, and no row's title goes to another's day."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

SERIES = ("Physics Evening Talks\n\nAll talks are in the Orrin Lecture Theatre.\n\n"
          "Date & Time Speaker Title\n"
          "Mar. 4,\n6:30 p.m.\nDr. Ana Ruiz,\nHollins Polytechnic Institute\n\"Tides, Moons and the Length of a Day\"\n"
          "Mar. 18,\n7:15 p.m.\nTomas Brandt,\nLakeshore Amateur Rocketry Society\n\"Why Rockets Wobble\"\n"
          "Apr. 1,\n6:30 p.m.\nProf. Ingrid Vale,\nCarrow University (Pellham College Alumna - Chemistry)\n\"Glass That Heals Itself\"\n")


def _rows(events):
    return sorted((e.start, e.title) for e in events)


def test_each_date_is_one_talk_titled_by_its_title_and_speaker():
    events = tagged_events(SERIES, published=date(2027, 1, 20))
    assert _rows(events) == [
        (datetime(2027, 3, 4, 18, 30), "Tides, Moons and the Length of a Day — Dr. Ana Ruiz"),
        (datetime(2027, 3, 18, 19, 15), "Why Rockets Wobble — Tomas Brandt"),
        (datetime(2027, 4, 1, 18, 30), "Glass That Heals Itself — Prof. Ingrid Vale"),
    ]


def test_the_speakers_affiliation_is_no_place_of_the_talk():
    events = tagged_events(SERIES, published=date(2027, 1, 20))
    talks = {e.start: e for e in events}
    talk = talks.get(datetime(2027, 4, 1, 18, 30))      # the row must be read before its place can be judged
    assert talk is not None and talk.title.startswith("Glass That Heals Itself")
    assert not any(e.location and ("Carrow" in e.location or "Pellham" in e.location) for e in events)


def test_a_society_list_with_its_speaker_under_each_talk_title():
    events = tagged_events("Winter talks\n\n9th January 2028\n\nThe Canal Age in Our Valley\n\nMary Fenwick\n\n"
                           "Mary traces the boats and the men who worked them.\n\n"
                           "13th February 2028\n\nBells of the Marsh Churches\n\nGeorge Pellow\n\n"
                           "George has rung in every tower between here and the coast.\n\n"
                           "12th March 2028\n\nLost Railways of the Downs\n\nHugh Tarrant\n\n"
                           "Hugh walks the old lines with his camera.\n",
                           published=date(2027, 12, 1))
    assert _rows(events) == [
        (date(2028, 1, 9), "The Canal Age in Our Valley — Mary Fenwick"),
        (date(2028, 2, 13), "Bells of the Marsh Churches — George Pellow"),
        (date(2028, 3, 12), "Lost Railways of the Downs — Hugh Tarrant"),
    ]


def test_capitalised_labels_under_two_dates_are_no_speakers():
    events = tagged_events("Key dates\n\n31 July 2029\n\nFOR BIDS RECEIVED BEFORE THIS DATE\n\n"
                           "Bids received by midnight on 31 July will be decided at the panel meeting on 9 September 2029.\n\n"
                           "1 August 2029\n\nFOR BIDS RECEIVED AFTER THIS DATE\n\n"
                           "Bids received from 1 August will be decided at the panel meeting in March 2030.\n",
                           published=date(2029, 6, 1))
    assert (date(2029, 9, 9), "Panel meeting") in {(e.start, e.title) for e in events}    # the page is read
    assert not any("—" in e.title for e in events)


def test_a_seminar_row_with_no_title_yet_is_its_speaker_not_the_affiliation():
    events = tagged_events("Seminars, Fridays 2:00 - 3:00 p.m.\n\nOctober 6, 2028\n\nDr. Lina Osei\n\n"
                           "Department of Earth Sciences\nNorthfield University\n\n"
                           "October 13, 2028\n\nDr. Kai Moreno\nTalk Flyer\n\nCoastal Research Laboratory\n",
                           published=date(2028, 9, 1))
    titles = {e.title for e in events}
    assert {"Dr. Lina Osei", "Dr. Kai Moreno"} <= titles
    assert not titles & {"Department of Earth Sciences", "Northfield University", "Talk Flyer",
                         "Coastal Research Laboratory"}


def test_fixture_lines_under_a_day_stay_separate_entries():
    events = tagged_events("Saturday May 6\n\nHarbour Rovers vs Millbank – Kick-off 3pm.\n\n"
                           "Sunday May 7\n\nDeacon Street vs Old Quay – Kick-off 2pm.\n\nRiverside vs Tollgate – Kick-off 4pm.\n",
                           published=date(2028, 4, 1))
    assert len(events) == 3


def test_a_heading_with_its_weekday_in_brackets_still_heads_its_talk():
    events = tagged_events("Seminars are on Fridays at 3:00 p.m.\n\nMay 4, 2029\n\nDr. Rhea Lund\n\nBrackwater University\n\n"
                           "May 8, 2029 (Tuesday)\n\nDr. Omar Petts\n\nInstitute of Soil Science\n\n"
                           "May 11, 2029\n\nDr. Jo Amsel\n\nHarlow College\n", published=date(2029, 3, 1))
    assert {(e.start.date() if isinstance(e.start, datetime) else e.start, e.title) for e in events} >= {
        (date(2029, 5, 4), "Dr. Rhea Lund"), (date(2029, 5, 8), "Dr. Omar Petts"), (date(2029, 5, 11), "Dr. Jo Amsel")}


def test_a_cancelled_line_under_its_date_is_no_entry():
    events = tagged_events("Lunchtime talks\n\n12 March 2029\n\nTalk cancelled\n\n19 March 2029\n\nPond Dipping for Beginners\n\n"
                           "26 March 2029\n\nCanal Walks Revisited\n", published=date(2029, 2, 1))
    assert date(2029, 3, 12) not in {e.start for e in events}
    assert len(events) == 2


def test_a_school_diary_day_with_a_class_assembly_keeps_its_items_apart():
    events = tagged_events("Diary dates\n\nTuesday 4th June 2030\n\nMrs Okafor's class assembly\nSports Day\n\n"
                           "Friday 7th June 2030\n\nMr Dunne's reading cafe\nSummer Fair\n", published=date(2030, 5, 1))
    assert len(events) == 4


def test_a_school_diary_with_two_title_case_items_a_day_keeps_every_item():
    events = tagged_events("Dates for the spring term\n\nTuesday 9 March 2027\n\nWorld Book Day\nYear 4 Bake Sale\n\n"
                           "Thursday 11 March 2027\n\nMaths Week\nStory time for families\n\n"
                           "Wednesday 17 March 2027\n\nComic Relief Day\nOpen Evening\n", published=date(2027, 1, 10))
    assert sorted(e.title for e in events) == ["Comic Relief Day", "Maths Week", "Open Evening", "Story time for families",
                                               "World Book Day", "Year 4 Bake Sale"]


def test_rows_with_a_name_like_line_at_two_places_are_no_speakers_rows():
    events = tagged_events("Class outings\n\nMonday 12 April 2027\n\nKestrel Class Outing\nHeron Class Outing\n\n"
                           "Friday 16 April 2027\n\nRobin Class Outing\nSwift Class Outing\n\n"
                           "Tuesday 20 April 2027\n\nOwl Class Outing\nWren Class Outing\n", published=date(2027, 3, 1))
    assert len(events) == 6
    assert not any("—" in e.title for e in events)


def test_a_talk_lists_day_off_with_its_reason_is_no_entry():
    events = tagged_events("Colloquia, Thursdays 4:00 - 5:00 p.m.\n\nApril 3, 2031\n\nDr. Mira Tallis\n\nOakmere University\n\n"
                           "April 10, 2031\n\nReading Week\nNo Colloquium\n\n"
                           "April 17, 2031\n\nDr. Idris Cole\n\nFenwick Institute of Optics\n", published=date(2031, 2, 1))
    assert {e.title for e in events} == {"Dr. Mira Tallis", "Dr. Idris Cole"}
