"""A run opened by a day counted from the page and closed by an end word alone ("starting tomorrow
until June 12") starts on that day, not on the page's own (told_ranges._linked_by); an official
"is expected to officiate" a fair on a day: the official's act that day (person_act_verbs)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = (
    "PORT ELLIS: The Harbour Craft Fair will return to the quayside starting tomorrow until July 19, "
    "after a year of trading only by post, and hopes to draw some 40,000 shoppers.\n\n"
    "Market secretary Dana Hollis said the stalls would fill both sheds of the old fish hall.\n\n"
    "Governor Rhys Amberley Penhale is expected to officiate CRAFTEX 2031 on Saturday (July 11) at 7.30 pm.\n"
)


def _entries() -> list[tuple[str, str, str]]:
    doc = Document("d.md", _PAGE, title="Craft market back on the quay", published=date(2031, 7, 9))
    return sorted((str(e.start)[:16], str(e.end)[:10], e.title)
                  for e in process_document(doc, Options(today=date(2032, 1, 1))).events)


def test_the_run_starts_the_day_after_the_page():
    runs = [(start, end) for start, end, title in _entries() if "Fair" in title and end != "None"]
    assert runs == [("2031-07-10", "2031-07-19")]


def test_the_official_act_is_an_entry_at_its_clock():
    assert any(start == "2031-07-11 19:30" and "officiates" in title for start, _, title in _entries())
