"""Entries a subscriber would call junk: a plain year or season beside the days that date the
page's occasions, a year already over, a month that comes round "each year", a related-story
link's headline and a listing's posting stamp."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import BUILD_DAY, tagged_events

from calfeed.model import Event
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

PUBLISHED = date(2027, 3, 2)


def _entries(text: str, published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(e.title, str(e.start), e.precision) for e in tagged_events(text, published=published)]


def test_a_count_of_events_this_year_is_no_entry_when_their_days_are_written():
    text = ("The committee will meet soon to plan our three remaining events this year. "
            "The quiz night is on Friday 14 May 2027 and the barn dance on Saturday 10 July 2027.")
    assert all(p == "exact" for _, _, p in _entries(text))
    assert sorted(s for _, s, _ in _entries(text)) == ["2027-05-14", "2027-07-10"]


def test_a_season_as_the_theme_of_a_concert_is_no_span():
    text = ("On Saturday, October 16th we will host a concert in the chapel at 7.30pm; "
            "it will be a sung celebration of autumn and harvest, with the village choir.")
    assert [p for _, _, p in _entries(text)] == ["exact"]


def test_later_this_year_stays_beside_a_dated_day():
    text = ("The steering panel will meet in Oslo later this year. "
            "The ministers will meet in Oslo on 9 November 2027.")
    precisions = sorted(p for _, _, p in _entries(text))
    assert precisions == ["approximate", "exact"]


def test_this_year_alone_still_gives_its_span():
    text = "The new visitor centre will open this year, the trust said."
    assert [p for _, _, p in _entries(text)] == ["approximate"]


def test_a_year_already_over_is_no_entry():
    text = ("Lantern parade returns\n\nThe lantern parade will be held on Friday 5 November 2027.\n\n"
            "Part of the crowd watching the opening at the 2025 Parade.")
    assert [str(e.start) for e in tagged_events(text)] == ["2027-11-05"]


def test_a_month_that_comes_round_each_year_is_no_entry():
    text = ("Our talks are held in the Church Hall at 2pm.\n\nThe May talk each year is preceded by our "
            "Annual General Meeting, where the officers report to members.\n\n"
            "13th May Ann Lowe: Canal Boats\n10th June Tom Reed: Old Maps")
    assert sorted(s for _, s, p in _entries(text)) == ["2027-05-13", "2027-06-10"]
    assert all(p == "exact" for _, _, p in _entries(text))


def test_held_annually_in_a_month_is_a_habit():
    # review 20 S7: the first sentence gives no entry without the yearly-habit veto too (another
    # reader drops it); the other two gave a month's entry before not_events._yearly_habit
    for text in ("The open gardens weekend is held annually in June.",
                 "The village show takes place in August each year.",
                 "The regatta is held in July every year on the river."):
        assert _entries(text) == [], text


@pytest.mark.parametrize("text", [
    "Lantern Night 2027\n\nLantern Night is an annual festival held in October, lighting the old town "
    "with music and arts.\n\nShops stay open late.",
    "Harbour Lights 2027\n\nHarbour Lights is a yearly festival held in October on the quay.\n\n"
    "Stalls line the streets."])
def test_an_annual_or_yearly_occasion_held_in_a_month_is_a_habit(text):
    # R66 06 (session 53): a festival described as an annual one held in a month, on a page
    # with no page day whose heading names the year, gave a month-long entry; 'an annual' and
    # 'a yearly' (yearly_habit_marks) say what happens every year. One text per row.
    assert _undated(text) == []


def test_an_annual_occasion_told_ahead_in_a_month_keeps_its_span():
    text = "Harbour Lights 2027\n\nThe Harbour Lights, an annual festival, will take place in October."
    assert [(str(e.start)[:7], e.precision) for e in _undated(text)] == [("2027-10", "approximate")]


def _undated(text: str) -> list[Event]:
    """The entries of a page with no publication day, built as ``calfeed build`` builds it."""
    return process_document(parse_document(text.encode(), "page.txt"), Options(today=BUILD_DAY)).events


def test_every_year_in_a_month_invents_no_day():
    # "every year in September" says which month of each year: a yearly series bounded by that
    # month was an exact entry on the 1st; no day is written, so the report gets it
    for text in ("Every year in September the harvest supper is held in the village hall.",
                 "Our carol service is held each year in December in the parish church."):
        assert _entries(text) == [], text

def test_a_month_with_its_year_told_ahead_is_no_habit():
    text = "The Lantern Fair, held every year since 1985, will take place in August 2027 in the square."
    assert [(s[:7], p) for _, s, p in _entries(text)] == [("2027-08", "approximate")]


def test_a_related_story_link_gives_no_entry():
    text = ("The county assembly will sit on Tuesday 9 March 2027 at 2.30pm.\n\n"
            "Also Read  Thousands across the region mark Palm Sunday\n\nMembers will debate the budget.")
    assert [s[:10] for _, s, _ in _entries(text)] == ["2027-03-09"]


def test_a_related_label_needs_its_colon():
    text = "Related: Harbour market returns on 12 June 2027\nThe council approved the plan."
    assert _entries(text) == []
    text = "Related events on Saturday 12 June 2027 include a harbour market."
    assert len(_entries(text)) == 1


def test_a_listing_stamp_is_no_occasion():
    text = ("news  // 14 Jan 2027\n\nReading room reopens\n\nThe library reopens its reading room from "
            "20-25 March 2027. This is a major event for readers of the town.\n"
            "news  // 20 Feb 2027\n\nLibrary talk\n\n"
            "The historian Jo Park will give a talk at the library on Thursday, 8 April 2027 at 18:00.")
    assert [s[:10] for _, s, _ in _entries(text)] == ["2027-03-20", "2027-04-08"]

def test_an_occasion_inside_a_trailing_condition_is_only_supposed():
    text = "Daily lists go up on the website each afternoon if the tribunal is sitting the next day."
    assert _entries(text) == []


def test_a_condition_on_the_reader_leaves_the_meeting_real():
    text = "Please tell the clerk if you would like to speak at the meeting on Tuesday 9 March 2027."
    assert [s for _, s, _ in _entries(text)] == ["2027-03-09"]


def test_unless_presumes_the_occasion():
    text = "Unless it snows the village fete will be held tomorrow in the park."
    assert [s[:10] for _, s, _ in _entries(text)] == ["2027-03-03"]


def test_a_fronted_condition_without_its_comma_leaves_the_occasion_real():
    text = "If the weather holds the regatta will go ahead tomorrow on the lake."
    assert [s[:10] for _, s, _ in _entries(text)] == ["2027-03-03"]


def test_an_occasion_that_is_the_condition_itself_is_only_supposed():
    text = "Daily notices go up on the board if there is a hearing the next day."
    assert _entries(text) == []


def test_stamped_minutes_mark_a_listing_of_posts():
    text = ("Latest town news\n\nParish photos: the lantern walk lights up the green\n\n"
            "Mar. 20, 2027 17:43 PM GMT\n\nHundreds walked the green with lanterns on Saturday. ...\n\n"
            "Week in pictures\n\nMar. 19, 2027 09:15 AM GMT\n\nScenes from around the county this week. ...\n\n"
            "Bridge repairs\n\nMar. 18, 2027 11:02 AM GMT\n\nThe river bridge shuts for repairs. ...\n")
    assert _entries(text) == []


def test_one_odd_minute_on_its_own_line_keeps_every_entry():
    text = ("Star party\n\nSky watch evening\n13 April 2027 8:00 PM\n\n"
            "Balloon ascent window opens\n14 April 2027 6:52 AM\n")
    assert [(t, s) for t, s, _ in _entries(text)] == [("Sky watch evening", "2027-04-13 20:00:00"),
                                                     ("Balloon ascent window opens", "2027-04-14 06:52:00")]


def test_a_separate_occasion_in_a_year_keeps_its_span_beside_a_day_inside_it():
    text = ("The County Youth Championships will take place in 2027 in Derby.\n"
            "Entries for the team trials close on 9 February 2027.\n")
    assert sorted((s[:10], p) for _, s, p in _entries(text, published=date(2026, 10, 5))) == [
        ("2027-01-01", "approximate"), ("2027-02-09", "exact")]


def test_an_event_clock_on_its_own_line_stays():
    text = ("Spring concert\n\nMar. 20, 2027 7:30 PM GMT\n\nThe town band plays in the square.\n\n"
            "Summer concert\n\nJun. 19, 2027 7:30 PM GMT\n\nThe town band plays in the park.\n")
    assert len(_entries(text)) == 2


def test_a_target_year_is_a_horizon():
    text = ("The county plan will be adopted on 14 April 2027. Recycling is expected to reach "
            "around 60 percent by 2030.")
    assert [s for _, s, _ in _entries(text)] == ["2027-04-14"]


def test_a_deadline_of_a_whole_year_is_no_entry():
    text = "With the regional elections due next year, the council is in a hurry to pass the budget."
    assert _entries(text) == []


def test_a_contract_over_years_is_no_entry():
    text = ("The Harbour Festival has named Mara Quell as its new chair, with an initial four-year "
            "contract running from March 2027 to February 2031.")
    assert _entries(text, published=date(2026, 12, 10)) == []


def test_a_broadcast_or_release_line_is_no_page_furniture() -> None:
    # review 20 S2, S3: "Watch:" opens a broadcast's own line, and a release is an occasion, not a post
    for text in ("Festival highlights\n\nWatch: Saturday 12 June 2027 at 8pm on Channel Four\n",
                 "Harvest Show\n\nThe Harvest Show comes back to the school field.\nRelease | 14 September 2027\n"):
        assert _entries(text, published=date(2027, 5, 1)), text
