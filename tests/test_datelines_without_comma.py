"""Wire datelines written without their comma ("KYIV. Mar 4 (Agency) - ...", "OTTAWA Feb 2 The
ministers ...") are still the story's filing place and day; a banner's place and day alone on a
line, or a day with its year, stays an event's."""
# Provenance: session 26, class "year-less datelines and the year of undated pages" (yr26).

from __future__ import annotations

from datetime import date

from calfeed.events.datelines import find_dateline
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def _dateline(text: str):
    return find_dateline(text, tag(text, None))


def test_a_full_stop_after_the_capital_place_opens_a_dateline():
    found = _dateline("KYIV. Mar 4 (Agency) – The two delegations are expected to meet on Thursday.\n")
    assert found is not None and found.place.name == "Kyiv" and found.date is not None


def test_a_blank_after_the_capital_place_opens_a_dateline_when_the_story_follows():
    found = _dateline("OTTAWA Feb 2 The ministers of trade will gather in Halifax on Monday, an aide said.\n")
    assert found is not None and found.place.name == "Ottawa" and found.date is not None


def test_a_banner_alone_on_its_line_is_not_a_dateline():
    assert _dateline("LONDON 14 March\nThe book fair opens its doors to the trade at nine.\n") is None


def test_a_day_with_its_year_after_a_capital_place_without_comma_is_not_read_as_one():
    assert _dateline("LONDON 14 March 2027 The book fair opens its doors at nine.\n") is None


def test_the_dateline_day_dates_the_story():
    text = "KYIV. Mar 4 (Agency) – The two delegations are expected to meet on Thursday.\n"
    ref = infer_reference_date(Document("page.txt", text), tag(text, None), date(2026, 12, 1))
    assert (ref.value.month, ref.value.day) == (3, 4) and "dateline" in ref.reason
