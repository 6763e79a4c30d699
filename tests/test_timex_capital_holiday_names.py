"""A national day whose name is an acronym is often written in its capitals ("ANZAC Day"): the tagger
knows it as it knows "Anzac Day", so a weekday said of it ("lands on Saturday this year") is placed on
the day itself in the page's year, not on the Saturday nearest the page's date (R75 class 1)."""
# Provenance: session 62, R75 class 1 (a holiday's weekday left on the wrong week).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TEXT = ("Public holidays this autumn\n\n"
        "As ANZAC Day lands on Saturday this year, most offices give no Monday off. Shops keep their weekend hours.\n")


def _days(url: str) -> dict[str, date]:
    result = process_document(Document("page.md", TEXT, url=url), Options(today=date(2035, 12, 1)))
    return {t.text: t.interval.start.date() for t in result.timexes if t.interval is not None}


def test_the_capitalised_name_is_the_holiday_and_its_weekday_is_that_day():
    days = _days("https://example.org/2026/04/01/public-holidays-this-autumn/")
    assert days["ANZAC Day"] == date(2026, 4, 25)
    assert days["Saturday"] == date(2026, 4, 25)
