"""The page's own date and year (session 18, class D): a year written over a list fixes its rows'
year, and a day written whole in a page's address dates it.

A year in a heading ("2029 Meetings", "Term Dates" / "2031", a year line over a month line) is
the year of the year-less rows under it, even when the weekdays beside the rows would fit another
year too: the rows are exact, not tentative. A news address that writes the filing day as one
run ("/20290312/", "-2029-03-12-", "?date=2029-03-12") dates the page as "/2029/03/12/" does.
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag

BUILD_DAY = date(2030, 6, 1)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def test_a_plural_list_noun_beside_the_year_heads_the_rows() -> None:
    text = ("Parish council\n\nWelcome to the parish council page. Minutes are posted after each meeting.\n\n"
            "Planning details are on the notice board.\n\n2029 Meetings\n\nTuesday March 6 - 7:00 p.m.\n\n"
            "Tuesday April 3 - 7:00 p.m.\n\nTuesday May 1 - 7:00 p.m.\n")
    result = _run(text)
    starts = sorted(e.start for e in result.events)
    assert starts == [datetime(2029, 3, 6, 19), datetime(2029, 4, 3, 19), datetime(2029, 5, 1, 19)]
    # the weekdays also fit another year, but the heading writes this one: no tentative entry
    assert {e.precision for e in result.events} == {"exact"}


def test_a_heading_year_keeps_rows_exact_when_a_past_year_is_written_too() -> None:
    text = ("Club founded in 2018.\n\n2029 Events\n\nSaturday June 9 - Summer walk\n\n"
            "Saturday July 14 - Boat trip\n")
    result = _run(text)
    by_day = {e.start.date() if isinstance(e.start, datetime) else e.start: e.precision for e in result.events}
    assert by_day.get(date(2029, 6, 9)) == "exact" and by_day.get(date(2029, 7, 14)) == "exact"


def test_a_year_on_its_own_line_under_a_list_name() -> None:
    found = {t.text: t.value for t in tag("Term Dates\n2031\nTerm 1 3 February to 4 April\n"
                                          "Term 2 22 April to 27 June\nNovember\n14 Book Week parade\n"
                                          "19 Swimming lessons\n21 Concert\n",
                                          date(2030, 1, 10))}
    assert found["3 February to 4 April"].startswith("2031-02-03")
    assert found["14"] == "2031-11-14"


def test_a_year_line_over_a_month_line_turns_the_calendar() -> None:
    text = ("Dates ahead\nDECEMBER\nThursday 12th\nCarol service\nFriday 13th\nEnd of term\n"
            "2031\nJANUARY\nWednesday 8th\nStaff training day\nThursday 9th\nPupils return\n")
    result = _run(text)
    days = sorted(e.start if isinstance(e.start, date) and not isinstance(e.start, datetime) else e.start.date()
                  for e in result.events)
    assert date(2031, 1, 8) in days and date(2031, 1, 9) in days
    assert date(2030, 12, 12) in days and date(2030, 12, 13) in days


def test_a_plain_year_line_in_prose_names_no_list() -> None:
    # a one-year line with no list under it and no list name above is left to the tense
    found = {t.text: t.value for t in tag("Our history\n2019\nThe hall was built by volunteers who met "
                                          "every week.\nWe will hold the fair on 4 June.\n", date(2030, 1, 10))}
    assert found["4 June"] == "2030-06-04"


def test_a_day_written_whole_in_the_address_dates_the_page() -> None:
    text = "The harbour fair will run on Saturday, April 7.\n"
    for url in ("https://paper.example/region/20290312/4417/",
                "https://news.example/stories/2029-03-12-harbour-fair",
                "https://town.example/calendar?date=2029-03-12&view=day"):
        result = _run(text, url=url)
        assert result.reference.value == date(2029, 3, 12), url
        assert [e.start for e in result.events] == [date(2029, 4, 7)], url


def test_an_address_digit_run_that_is_no_day_is_ignored() -> None:
    text = "The harbour fair will run on Saturday, April 7.\n"
    for url in ("https://paper.example/item/202913120/",        # nine digits: an id
                "https://paper.example/item/20291340/",         # no month 13 / day 40
                "https://town.example/range/2029-03-12/to/2029-03-19/"):   # two days: no one filing day
        result = _run(text, url=url)
        assert result.reference.value != date(2029, 3, 12), url


def test_a_day_written_with_its_month_in_words_in_the_address() -> None:
    text = "The harbour fair will run on Saturday, April 7.\n"
    for url in ("https://news.example/harbour-fair-announced-march-12-2029/",
                "https://news.example/2029/12-mar-2029-harbour-fair"):
        result = _run(text, url=url)
        assert result.reference.value == date(2029, 3, 12), url
        assert [e.start for e in result.events] == [date(2029, 4, 7)], url
    # a month glued to its year ("mar2029") names no day, nor does a code of a month and digits
    result = _run(text, url="https://news.example/archive/mar2029/harbour-fair")
    assert result.reference.value != date(2029, 3, 20)
    result = _run(text, url="https://shop.example/may1220-blender")
    assert result.reference.value != date(2020, 5, 12)


def test_only_a_date_key_of_the_query_dates_the_page() -> None:
    text = "The harbour fair will run on Saturday, April 7.\n"
    assert _run(text, url="https://news.example/fair?date=2029-03-12").reference.value == date(2029, 3, 12)
    assert _run(text, url="https://shop.example/fair?sku=20290312").reference.value != date(2029, 3, 12)


def test_the_year_heading_a_list_is_no_event_of_its_own() -> None:
    text = ("Harbour school\n\nPlease read the notes below about the term.\n\nTerm 3, 2029\n\n"
            "Monday 16 July - Pupils return\nFriday 27 July - Sports day\n")
    result = _run(text)
    assert sorted(e.start for e in result.events) == [date(2029, 7, 16), date(2029, 7, 27)]
    assert {e.precision for e in result.events} == {"exact"}


def test_a_month_and_its_year_in_the_address_file_the_page_in_that_month() -> None:
    text = "Comments on the harbour plan close on 25 June.\n"
    result = _run(text, url="https://council.example/open-consultations-june-2029")
    assert date(2029, 6, 1) <= result.reference.value <= date(2029, 6, 30)
    assert [e.start for e in result.events] == [date(2029, 6, 25)]
    # two months name no filing month
    result = _run(text, url="https://council.example/may-2029-and-june-2029")
    assert "address" not in result.reference.reason


def test_a_headline_ending_with_an_exclamation_names_the_page_year() -> None:
    text = ("2029 Harbour Festival – Boats Ahoy!\n\nThis year's theme is the sea.\n\n"
            "Our next planning meeting is Tuesday, May 15, 6:30 pm at the boathouse.\n")
    result = _run(text)
    assert "2029 Harbour Festival" in result.reference.reason
    meeting = [e for e in result.events if e.start == datetime(2029, 5, 15, 18, 30)]
    assert meeting and meeting[0].precision == "exact"


def test_a_season_and_year_heading_a_term_is_no_season_long_event() -> None:
    # a school names its terms by season: the rows give the term's days, not the season's months
    text = ("Harbour nursery term dates\n\n"
            "Terms 1 and 2 Autumn 2029\nFirst day of term Monday 3rd September\n"
            "Last day of term Friday 14th December\n"
            "Terms 3 and 4 Spring 2030\nFirst day of term Monday 7th January\nLast day of term Friday 29th March\n")
    result = _run(text)
    assert sorted(e.start for e in result.events) == [date(2029, 9, 3), date(2029, 12, 14),
                                                     date(2030, 1, 7), date(2030, 3, 29)]
