"""A school's term dates for two years written without years: each row's weekday fixes its year,
and the page is read in order, so once the second year's September comes the rows after it run
on into that year where their weekdays fit ("Friday 15th December" after "Tuesday 5th September"
of the next year is that year's December, not the nearest December on another weekday)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TERMS = """# Term Dates

## Autumn Term

First day: Thursday 2nd September

Half term: Monday 25th October to Friday 29th October

Term ends: Friday 17th December

## Spring Term

First day: Wednesday 5th January

Term ends: Friday 24th March

## Summer Term

(Easter Day is 16th April)

First day: Tuesday 11th April

Term ends: Wednesday 19th July

## Autumn Term

First day: Tuesday 5th September

Half term: Monday 23rd October to Friday 27th October

Term ends: Friday 15th December

## Spring Term

First day: Wednesday 3rd January

Term ends: Thursday 29th March

## Summer Term

(Easter Day is 1st April)

First day: Monday 16th April

Term ends: Wednesday 18th July
"""


def _days(text: str) -> list[str]:
    result = process_document(Document(path="terms.md", text=text, published=date(2027, 6, 1)),
                              Options(today=date(2027, 6, 1)))
    return sorted(t.value[:10] for t in result.timexes if t.type == "DATE" and t.value[:4].isdigit()
                  and len(t.value) >= 10)


def test_the_second_years_rows_take_the_years_their_weekdays_fit():
    days = [day for day in _days(TERMS) if day[5:] not in ("04-16", "04-01")]    # Easter Day's rows apart
    assert days == ["2027-09-02", "2027-10-25", "2027-12-17", "2028-01-05", "2028-03-24", "2028-04-11",
                    "2028-07-19", "2028-09-05", "2028-10-23", "2028-12-15", "2029-01-03", "2029-03-29",
                    "2029-07-18"]


def test_a_feast_named_beside_its_day_takes_the_year_it_falls_on_that_day():
    days = _days(TERMS)
    assert "2028-04-16" in days and "2029-04-01" in days and "2028-04-01" not in days


def test_the_entries_of_the_second_year_are_in_it():
    result = process_document(Document(path="terms.md", text=TERMS, published=date(2027, 6, 1)),
                              Options(today=date(2027, 6, 1)))
    starts = sorted(e.start.isoformat()[:10] for e in result.events)
    assert "2028-12-15" in starts and "2029-07-18" in starts
    assert "2027-12-15" not in starts and "2028-07-18" not in starts


def test_a_weekday_that_fits_no_year_near_the_row_above_stays_a_slip():
    text = ("# Club nights\n\nFirst night: Thursday 2nd September\n\n"
            "Quiz night: Friday 14th October\n")
    # 14 October is a Thursday in 2027 and a Saturday in 2028: no year near the row above fits
    assert _days(text) == ["2027-09-02", "2027-10-14"]
