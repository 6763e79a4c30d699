"""A site's tag page lists its posts, each under a date line that opens with the post's day and
goes on with its author's name and a count ("March 14, 2031 Ada Moss 3"). Each post's relative
days count from its own day (events.listing_posts, pipeline._by_own_posts); a page with no date of
its own is as new as its newest post. The page was dated between the posts, so the newer post's
"tonight" went to the older post's season and its year-less days to the wrong year."""

from __future__ import annotations

from events_helpers import BUILD_DAY

from calfeed.events.listing_posts import listing_posts
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from calfeed.timex import extract, resolve

TAG_PAGE = """---
title: Lantern Festival
url: https://example.org/tag/lantern-festival/
---
Lantern Festival 12 - Lights over Varn

Lights over Varn – Lantern Festival Opens Tonight

March 14, 2031 Ada Moss 3

Named Lights over Varn, the town's twelfth lantern festival will hold its opening parade tonight. The festival will be open to visitors from 15 March through 22 March. Buses will run from the station to the old harbour every hour.

Volunteers

Volunteers Tour the Lantern Festival Workshops

April 2, 2030 Bo Tran 2

Forty volunteers toured the lantern workshops of the festival, 28 March. The workshops build the lanterns by hand and open their doors to the schools of the town.
"""


def _result(page: str):
    return process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY))


def test_each_post_counts_its_days_from_its_own_date_line():
    result = _result(TAG_PAGE)
    assert str(result.reference.value) == "2031-03-14"
    spans = sorted((str(e.start)[:10], str(e.end)[:10]) for e in result.events)
    assert ("2031-03-14", "2031-03-14") in spans and ("2031-03-15", "2031-03-22") in spans
    assert not any(start.startswith("2030") for start, _ in spans)


def test_the_older_posts_yearless_day_is_of_its_own_year():
    result = _result(TAG_PAGE)
    day = next(t for t in result.timexes if t.text == "28 March")
    assert str(day.interval.start)[:10] == "2030-03-28"


def test_a_list_of_dated_halls_is_no_listing():
    text = ("Upcoming Town Halls\n\nAugust 20, 2031 - Kimberley Hall\n\nNovember 19, 2031 - Maxwell Hall\n\n"
            "Residents may speak to the council on any subject at these informal meetings of the town's wards.\n")
    found = resolve(extract(text), text, None)
    assert listing_posts(text, found) == []
