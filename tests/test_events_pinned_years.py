"""A year guessed for the page (from tense, from weekdays) must not
leak into dates the page itself pins down. (a) A list whose dated rows carry their year gives it
to its year-less rows, whatever the page's guessed date."""
# Provenance: Round-14 red-team class C1.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _day_of(result, written: str) -> str:
    return str(next(t for t in result.timexes if t.text.startswith(written)).value)[:10]


def test_cells_written_one_a_line_take_the_year_of_the_dated_rows_around_them():
    text = ("Parish Plan steering group - key dates\nDate |\nAction |\nComment |\n"
            "2nd February 2021 |\nSteering group meeting |\nDraft survey presented and approved |\n"
            "8th – 12th February |\nSurvey delivery |\nVolunteers deliver to all homes |\n"
            "1st March 2021 |\nSurvey closes |\nResponses received to be counted |\n"
            "15th & 22nd March |\nDrop-in sessions (x2) |\nVillage hall, 2-4pm |\n")
    result = _run(text)
    assert _day_of(result, "8th – 12th February") == "2021-02-08"
    assert _day_of(result, "22nd March") == "2021-03-22"
    assert _day_of(result, "15th") == "2021-03-15"


def test_a_fixture_list_runs_on_into_the_next_year():
    text = ("Riverside Rowing Club - fixtures\n\n"
            "Saturday 12 October 2024 - Head race, home\n19 October - Club dinner at the boathouse\n"
            "2 November 2024 - Fours head, away at Kingston\n16 & 17 November - Coaching weekend\n"
            "7 December 2024 - Christmas regatta\n11 January - Winter training camp begins\n"
            "25 January 2025 - Small boats head\n")
    result = _run(text)
    assert _day_of(result, "11 January") == "2025-01-11"
    assert _day_of(result, "19 October") == "2024-10-19"


def test_a_diary_row_between_december_and_january_rows_is_the_new_years():
    text = ("St Mary's Primary - Diary Dates\n"
            "Monday 28th November 2022 - Flu vaccinations (Reception to Year 6)\n"
            "7th & 8th December - Nativity performances at 2pm\n"
            "Friday 16th December 2022 - Christmas jumper day, term ends at 1.30pm\n"
            "4th January - INSET day, school closed\n"
            "Thursday 5th January 2023 - Spring term begins\n")
    result = _run(text)
    assert _day_of(result, "4th January") == "2023-01-04"
    assert _day_of(result, "7th & 8th December") == "2022-12-07"


def test_a_programme_table_keeps_its_turn_of_the_year():
    text = ("## Cub Scouts programme\n\n| Date | Activity |\n|---|---|\n"
            "| Wednesday 6 November 2019 | Bonfire night safety |\n| 13 November | Badge work: first aid |\n"
            "| 27 November 2019 | Visit to the fire station |\n| 11 December | Crafts evening |\n"
            "| 8 January | Back after the holiday: wide games |\n| 22 January 2020 | Swimming gala |\n"
            "| 5 February | Parents evening |\n")
    result = _run(text)
    assert [_day_of(result, d) for d in ("13 November", "11 December", "8 January", "5 February")] == \
        ["2019-11-13", "2019-12-11", "2020-01-08", "2020-02-05"]


def test_an_archive_newest_first_gives_its_rows_the_years_between():
    text = ("# Past meetings of the Allotment Society\n\n"
            "- 14 November 2022 - AGM, committee re-elected\n- 10 October - Produce show judged\n"
            "- 12 September 2022 - Working party cleared plot 12\n- 8 August - Barbecue was held\n"
            "- 11 July 2022 - Committee meeting\n")
    result = _run(text)
    assert _day_of(result, "10 October") == "2022-10-10" and _day_of(result, "8 August") == "2022-08-08"


def test_plan_rows_with_past_notes_keep_the_plans_year():
    text = ("Hall project timeline\n\n"
            "| Date | Step | Notes |\n|---|---|---|\n"
            "| 5 March 2018 | Working group | Amendments reviewed |\n"
            "| 6 March 2018 | Council meeting | Draft presented, comments by 12/3/18 |\n"
            "| 12 - 15 March | Leaflets | Flyers delivered |\n"
            "| 16 March 2018 | Consultation opens | |\n"
            "| 26 April & 8 May | Working group (x2) | Feedback received to date |\n"
            "| 21 May to 9 July | Second consultation | |\n"
            "| 24 July 2018 | Council meeting | Plan submitted |\n")
    result = _run(text, published=None)
    assert _day_of(result, "12 - 15 March") == "2018-03-12"
    assert _day_of(result, "26 April") == "2018-04-26" and _day_of(result, "8 May") == "2018-05-08"
    assert _day_of(result, "21 May to 9 July") == "2018-05-21"


def test_prose_around_dated_days_is_no_list():
    text = ("The society met on 5 March 2018 and again on 16 March 2018. Members asked whether the "
            "show on 12 August would go ahead.\n\nThe chair said it would.\n")
    assert _day_of(_run(text), "12 August") == "2018-08-12"


# (b) A page with no year is not dated after the day it is read, nor far ahead of it.

def _starts(result) -> list[str]:
    return sorted(str(e.start)[:10] for e in result.events)


def test_weekdays_that_fit_a_year_far_ahead_and_a_past_one_take_the_past_one():
    text = ("# Christmas at Oakfield\n\n- Tuesday 14th December – Christmas lunch for all pupils\n"
            "- Wednesday 15th December – Carol concert in the hall at 2pm\n"
            "- Friday 17th December – Last day of term, school closes at 1.15pm\n")
    result = _run(text)
    assert result.reference.value <= BUILD_DAY and _starts(result)[0].startswith("2021-12")


def test_a_fixture_list_whose_weekdays_fit_two_years_on_is_an_old_one():
    text = ("Harbour Town FC pre-season\n\nSaturday 5 August - Friendly v Millbrook (home), kick-off 3pm\n"
            "Saturday 12 August - League opener at Castle Park, kick-off 3pm\n"
            "Tuesday 15 August - Cup first round (away), kick-off 7.45pm\n")
    result = _run(text)
    assert result.reference.value <= BUILD_DAY
    assert _starts(result) == ["2023-08-05", "2023-08-12", "2023-08-15"]


def test_a_day_told_in_the_past_is_no_day_after_the_build():
    text = ("Parish news\n\nOur New Year social, held on Thursday, January 7, raised over £400 for the roof fund. "
            "Thank you to all who came.\n")
    result = _run(text)
    assert result.reference.value <= BUILD_DAY and _day_of(result, "Thursday, January 7") == "2021-01-07"


def test_a_notice_of_the_coming_week_keeps_this_years_days():
    text = ("St Anne's weekly notices\n\n- Friday, December 4 – Advent reconciliation service at 7pm\n"
            "- Sunday, December 6 – Parish lunch after the 11am Mass\n")
    result = _run(text)
    assert result.reference.value <= BUILD_DAY and _day_of(result, "Sunday, December 6") == "2026-12-06"


# (c) In a notice whose date was guessed, a bare weekday is the one nearest the day it writes in full.

def test_this_friday_beside_a_school_day_written_in_full():
    text = ("Oakfield Primary – news for parents\n\n"
            "Wednesday 12 March is our Science Day: children can come dressed as scientists.\n"
            "This Friday children may wear something red for Comic Relief.\n"
            "The PTA will meet on Thursday at 3.30pm in the library.\n")
    result = _run(text)
    assert _day_of(result, "This Friday") == "2025-03-14"
    assert _day_of(result, "Thursday at 3.30pm") == "2025-03-13"


def test_this_saturday_before_a_sunday_feast_is_the_eve():
    text = ("Parish notices\n\nSunday, November 17 is the Feast of St Hilda; the 10:30 am Mass will be sung.\n"
            "Confessions will be heard this Saturday from 4:00 pm to 5:00 pm.\n"
            "Choir practice is on Thursday at 7:30 pm in the church hall.\n")
    result = _run(text)
    assert _day_of(result, "this Saturday") == "2024-11-16"
    assert _day_of(result, "Thursday at 7:30 pm") == "2024-11-14"


def test_a_club_bulletins_weekdays_lie_in_the_race_week():
    text = ("# Harbour Sailing Club news\n\n- Saturday 8 June: Round the Island race, first start 9am.\n"
            "- The committee meets this Wednesday at 8pm in the clubhouse.\n"
            "- Dinghy training this Sunday from 10am; bring your own buoyancy aid.\n")
    result = _run(text)
    assert _day_of(result, "this Wednesday") == "2024-06-05"
    assert _day_of(result, "this Sunday") == "2024-06-09"


def test_a_given_date_still_places_a_bare_weekday():
    text = "The committee met on 3 March 2025. Its report will be published on Friday.\n"
    result = _run(text, published=date(2025, 3, 18))
    assert _day_of(result, "Friday") == "2025-03-21"


def _row_years(text: str) -> dict[str, str]:
    from calfeed.timex import extract
    from calfeed.timex.row_years import row_years

    found = sorted(extract(text), key=lambda t: t.start)
    return {found[i].text: core for i, core in row_years(found, text, {}).items()}


def test_a_table_rows_date_after_its_label_is_the_rows_date():
    text = ("| Stage | Date | Who |\n|---|---|---|\n| Steering group meeting | 2 February 2021 | Chair |\n"
            "| Survey to homes | 8 - 12 February | Volunteers |\n| Survey closes | 1 March 2021 | |\n"
            "| Second consultation | 26 April to 7 June | Residents |\n| Examination | 14 September 2021 | |\n"
            "| Drop-in sessions | 15 & 22 November | Village hall |\n| Referendum | 16 December 2021 | |\n")
    years = _row_years(text)
    assert years["8 - 12 February"].startswith("2021-02-08") and years["26 April to 7 June"].startswith("2021-04-26")
    assert years["22 November"] == "2021-11-22"


def test_list_items_with_labels_share_their_years():
    text = ("Spring flower show\n\n- Entry forms available: 1 February 2019\n- Entries close: 14 March\n"
            "- Judging: 22 - 23 March\n- Show opens to the public: 24 March 2019, 10am\n"
            "- Prize-giving: 30 March 2019 in the village hall\n")
    years = _row_years(text)
    assert years["14 March"] == "2019-03-14" and years["22 - 23 March"].startswith("2019-03-22")


def test_rows_out_of_order_give_no_year():
    text = ("- 5 March 2019: one\n- 12 April: two\n- 1 February 2018: three\n- 9 May 2020: four\n")
    assert _row_years(text) == {}


def test_a_weekday_day_no_year_a_page_may_write_fits_is_no_clue():
    for text in ("Notices\n\n- Monday 30 February: a meeting of the board at 7pm\n",
                 "Notices\n\n- Tuesday 29 February: leap day party at 7pm\n"):
        result = _run(text)
        assert "weekday" not in result.reference.reason and result.reference.value <= BUILD_DAY


def test_a_notice_that_says_this_saturday_was_written_in_the_week_of_its_days():
    text = ("Parish notices\n\nSunday, November 17 is the Feast of St Hilda; the 10:30 am Mass will be sung.\n"
            "Confessions will be heard this Saturday from 4:00 pm to 5:00 pm.\n")
    assert _run(text).reference.value == date(2024, 11, 11)
    text = ("Oakfield Primary – news for parents\n\n"
            "Wednesday 12 March is our Science Day.\nThis Friday children may wear something red.\n")
    assert _run(text).reference.value == date(2025, 3, 10)


def test_a_diary_of_many_weeks_keeps_the_announcement_lead():
    text = ("Diary\n\n- Saturday 8 June: Round the Island race\n- Saturday 13 July: Regatta\n"
            "- The committee meets this Wednesday at 8pm.\n")
    assert _run(text).reference.value == date(2024, 4, 13)
