"""A title that names a list, a section or a field ("Important Dates", "Date and time", "Your
diary") gives way to the item's own words: the line under a stacked list's date, the heading
over a listing's item, else the page's title (generic_titles.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from calfeed.events.generic_titles import is_generic
from events_helpers import tagged_events

PUBLISHED = date(2027, 1, 10)


def _titles(text: str, **fields) -> list[tuple[str, object]]:
    return sorted(((e.start, e.title) for e in tagged_events(text, published=PUBLISHED, **fields)), key=lambda pair: str(pair[0]))


@pytest.mark.parametrize("title", [
    "Important Dates", "Key dates", "Dates for your diary", "Your diary", "Date and time",
    "Date & Time", "What's On", "Save the date", "Target audience – adults", "Cost: £4",
    "Booking via this link: https://example.org/book", "Best events for the week",
    "Upcoming events this month", "Our key dates", "(These dates were set by the steering group.)",
])
def test_list_section_and_field_names_are_generic(title):
    assert is_generic(title)


@pytest.mark.parametrize("title", [
    "Open day", "Deadline for posters", "Time capsule opening", "Dates announced for the fair",
    "Location scouting walk", "Council meeting", "New Year events", "Community events",
    "Sports day (Years 3 & 4)",
])
def test_names_of_what_happens_are_not(title):
    assert not is_generic(title)


def test_a_listing_item_is_titled_by_its_heading_not_its_date_field():
    text = ("Things to do this fortnight\n\n"
            "Lantern Making for Families\n\n"
            "Date and time: March 6 11am\n\n"
            "Location: Elm Street Community Hall\n\n"
            "Description: Children and grown-ups build paper lanterns together.\n\n"
            "Harbour Choir: Spring Songs\n\n"
            "Date and time: March 13 7pm\n\n"
            "Location: St Kenelm's Church\n")
    assert _titles(text) == [(datetime(2027, 3, 6, 11), "Lantern Making for Families"),
                             (datetime(2027, 3, 13, 19), "Harbour Choir: Spring Songs")]


def test_a_field_line_over_the_clock_passes_prose_to_reach_the_heading():
    text = ("Pond Dipping Morning\n\n"
            "Bring wellies and a jar. Nets are lent at the gate.\n\n"
            "Target audience – 5-10 year olds. Location: Mill Lane Nature Reserve. "
            "Time: Saturday 20 March 2027, 10:00am – 12:00pm.\n")
    assert [t for _, t in _titles(text)] == ["Pond Dipping Morning"]


def test_the_heading_of_a_stacked_list_gives_way_to_the_line_under_the_date():
    text = ("Important Dates\n"
            "February 1\n"
            "Proposal window opens. Ideas sent in before then are read too.\n"
            "April 9\n"
            "Proposals due.\n")
    titles = [t for _, t in _titles(text)]
    assert "Important Dates" not in titles
    assert "Proposal window opens" in titles


def test_rows_with_only_a_clock_under_a_diary_heading_take_the_page_title():
    text = ("Dates for your diary\n\n"
            "• Thursday 2 December 2027 – 7 pm\n"
            "• Friday 3 December 2027 – 7.30 pm\n")
    assert _titles(text, title="Elmbridge Amateur Dramatics: The Snow Queen") == [
        (datetime(2027, 12, 2, 19), "Elmbridge Amateur Dramatics: The Snow Queen"),
        (datetime(2027, 12, 3, 19, 30), "Elmbridge Amateur Dramatics: The Snow Queen")]


def test_a_generic_heading_above_names_nothing_and_the_title_stays():
    """Nothing on the page names the item: the generic title stays rather than a guess."""
    text = ("Reading Room News\n"
            "3 March 2027\n"
            "Key dates\n"
            "Date and time: March 20 2pm\n")
    assert (datetime(2027, 3, 20, 14), "Date and time") in _titles(text)


def test_a_date_line_above_is_no_heading():
    text = ("Reading Room News\n"
            "3 March 2027\n"
            "Date and time: March 20 2pm\n")
    assert all(t != "3 March 2027" for _, t in _titles(text))


def test_a_named_title_is_left_alone():
    text = ("Upcoming events\n\n"
            "Quiz Night – Friday 12 March 2027, 7.30pm, Village Hall\n")
    assert [t for _, t in _titles(text)] == ["Quiz Night"]


def test_a_bare_deadline_label_is_named_by_the_heading_above():
    text = ("Travel Bursaries\n\n"
            "Students may ask for help with their fares. Write to the office with your receipts.\n\n"
            "Deadline:\n"
            "May 14, 2027\n")
    assert [t for _, t in _titles(text)] == ["Travel Bursaries deadline"]


def test_a_deadline_aside_gives_way_to_the_rows_own_words():
    text = ("Poster submission opens 1st February 2027\n"
            "Poster submission closes at noon (note: deadline moved) 12th March 2027\n")
    titles = [t for _, t in _titles(text)]
    assert "Deadline" not in titles
    # the clock and the day are one deadline now (test_events_clock_before_aside_and_day); a row
    # that holds the word "deadline" is named as 'X closes at noon on 12th March (note: deadline
    # moved)' already was: by what closes, without the verb
    assert "Poster submission closes" in titles or "Poster submission" in titles, titles


def test_a_deadline_told_in_a_sentence_keeps_its_title():
    """The sentence's words before the date are prose, not a name: nothing better is found."""
    text = ("The society's annual dinner is on Saturday 20 March 2027.\n"
            "Menu choices have a deadline of Friday 5 March 2027.\n")
    assert all(not t.startswith("Menu choices have") for _, t in _titles(text))


def test_a_list_heading_with_a_vague_date_gives_no_entry_of_its_own():
    text = ("Best events this month\n"
            "March 4\n"
            "Pottery open studio. Bring an apron.\n"
            "March 11\n"
            "Seed swap in the library garden.\n")
    assert [t for _, t in _titles(text)] == ["Pottery open studio", "Seed swap in the library garden"]


def test_a_save_the_date_heading_gives_way_to_the_description_under_the_date():
    text = ("Save the Date\n\n"
            "Saturday 12 June 2027\n\n"
            "Midsummer Barn Dance at Holt Farm. Tickets from the shop.\n")
    assert [t for _, t in _titles(text)] == ["Midsummer Barn Dance at Holt Farm"]


def test_a_generic_label_on_the_dates_line_gives_way_to_the_line_under_it():
    text = ("Reminder: Friday 5 March 2027\n"
            "Seedling swap in the chapel porch.\n")
    assert [t for _, t in _titles(text)] == ["Seedling swap in the chapel porch"]


def test_a_deadline_inside_a_running_sentence_takes_no_words_from_it():
    text = ("The regulator gave no reason for the March 30, 2027 deadline, and the firms have not "
            "said whether they will appeal.\n")
    assert all(not t.startswith("The regulator") for _, t in _titles(text))


def test_a_deadline_in_prose_is_not_named_by_the_section_heading_above():
    text = ("HOW TO APPLY\n\n"
            "Forms go to the parish office. Forms must reach us by the deadline of May 3, 2027 "
            "(5 PM) to be read.\n")
    assert all("HOW TO APPLY" not in t for _, t in _titles(text))


@pytest.mark.parametrize("page_title", ["Home | Larkfield Primary", "News", "Welcome to Larkfield Primary"])
def test_site_furniture_in_the_page_title_names_no_entry(page_title):
    # review 19 S2: the page-title fallback took "Home", "News" and a greeting as the subject
    text = ("Dates for your diary\n\n"
            "• Thursday 2 December 2027 – 7 pm\n"
            "• Friday 3 December 2027 – 7.30 pm\n")
    assert [t for _, t in _titles(text, title=page_title)] == ["Your diary", "Your diary"]    # generic, no guess


@pytest.mark.parametrize("below", ["Please bring a packed lunch and wear boots.", "Book your place at the office.",
                                   "Remember to label every jar."])
def test_a_request_under_a_generic_label_names_no_entry(below):
    # review 19 S3: the line under "Reminder:" was taken even when it asks the reader to do something
    text = f"Reminder: Friday 5 March 2027\n{below}\n"
    assert [t for _, t in _titles(text)] == ["Reminder"]


def test_a_name_that_opens_with_a_verb_is_still_taken_under_a_generic_label():
    text = "Reminder: Friday 5 March 2027\nBring and buy sale in the school hall.\n"
    assert [t for _, t in _titles(text)] == ["Bring and buy sale in the school hall"]
