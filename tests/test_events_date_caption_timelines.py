"""A contest's or a call's timeline writes each date on a line of its own with the step's
caption under it: the caption names the entry, also when a lead-in line ending with a colon
stands over the first date, when a stray block tag sits between, when a weekday in brackets
follows the date, and when the caption runs on into a paragraph of details."""

from datetime import date

from events_helpers import framed_by_title
from calfeed.events.step_captions import step_caption
from calfeed.sources import parse_document

TIMELINE = """Rules of the Lantern Contest:
<div class="rules-table">
March 2 – April 15, 2031
Building period of the paper lantern.
April 3 – April 30, 2031
Every lantern must hang in a front window for viewing;
Photos of each lantern go to the addresses below:
North - north@example.org
South - south@example.org
quote the lantern's name and its maker (ex. North Star – the maker);
April 3-May 9, 2031
Start of the public vote on the posted photo of each lantern, open to anyone who visits the club's page. Visitors may vote once for each lantern on any day. Makers may share the page with friends and neighbours.
May 20, 2031 (Tuesday)
Naming of the top three lanterns on the club's live stream.
May 24, 2031 (Saturday)
Presentation of the prizes on a live stream from the Town Hall, Riverside, with music and a supper for all makers. The winner of the whole contest will be flown to the capital for a second prize giving.
"""


def _events():
    text = parse_document(TIMELINE.encode(), "contest.md").text     # as a page copied to a file is read
    return framed_by_title(text, published=date(2031, 2, 1))


def test_each_date_is_named_by_the_caption_below_it():
    events = _events()
    building = events["Building period of the paper lantern"]
    assert (building.start, building.end) == (date(2031, 3, 2), date(2031, 4, 15))
    window = events["Every lantern must hang in a front window for viewing"]
    assert (window.start, window.end) == (date(2031, 4, 3), date(2031, 4, 30))
    assert not any(title.startswith(("Rules of", "<div", "quote the")) for title in events)


def test_a_caption_running_on_into_details_names_its_date():
    events = _events()
    vote = next(e for t, e in events.items() if t.startswith("Start of the public vote"))
    assert (vote.start, vote.end) == (date(2031, 4, 3), date(2031, 5, 9))
    prize = next(e for t, e in events.items() if t.startswith("Presentation of the prizes"))
    assert prize.start == date(2031, 5, 24)


def test_a_weekday_in_brackets_after_the_date_is_no_obstacle():
    events = _events()
    naming = events["Naming of the top three lanterns on the club's live stream"]
    assert naming.start == date(2031, 5, 20)


def test_colon_labels_over_their_dates_still_read_label_first():
    text = ("Key dates:\n\nAbstracts due:\nApril 16, 2031\nFinal papers due:\nMay 5, 2031\n"
            "Conference opens:\nJune 10, 2031\n")
    events = framed_by_title(text, published=date(2031, 2, 1))
    assert {e.start for t, e in events.items() if "abstracts" in t.lower()} == {date(2031, 4, 16)}
    assert {e.start for t, e in events.items() if "final papers" in t.lower()} == {date(2031, 5, 5)}
    assert {e.start for t, e in events.items() if "conference" in t.lower()} == {date(2031, 6, 10)}


def test_step_captions():
    assert step_caption("Start of the public vote on the posted photos")
    assert step_caption("Naming and Awarding of the winners at the hall")
    assert step_caption("Counting period of the judges' marks")
    assert step_caption("Submission of the full papers")
    assert not step_caption("Most of the entries arrive late")
    assert not step_caption("King of the hill returns")
    assert not step_caption("Visitors may vote once a day")
    assert not step_caption("start of the vote")


def test_a_line_of_block_tags_alone_is_dropped_and_tags_in_text_stay():
    raw = b"Notes:\n<table width=\"100%\">\n3 March 2031\nTalk in the <b>hall</b>\n</table>\n"
    assert parse_document(raw, "notes.md").text == "Notes:\n3 March 2031\nTalk in the <b>hall</b>\n"
