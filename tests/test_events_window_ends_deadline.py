"""The day something open for answers ends (a consultation, a survey, a call, registration) is a
deadline, said with "ends" as much as with "closes" (red team 44: "The consultation ends on 2 May",
"This consultation seeks views ... It ends on 1 May" were framed as events). What people attend
(a festival, an exhibition, a conference) still just ends."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_entries

PUBLISHED = "2027-03-01"


@pytest.mark.parametrize("text, day", [
    ("The public consultation on the draft bus strategy ends on 14 March.", date(2027, 3, 14)),
    ("The residents' survey ends on 30 April and the results will be published in the summer.", date(2027, 4, 30)),
    ("Registration for the half marathon ends on 12 May.", date(2027, 5, 12)),
    ("The consultation on the new parking zones will end on 3 June 2027.", date(2027, 6, 3)),
    ("The call for evidence ends on 30 June.", date(2027, 6, 30)),
])
def test_the_end_of_a_window_is_a_deadline(text, day):
    found = page_entries(text, PUBLISHED)
    assert [kind for _, kind, start in found if start == day] == ["deadline"], found


def test_it_ends_after_a_sentence_naming_the_consultation_is_its_deadline():
    found = page_entries("This consultation asks for views on the new cycle lanes. It ends on 9 June.", PUBLISHED)
    assert [(kind, start) for _, kind, start in found] == [("deadline", date(2027, 6, 9))], found
    assert "onsultation" in found[0][0]


@pytest.mark.parametrize("text", [
    "The spring festival ends on 2 May.",
    "The photography exhibition ends on 20 May.",
    "The conference will end on 5 June with a reception.",
])
def test_what_people_attend_just_ends(text):
    assert all(kind != "deadline" for _, kind, _ in page_entries(text, PUBLISHED)), page_entries(text, PUBLISHED)
