"""A row's clock, its zone and a bracketed UTC offset, then the row's day: "Standard fee (by
10:00 p.m., KST(UTC+9:00), Mar. 9, 2027)". The offset's digits gloss the zone; they are no
restated clock, so the clock stays on its own row's day instead of sliding to the day a row
above wrote (R54 shape: fee rows under an opening day)."""

from __future__ import annotations

from events_helpers import page_events

PAGE = """Fees - 4th Harbour Symposium

Abstract upload opens on Feb. 3, 2027.

Standard fee (by 10:00 p.m., KST(UTC+9:00), Mar. 9, 2027)
Member
40,000 KRW

Final fee (by 10:00 p.m., KST(UTC+9:00), Apr. 21, 2027)
Member
52,000 KRW
"""


def _starts() -> dict[str, str]:
    return {(e.start.strftime("%Y-%m-%dT%H:%M") if not e.all_day else e.start.isoformat()): e.title
            for e in page_events(PAGE, "2026-12-20")}


def test_each_fee_deadline_keeps_its_own_rows_day():
    found = _starts()
    assert "2027-03-09T22:00" in found and "standard" in found["2027-03-09T22:00"].lower(), found
    assert "2027-04-21T22:00" in found and "final" in found["2027-04-21T22:00"].lower(), found


def test_the_opening_day_takes_no_clock_of_the_row_below():
    found = _starts()
    assert "2027-02-03" in found, found
    assert not any(k.startswith("2027-02-03T") for k in found), found
