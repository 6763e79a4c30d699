"""A deadline named by an act on a pronoun ("submit them to the Office before Friday 3 March")
was titled "Submission of them" (R71 class 5, page 10): a plural object pronoun stands for the
nearest plural noun before its verb in the clause ("place items on the agenda ... and submit
them": the items), and with none the pronoun names nothing. The pages are my own."""

from __future__ import annotations

from events_helpers import page_events


def _titles(text: str) -> list[str]:
    return [e.title for e in page_events(text, "2026-11-02", "doc.txt")]


def test_them_stands_for_the_items_placed_before():
    text = ("Members who wish to put motions on the spring meeting agenda are asked to submit them "
            "at the Office before Friday 5 March 2027.")
    titles = _titles(text)
    assert len(titles) == 1
    assert "them" not in titles[0].split()
    assert "motions" in titles[0]


def test_them_after_a_must_stands_for_the_papers():
    titles = _titles("Authors must revise their papers, and submit them by Friday 5 March 2027.")
    assert titles == ["Submission of papers"]


def test_a_pronoun_with_nothing_before_names_nothing():
    titles = _titles("Please submit them to the office by Friday 5 March 2027.")
    assert len(titles) == 1
    assert "them" not in titles[0].split()


def test_a_determiner_before_its_noun_is_no_pronoun_object():
    assert _titles("Members must submit these forms to the clerk by Friday 5 March 2027.") == [
        "Submission of these forms"]
