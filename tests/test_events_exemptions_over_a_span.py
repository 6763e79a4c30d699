"""R67 class 1 (page 16's shape): a trade waived over a stated span ("Beginning on D1 through D2,
shops are exempting their sales tax") is an entry over the span, named by what is exempted. Test
texts are our own, of the same shape."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2030, 7, 10)    # a Wednesday


def _entries(body: str) -> list[tuple[str, str, str]]:
    """(start, end, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Shopping notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((str(e.start)[:16], str(e.end or e.start)[:16], e.title) for e in result.events)


def test_a_participle_span_then_shops_exempting_a_tax() -> None:
    entries = _entries("Beginning on Friday, July 12 at 6 a.m. through Saturday, July 13 at 11:59 p.m., "
                       "stores are exempting the state sales tax on school clothes.")
    assert [(s, e) for s, e, _ in entries] == [("2030-07-12 06:00", "2030-07-13 23:59")]
    assert "tax" in entries[0][2].lower()


def test_will_exempt_over_a_run_of_days() -> None:
    entries = _entries("From July 12 through July 14 the county will exempt food from sales tax.")
    assert [(s, e) for s, e, _ in entries] == [("2030-07-12", "2030-07-14")]
    assert entries[0][2].lower().startswith("exemption")


def test_a_law_that_exempts_from_a_day() -> None:
    entries = _entries("The new law exempts small farms from the land tax on 1 August.")
    assert [s for s, _, _ in entries] == ["2030-08-01"]
    assert entries[0][2].lower().startswith("exemption")


def test_items_exempted_on_a_day() -> None:
    entries = _entries("Children's books will be exempted from the levy on 1 August.")
    assert [s for s, _, _ in entries] == ["2030-08-01"]
    assert entries[0][2].lower().startswith("exemption")


def test_exempt_as_an_adjective_or_in_the_past_gives_no_exemption() -> None:
    assert not any(t.lower().startswith("exemption")
                   for _, _, t in _entries("Seniors are exempt from the fee on 1 August."))
    assert _entries("Last year stores exempted their sales tax from July 13 through July 15, 2029.") == []
