"""Future acts told in news and newsletter prose, bullet items under weekday
headings, and days counted from a guessed document date.

News round-ups and newsletters announce a performer's or a school's act with a verb, not an event
noun ("The Night Owls will be playing ... will perform at the Corn Exchange on 14 May"); a stage
act's noun counts with its performer or venue after it ("a gig by The Night Owls", "a show at the
Corn Exchange"), not alone ("the fund's performance"). A weekday heading over bulleted items
gives one entry per bullet, even when a letter's signature or greeting stands above the list.
"this weekend" or "Saturday" counted from a guessed page date names a day nobody wrote: no entry.
"""
# Provenance: Round 19 (pr14); red team 19 C4 prose/bullets, C3 deictic.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _result(text: str, published: date | None = date(2031, 3, 3)):
    return process_document(Document(path="doc.txt", text=text, published=published),
                            Options(today=date(2031, 3, 3)))


def _entries(text: str, published: date | None = date(2031, 3, 3)) -> set[tuple[str, str, str | None]]:
    return {(e.title, str(e.start)[:16], e.location) for e in _result(text, published).events}


def test_a_performer_announced_to_perform_on_a_day() -> None:
    got = _entries("Folk duo Marram Grass will perform at the Corn Exchange on Friday, April 11. "
                   "Doors open early.\n")
    assert ("Marram Grass", "2031-04-11") in {(t, s) for t, s, _ in got}


def test_a_progressive_future_and_a_quoted_show_name() -> None:
    got = {(t, s) for t, s, _ in _entries(
        "“Pip and the Paper Moon” will be performing at the Old Vic on May 2.\n"
        "Grunge revivalists Tarpit are performing on June 6 at the Leadmill.\n")}
    assert ("Pip and the Paper Moon", "2031-05-02") in got
    assert ("Tarpit", "2031-06-06") in got


def test_a_past_performance_is_no_announcement() -> None:
    assert not _entries("Marram Grass performed at the Corn Exchange on Friday, February 7.\n",
                        date(2031, 3, 3)) & {("Marram Grass", "2031-02-07", "Corn Exchange")}


def test_a_named_occasion_celebrated_or_received_names_the_entry() -> None:
    got = {(t, s) for t, s, _ in _entries(
        "We will be marking Red Nose Day on Friday 14th March by asking children to wear red.\n\n"
        "Our Year 3 children are to make their First Holy Communion on Sunday, May 18th at the 11:00AM Mass.\n")}
    assert ("Red Nose Day", "2031-03-14") in got
    assert any(t.startswith("First Holy Communion") and s == "2031-05-18 11:00" for t, s in got)


def test_receiving_a_thing_names_no_occasion() -> None:
    assert not _entries("Applicants will receive a decision letter on April 2.\n")


def test_a_stage_noun_with_its_performer_or_venue_is_an_event() -> None:
    got = {(t, s) for t, s, _ in _entries(
        "Radio Nine is presenting a gig by The Lantern Society on Oct. 9 at the Boiler Room.\n"
        "The pair will warm up with a show at the Corn Exchange on Wednesday, March 19th.\n")}
    assert ("Gig by The Lantern Society", "2031-10-09") in got
    assert any(s == "2031-03-19" for _, s in got)


def test_a_stage_noun_alone_is_news() -> None:
    assert not _entries("The fund's performance on March 31 disappointed, figures show.\n")


def test_bullets_under_weekday_headings_below_a_signature() -> None:
    text = ("Dear Families,\n\nPlease note the dates below.\n\nKind regards,\n\nMr B Okafor\n\n"
            "Monday 10th March 2031\n\n  • Science Week\n"
            "Tuesday 11th March\n\n  • Year 4 trip to the Roman Museum\n"
            "  • Year 6 netball match at 3.30pm\n"
            "Thursday 13th March\n\n  •\n")
    got = {(t, s) for t, s, _ in _entries(text)}
    assert ("Science Week", "2031-03-10") in got
    assert ("Year 4 trip to the Roman Museum", "2031-03-11") in got
    assert ("Year 6 netball match", "2031-03-11 15:30") in got
    assert all(t.strip("• ") for t, _ in got)      # an empty bullet names nothing


def test_this_weekend_on_a_guessed_page_date_makes_no_second_festival() -> None:
    text = ("Riverside gets ready for its Lantern Festival this weekend.\n\n"
            "The Lantern Festival runs Saturday, August 16 from 2 p.m. to 9 p.m. at Riverside Park.\n")
    result = _result(text, None)
    days = sorted(str(e.start)[:10] for e in result.events)
    assert len(days) == 1 and days[0].endswith("-08-16")
    assert any("guess" in u.reason for u in result.unresolved)


def test_a_weekday_on_a_given_page_date_still_counts() -> None:
    got = {(t, s) for t, s, _ in _entries("Folk duo Marram Grass will perform at the Corn Exchange on Saturday.\n")}
    assert ("Marram Grass", "2031-03-08") in got
