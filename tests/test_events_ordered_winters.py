"""A "Winter YYYY" row between "Fall YYYY-1" and "Spring YYYY" rows is the winter that ends in
YYYY (class B of round 32: engagement-site key-date widgets, plan timelines): December of the
year before through February, not December YYYY, which would follow the spring after it. A winter
after the fall of its own year, or before the spring of the next, keeps December YYYY."""
# Provenance: session 25, fn25 (round 32 page 12).

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _spans(text: str, published: date) -> dict[str, tuple[str, str]]:
    return {e.title: (str(e.start)[:10], str(e.end)[:10]) for e in tagged_events(text, published=published)}


def test_a_winter_row_between_fall_and_spring_rows_ends_in_its_year() -> None:
    text = ("Library refurbishment - key dates\n"
            "• Fall 2026 – Choose the architect.\n"
            "• Winter 2027 – Agree the floor plans.\n"
            "• Spring 2027 – Close the reading room.\n")
    spans = _spans(text, date(2026, 8, 1))
    assert spans["Agree the floor plans"][0] == "2026-12-01"
    assert spans["Agree the floor plans"][1] < spans["Close the reading room"][0]


def test_a_winter_row_after_the_fall_of_its_own_year_starts_in_its_december() -> None:
    text = ("Pool project - key dates\n"
            "• Fall 2026 – Drain the old pool.\n"
            "• Winter 2026 – Retile the basin.\n"
            "• Spring 2027 – Reopen to swimmers.\n")
    spans = _spans(text, date(2026, 8, 1))
    assert spans["Retile the basin"][0] == "2026-12-01"


def test_a_season_paragraphs_away_does_not_order_a_winter() -> None:
    # Provenance: session 26, review 25 N3 (a season anywhere on the page moved the winter).
    history = "".join(f"Note {n}: the committee thanked the volunteers who kept the rink open.\n\n"
                      for n in range(1, 9))
    text = ("Rink news\n\nThe rink hosted holiday camps in summer 2026.\n\n" + history
            + "The rebuilt rink will reopen in Winter 2027.\n")
    spans = _spans(text, date(2026, 10, 1))
    assert spans["Rebuilt rink reopens"][0] == "2027-12-01"
