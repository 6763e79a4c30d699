"""Acts a document dates with a future passive and no event noun ("The new strategy will be
published in Q2 2027"): policy papers and notices announce them, and a subscriber wants them."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2026, 11, 20)


def _entries(text: str) -> list[tuple[str, str, date, bool]]:
    return [(e.title, e.kind, e.start, e.window is not None) for e in tagged_events(text, published=PUBLISHED)]


def test_a_publication_ahead_is_a_milestone():
    assert _entries("The report will be published on 3 May 2027.") == [
        ("Report published", "milestone", date(2027, 5, 3), False)]


def test_a_vague_date_makes_an_approximate_milestone():
    assert _entries("The new strategy will be published in Q2 2027.") == [
        ("New strategy published", "milestone", date(2027, 4, 1), True)]
    assert _entries("The new rules are to be adopted by the end of 2027.")[0][:2] == ("New rules adopted", "milestone")


def test_announced_results_are_a_milestone_not_a_statement():
    assert _entries("The winners will be announced on 3 May 2027.") == [
        ("Winners announced", "milestone", date(2027, 5, 3), False)]


def test_past_acts_datelines_and_pronoun_subjects_give_nothing():
    assert _entries("Published on 3 May 2026.") == []
    assert _entries("The report was published on 3 May 2026.") == []
    assert _entries("It will be published on 3 May 2027.") == []


def test_an_extension_until_a_day_is_not_done_on_that_day():
    assert _entries("The scheme will be extended until 31 March 2028.") == []


def test_a_recurring_report_is_no_dated_act():
    from calfeed.model import Document
    from calfeed.pipeline import process_document

    result = process_document(Document("a.md", "Progress will be reported annually to Parliament.", published=PUBLISHED))
    assert result.events == [] and result.unresolved == []


def test_a_whole_year_is_a_horizon_not_an_entry():
    assert _entries("The final phase of the project is expected to be completed in 2021.") == []


def test_open_by_a_day_is_the_organisers_milestone_but_open_from_is_no_act():
    assert _entries("The portal will be open by 3 May 2027.") == [("Portal open", "milestone", date(2027, 5, 3), False)]
    assert _entries("The museum will be open from 10 May 2027.") == []


def test_a_reported_clause_names_its_own_subject():
    # news tells a body's plan through whoever announced it: the act's subject is the reported clause's
    assert _entries("The director said the action plan will be released in February 2027.") == [
        ("Action plan released", "milestone", date(2027, 2, 1), True)]
    assert _entries("The clerk told councillors that the new budget will be agreed sometime \u201cin March 2027\u201d.") == [
        ("New budget agreed", "milestone", date(2027, 3, 1), True)]
    assert _entries("The director said the action plan was released in February 2026.") == []
    assert _entries("The director said it will be released in February 2027.") == []


def test_a_month_under_way_told_in_the_future_is_still_ahead():
    assert _entries("Officials confirmed the harbour study will be published this month.")[:1] == [
        ("Harbour study published", "milestone", date(2026, 11, 20), True)]


def test_not_until_a_period_puts_the_act_then():
    assert _entries("The ruling by the appeals board will not be issued until April 2027.") == [
        ("Ruling by the appeals board issued", "milestone", date(2027, 4, 1), True)]
    assert _entries("We met last week, and the verdict of the inspector will not be given until June 2027.") == [
        ("Verdict of the inspector given", "milestone", date(2027, 6, 1), True)]
    # a stretch (no negation) still lasts until the date and gives no act
    assert _entries("The scheme will be extended until April 2028.") == []


def test_an_early_mid_or_late_part_of_a_year_is_a_period_ahead():
    # the tagger keeps a year's grain for "mid-2027" but narrows it to a few months: a season's worth
    assert _entries("Construction is expected to start in mid-2027.") == [
        ("Construction starts", "milestone", date(2027, 5, 1), True)]
    assert _entries("Work on the new footbridge will begin in early 2028.") == [
        ("Work on the new footbridge begins", "milestone", date(2028, 1, 1), True)]
    assert _entries("Construction started in mid-2025.") == []
    assert _entries("Construction may start in mid-2027.") == []


def test_a_period_under_way_told_in_the_future_is_still_to_come():
    # published 20 November 2026: the autumn is under way, and the start is still ahead in it
    assert _entries("Construction of the new pier will start in autumn 2026.")[:1] == [
        ("Construction of the new pier starts", "milestone", date(2026, 11, 20), True)]
    assert _entries("Construction of the new pier started in autumn 2026.") == []
