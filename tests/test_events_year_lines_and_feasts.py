"""A plain short line naming one year over a list of days ("2024 Meeting
Dates", "2025 Schedule") gives that year to the year-less days under it;
a report's or minutes' year on such a line does not."""
# Provenance: Round 15 (yh); red team 15 C1.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _starts(text: str) -> set[str]:
    return {str(e.start)[:16] for e in tagged_events(text)}


def test_a_plain_year_and_list_noun_line_dates_the_bullets_under_it() -> None:
    text = ("Commission Meetings\n\nThe Commission meets on the first Tuesday of March, June and October. Dates "
            "may move on short notice.\n\n2025 Meeting Dates\n\n  • March 4th\n  • June 3rd, 6:00 p.m.\n"
            "  • October 7th, 6:00 p.m.\n")
    got = _starts(text)
    assert {"2025-03-04", "2025-06-03 18:00", "2025-10-07 18:00"} <= got
    assert not any(s.startswith("2026") or s.startswith("2027") for s in got)


def test_a_schedule_line_standing_alone_dates_its_rows() -> None:
    text = ("Friends of the Library\n\nAll members are welcome at our talks.\n\n2022 Schedule\n\n"
            "- March 9: talk on local history\n- September 14: book sale\n")
    got = _starts(text)
    assert any(s.startswith("2022-09-14") for s in got)
    assert not any(s[:4] in ("2026", "2027") for s in got)


def test_minutes_under_a_year_line_are_left_to_the_tense() -> None:
    from calfeed.timex import tag
    text = "2023 Meeting Minutes\n\n- March 4th minutes\n"
    assert [t.value for t in tag(text, None) if t.text == "March 4th"] != ["2023-03-04"]


# Holidays named beside their own days fix the year of a page that writes none (red team 15 C1).

def _values(text: str, today: date) -> tuple[str, dict[str, str]]:
    from calfeed.model import Document
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    doc = Document(path="doc.txt", text=text)
    reference = infer_reference_date(doc, tag(text, None), today)
    return str(reference.value), {t.text: t.value for t in tag(text, reference.value)}


def test_feasts_in_capitals_beside_their_days_pick_the_year() -> None:
    text = ("Parish notices\n\nJoin us for the great week. On PALM SUNDAY (March 24, services at 9 am and 11 am) "
            "we bless the palms, and GOOD FRIDAY (March 29 at 3 pm) is kept in silence.\n")
    reference, values = _values(text, date(2026, 11, 30))
    assert reference.startswith("2024-")
    assert values["March 29 at 3 pm"] == "2024-03-29T15:00"


def test_a_feast_named_before_its_weekday_and_day() -> None:
    text = "Choir rota\n\nEaster Sunday, April 9: both choirs sing.\nThe rota for May follows on 14 May.\n"
    reference, values = _values(text, date(2026, 11, 30))
    assert reference.startswith("2023-")        # Easter on 9 April: 2023
    assert values["14 May"] == "2023-05-14"


def test_a_feast_after_its_day() -> None:
    text = "Holy days\n\nApril 2, Good Friday: stations at noon.\n"
    reference, _ = _values(text, date(2026, 11, 30))
    assert reference.startswith("2021-")        # Good Friday on 2 April: 2021


def test_the_latest_fitting_year_not_after_the_build() -> None:
    later = "Services\n\nEaster Sunday (April 16): one service at 10 am.\n"
    assert _values(later, date(2026, 11, 30))[0].startswith("2017-")     # 2017 and 2028: 2028 is after the build
    passed = "Services\n\nEaster Sunday (April 5): one service at 10 am.\n"
    assert _values(passed, date(2026, 11, 30))[0].startswith("2026-")    # 2015 and 2026: the latest


def test_a_fixed_feast_says_nothing_of_the_year() -> None:
    text = "Carols\n\nChristmas Day, December 25: carols at 10 am.\n"
    reference, _ = _values(text, date(2026, 11, 30))
    assert reference == "2026-11-30"
