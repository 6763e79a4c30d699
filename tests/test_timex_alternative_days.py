"""Alternative days ("5 or 6 August", "August 5 or 6, 2027"): calfeed keeps one approximate span
over both days; TimeML mode tags them as two DATEs, each with the shared month and year."""

from __future__ import annotations

from calfeed.timex.extractor import extract


def test_timeml_tags_each_alternative_day_with_the_month_and_year() -> None:
    found = extract("The workshop will take place on August 5 or 6, 2027 in Vienna.", timeml=True)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("August 5", "DATE", "2027-08-05"), ("6, 2027", "DATE", "2027-08-06")]


def test_timeml_day_first_alternatives() -> None:
    found = extract("The workshop will take place on 5 or 6 August 2027.", timeml=True)
    assert [(t.text, t.value) for t in found] == [("5", "2027-08-05"), ("6 August 2027", "2027-08-06")]
