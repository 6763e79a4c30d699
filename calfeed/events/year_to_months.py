"""A month told after "from YEAR to": "the mid-year break shifts from 2031 to November". The
year is when the change takes hold (or the old time), not the month's: which November is meant the
page does not say. Counted from the page's day, the month was put on the calendar in a year the
page never names (or, joined to the year as one range, as that year's November). So such a month
gives no entry; the report lists it for a reader to look at.

Read narrowly: a month with no year written (raw value XXXX-MM) whose own words are the month
alone, right after a range word (range_to_words) that follows a year written alone, which a range
opener (range_from_words) leads."""

from __future__ import annotations

import re

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

YEAR_TO_MONTH_WHY = ("a month after \"from <year> to\": the year is when the change holds, not the month's, "
                     "and the page names no year for the month")
_YEARLESS_MONTH = re.compile(r"XXXX-\d\d")
_YEAR = re.compile(r"\d{4}")
_WORD = re.compile(r"[a-z]+")
LINK_CHARS = 12       # " until " with its blanks
FROM_CHARS = 8        # "from " before the year


def month_after_year(text: str, timex: Timex, earlier: Timex | None) -> bool:
    """Whether ``timex`` is such a month, ``earlier`` the date that ends last before it."""
    if (earlier is None or timex.type != "DATE" or not _YEARLESS_MONTH.fullmatch(timex.raw_value or "")
            or not _YEAR.fullmatch(earlier.raw_value or "") or timex.start - earlier.end > LINK_CHARS):
        return False
    between = text[earlier.end:timex.start]
    if _WORD.sub("", between.lower()).strip() or " ".join(_WORD.findall(between.lower())) not in word_list("range_to_words"):
        return False
    lead = _WORD.findall(text[max(0, earlier.start - FROM_CHARS):earlier.start].lower())
    return bool(lead) and lead[-1] in word_list("range_from_words")
