"""A day written out in a plain sentence, ahead of the page's date, is an entry
by default, named by the best evidence near it (a quoted name, a capitalised name, an event noun
of its line, the sentence before, the heading over it); hedged, negated, past, table and
publication-stamp days stay out. Probes in our own wording, not copied from any page."""
# Provenance: Round 20 class E.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _days(result) -> dict[str, str]:
    return {str(e.start)[:16]: e.title for e in result.events}


def test_a_capitalised_name_later_in_the_sentence_names_the_day():
    text = ("Autumn at the museum\n\n"
            "After last year's sell-out, on Thursday 9 October at 6.30pm we are hosting a new puppet play, "
            "The Lighthouse Keeper's Lantern Show, for families.\n")
    days = _days(_run(text, published=date(2031, 9, 1)))
    assert days.get("2031-10-09 18:30") == "Lighthouse Keeper's Lantern Show", days


def test_a_quoted_name_names_the_day():
    text = ("Village news\n\n"
            "Saturday 14 June is the date the committee picked for 'The Great Green Picnic' on the common, "
            "so bring a blanket.\n")
    days = _days(_run(text, published=date(2031, 4, 2)))
    assert days.get("2031-06-14") == "The Great Green Picnic", days


def test_the_sentence_before_names_a_day_with_no_event_noun_of_its_own():
    text = ("Library corner\n\n"
            "We are running a knitting workshop for all ages. On Wednesday 12th March at 10am, beginners and "
            "experts alike bring their needles and yarn.\n")
    result = _run(text, published=date(2031, 2, 10))
    days = _days(result)
    assert "2031-03-12 10:00" in days, days
    assert "workshop" in days["2031-03-12 10:00"].lower(), days


def test_a_window_under_its_heading_is_one_entry_named_by_the_heading():
    text = ("Draft parks strategy consultation\n\n"
            "We want to hear how you use the parks of the district.\n\n"
            "Open from 03/05/2032 to 14/06/2032\n")
    result = _run(text, published=date(2032, 4, 20))
    event = next(e for e in result.events if str(e.start) == "2032-05-03")
    assert event.title == "Draft parks strategy consultation"
    assert str(event.end) == "2032-06-14"


def test_hedged_negated_and_conditional_days_give_nothing():
    """The day of each probe frames nothing under the older rules; the plain-day default must not either."""
    for sentence in ("We might welcome The Riverside Lantern Show on Friday 7 November.",
                     "There will not be a Harvest Supper on Friday 7 November.",
                     "If enough people sign up, the Harvest Supper will be on Friday 7 November."):
        result = _run("Parish notes\n\n" + sentence + "\n", published=date(2031, 10, 1))
        assert not any(str(e.start) == "2031-11-07" for e in result.events), (sentence, _days(result))


def test_a_day_already_past_or_a_plain_fact_with_no_occasion_gives_nothing():
    text = ("Company news\n\n"
            "The dividend is payable on 15 December to holders of record on 1 December.\n"
            "On Saturday 5 July the Riverside Lantern Show came to town.\n")
    days = _days(_run(text, published=date(2031, 10, 1)))
    assert not any(day.startswith(("2031-12-15", "2031-12-01", "2031-07-05", "2032-07-05")) for day in days), days


def test_a_publication_stamp_and_a_table_row_stay_out():
    text = ("Notices\n\n"
            "Date of publication: Friday 3 October 2031\n"
            "| Sports Day | 17 October 2031 |\n")
    days = _days(_run(text, published=date(2031, 9, 1)))
    assert "2031-10-03" not in days, days


def test_a_second_day_for_a_sentence_another_rule_framed_is_no_extra_entry():
    text = ("Press notice\n\n"
            "A press conference will be held at 10:00 on Tuesday 4 November 2031.\n"
            "On Tuesday 4 November 2031 the Director will present \"Clean Rivers 2040\" to the press.\n")
    result = _run(text, published=date(2031, 10, 20))
    on_day = [e for e in result.events if str(e.start).startswith("2031-11-04")]
    assert len(on_day) == 1, _days(result)
