"""Clocks that frame no entry (R80 pages 20 and 22):

- a notice's stamp line, "Issued at GMT 6:20" under a bulletin, is when it went out, never an entry
  (stamp_clocks; it became one titled by its label, at 18:20);
- a clock inside a quotation in another language ("... le premier samedi de mai à 14:00 ...") whose
  day the tagger cannot read fell on the page's day: it is left alone (foreign_quotes).
A clock in an English quotation and a stamp label in prose still frame their entries.
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_entries

BULLETIN = ("Ferry notice for island passengers\n\n"
            "The morning crossings to the outer harbour are cancelled because of the gale.\n"
            "Ends/Friday, March 6, 2026\n")


def test_an_issue_stamp_line_frames_no_entry():
    for stamp in ("Issued at GMT 6:20", "Posted at 06:20", "Last updated: 6.20am"):
        assert page_entries(BULLETIN + stamp + "\n", "2026-03-06") == [], stamp


def test_a_stamp_word_in_prose_keeps_its_clock():
    page = "The revised timetable will be issued at 4pm on Monday 9 March 2026 at the harbour office.\n"
    assert [start for _, _, start in page_entries(page, "2026-03-06")] == [datetime(2026, 3, 9, 16, 0)]


def test_a_clock_inside_a_quotation_in_another_language_is_left_alone():
    page = ("The town council has approved a motion to move the village fair to the spring (\"la fête du village "
            "sera déplacée au printemps et commencera le premier samedi de mai à 14:00 sur la place de la mairie\").\n")
    assert not any(isinstance(start, datetime) for _, _, start in page_entries(page, "2026-03-06"))


def test_a_clock_inside_an_english_quotation_still_frames_its_entry():
    page = ("\u201cThe harbour bridge will be closed to traffic on Saturday 14 March 2026 from 9:00 to 13:00 while "
            "the new lamps are fitted,\u201d the council said.\n")
    assert [start for _, _, start in page_entries(page, "2026-03-06")] == [datetime(2026, 3, 14, 9, 0)]
