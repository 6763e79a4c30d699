"""A full date at the top of a news page that the story's own days told ahead all leave behind
is the site's "today" line, not the story's date (round 32 class C): the story is dated in the
heading's year (or its address's), before the first day it announces. A heading the story fits
is kept."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def _reference(text: str, url: str | None = None):
    doc = Document(path="doc.txt", text=text, url=url)
    return infer_reference_date(doc, tag(text, None), today=date(2026, 12, 1))


STORY = ("Tuesday, 3 October, 2023\n\n"
         "Lantern parade to return to the riverside\n\n"
         "The town's lantern parade will be held along the riverside on June 20, the festival office said.\n"
         "Workshops for children will run on June 13 at the library.\n")


def test_a_heading_every_day_told_ahead_leaves_behind_is_no_publication_date():
    found = _reference(STORY)
    assert found.inferred and found.value.year == 2023 and found.value < date(2023, 6, 13)
    assert found.latest == date(2023, 10, 3)


def test_the_address_year_wins_over_the_heading_year():
    found = _reference(STORY, url="https://news.example/city/lantern-parade-returns-2019-03-02-77.html")
    assert found.value is not None and found.value.year == 2019 and found.value < date(2019, 6, 13)


def test_a_heading_the_story_fits_is_kept():
    text = ("Tuesday, 14 November, 2023\n\n"
            "Lantern parade to return to the riverside\n\n"
            "The town's lantern parade will be held along the riverside on December 2, the festival office said.\n")
    found = _reference(text)
    assert not found.inferred and found.value == date(2023, 11, 14)


def test_one_day_misread_as_ahead_does_not_keep_an_outrun_heading():
    text = ("Tuesday, 3 October, 2023\n\n"
            "Choir festival set for summer\n\n"
            "The choir festival will open on July 3, with rehearsals that will start on June 26 and a gala "
            "that will close it on July 6. Singers will meet on June 30. It was once planned for December 5.\n")
    found = _reference(text)
    assert found.inferred and found.value.year == 2023


def test_a_heading_with_a_day_told_ahead_within_months_is_kept():
    text = ("Tuesday, 14 November, 2023\n\n"
            "Spring fair dates announced\n\n"
            "The spring fair will be held on March 9 in the market square.\n")
    found = _reference(text)
    assert not found.inferred and found.value == date(2023, 11, 14)


def test_a_year_ending_an_events_name_dates_an_undated_announcement():
    # round 33 class A: the edition year is written only in the event's name
    text = ("Minister to open the first Coastal Crafts Fair in Port Town on 9th March\n\n"
            "The first Coastal Crafts Fair 2019 at the harbour hall opens on 9th March. Coastal Crafts Fair 2019 "
            "organised by the guild brings makers from the whole coast.\n")
    found = _reference(text)
    assert found.value == date(2019, 1, 1)


def test_a_year_after_a_sentences_first_word_is_no_name():
    from calfeed.events.words import words_in
    from calfeed.timex.name_years import name_year_blockers, year_ends_name
    for text, named in (("The guild met there. In 2019 the hall was rebuilt.", False),
                        ("Tickets for the Coastal Crafts Fair 2019 are on sale.", True),
                        ("The plan is part of Vision 2030 for the coast.", False),
                        ("Tickets for the Fair\t 2019 are on sale.", False),
                        ("Crafts\n  Fair 2019 opens.", False)):
        start = text.index("20")
        assert year_ends_name(text, start, words_in(text, max(0, start - 120), start),
                              name_year_blockers()) is named, text


def test_a_holiday_linked_to_its_day_by_is_picks_the_year_the_tenses_allow():
    # round 33 class A (page 13): "Thanksgiving is Nov 27th" fits 2014 and 2025; the goals "by December 2015"
    # leave only 2014
    text = ("Volunteer Survey Timeline\n\n"
            "October 20th: Volunteers receive the survey forms.\n\n"
            "November 14th: Survey forms due back to the office. (Thanksgiving is Nov 27th)\n\n"
            "Goals for the next round:\n\n"
            "1. Can be reached by December 2015.\n")
    found = _reference(text)
    assert found.value is not None and found.value.year == 2014


def test_a_link_word_alone_names_no_holiday():
    from calfeed.timex.holiday_days import holiday_pairs
    linked = "The egg trail opens after the service. Easter falls on April 20.\n"
    assert [(month, day) for _, month, day, _ in holiday_pairs(linked, tag(linked, None))] == [(4, 20)]
    plain = "The library is 5 May.\n"
    assert holiday_pairs(plain, tag(plain, None)) == []


def test_a_year_inside_a_name_beside_year_less_days_is_their_year():
    # round 33 class A (page 01): the page's only year is in the name the moved day is for
    text = ("Bursary Deadlines\n\n"
            "Forms must reach the office by noon on these dates:\n\n"
            "  • May 4 (moved from May 2 to May 4 for the 2019 Summer bursary round)\n"
            "  • September 1\n"
            "  • January 15\n")
    found = _reference(text)
    assert found.value is not None and found.value.year == 2019 and found.value <= date(2019, 5, 2)


def test_a_year_after_since_is_no_name_of_the_days():
    from calfeed.text import split_sentences
    from calfeed.timex.named_year_days import named_year
    for text in ("The fair, held since 2011 every year, opens on May 4.\n",
                 "In 2011 the fair opened on May 4.\n"):
        assert named_year(text, split_sentences(text), tag(text, None)) is None, text
    text = "The bursary round moved from May 2 to May 4 for the 2019 Summer intake.\n"
    assert named_year(text, split_sentences(text), tag(text, None)).year == 2019


def test_a_heading_whose_days_ahead_all_fall_later_in_its_own_year_is_kept():
    # Review 25 M2: a January notice of the autumn's dates (8-11 months ahead) is outrun by FAR_AHEAD, but no
    # day falls before the heading, so the heading is its date, not a tense guess in the year before.
    text = ("Monday, 8 January 2024\n\nClub news\n\nThe annual general meeting will be held on October 5. "
            "The autumn gala will take place on November 20, and the cup final will be played on September 28.\n")
    found = _reference(text)
    assert found.value == date(2024, 1, 8)


def test_a_story_file_named_by_its_day_and_a_serial_dates_the_page():
    from calfeed.timex.edition_years import address_date
    named = Document(path="doc.txt", text="", url="https://news.example/stories/201905140312.html")
    assert address_date(named)[:2] == (date(2019, 5, 14), date(2019, 5, 14))
    for url in ("https://news.example/stories/2019051403.html",       # too short for a day and a serial
                "https://news.example/stories/201905140312/photos",   # not the file's whole name
                "https://news.example/stories/201913400312.html"):    # no such day
        assert address_date(Document(path="doc.txt", text="", url=url)) is None, url


def test_a_year_a_sentence_remembers_is_no_name_of_its_days():
    # review 25 M1: the year of what an occasion remembers (a storm, a cup win, a school year) is long
    # gone; the occasion's year-less day is still read from the page's own time, not put in that year
    from calfeed.text import split_sentences
    from calfeed.timex.named_year_days import named_year
    for text in ("The service marking the 1987 storm has been moved to October 16.\n",
                 "The 1990 Cup Final tribute lunch has been pushed back to August 9.\n",
                 "A get-together for the 1982 graduates has been fixed for May 23 at the boathouse.\n",
                 "The 2001 Flood memorial walk has been switched to March 3.\n",
                 "The vigil for the 1987 storm has been set for October 16 this year.\n"):
        assert named_year(text, split_sentences(text), tag(text, None)) is None, text
        found = _reference(text)
        assert "written in a name" not in found.reason, (text, found)


def test_a_named_year_whose_day_falls_back_before_it_is_not_the_days_year():
    # review 25 M1: read from 2 January of the name's year, a late-December day told in the past falls
    # in the year before; the name's year is then not the day's, and the page is not dated by it
    text = "The closing day for the 2019 Winter bursary round has been moved to December 28.\n"
    found = _reference(text)
    assert "written in a name" not in found.reason and (found.value is None or found.value.year != 2019), found


def test_a_machine_stamp_is_the_record_s_date_and_is_not_checked_against_the_story():
    # review 25 S3: a stamp is told by a field of the reference date, not by the words of its reason
    text = ("date 2023-10-03\n\nLantern parade to return to the riverside\n\n"
            "The town's lantern parade will be held along the riverside on June 20, the festival office said.\n")
    found = _reference(text)
    assert found.stamp and not found.inferred and found.value == date(2023, 10, 3)
