"""Dates of a saved page's site chrome that made entries (session 67):

- the site's day line above the page's heading, a year or more after the page's own day (the day the
  page was saved), among menu links: no entry (site_chrome.site_day_lines); a day line weeks ahead
  over the heading stays the event's;
- the days stamping the headlines of a "Related posts" block: other stories
  (site_chrome.related_block_stamps); a day in the story's paragraph under the block stays.
"""

from __future__ import annotations

from events_helpers import BUILD_DAY, page_events

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document


def _front_matter_events(page: str):
    return process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events


def _starts(events) -> list[str]:
    return sorted(str(e.start)[:10] for e in events)


def test_the_sites_day_line_above_the_heading_gives_no_entry():
    page = ("---\ntitle: Ferry timetable for the harvest fair\npublished: 2027-05-10\n---\n"
            "  • Timetables\n  • Visitor Permit Form\nThursday, September 4, 2031\nHarbour Radio\n  • Home\n\n"
            "Ferry timetable for the harvest fair\n\n"
            "Extra ferries will sail to Quill Island for the harvest fair on May 22, 2027.\n")
    assert _starts(_front_matter_events(page)) == ["2027-05-22"]


def test_the_sites_day_line_as_the_first_line_gives_no_entry():
    page = ("---\ntitle: Market day\npublished: 2027-05-10\n---\n3rd March 2030\nSupport the station\n\n"
            "Market day\n\nThe council offices in Quill Harbour will close on Friday 14th May, 2027.\n")
    assert _starts(_front_matter_events(page)) == ["2027-05-14"]


def test_an_events_day_line_weeks_ahead_over_its_heading_stays():
    page = ("---\ntitle: Lantern walk at Quill Harbour\npublished: 2027-05-10\n---\n"
            "Saturday, June 12, 2027\n\nLantern walk at Quill Harbour\n\n"
            "Bring a lantern and walk the harbour wall with the choir.\n")
    assert _starts(_front_matter_events(page)) == ["2027-06-12"]


def test_related_posts_stamps_give_no_entries():
    text = ("Quill Island harvest fair moves to the old pier\n\n"
            "Stalls of the harvest fair open at the old pier on May 22, 2027.\n\n"
            "Related posts\n\n"
            "MINISTER VISITS THE NEW NETTLEFORD CLINIC AND ITS STAFF\n\n"
            "September 1, 2029\n"
            "Island council unveils a calendar of the season's markets for residents\n\n"
            "September 1, 2029\n\n"
            "“We have moved the fair so that more families can come and stay for the whole day, and the old pier "
            "has room for every stall and the music stage as well as the children's corner,” said the organiser, "
            "who has run the fair for nine years and hopes to see it grow again.\n")
    assert _starts(page_events(text, "2027-05-10")) == ["2027-05-22"]


def test_a_day_written_under_a_related_block_in_the_story_stays():
    text = ("Related articles\n\nIsland council unveils a calendar of markets\n\n"
            "The harvest fair at Quill Harbour will be held at the old pier on May 22, 2027, the council said on Monday, "
            "after weeks of talks with the stall holders, the ferry company and the island's residents' association.\n")
    assert _starts(page_events(text, "2027-05-10")) == ["2027-05-22"]


def test_a_blurbs_day_in_a_related_block_under_the_story_gives_no_entry():
    text = ("Ferry fares for the lantern festival\n\n"
            "From 4 to 9 June, extra ferries will sail to Quill Island for the lantern festival, and fares will be halved.\n\n"
            "more stories\n\n"
            "Island library opens a reading garden\n\n"
            "Island library opens a reading garden\n\n"
            "A storytelling morning for children will take place on June 1 in the garden.\n\n"
            "Harbour wall repairs begin\n\n"
            "The works start tomorrow at the north pier.\n")
    assert _starts(page_events(text, "2027-06-01")) == ["2027-06-04"]


def test_a_short_story_line_under_a_related_block_above_the_story_stays():
    text = ("Related posts\n\nIsland library opens a reading garden\n\n"
            "The lantern parade will take place on June 12 at the harbour.\n\n"
            "Families are asked to bring their own lanterns and to come early, as the harbour road will close to "
            "cars an hour before the parade and the ferries will run late.\n")
    assert _starts(page_events(text, "2027-06-01")) == ["2027-06-12"]
