"""A dated list's row told again in a sentence of prose gives one entry, the row's (R75 class 4, pages
17's and 07's shape): "November 7: Lantern Fair (valley markets closed)" and later "All markets in the
valley will stay closed on November 7."; "Monday 6th September – Block 1 starts for pupils" and "The new
academic year will begin for pupils on Monday 6th September 2027". A sentence that shares no word of content
with the day's row tells another thing and keeps its entry, and a day that two rows hold is left."""

from __future__ import annotations

from events_helpers import page_events

HOLIDAYS = ("Market holidays\n\n"
            "Here is the list of market holidays this season:\n\n"
            "November 2: Harvest Saturday; most stalls shut.\n\n"
            "November 3: Sunday; markets shut everywhere.\n\n"
            "November 7: Lantern Fair (valley markets closed)\n\n"
            "November 9: Founders Day (hill markets closed)\n\n"
            "Lantern Fair\n\n"
            "The Lantern Fair is the other big festival of the season. All markets in the valley will stay "
            "closed on November 7.\n")

TERMS = ("2026-2027\n\n"
         "Monday 7th September – Block 1 starts for pupils\n\n"
         "Friday 11th December – Block 1 ends\n\n"
         "Monday 11th January - Block 2 starts for pupils\n\n"
         "The new academic year will begin for pupils on Monday 6th September 2027\n\n"
         "2027-2028\n\n"
         "Monday 30th August – Friday 3rd September – Staff Training Days\n\n"
         "Monday 6th September – Block 1 starts for pupils\n\n"
         "Friday 10th December – Block 1 ends\n")


def _by_day(text: str, published: str) -> dict[str, list[str]]:
    days: dict[str, list[str]] = {}
    for e in page_events(text, published):
        days.setdefault(str(e.start)[:10], []).append(e.title)
    return days


def test_a_holiday_row_and_its_prose_give_one_entry():
    days = _by_day(HOLIDAYS, "2026-10-20")
    assert len(days["2026-11-07"]) == 1 and days["2026-11-07"][0].startswith("Lantern Fair")


def test_a_term_row_and_the_sentence_on_its_day_give_one_entry():
    days = _by_day(TERMS, "2026-08-01")
    assert days["2027-09-06"] == ["Block 1 starts for pupils"]


def test_a_sentence_sharing_no_word_with_the_row_stays():
    text = HOLIDAYS.replace("All markets in the valley will stay closed on November 7.",
                            "The choir gala will be held at the town hall on November 7.")
    assert len(_by_day(text, "2026-10-20")["2026-11-07"]) == 2


def test_a_day_two_rows_hold_is_left():
    text = HOLIDAYS.replace("November 9: Founders Day", "November 7: Founders Day")
    assert len(_by_day(text, "2026-10-20")["2026-11-07"]) == 3


def test_a_sentence_of_another_kind_stays():
    text = HOLIDAYS.replace("All markets in the valley will stay closed on November 7.",
                            "The lantern jury will meet during the plenary session on November 7.")
    assert len(_by_day(text, "2026-10-20")["2026-11-07"]) == 2
