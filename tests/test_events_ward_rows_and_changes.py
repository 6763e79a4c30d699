"""Rows of a flattened table that open with a cell of numbers ("6,7,8,11,12
Kagisanong Hall 7th Sep 2016 16H00", the wards a public meeting is for) are rows like any
other: the numbers are a cell of their own, the venue cell names the row, and each row keeps
its own place."""
# Provenance: Red team 11b #4.

from datetime import date, datetime

from events_helpers import tagged_events


def _rows(text: str) -> list[tuple[str, object, str | None]]:
    return [(e.title, e.start, e.location) for e in tagged_events(text, published=date(2016, 8, 1))]


def test_rows_opening_with_ward_numbers_are_entries():
    text = ("Wards Venue Dates Time\n"
            "6,7,8,11,12 Kagisanong Hall 7th Sep 2016 16H00\n"
            "1,2,3,4 and 5,19 Paradise Hall 8th Sep 2016 16H00\n"
            "9,10,13,14 and 15 Mangaung Indoor Sports Center 13th Sep 2016 16H00\n")
    assert [(t, s) for t, s, _ in _rows(text)] == [
        ("Kagisanong Hall", datetime(2016, 9, 7, 16)),
        ("Paradise Hall", datetime(2016, 9, 8, 16)),
        ("Mangaung Indoor Sports Center", datetime(2016, 9, 13, 16))]


def test_a_single_ward_number_and_a_bracketed_ward_list():
    assert [t for t, _, _ in _rows("6 Kagisanong Hall 7th Sep 2016 16H00\n9 Paradise Hall 8th Sep 2016 16H00\n")] == [
        "Kagisanong Hall", "Paradise Hall"]
    assert [t for t, _, _ in _rows("Kagisanong Hall (wards 6,7,8,11,12) 7th Sep 2016 16H00\n"
                                   "Paradise Hall (wards 1,2,3) 8th Sep 2016 16H00\n")] == [
        "Kagisanong Hall (wards 6,7,8,11,12)", "Paradise Hall (wards 1,2,3)"]


def test_a_row_does_not_take_the_place_of_the_row_above():
    text = ("18,20,21,22 Floreat Hall (Bram Fischer Building) 22nd  Sep 2016 17H00\n"
            "27,28 Kaizer Sebothelo Stadium 14th Sep 2016 16H00\n"
            "Soutpan Kagisanong Combined School 21st Sep 2016 16H00\n")
    rows = _rows(text)
    assert [t for t, _, _ in rows] == ["Floreat Hall (Bram Fischer Building)", "Kaizer Sebothelo Stadium",
                                       "Soutpan Kagisanong Combined School"]
    assert rows[2][2] != "Bram Fischer Building" and rows[1][2] != "Bram Fischer Building"


# Red team 11a #4: an effective-date bulletin dates a change ("On 1 April 2018 the minimum wage
# increases from currently $15.75 to $16.50 p/h."): a milestone named by what changes.

def _changes(text: str, published: date = date(2018, 1, 18)) -> list[tuple[str, str, object]]:
    return [(e.title, e.kind, e.start) for e in tagged_events(text, published=published)]


def test_a_change_on_a_day_is_a_milestone_of_what_changes():
    assert _changes("On 1 April 2018 the minimum wage increases from currently $15.75 to $16.50 p/h.") == [
        ("Minimum wage increases to $16.50", "milestone", date(2018, 4, 1))]
    assert _changes("The minimum wage increases to $16.50 on 1 April 2018.") == [
        ("Minimum wage increases to $16.50", "milestone", date(2018, 4, 1))]
    assert _changes("The minimum wage will rise to $23.95 on 1 April 2026.", date(2026, 1, 10)) == [
        ("Minimum wage rises to $23.95", "milestone", date(2026, 4, 1))]
    assert _changes("The minimum wage increases on 1 April 2026.", date(2026, 1, 10)) == [
        ("Minimum wage increases", "milestone", date(2026, 4, 1))]


def test_a_day_that_falls_on_a_weekday_is_no_change():
    assert [k for _, k, _ in _changes("The deadline falls on 3 May 2026.", date(2026, 1, 10))] != ["milestone"]


# Red team 11a #3: a work programme's item with its quarter in brackets is a milestone of the
# item; an issue code before a month ("HS – 10/2025") is no entry.

def test_an_item_with_its_quarter_in_brackets_is_a_milestone():
    got = _changes("The European Commission plans to present a\nlegislative proposal for the 28th Regime (Q1 2026) "
                   "to create a harmonised EU-wide framework.", date(2025, 10, 22))
    assert got == [("Legislative proposal for the 28th Regime", "milestone", date(2026, 1, 1))]
    got = _changes("Furthermore, a new Public\nProcurement Act (Q2 2026) will be proposed.", date(2025, 10, 22))
    assert got == [("New Public Procurement Act", "milestone", date(2026, 4, 1))]
    assert _changes("The new portal will go live in H2 2026.", date(2026, 1, 10)) == [
        ("New portal goes live", "milestone", date(2026, 7, 1))]


def test_a_restated_quarter_and_an_issue_code_are_no_entries():
    assert _changes("Sales rose in the third quarter (Q3 2025).", date(2025, 11, 1)) == []
    assert _changes("European Commission Work Programme\nWhich initiatives are planned for 2026?\nHS – 10/2025\n"
                    "On 21 October 2025, the European Commission presented its work programme.") == []


def test_a_change_in_a_condition_dates_nothing():
    got = _changes("An amber warning may be issued for parts of the Western Isles on Monday if confidence increases.",
                   date(2026, 11, 20))
    assert all(k != "milestone" for _, k, _ in got)


def test_increases_as_a_noun_is_no_change():
    got = _changes("The World Bank's Food Price Index rose by 15 percent between October 2010 and January 2011, "
                   "driven by increases in the prices of wheat.", date(2011, 2, 15))
    assert all(k != "milestone" for _, k, _ in got)


def test_a_relative_clause_change_is_not_the_subject_before():
    got = _changes("Parliament has passed a new law which increases paid parental leave to 26 weeks by 2020.",
                   date(2018, 1, 18))
    assert all(t != "Parliament increases to 26" for t, _, _ in got)
