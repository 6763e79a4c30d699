"""Red team 11b #4: rows of a flattened table that open with a cell of numbers ("6,7,8,11,12
Kagisanong Hall 7th Sep 2016 16H00", the wards a public meeting is for) are rows like any
other: the numbers are a cell of their own, the venue cell names the row, and each row keeps
its own place."""

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
