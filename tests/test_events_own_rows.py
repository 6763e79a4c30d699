"""A key-date row's own label names its entry whole: a title that is only a part of the row's
label ("Symposium" of "Symposium final timetable published") gives way to the label; a tail
opened by "all"/"each" and a possessive inside a tail no longer cut a title short."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

LIST = (
    "Key dates\n"
    "- March 3rd 2027: Deadline for all Poster Track submissions\n"
    "- April 20th 2027: Symposium final timetable published\n"
    "- May 10th 2027: Deadline for slides for all Poster Track sessions and speakers’ bios\n"
    "- June 7th-9th 2027: Symposium\n"
)


def test_a_part_of_the_row_label_gives_way_to_the_whole_label():
    found = framed(LIST, published=date(2027, 1, 10))
    assert "Symposium final timetable published" in found
    assert "Symposium" in found       # the row that says only that keeps it


def test_all_opens_a_tail_as_an_article_does():
    found = framed(LIST, published=date(2027, 1, 10))
    assert "Deadline for all Poster Track submissions" in found


def test_a_possessive_does_not_end_a_title():
    found = framed(LIST, published=date(2027, 1, 10))
    assert not any(title.endswith("speakers’") for title in found)


def test_a_row_going_on_to_a_place_keeps_the_framer_s_title():
    found = framed("- June 7th 2027: Symposium dinner, Grand Hotel, 7pm\n- June 8th 2027: Symposium tour\n",
                   published=date(2027, 1, 10))
    assert not any("Grand Hotel" in title for title in found)
