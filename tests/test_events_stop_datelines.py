"""A story opening with its town and a full stop ("Pokhara. The district office said ..."), as
some papers write a dateline, places the story's clocks in that town's zone, as "Pokhara:" does;
a sharing button's line saved above the story ("Share this story") does not hide it. Only a
town too large to be an ordinary word counts ("Welcome. The office ..." stays unplaced). A
one-zone country written by its initials ("in the UAE") has that country's zone."""
# Provenance: session 57, R70 class 7 (a dateline 'Town.' under a sharing line, and a country's
# initials, gave timed entries no zone).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2031, 3, 3)
STORY = "The district office said it will stay open on Saturday from 10 am to 1 pm to issue permits."


def _zones(text: str) -> set[str | None]:
    result = process_document(Document("page.md", text), Options(today=BUILD_DAY))
    timed = [e for e in result.events if not e.all_day]
    assert timed, [e.title for e in result.events]
    return {e.tz for e in timed}


def test_a_town_and_a_full_stop_opening_the_story_is_its_dateline():
    assert _zones(f"Pokhara. {STORY}\n") == {"Asia/Kathmandu"}


def test_the_dateline_may_stand_under_a_sharing_line():
    assert _zones(f"Share this story\n\nLahore. {STORY}\n") == {"Asia/Karachi"}


def test_a_word_and_a_full_stop_is_no_dateline():
    assert _zones(f"Welcome. {STORY}\n") == {None}


def test_a_title_line_above_is_no_sharing_line():
    assert _zones(f"Permits on the weekend\n\nLahore. {STORY}\n") == {None}


def test_a_country_s_initials_after_in_give_its_zone():
    assert _zones("The craft fair in the UAE will stay open on Saturday from 10 am to 1 pm.\n") == {"Asia/Dubai"}


def test_english_spellings_of_cities_listed_otherwise():
    assert _zones("The midnight organ concert in Tromso starts at 11 pm on Friday.\n") == {"Europe/Oslo"}
    assert _zones("The trade fair in Naypyidaw opens at 9 am on Monday.\n") == {"Asia/Yangon"}
    assert _zones("The new rail link in Mecca opens at 6 am on Monday.\n") == {"Asia/Riyadh"}
