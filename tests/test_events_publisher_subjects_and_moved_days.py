"""Two classes the session-23 fixers saw and left, probed in our own wording:

- the page's publisher as the subject ("We are closed from 24 December and will reopen on 5 January"):
  "we" named no one, so neither day gave an entry; now the closure and the reopening are entries
  (publisher_pronouns, publisher_titles; naming.frame_clause);
- a day moved "instead of" the old one ("has been moved to 8 June instead of 1 June") replaces the
  old day, and every earlier mention of the old day for the same occasion goes with it
  (superseded_marks, settling.without_superseded_mentions); other occasions on that day stay.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(body: str, issued: date) -> list[tuple[str, str, str, str]]:
    """(kind, first day, last day, title) of each entry of a short notice."""
    doc = Document(path="notice.txt", text="Notices\n\n" + body + "\n", title=None, published=issued)
    result = process_document(doc, Options(today=issued))
    return sorted((e.kind, str(e.start)[:10], str(e.end or e.start)[:10], e.title) for e in result.events)


def test_we_are_closed_and_will_reopen_gives_both_days() -> None:
    assert _entries("We are closed from 23 December 2031 and will reopen on 3 January 2032.", date(2031, 12, 1)) == [
        ("event", "2031-12-23", "2031-12-23", "Closure"), ("event", "2032-01-03", "2032-01-03", "Reopening")]


def test_a_named_venue_still_names_its_closure() -> None:
    assert _entries("The gallery is closed from 23 December 2031 and will reopen on 3 January 2032.",
                    date(2031, 12, 1)) == [("event", "2031-12-23", "2031-12-23", "Gallery closure"),
                                           ("event", "2032-01-03", "2032-01-03", "Gallery reopens")]


def test_moved_instead_of_a_day_drops_every_mention_of_that_day() -> None:
    entries = _entries("The village fete will be held on 1 June at the green. Because of the works, the fete "
                       "has been moved to 8 June instead of 1 June.", date(2032, 3, 1))
    assert [e for e in entries if e[1] == "2032-06-01"] == []
    assert [e for e in entries if e[1] == "2032-06-08"]


def test_another_occasion_on_the_old_day_stays() -> None:
    entries = _entries("1 June: Plant sale in the church hall.\nThe village fete will be held on 1 June at the "
                       "green. The fete has been moved to 8 June instead of 1 June.", date(2032, 3, 1))
    assert [e[3] for e in entries if e[1] == "2032-06-01"] == ["Plant sale in the church hall"]
