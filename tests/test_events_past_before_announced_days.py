"""A page whose title names its year ("Cider Fair 2031 will be held from May 3 to 5") is counted
from an announcement's lead before its first year-less day. When it tells one of those days as
over ("The warm-up to the fair was held on April 26") and a later one ahead ("will take place
from May 3 to 5"), it was written between them: the day told as over is no entry. A bare
participle ("Authors notified: June 3", a conference's list) tells no time of writing."""

from __future__ import annotations

from datetime import date

from events_helpers import BUILD_DAY

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

TITLE = "Cider Fair 2031 will be held from May 3 to 5 in Ledbury"
OPENING = ("The Cider Fair is one of the best-loved gatherings in the county. This 2031, the central days of "
           "the fair will take place from May 3 to 5 and promise music for everyone.\n\n")


def _run(body: str, title: str = TITLE):
    page = f"---\ntitle: {title}\n---\n{OPENING}{body}\n"
    return process_document(parse_document(page.encode(), "fair.md"), Options(today=BUILD_DAY))


def _days(body: str, title: str = TITLE) -> list[date]:
    return sorted(e.start if type(e.start) is date else e.start.date() for e in _run(body, title).events)


def test_a_day_told_as_over_is_no_entry():
    for told in ("The warm-up to the fair was held on April 26 with a blessing of the orchards.",
                 "The warm-up concert took place on April 26 in the abbey.",
                 "The orchard blessings were celebrated on April 26 as every year."):
        result = _run(told + " On May 2 the lantern parade will cross the old town.")
        assert result.reference.value == date(2031, 4, 27), told
        assert date(2031, 4, 26) not in _days(told), told
        assert date(2031, 5, 2) in _days(told + " On May 2 the lantern parade will cross the old town."), told


def test_a_day_told_ahead_or_a_bare_participle_keeps_the_count():
    kept = "The warm-up to the fair will be held on April 26 with a blessing of the orchards."
    assert date(2031, 4, 26) in _days(kept)
    listed = "Stall holders notified on April 26; the fair itself will take place from May 3."
    assert _run(listed).reference.value < date(2031, 4, 26)


CLINICS = ("The health board has announced free eye clinics in five villages from Monday, June 2 to Friday, June 6.\n\n"
           "On Monday, June 2, the first two clinics were held at the Mill Road chapel and the old school.\n\n"
           "The remaining clinics will take place on Wednesday, June 4, and on Friday, June 6, at the market hall.\n")


def test_a_fronted_day_told_as_over_on_a_page_dated_by_its_weekdays():
    page = f"---\ntitle: Eye clinics in the villages\n---\n{CLINICS}"
    result = process_document(parse_document(page.encode(), "clinics.md"), Options(today=BUILD_DAY))
    assert result.reference.value == date(2025, 6, 3)
    starts = [e.start if type(e.start) is date else e.start.date() for e in result.events]
    assert date(2025, 6, 2) not in starts
    assert date(2025, 6, 4) in starts
