"""A line that holds its date and its name together ("January 2027 Draft final report") among
lines that set each date over its name (or each name over its date): the row is an entry of its
own and leaves the pairs around it paired as the list writes them; the date after it takes its
own name, not the name of the pair before the row. The pages are my own."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

DAY = date(2026, 1, 5)


def _by_day(text: str) -> dict[date, list[str]]:
    got: dict[date, list[str]] = {}
    for e in page_events(text, DAY.isoformat(), "doc.txt"):
        day = e.start.date() if hasattr(e.start, "date") else e.start
        got.setdefault(day, []).append(e.title)
    return got


def test_month_rows_among_month_pairs_set_apart_by_blank_lines():
    text = ("Project timeline\n\nThe plan below is indicative and may change.\n\n\nMarch 2026\n\nKick-off workshop\n\n"
            "June 2026\n\nFirst progress report\n\nSeptember 2026 Pilot launch\n\nDecember 2026\n\n"
            "Closing conference\n\nDecember 2026 Policy brief\n\n\nRegistered users of this website will be told of any change to the plan.\n")
    got = _by_day(text)
    assert got[date(2026, 3, 1)] == ["Kick-off workshop"]
    assert got[date(2026, 6, 1)] == ["First progress report"]
    assert got[date(2026, 9, 1)] == ["Pilot launch"]
    assert sorted(got[date(2026, 12, 1)]) == ["Closing conference", "Policy brief"]


def test_a_day_row_in_a_tight_list_of_date_over_name_pairs():
    text = ("Call for projects\n\nKey dates\n12 March 2026\nCall opens\n30 April 2026 Call closes\n"
            "15 June 2026\nResults published\n1 September 2026\nFirst payments made\n")
    got = _by_day(text)
    assert got[date(2026, 3, 12)] == ["Call opens"]
    assert got[date(2026, 4, 30)] == ["Call closes"]
    assert got[date(2026, 6, 15)] == ["Results published"]
    assert got[date(2026, 9, 1)] == ["First payments made"]


def test_a_day_row_among_name_over_date_pairs():
    text = ("Festival 2026\n\nImportant dates\nArtist applications open\n2 February 2026\n"
            "16 March 2026 Artist applications close\nProgramme published\n4 May 2026\n"
            "Festival weekend\n13 June 2026\nQuestions? Write to the festival office.\n")
    got = _by_day(text)
    assert got[date(2026, 2, 2)] == ["Artist applications open"]
    assert got[date(2026, 3, 16)] == ["Artist applications close"]
    assert got[date(2026, 5, 4)] == ["Programme published"]
    assert got[date(2026, 6, 13)] == ["Festival weekend"]
