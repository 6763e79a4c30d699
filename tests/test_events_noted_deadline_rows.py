"""A table of important dates copied as text: borders gone, each row a line of glued cells ("Early birdJanuary 31",
"PostersAugust 4September 1"), under a note that says the rows are deadlines and when in the day they fall
("Deadline times are 12:00 noon, CET."). Each labelled row is then a deadline at the note's clock
(one note a section); the first of two glued date cells is the row's; the note's clock is no slot of the row
above it; two rows on one day are two deadlines, whatever word their labels share."""
# Provenance: class 2 of round R49 (a conference's important-dates tables), rewritten in the lead's own wording after review (the first version kept the round page's rows); session 36.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

ISSUED = date(2030, 6, 1)

SYMPOSIUM = ("Fees\n\n"
             "Deadline times are 12:00 noon, CET.\n\n"
             "BandClosing\nEarly birdJanuary 31\nStandardMarch 2\nFinalMay 6\n\n"
             "Contributions\n\n"
             "All deadlines are at 23:59 AoE (Anywhere on Earth).\n\n"
             "StreamDueResult\n"
             "PostersAugust 4September 1\n"
             "Full talksAbstracts: August 25\nPapers: September 1\nOctober 13\n"
             "Short talksSeptember 1October 20\n"
             "Doctoral forumOctober 6November 10\n")


def _entries(text: str) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(title, "MM-DD HH:MM" or "MM-DD") -> (kind, zone): the year a year-less page's rows take is not asked here."""
    return {(e.title, e.start.strftime("%m-%d %H:%M" if isinstance(e.start, datetime) else "%m-%d")): (e.kind, e.tz)
            for e in tagged_events(text, published=ISSUED)}


def test_rows_under_a_deadlines_note_take_its_clock_and_zone():
    found = _entries(SYMPOSIUM)
    for title, at in (("Early bird", "01-31 12:00"), ("Standard", "03-02 12:00"),
                      ("Final", "05-06 12:00")):
        assert found.get((title, at), (None,))[0] == "deadline", (title, found)
        assert "Europe" in found[(title, at)][1], found[(title, at)]


def test_the_first_of_two_glued_date_cells_is_the_rows_deadline():
    found = _entries(SYMPOSIUM)
    for title, at in (("Posters", "08-04 23:59"), ("Doctoral forum", "10-06 23:59")):
        assert found.get((title, at)) == ("deadline", "Etc/GMT+12"), (title, found)


def test_two_rows_of_one_day_stay_two_deadlines():
    found = _entries(SYMPOSIUM)
    assert ("Papers", "09-01 23:59") in found, found
    assert ("Short talks", "09-01 23:59") in found, found


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
