"""Dating a text that writes no year of its own from what ties its days together (red team 8
A3: an undated news story's "later this week" and its year-less day; a bare year told in the
past is no year for the days it announces)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

BUILD_DAY = date(2026, 11, 29)

SUMMIT = ("NEW DELHI: Prime Minister Narendra Modi will inaugurate a two-day Global Buddhist Summit in Delhi, "
          "to be held later this week, Union Culture Minister G Kishan Reddy said on Monday.\n"
          "Addressing a press conference here, he said the conference will be held at The Ashok hotel on April 20-21.\n")
ENVISIONED = ("Halder said the conference was first envisioned in 2020 but could not take place at the time due "
              "to the COVID-19 pandemic.\n")


def _inferred(text: str, today: date = BUILD_DAY):
    return infer_reference_date(Document("story.txt", text), tag(text, None), today)


def test_later_this_week_and_a_year_less_day_ahead_put_the_story_in_that_day_s_week():
    ref = _inferred(SUMMIT)
    assert ref.value == date(2026, 4, 20)          # the Monday of the week holding 20 April 2026
    assert "tell of one week" in ref.reason


def test_a_bare_year_told_in_the_past_does_not_put_the_story_in_that_year():
    ref = _inferred(SUMMIT + ENVISIONED)
    assert ref.value == date(2026, 4, 20)          # was 2 January 2020
    assert "after 1 January 2020" in ref.reason


def test_the_week_is_the_latest_such_up_to_the_build():
    ref = _inferred(SUMMIT, today=date(2026, 3, 1))
    assert ref.value == date(2025, 4, 14)          # 20 April 2026 is not yet reached: 2025's week


def test_the_weekday_the_story_was_told_on_starts_the_week_s_reading():
    text = ("The minister said on Wednesday that the summit, to be held later this week, would open the talks.\n"
            "The summit will be held on April 24.\n")
    ref = _inferred(text)
    assert ref.value == date(2026, 4, 22)          # Wednesday of the week of Friday 24 April 2026


def test_a_day_far_from_the_week_word_is_no_tie():
    text = ("The festival, to be held later this week, was announced on Monday.\n" + "Nothing new.\n" * 4
            + "The next budget will be voted on June 30.\n")
    assert "tell of one week" not in _inferred(text).reason


def test_a_bare_past_year_alone_with_days_ahead_counts_from_the_build_day():
    ref = _inferred("The festival was founded in 2010. This year it will take place on 12 June.")
    assert ref.value == BUILD_DAY and ref.forward   # was 2 January 2010


def test_a_past_month_still_dates_the_days_ahead():
    ref = _inferred("The plan was approved in March 2026. The board will meet on 12 June.")
    assert ref.value == date(2026, 3, 2)


def test_the_story_gives_one_summit_in_the_right_week():
    result = process_document(Document("story.txt", SUMMIT + ENVISIONED), Options(today=BUILD_DAY))
    days = sorted((e.start, e.end) for e in result.events)
    assert (date(2026, 4, 20), date(2026, 4, 21)) in days
    assert all(start.year == 2026 for start, _ in days)       # no year-long 2020 'conference'


def test_a_clause_that_could_not_take_place_calls_off_its_own_dated_event():
    result = process_document(Document("story.txt", "---\npublished: 2023-04-17\n---\n" + ENVISIONED),
                              Options(today=BUILD_DAY))
    assert result.events == []
    assert any("could not take place" in u.reason for u in result.unresolved)


CAPTION = ("NASA to Try For Monday Space Shuttle Launch\n\n"
           "Minutes before its fourth launch scrub, the space shuttle Endeavour waits for liftoff on Launch Pad 39A "
           "on July 12, 2009. (Image credit: NASA.)\n\n"
           "NASA aims to give the space shuttle Endeavour a fifth shot at launching into orbit today.\n\n"
           "Endeavour is slated to launch Monday evening at 6:51 p.m. EDT (2251 GMT) from Kennedy Space Center.\n\n"
           "Endeavour almost got off the ground on Sunday, but was foiled at the last minute by storms.\n\n")


def test_a_caption_s_full_date_above_a_story_of_past_weekdays_dates_the_story():
    ref = _inferred(CAPTION)
    assert ref.value == date(2009, 7, 12)          # was 8 weeks before it: 17 May 2009
    result = process_document(Document("story.txt", CAPTION), Options(today=BUILD_DAY))
    assert any(e.start.isoformat() == "2009-07-13T18:51:00" for e in result.events)   # the Monday launch


def test_with_days_ahead_of_their_own_the_caption_still_dates_the_story():
    ref = _inferred(CAPTION + "Endeavour has until July 14 to launch, or wait until the window opens again on July 27.\n")
    assert ref.value == date(2009, 7, 12) and "news of the days around it" in ref.reason


def test_a_list_of_full_dates_with_no_story_is_still_an_announcement():
    ref = _inferred("Key dates\n\n- Submissions: 12 March 2027\n- Notification: 30 April 2027\n")
    assert ref.value == date(2027, 1, 15)          # 8 weeks before the first


KEY_DATES = ("Key Dates and Deadlines\n- June 1 – Session proposals are due.\n- July – The Program Committee accepts "
             "session proposals.\n- Oct. 15 – Sessions must be finalized. As part of this process:\n- Organizers accept "
             "and reject contributions.\n- Nov. 1 – Travel award applications are due.\n- Dec. 15 – Reservations for "
             "business meetings are due.\n- Feb. 28 – Subsidized registration applications are due.\n")


def test_an_undated_list_crossing_new_year_is_a_yearly_cycle_of_next_occurrences():
    # Red team 13 C4: the page is one cycle that comes round every year; read as one sequence
    # from its first row ahead of the build day, its rows after the turn of the year were the
    # cycle after next (15 Dec 2027, 28 Feb 2028) and this winter's deadlines were lost.
    result = process_document(Document("dates.md", KEY_DATES), Options(today=BUILD_DAY))
    starts = [e.start for e in sorted(result.events, key=lambda e: e.sources[0].start)]
    assert all(BUILD_DAY <= s < BUILD_DAY.replace(year=BUILD_DAY.year + 1) for s in starts if isinstance(s, date))
    assert starts[0] == date(2027, 6, 1) and starts[-2:] == [date(2026, 12, 15), date(2027, 2, 28)]
