"""A table flattened one cell a line ("Date |" / "Task |" / "Notes |" over
"5th March 2024 |" / "Steering group meeting |" / "Agreed the questionnaire |") gives one entry
per row, named by its title cell: a notes cell is a remark on the row, no entry of its own; a
title cell that only names who acts ("SG") takes what they do from the next cell."""
# Provenance: Round 14 (tb); red team 14 C3.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date) -> list[tuple[str, str]]:
    return sorted((str(e.start)[:16], e.title) for e in tagged_events(text, published=published))


COMMITTEE = ("Parish Council committee calendar 2025\n\n"
             "Date |\nCommittee |\nComments |\n"
             "14th January 2025 |\nFinance Committee |\nFirst reading of the draft budget and precept |\n"
             "11th February 2025 |\nPlanning Committee |\nSite visit to the allotments beforehand |\n"
             "4th March 2025 |\nFinance Committee |\nBudget approved, quarterly accounts reviewed |\n"
             "8th April 2025 |\nAnnual Parish Meeting |\nResidents invited to raise questions |\n")


def test_a_flattened_committee_calendar_gives_one_entry_per_row() -> None:
    assert _entries(COMMITTEE, date(2024, 12, 1)) == [
        ("2025-01-14", "Finance Committee"), ("2025-02-11", "Planning Committee"),
        ("2025-03-04", "Finance Committee"), ("2025-04-08", "Annual Parish Meeting")]


def test_a_flattened_fixture_list_names_each_match_by_its_opponents_not_its_venue_or_notes() -> None:
    text = ("Riverside Bowls Club – 2025 friendly fixtures\n\n"
            "Date |\nOpponents |\nVenue |\nNotes |\n"
            "Saturday 3rd May 2025 |\nAshby Park BC |\nHome |\nTeas provided by the ladies section |\n"
            "Saturday 17th May 2025 |\nCastle Green BC |\nAway |\nCoach leaves the car park promptly |\n"
            "Saturday 31st May 2025 |\nMillbrook BC |\nHome |\nClub jackets to be worn for the team photo |\n")
    assert _entries(text, date(2025, 3, 1)) == [
        ("2025-05-03", "Ashby Park BC"), ("2025-05-17", "Castle Green BC"), ("2025-05-31", "Millbrook BC")]


def test_a_flattened_table_with_no_header_shows_its_width_by_its_rows() -> None:
    text = ("Spring term diary\n\n"
            "Monday 6th January 2025 |\nINSET day |\nSchool closed to pupils |\n"
            "Tuesday 7th January 2025 |\nTerm starts |\nUniform check for every class |\n"
            "Friday 14th February 2025 |\nHalf term begins |\nNormal finishing time |\n")
    got = _entries(text, date(2024, 12, 1))
    assert [start for start, _ in got] == ["2025-01-06", "2025-01-07", "2025-02-14"]
    assert got[0] == ("2025-01-06", "INSET day") and got[1][1].startswith("Term")


def test_a_plan_timeline_row_naming_only_who_acts_is_titled_by_what_they_do() -> None:
    text = ("Neighbourhood Plan – revised timetable\n\n"
            "Date |\nTask |\nNotes |\n"
            "2nd September 2024 |\nSG meeting |\nAgree the consultation questionnaire and the leaflet wording |\n"
            "16th September 2024 |\nSG |\nSend draft policies to the district council planning officer |\n"
            "14th October 2024 |\nSG meeting |\nCollate the questionnaire responses, decide next steps |\n")
    got = _entries(text, date(2024, 8, 1))
    assert [title for _, title in got] == [
        "SG meeting", "SG: Send draft policies to the district council planning officer", "SG meeting"]


def test_a_one_line_timeline_row_naming_only_who_acts_takes_its_task() -> None:
    text = ("Village plan timeline\n\n"
            "5th March 2024 | Steering group meeting | Agreed the questionnaire |\n"
            "9th May 2024 | PC | Adopt the draft plan for consultation |\n"
            "15th May 2024 | Annual parish meeting | Plan presented to residents |\n")
    got = dict(_entries(text, date(2024, 2, 1)))
    assert got["2024-05-09"] == "PC: Adopt the draft plan for consultation"
    assert got["2024-05-15"] == "Annual parish meeting"


def test_a_bordered_table_row_naming_a_body_and_a_town_keeps_the_body() -> None:
    text = ("| Date | Item | Notes |\n|---|---|---|\n"
            "| 3 May 2025 | UNGA | New York |\n"
            "| 9 May 2025 | NPWG | Deliver the plan documents to the council |\n")
    got = dict(_entries(text, date(2025, 1, 1)))
    assert got["2025-05-03"] == "UNGA"
    assert got["2025-05-09"] == "NPWG: Deliver the plan documents to the council"


def test_a_row_over_days_whose_task_cell_gives_one_day_is_named_by_its_other_cell() -> None:
    text = ("Survey timetable\n\n"
            "Date |\nTask |\nNotes |\n"
            "3rd June 2024 |\nSurvey launch |\nLeaflets to every household |\n"
            "1st – 5th July 2024 |\nSurvey closes 1st July |\nAnalyse the survey returns |\n"
            "15th July 2024 |\nSteering group meeting |\nResults presented |\n")
    got = {(e.start.isoformat(), e.end.isoformat() if e.end else None): e.title
           for e in tagged_events(text, published=date(2024, 5, 1))}
    assert got[("2024-07-01", "2024-07-05")] == "Analyse the survey returns"
    assert got[("2024-07-01", "2024-07-01")] == "Survey closes"      # the day the task cell gives


def test_the_day_a_task_cell_gives_takes_the_year_of_its_rows_span() -> None:
    text = ("Survey timetable\n\n"
            "Date |\nTask |\nNotes |\n"
            "3rd June 2025 |\nSurvey launch |\nLeaflets to every household |\n"
            "1st – 5th July 2025 |\nSurvey closes 1st July |\nAnalyse the survey returns |\n"
            "15th July 2025 |\nSteering group meeting |\nResults presented |\n")
    got = {e.title: e.start.isoformat() for e in tagged_events(text, published=date(2024, 5, 1))}
    assert got["Survey closes"] == "2025-07-01"
