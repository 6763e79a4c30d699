"""A law's year, a wire service's dateline."""
# Provenance: Round-5 red-team classes in dating a document.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _reference(text: str):
    return process_document(Document("a.txt", text)).reference


def test_the_year_in_a_law_s_name_does_not_date_the_document():
    ref = _reference("Northwind will host a webinar on October 7, 2027. The rules are set out in the "
                     "Securities Act of 1933.")
    assert ref.value is not None and ref.value.year == 2027


def test_a_wire_service_dateline_with_two_places_dates_the_release():
    ref = _reference("CAMBRIDGE, Mass. and LONDON, Sept. 8, 2027 (GLOBE NEWSWIRE) -- Northwind today announced "
                     "a webinar on October 7, 2027.")
    assert (ref.value, ref.inferred) == (date(2027, 9, 8), False)


def test_an_indian_wire_dateline_with_the_state_in_brackets_dates_the_story():
    # "Budaun (UP), Feb 19 (PTI)": PTI, IANS and ANI put the state after the city, and no dash
    ref = _reference("Budaun (UP), Feb 19, 2025 (PTI) A Badaun court would on March 10 take up a "
                     "temple-mosque dispute after the hearing on Wednesday was adjourned.")
    assert (ref.value, ref.inferred) == (date(2025, 2, 19), False)
    assert "dateline" in ref.reason
