"""A conference page's edition year
("ICCE2023", "ACM MM 2025"), a blog address's day ("/2025/04/25/")."""
# Provenance: Round-12 red-team classes of the document's date.

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _starts(text: str, **fields) -> list[object]:
    return sorted(e.start for e in _run(text, **fields).events)


def test_an_acronym_glued_to_its_year_in_the_title_dates_a_year_less_table():
    text = ("| Track | Submission Due | Notification |\n|---|---|---|\n"
            "| Papers | Aug 18 | Sept 1 |\n| Workshops | May 15 | May 22 - 31 |\n")
    result = _run(text, title="ICCE2023 Important Dates", url="https://eds.example.org/ICCE2023/important-dates")
    assert {e.start.year for e in result.events} == {2023}
    assert "ICCE2023" in result.reference.reason


def test_an_edition_runs_from_the_longest_gap_its_last_days_in_its_year():
    text = ("Important Deadlines\nDecember 15\nReviewing starts.\nMarch 15\nAuthors notified of decision.\n"
            "May 15\nFinal, revised, and camera-ready paper due.\n")
    starts = _starts(text, title="InSITE2024 Overview")
    assert starts == [date(2023, 12, 15), date(2024, 3, 15), date(2024, 5, 15)]


def test_an_acronym_beside_its_year_in_the_opening_heading_counts():
    text = ("ACM MM 2025 Important Dates\n\nPaper submission: April 11\nNotification: July 5\n"
            "Conference: October 27\n")
    assert {s.year for s in _starts(text)} == {2025}


def test_an_address_names_the_edition_in_lower_case():
    text = "Important dates\n\nPaper submission: April 11\nNotification: July 5\n"
    assert {s.year for s in _starts(text, url="https://acmmm2025.org/dates")} == {2025}


def test_a_plain_word_or_a_fiscal_year_beside_a_year_is_no_edition():
    text = "Paper submission: April 11\nNotification: July 5\n"
    for title in ("Annual Report 2023", "FY2023 Budget Dates", "Budget 2023"):
        assert 2023 not in {s.year for s in _starts(text, title=title)}, title


def test_a_year_the_text_writes_outranks_the_name():
    text = "Paper submission: April 11, 2024\nNotification: July 5, 2024\n"
    assert {s.year for s in _starts(text, title="ICCE2023 Important Dates")} == {2024}


def test_a_dated_address_is_the_day_the_post_was_filed():
    text = ("Start your week at the Book Club on Monday, April 28 at 5:30 p.m.\n"
            "The crafting event is on Saturday, May 3 at 2 p.m.\n")
    result = _run(text, url="https://www.example-news.com/2025/04/25/library-news-251/")
    assert result.reference.value == date(2025, 4, 25) and "/2025/04/25/" in result.reference.reason
    assert datetime(2025, 4, 28, 17, 30) in [e.start for e in result.events]


def test_a_dated_address_month_bounds_the_tenses_reading():
    text = "The autumn term closes on Tuesday 19 December 2023.\n"
    result = _run(text, url="https://www.example-school.uk/2023/10/19/mail-information-13/")
    assert result.reference.value == date(2023, 10, 19)
    result = _run(text, url="https://www.example-school.uk/2023/10/mail-information-13/")
    assert date(2023, 10, 1) <= result.reference.value <= date(2023, 10, 31)


def test_a_dated_address_that_breaks_a_tense_is_not_the_publication_day():
    text = "The meeting was held on 12 May 2025 in Leeds.\n"
    result = _run(text, url="https://www.example-news.com/2025/04/25/meeting/")
    assert result.reference.value > date(2025, 5, 12)



_TERM = ("Last day to withdraw with 70% refund Tuesday, October 8\n"
         "Mid-Semester Holiday (University is closed—no classes) Monday, October 14\n"
         "Last day to withdraw with 50% refund Tuesday, October 22\n"
         "Tuesday, October 29\n"
         "Last Day to Withdraw from Classes with a grade of W Thursday, November 21\n"
         "Wednesday, November 27 - Sunday, December 1\n"
         "Last Day of Classes Tuesday, December 10\n"
         "Study Day Tuesday, December 11\n"
         "Grades Due Friday, January 3, 2025\n")


def test_one_misprinted_weekday_does_not_move_a_term_to_its_weekday_twin_year():
    # 2019 shares 2024's weekdays from March, and 11 December was a Tuesday in 2018 (a Wednesday in
    # 2024): one misprint kept in 2019's reading must not outweigh the year the text writes.
    result = _run(_TERM)
    assert result.reference.value.year == 2024
    days = _days(result)
    assert days["Tuesday, December 10"] == "2024-12-10"
    assert days["Tuesday, December 11"] == "2024-12-11"      # the odd row keeps the document's year


def test_without_a_written_year_the_weekdays_most_rows_keep_decide():
    text = _TERM.replace(", 2025", "")
    days = _days(_run(text))
    assert days["Tuesday, December 10"][:4] == days["Tuesday, December 11"][:4] == "2024"


def _days(result) -> dict[str, str]:
    return {t.text: t.value for t in result.timexes}


def test_a_date_under_the_site_name_below_page_furniture_is_the_publication_date():
    text = ("|\nBack to Index\nParliamentary sitting calendars for 2012 - Bill Watch 18/2012\nVeritas\nMay 13, 2012\n"
            "Both Houses of Parliament are adjourned until Tuesday 15th May.\n")
    result = _run(text)
    assert result.reference.value == date(2012, 5, 13) and not result.reference.inferred
    assert _days(result)["Tuesday 15th May"] == "2012-05-15"


def test_a_first_line_date_is_not_outranked_by_a_holiday_naming_the_title():
    text = ("2 February 2017\n\nNew Year - New Clubs\n\nRather late with our first post this year. "
            "From 4 March there will also be a weekly Polish rhyme time.\n")
    result = _run(text)
    assert result.reference.value == date(2017, 2, 2)
    assert _days(result)["4 March"] == "2017-03-04"


def test_a_date_followed_by_its_author_is_a_byline():
    text = (" date 2025-04-25 By Julia McCane-Knox\n\nStart your week with the Book Club on Monday, April 28 "
            "at 5:30 p.m.\n")
    assert _run(text).reference.value == date(2025, 4, 25)
    event = "Date: 14 May 2027 by Zoom\nThe webinar is open to all members.\n"
    assert "byline" not in _run(event).reference.reason


def test_a_holiday_in_a_row_that_writes_its_own_day_does_not_vote():
    text = ("Fall Semester 2024\n\n| Event | Day | Date |\n|---|---|---|\n"
            "| Regular class schedule begins | Mon | Aug 26 |\n"
            "| Labor Day, University closed* | Mon | Sep 2 |\n"
            "| Fall break begins, 4:00 p.m. | Fri | Oct 11 |\n"
            "| Thanksgiving break begins, 8:00 a.m. | Wed | Nov 27 |\n")
    reference = _run(text).reference
    assert "Labor Day" not in reference.reason and "Thanksgiving" not in reference.reason
    assert reference.value <= date(2024, 8, 26)          # written before the term's first row


def test_a_holiday_on_a_line_of_its_own_still_votes():
    text = "Registration closed on 1 October 2025.\nThe office will be closed on Thanksgiving.\n"
    assert "Thanksgiving" in _run(text).reference.reason


def test_two_years_in_a_row_after_a_heading_s_words_are_one_academic_year():
    result = _run("Outline Term Calendar 2027 2028\n\nTerm one 6th Sep - 26th Nov\nTerm two 10th Jan - 7th April\n"
                  "Resits 2nd - 13th Aug\n")
    assert result.reference.value.year == 2027 and result.reference.value.month in (6, 7, 8)
    assert _starts("Outline Term Calendar 2027 2028\n\nTerm one 6th Sep - 26th Nov\nTerm two 10th Jan - 7th April\n"
                   "Resits 2nd - 13th Aug\n") == [date(2027, 9, 6), date(2028, 1, 10), date(2028, 8, 2)]
