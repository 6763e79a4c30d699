"""A row whose other cell says its event is off ("Committee meeting" /
"Postponed because of the storm warning", "| Sports day | Event cancelled owing to the forecast |",
"Race abandoned – course waterlogged", "CANCELLED") gets no calendar entry, as a sentence saying
so gets none (cancelled.noted_off). A name holding the word is no such note
("Cancelled fixtures catch-up day"), nor is a new day ("postponed to 25 June")."""
# Provenance: Round 14 (tb); red team 14 C5.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _days(text: str, published: date) -> dict[str, str]:
    return {str(e.start)[:10]: e.title for e in tagged_events(text, published=published)}


def test_a_flattened_row_postponed_in_its_notes_cell_has_no_entry() -> None:
    text = ("Allotment Society – committee dates 2025\n\n"
            "Date |\nMeeting |\nNotes |\n"
            "8th January 2025 |\nCommittee meeting |\nSeed order agreed |\n"
            "12th February 2025 |\nCommittee meeting |\nPostponed because of the storm warning |\n"
            "12th March 2025 |\nCommittee meeting |\nWater charges set for the season |\n")
    assert sorted(_days(text, date(2024, 12, 1))) == ["2025-01-08", "2025-03-12"]


def test_one_line_diary_rows_called_off_in_a_note_have_no_entry() -> None:
    text = ("Hillside Harriers – club fixtures\n\n"
            "Sat 5th April 2025 | Cross country relays | Race abandoned – course waterlogged |\n"
            "Sat 12th April 2025 | County road championships | Entries via the club secretary |\n"
            "Sat 26th April 2025 | Park run takeover | Marshals wanted |\n"
            "Sat 3rd May 2025 | Summer league round 1 | CANCELLED |\n")
    assert sorted(_days(text, date(2025, 1, 1))) == ["2025-04-12", "2025-04-26"]


def test_a_bordered_table_row_cancelled_in_its_comments_has_no_entry_but_a_moved_one_keeps_its_new_day() -> None:
    text = ("| Date | Event | Comments |\n|---|---|---|\n"
            "| 14 May 2025 | Year 6 residential trip | Coach departs early |\n"
            "| 21 May 2025 | Sports day | Event cancelled owing to the forecast, no new date |\n"
            "| 4 June 2025 | Summer concert | Tickets from the office |\n"
            "| 18 June 2025 | Parents' forum | Forum postponed to 25 June 2025 |\n")
    got = _days(text, date(2025, 1, 1))
    assert "2025-05-21" not in got
    assert {"2025-05-14", "2025-06-04"} <= set(got)
    assert "2025-06-25" in got or "2025-06-18" in got


def test_a_name_holding_cancelled_and_a_confirmed_status_keep_their_rows() -> None:
    text = ("Date |\nFixture |\nStatus |\n"
            "Sat 7 June 2025 |\nFirsts v Long Ditton CC |\nMatch called off – rain |\n"
            "Sat 14 June 2025 |\nFirsts v Esher CC |\nConfirmed |\n"
            "Sat 28 June 2025 |\nCancelled fixtures catch-up day |\nConfirmed |\n")
    got = _days(text, date(2025, 1, 1))
    assert "2025-06-07" not in got
    assert got["2025-06-28"] == "Cancelled fixtures catch-up day"
    assert got["2025-06-14"] == "Firsts v Esher CC"


# Review 22 S7: the day readers' item line itself (not only its remarks) is read for a note that
# calls it off, for every date heading's item, not only a talk list's: a diary's "Swimming gala
# cancelled" under its day is the same note as a row's cell. A name that holds the word stays.
def test_a_diary_item_line_that_calls_itself_off_has_no_entry() -> None:
    text = ("Club diary\n\nSaturday 5 June 2027\n\nCatch-up day for cancelled fixtures\n\n"
            "Saturday 12 June 2027\n\nSwimming gala cancelled\n\n"
            "Saturday 19 June 2027\n\nSummer barbecue\n")
    assert _days(text, date(2027, 5, 1)) == {"2027-06-05": "Catch-up day for cancelled fixtures",
                                             "2027-06-19": "Summer barbecue"}
