"""A table of important dates copied as text: borders gone, each row a line of glued cells ("EarlyFebruary 28",
"PostersSeptember 9October 7"), under a note that says the rows are deadlines and when in the day they fall
("Deadlines refer to 12:00 (noon) in CET time zone."). Each labelled row is then a deadline at the note's clock
(one note a section); the first of two glued date cells is the row's; the note's clock is no slot of the row
above it; two rows on one day are two deadlines, whatever word their labels share."""
# Provenance: class 2 of round R49 (a conference's important-dates tables), in wordings of our own; session 36.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

ISSUED = date(2030, 6, 1)

SYMPOSIUM = ("Registration\n\n"
             "Deadlines refer to 12:00 (noon) in CET time zone.\n\n"
             "TypeDeadline\nEarlyFebruary 28\nNormalMarch 20\nLateApril 14\n\n"
             "Submissions\n\n"
             "Deadlines refer to 23:59 (11:59pm) in the AoE (Anywhere on Earth) time zone.\n\n"
             "TrackSubmissionNotification\n"
             "PostersSeptember 9October 7\n"
             "Long papersAbstracts: September 30\nPapers: October 7\nNovember 18\n"
             "Demo papersOctober 7November 25\n"
             "Student forumNovember 11December 16\n")


def _entries(text: str) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(title, "MM-DD HH:MM" or "MM-DD") -> (kind, zone): the year a year-less page's rows take is not asked here."""
    return {(e.title, e.start.strftime("%m-%d %H:%M" if isinstance(e.start, datetime) else "%m-%d")): (e.kind, e.tz)
            for e in tagged_events(text, published=ISSUED)}


def test_rows_under_a_deadlines_note_take_its_clock_and_zone():
    found = _entries(SYMPOSIUM)
    for title, at in (("Early", "02-28 12:00"), ("Normal", "03-20 12:00"),
                      ("Late", "04-14 12:00")):
        assert found.get((title, at), (None,))[0] == "deadline", (title, found)
        assert "Europe" in found[(title, at)][1], found[(title, at)]


def test_the_first_of_two_glued_date_cells_is_the_rows_deadline():
    found = _entries(SYMPOSIUM)
    for title, at in (("Posters", "09-09 23:59"), ("Student forum", "11-11 23:59")):
        assert found.get((title, at)) == ("deadline", "Etc/GMT+12"), (title, found)


def test_two_rows_of_one_day_stay_two_deadlines():
    found = _entries(SYMPOSIUM)
    assert ("Papers", "10-07 23:59") in found, found
    assert ("Demo papers", "10-07 23:59") in found, found


def test_another_wording_of_the_note():
    text = ("Community grants\n\nAll deadlines are 17:00 UTC.\n\n"
            "RoundApplicationDecision\nSmall grantsMarch 3April 28\nLarge grantsMay 5June 30\n")
    found = _entries(text)
    assert found.get(("Small grants", "03-03 17:00")) == ("deadline", "UTC"), found
    assert found.get(("Large grants", "05-05 17:00")) == ("deadline", "UTC"), found


def test_without_a_note_the_rows_are_no_deadlines():
    text = "Community grants\n\nRoundApplicationDecision\nSmall grantsMarch 3April 28\nLarge grantsMay 5June 30\n"
    found = _entries(text)
    assert found.get(("Small grants", "03-03"), (None,))[0] not in (None, "deadline"), found
    assert found.get(("Large grants", "05-05"), (None,))[0] not in (None, "deadline"), found


def test_days_listed_after_a_blank_are_no_glued_cells():
    # "Monday 3 March Tuesday 4 March": a list of days, not a row's two cells
    text = "Open studios\n\nAll deadlines are 17:00 UTC.\n\nVisitsMonday 3 March Tuesday 4 March\n"
    found = _entries(text)
    assert not any(title == "Visits" and kind == "deadline" for (title, _), (kind, _) in found.items()), found
