"""The rows of a diary written with pipes but with no table header
("Thursday 4th March | All day | World Book Day – bring a plain T-shirt |") are one entry
each, on the row's own date, named by the first cell with words that is no time cell ("All day",
"3pm", "p.m."), a note after a dash left out; a date inside the note is no entry of its own."""
# Provenance: Red team 13 (pr), C6.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2026, 12, 1)


def _rows(text: str) -> list[tuple[str, str]]:
    return sorted((e.title, str(e.start)) for e in tagged_events(text, published=PUBLISHED))


def test_rows_with_a_time_column_are_named_by_their_what_cell() -> None:
    text = ("School Calendar\nSpring Term 2027\n"
            "Tuesday 5th January | Staff training day – school closed to pupils | |\n"
            "Thursday 21st January | 3pm | Choir rehearsal begins |\n"
            "Friday 29th January | All day | Year 3 trip to the Science Museum |\n"
            "Monday 1st February | p.m. | Violin lessons resume |\n")
    assert _rows(text) == [("Choir rehearsal begins", "2027-01-21 15:00:00"),
                           ("Staff training day", "2027-01-05"),
                           ("Violin lessons resume", "2027-02-01"),
                           ("Year 3 trip to the Science Museum", "2027-01-29")]


def test_two_cell_rows_with_no_header_are_entries() -> None:
    text = ("Club Fixtures\nSaturday 9th January 2027 | Committee meeting\n"
            "Sunday 17th January 2027 | Winter walk to the reservoir\n"
            "Saturday 6th February 2027 | Quiz night in the clubhouse\n")
    assert _rows(text) == [("Committee meeting", "2027-01-09"), ("Quiz night in the clubhouse", "2027-02-06"),
                           ("Winter walk to the reservoir", "2027-01-17")]


def test_a_time_cell_never_names_a_bordered_row() -> None:
    text = ("Parish Diary\n| Sunday 10 January | 10am | Family service |\n"
            "| Saturday 23 January | All day | Jumble sale in the hall |\n")
    assert _rows(text) == [("Family service", "2027-01-10 10:00:00"), ("Jumble sale in the hall", "2027-01-23")]


def test_a_date_in_a_rows_note_is_the_notes_not_the_rows() -> None:
    text = ("Upcoming events\n"
            "Monday 11th January | 6-8pm | Parents evening – booking links will be sent out w/c 4th January |\n"
            "Thursday 14th January | All day | Open day – visitors welcome from 9am on 8th January |\n"
            "Friday 22nd January | 2pm | Year 1 assembly |\n")
    assert _rows(text) == [("Open day", "2027-01-14"), ("Parents evening", "2027-01-11 18:00:00"),
                           ("Year 1 assembly", "2027-01-22 14:00:00")]


def test_a_row_broken_over_lines_and_a_name_before_its_date() -> None:
    text = ("Diary\n"
            "EASTER HOLIDAYS - Monday 29th March to Friday 9th April |\n||\n"
            "Monday 12th April | School reopens | |\n"
            "Friday 16th April |\nAll day\n4pm |\nSponsored walk - details to follow from the class teachers |\n"
            "Wednesday 21st April Thursday 22nd April |\n4-7pm |\n"
            "Parents meetings – appointments can be booked from 6th April online |\n"
            "Friday 30th April | All day | Sports day |\n")
    got = _rows(text)
    assert ("EASTER HOLIDAYS", "2027-03-29") in got
    assert ("Sponsored walk", "2027-04-16 16:00:00") in got
    assert ("Parents meetings", "2027-04-21") in got and ("Parents meetings", "2027-04-22") in got
    assert not any(start.startswith("2027-04-06") for _, start in got)
    assert ("Sports day", "2027-04-30") in got


def test_page_furniture_with_a_date_and_a_pipe_is_no_row() -> None:
    text = "Posted 3 May 2027 | News\nUpdated 4 May 2027 | Sport\n\nWelcome to our pages.\n"
    assert _rows(text) == []


# C10: month and year headings of a schedule (schedule_headings.py)

def _entries(text: str) -> list[tuple[str, str, str]]:
    return sorted((e.title, str(e.start)[:16], e.precision) for e in tagged_events(text, published=PUBLISHED))


def test_month_and_year_lines_over_dated_rows_are_no_entries() -> None:
    text = ("Board Calendar\n\n2027\n\nJanuary\n\n"
            "Tuesday, January 12, 2027 - 6:00 p.m. Board meeting\n\n"
            "Tuesday, January 26, 2027 - 6:00 p.m. Board meeting\n\nFebruary\n\n"
            "Tuesday, February 9, 2027 - 6:00 p.m. Board meeting\n\nMarch\n\n"
            "Tuesday, March 9, 2027 - 6:00 p.m. Board meeting\n")
    got = _entries(text)
    assert [p for _, _, p in got] == ["exact"] * 4
    assert {t for t, _, _ in got} == {"Board meeting"}


def test_month_headings_without_a_year_head_rows_of_another_year() -> None:
    text = ("Council meeting dates\n\nSEPTEMBER\nThursday 10 September 2026, 7pm - Full Council\n"
            "Thursday 24 September 2026, 7pm - Planning Committee\nOCTOBER\n"
            "Thursday 8 October 2026, 7pm - Full Council\nNOVEMBER\n"
            "There will be no Planning Committee in November\nThursday 12 November 2026, 7pm - Full Council\n")
    assert _entries(text) == [("Full Council", "2026-09-10 19:00", "exact"), ("Full Council", "2026-10-08 19:00", "exact"),
                              ("Full Council", "2026-11-12 19:00", "exact"),
                              ("Planning Committee", "2026-09-24 19:00", "exact")]


def test_a_month_with_no_meeting_under_its_heading_is_no_entry() -> None:
    for note in ("No Planning Board meeting in August.", "NO THIRD THURSDAY MEETING IN AUGUST"):
        text = ("Planning Board meetings\n\n2027\n\nFebruary\nThursday, February 11, 2027 at 6 p.m. - Planning Board\n"
                "March\nThursday, March 11, 2027 at 6 p.m. - Planning Board\nAugust\n" + note + "\n"
                "September\nThursday, September 9, 2027 at 6 p.m. - Planning Board\n")
        assert [(s, p) for _, s, p in _entries(text)] == [
            ("2027-02-11 18:00", "exact"), ("2027-03-11 18:00", "exact"), ("2027-09-09 18:00", "exact")], note


def test_a_month_valued_label_stays_an_entry() -> None:
    text = ("Key dates\n\nConsultation opens\nMarch 2027\n\nDrop-in workshop\nMonday 8 March 2027\n")
    assert ("Consultation opens", "2027-03-01", "approximate") in _entries(text)


def test_a_time_cell_of_a_tab_separated_diary_row_is_no_part_of_its_name() -> None:
    text = ("Club dates\nSaturday 9 January 2027\tAll day\tWinter walk\n"
            "Saturday 16 January 2027\tp.m.\tQuiz night\nSunday 24 January 2027\tMorning\tLitter pick on the green\n")
    assert [t for t, _ in _rows(text)] == ["Litter pick on the green", "Quiz night", "Winter walk"]
