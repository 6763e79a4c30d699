"""Two readings of a page's years that dated year-less pages wrongly: a date governed by a past verb
of planning with a gerund or "to" after it ("proposed holding a summit in early 2029") belongs to the
act still to come, so it does not say the page was written after it; and a statute's year written
right after its name ("the Local Government Act 1999") names the law, not the page's year."""
# Provenance: session 26, class "year-less datelines and the year of undated pages" (yr26).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

BUILD_DAY = date(2026, 12, 1)


def _inferred(text: str, today: date | None = BUILD_DAY):
    return infer_reference_date(Document("page.txt", text), tag(text, None), today)


def test_a_proposed_act_dates_a_year_less_dateline_before_it():
    ref = _inferred("OSLO, October 14. /Agency/. The prime minister on Thursday proposed holding a second "
                    "fisheries summit in the beginning of 2022 and said ministers would meet later this year.\n")
    assert ref.value == date(2021, 10, 14)
    assert "dateline" in ref.reason


def test_a_decision_to_act_is_planned_too():
    ref = _inferred("LIMA, May 3. /Agency/. The two governments decided to open the border crossing in "
                    "March 2024, the ministry said.\n")
    assert ref.value.year < 2024


def test_a_past_verb_without_a_planned_act_still_dates_the_page_after():
    ref = _inferred("LIMA, May 3. /Agency/. The two governments opened the border crossing in March 2024, "
                    "the ministry said.\n")
    assert ref.value >= date(2024, 3, 1)


def test_to_before_a_noun_phrase_is_no_planned_act():
    # review 26 F3: "agreed to the budget" is a past act, so the page is later than its day
    ref = _inferred("Allotment society\n\nMembers agreed to the new water charges on 12 April 2026. "
                    "The next work party is on Saturday at 10am.\n", None)
    assert ref.value > date(2026, 4, 12)
    assert "after" in ref.reason


def test_to_before_a_number_is_no_planned_act():
    ref = _inferred("Allotment society\n\nMembers agreed to 3 new plots on 12 April 2026. "
                    "The next work party is on Saturday at 10am.\n", None)
    assert ref.value > date(2026, 4, 12)


def test_a_date_inside_the_agreed_noun_phrase_is_still_planned():
    ref = _inferred("Allotment society\n\nMembers have agreed to a six-week dig with a 12 April 2027 "
                    "finish. The next work party is on Saturday at 10am.\n", None)
    assert ref.value < date(2027, 4, 12)


def test_a_preposition_in_ing_is_no_gerund():
    # review 26 F3: "during" after "decided" is no planned act: the day is the decision's
    ref = _inferred("Allotment society\n\nThe board decided during its session on 12 April 2026 to "
                    "repaint the tool shed. The next work party is on Saturday at 10am.\n", None)
    assert ref.value > date(2026, 4, 12)
    assert "after" in ref.reason


def test_a_noun_in_ing_is_no_gerund():
    ref = _inferred("Allotment society\n\nThe board considered nothing else on 12 April 2026. "
                    "The next work party is on Saturday at 10am.\n", None)
    assert ref.value > date(2026, 4, 12)


def test_to_before_a_verb_still_plans_an_act():
    ref = _inferred("Allotment society\n\nMembers agreed to hold the open day on 12 April 2027. "
                    "The next work party is on Saturday at 10am.\n", None)
    assert ref.value < date(2027, 4, 12)


def test_a_statute_year_right_after_its_name_is_not_the_page_year():
    ref = _inferred("Briefing sessions\n\nUnder section 12 of the Local Government Act 1999 these sessions "
                    "are held on the second Monday of each month at 6pm.\n")
    assert ref.value != date(1999, 1, 1)
    assert "1999" not in ref.reason


def test_an_event_name_ending_in_its_year_still_dates_the_page():
    ref = _inferred("Harbour Festival 2025\n\nThe festival returns to the waterfront with music and food "
                    "stalls for the whole family.\n")
    assert ref.value.year == 2025


def test_a_year_told_ahead_long_after_a_history_year_dates_the_page_near_it():
    ref = _inferred("The regional book fair has been held since 2001 and draws publishers from six countries.\n\n"
                    "The fair will return in 2024, with talks on May 14 and 15 at the river hall.\n")
    assert ref.value == date(2024, 1, 1)


def test_a_history_year_a_few_years_back_still_bounds_the_page():
    ref = _inferred("The regional book fair has been held since 2022 and draws publishers from six countries.\n\n"
                    "The fair will return in 2024, with talks on May 14 and 15 at the river hall.\n")
    assert ref.value == date(2023, 1, 1)
