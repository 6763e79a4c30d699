"""A notice's parts, each a label with its number in words or figures ("Part one: Land reform project
visit", "Part Two: Community engagement", "Session 2: Panel") over its own "Time:" and "Venue:" lines,
under one "Date:" line: each part is an entry on that day at its own clock, named by its label's value
and placed by its own venue, as "Event 1:" / "Event 2:" blocks already were."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def _timed(text: str, published: str) -> list[tuple[datetime, str, str | None]]:
    return sorted((e.start, e.title, e.location) for e in page_events(text, published)
                  if isinstance(e.start, datetime))


def test_parts_numbered_in_words_with_h_clocks():
    text = ("The Deputy Minister will visit a cotton project in Jozini as part of the Imbizo Focus Week.\n"
            "Members of the media are invited as follows:\n"
            "Part one: Land reform project visit\n"
            "Date: 18 July 2018\n"
            "Time: 10h00\n"
            "Venue: Makhathini Cotton Gin\n"
            "Part Two: Community engagement\n"
            "Time: 11h00\n"
            "Venue: Mjindi Community Hall\n"
            "Part Three: Frontline service monitoring\n"
            "Time: 13h00\n"
            "Venue: Jozini Police Station\n")
    assert [(s, t) for s, t, _ in _timed(text, "2018-07-12")] == [
        (datetime(2018, 7, 18, 10, 0), "Land reform project visit"),
        (datetime(2018, 7, 18, 11, 0), "Community engagement"),
        (datetime(2018, 7, 18, 13, 0), "Frontline service monitoring")]


def test_sessions_numbered_in_figures_with_colon_clocks():
    text = ("The Commission invites stakeholders to its consultation in Durban.\n"
            "Session 1: Opening and scene setting\n"
            "Date: 9 March 2027\n"
            "Time: 09:00\n"
            "Venue: Durban ICC, Hall 4\n"
            "Session 2: Breakaway groups\n"
            "Time: 11:30\n"
            "Venue: Durban ICC, Rooms 21-23\n")
    found = _timed(text, "2027-03-01")
    assert [(s, t) for s, t, _ in found] == [
        (datetime(2027, 3, 9, 9, 0), "Opening and scene setting"),
        (datetime(2027, 3, 9, 11, 30), "Breakaway groups")]
    assert found[1][2] is not None and "Rooms 21-23" in found[1][2]


def test_stages_numbered_with_roman_figures_and_twelve_hour_clocks():
    text = ("The Mayor will tour the new bus depot.\n"
            "Stage I: Arrival and welcome\n"
            "Date: Friday, 4 June 2027\n"
            "Time: 9.30am\n"
            "Venue: Main gate\n"
            "Stage II: Walk through the workshops\n"
            "Time: 10.15am\n"
            "Venue: Workshop B\n")
    assert [(s, t) for s, t, _ in _timed(text, "2027-05-28")] == [
        (datetime(2027, 6, 4, 9, 30), "Arrival and welcome"),
        (datetime(2027, 6, 4, 10, 15), "Walk through the workshops")]


def test_a_first_part_whose_label_has_no_colon_is_not_named_by_the_next_part():
    text = ("The Deputy Minister will visit a cotton project in Jozini as part of the Imbizo Focus Week.\n"
            "Members of the media are invited as follows:\n"
            "Part one Land reform project visit\n"
            "Date: 18 July 2018\n"
            "Time: 10h00\n"
            "Venue: Makhathini Cotton Gin\n"
            "Part Two: Community engagement\n"
            "Time: 11h00\n"
            "Venue: Mjindi Community Hall\n")
    first, second = _timed(text, "2018-07-12")
    assert first[0] == datetime(2018, 7, 18, 10, 0) and "Community engagement" not in first[1]
    assert second[:2] == (datetime(2018, 7, 18, 11, 0), "Community engagement")


def test_a_first_part_label_with_no_colon_over_spaced_fields_names_its_part():
    text = ("Members of the media are invited as follows:\n\n"
            "Part one Land reform project visit\n\n"
            "Date: 18 July 2018\n\n"
            "Time: 10h00\n\n"
            "Venue: Makhathini Cotton Gin\n\n"
            "Part Two: Community engagement\n\n"
            "Time: 11h00\n\n"
            "Venue: Mjindi Community Hall\n")
    assert [(s, t) for s, t, _ in _timed(text, "2018-07-18")] == [
        (datetime(2018, 7, 18, 10, 0), "Land reform project visit"),
        (datetime(2018, 7, 18, 11, 0), "Community engagement")]
