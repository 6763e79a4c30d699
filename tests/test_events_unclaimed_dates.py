"""A written day ahead that no layout rule named still gives an entry (unclaimed_dates): named by
the rest of its line, the label line next to it in its group, the heading over it or the page's
title; tentative, and listed for a person to check. Hedged days, days past and days another entry
already holds give none."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.report.checks import _event_messages

_DIARY = ("Hall diary for March\n\n"
          "  • Tuesday 3rd March and every Tuesday\n"
          "    Pilates for beginners (mats provided, please book)\n"
          "  • Saturday 7th March (and every second Saturday)\n"
          "    Repair Cafe\n"
          "  • Thursday 19th March Book Club 7.30pm\n")


def _result(text: str, title: str | None = None, published: date = date(2026, 2, 20)):
    return process_document(Document(path="p.txt", text=text, title=title, published=published),
                            Options(today=date(2026, 6, 1)))


def _entries(text: str, title: str | None = None, published: date = date(2026, 2, 20)):
    return sorted((str(e.start), e.title) for e in _result(text, title, published).events)


def test_a_bulleted_day_with_a_recurrence_remark_is_named_by_the_line_under_it():
    assert _entries(_DIARY) == [("2026-03-03", "Pilates for beginners"), ("2026-03-07", "Repair Cafe"),
                                ("2026-03-19 19:30:00", "Book Club")]


def test_an_unclaimed_entry_is_tentative_and_listed_to_check():
    event = next(e for e in _result(_DIARY).events if e.title == "Repair Cafe")
    assert event.precision == "approximate"
    assert any("check that it is an occasion" in m for m in _event_messages(event, date(2026, 2, 20)))


def test_bare_day_lines_are_named_by_the_page_title():
    text = "Dates are below.\n\n- 9 April 2026\n- 14 May 2026\n"
    assert _entries(text, title="Allotment Society Committee Meetings") == [
        ("2026-04-09", "Allotment Society Committee Meetings"), ("2026-05-14", "Allotment Society Committee Meetings")]


def test_a_day_another_entry_holds_gives_no_second_entry():
    text = ("The committee meets on 9 April 2026 at 7pm in the pavilion.\n\n"
            "Dates are below.\n\n- 9 April 2026\n- 14 May 2026\n")
    assert _entries(text, title="Allotment Society Committee Meetings") == [
        ("2026-04-09 19:00:00", "Committee meeting"), ("2026-05-14", "Allotment Society Committee Meetings")]


def test_days_past_or_hedged_stay_silent():
    text = ("Hall diary\n\n"
            "  • Tuesday 3rd February and every Tuesday\n    Pilates for beginners\n"
            "  • Saturday 7th March, if enough volunteers come forward\n    Repair Cafe\n"
            "  • Thursday 19th March Book Club 7.30pm\n")
    assert _entries(text) == [("2026-03-19 19:30:00", "Book Club")]


def _tentative(text: str):
    from calfeed.events.unclaimed_dates import UNCLAIMED_NOTE
    return [(str(e.start), e.title) for e in _result(text).events if any(UNCLAIMED_NOTE in n for n in e.notes)]


def test_flat_rows_remarks_and_sentences_of_several_days_give_no_tentative_entry():
    text = ("Schedule\n\n"
            "Board and letters\n"
            "October 24, 2026 August 24, 2026\n\n"
            "Tues 7 Planning and Licensing (papers 30/3/26)\n\n"
            "Early booking opens 10 March, with the general sale starting 12 March.\n")
    assert _tentative(text) == []


def test_an_initial_or_a_title_in_a_speakers_name_does_not_cut_it():
    text = ("Lunchtime talks\n\n"
            "March 10, 2026\n"
            "Rosa K. Lindqvist, Ph.D., Curator of Birds\n"
            "Location: Old Library\n\n"
            "April 14, 2026\n"
            "Dr. Tomas Reyes, Soil Science\n"
            "Location: Old Library\n")
    assert [title for _, title in _entries(text)] == ["Rosa K. Lindqvist, Ph.D., Curator of Birds",
                                                      "Dr. Tomas Reyes, Soil Science"]


def test_a_numbered_list_run_on_one_line_gives_each_item_its_day():
    text = ("Parish notes for September\n\n1. Stall holders set up is on Monday 9/14 2. Opening prayer is Tuesday 9/15. "
            "3. Parking: volunteers in orange vests will guide cars 4. Raffle draw: will be on Wednesday 9/16 "
            "5. Clean up crew: see the board\n")
    assert _entries(text, published=date(2026, 8, 20)) == [
        ("2026-09-14", "Stall holders set up"), ("2026-09-15", "Opening prayer"), ("2026-09-16", "Raffle draw")]



def test_a_capitalised_name_before_a_copula_names_a_day_in_prose():
    text = ("Parish news\n\nThe notices for the coming weeks are on the board in the hall by the door, and "
            "Founders Day will be on Saturday 14 March this year. There will be no lessons that week.\n")
    assert _entries(text) == [("2026-03-14", "Founders Day")]


def test_a_named_day_in_prose_told_in_the_past_stays_silent():
    text = ("Parish news\n\nThe notices for the coming weeks are on the board in the hall by the door, and "
            "so we say thank you to all. Founders Day was on Saturday 7 March this year, "
            "as the notices on the board by the hall door said.\n")
    assert _entries(text) == []
