"""A participle in a reduced relative clause (", celebrated on 2
November,", "children dressed as pirates") is no past tense of the sentence: the date keeps the
year the sentence's own verb, or the page's date, gives it."""
# Provenance: Round-13 red-team class C5.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _starts(result) -> list[str]:
    return sorted(str(e.start)[:10] for e in result.events)


def _day_of(result, written: str) -> str:
    return str(next(t for t in result.timexes if t.text == written).value)


def test_a_day_named_in_a_comma_phrase_before_a_future_verb_is_ahead():
    text = ("To mark World Television Day, observed on 21 November, the Secretary-General of the International "
            "Telecommunication Union will open a photo exhibition at the headquarters.\n")
    assert _day_of(_run(text, published=date(2015, 10, 29)), "21 November") == "2015-11-21"
    text = ("Paris, 29 October 2015 - The General Conference will meet in Paris from 3 to 18 November.\n\n"
            "On Human Rights Day, celebrated on 10 December, the Director-General of the organisation will "
            "launch the new report on press freedom.\n")
    result = _run(text)
    assert _day_of(result, "10 December") == "2015-12-10"
    assert "2014-12-10" not in _starts(result)


def test_a_comma_participle_with_no_future_verb_keeps_its_past():
    text = "The open day, held on 3 March, was a great success with over 200 visitors to the hall.\n"
    result = _run(text, published=date(2019, 6, 1))
    assert not [s for s in _starts(result) if s > "2019-06-01"]


def test_diary_rows_with_reduced_passives_tell_no_past():
    text = ("Spring term diary\n\n"
            "Tuesday 7th February | All day | Safer Internet Day – pupils asked to bring their own headphones |\n"
            "Friday 24th March | All day | Pirate Day – children invited to come to school dressed as pirates |\n"
            "Tuesday 28th March | 2pm | Year 1 assembly – parents welcome |\n")
    result = _run(text)
    told = {t.text: t.tense for t in result.timexes}
    assert told["Friday 24th March"] != "past" and told["Tuesday 7th February"] != "past"
    assert "dressed" not in result.reference.reason and "invited" not in result.reference.reason
