"""A fixed-day holiday named as the occasion dates the bare clocks listed under it.

A wire story the day before a national day says "<holiday> will open with ..." and then lists,
one bullet a town, the clocks of that day's gatherings. No bullet writes a day: the holiday is
it, not the page's own day. (The holiday's name must be known to the tagger: holidays.tsv.)
"""

from __future__ import annotations

from datetime import datetime

import pytest
from events_helpers import page_events

GATHERINGS = """Gatherings at first light
{holiday} will open with gatherings at first light in towns across the region.
* Ballarat - the gathering at the Arch of Victory starts at 5:40am and a parade follows at 10am.
* Bendigo - the gathering at the Soldiers Memorial starts at 5:50am.
"""


@pytest.mark.parametrize("holiday, published, day", [
    ("Anzac Day", "2025-04-24", (2025, 4, 25)),
    ("Waitangi Day", "2025-02-05", (2025, 2, 6)),
])
def test_bare_clocks_under_a_named_holiday_fall_on_the_holiday(holiday, published, day):
    events = page_events(GATHERINGS.format(holiday=holiday), published)
    assert sorted(e.start for e in events) == [datetime(*day, 5, 40), datetime(*day, 5, 50), datetime(*day, 10, 0)]


TOWN_BULLETS = """Services at first light
Anzac Day will open with dawn services in towns across the country.
* Geelong - The dawn service at the Eastern Park Memorial begins at 5:40am and a veterans' march leaves the quay at 10am.
* Cairns - The dawn service on the Esplanade will begin at 4.50am sharp.
*Bunbury - The dawn service at Marlston Hill starts at 6:10am.
Wire copy syndicated by www.morningpost.co.uk
"""


def test_a_town_leading_each_bullet_gives_the_bullets_clocks_its_zone_and_name():
    """The site's country (a British domain) is weaker than the town the bullet opens with; the
    town names each of the look-alike entries (the bullet mark may be glued to the name)."""
    timed = sorted((e.start, e.tz, e.title) for e in page_events(TOWN_BULLETS, "2025-04-24") if e.tz)
    assert timed == [
        (datetime(2025, 4, 25, 4, 50), "Australia/Brisbane", "Dawn service on the Esplanade – Cairns"),
        (datetime(2025, 4, 25, 5, 40), "Australia/Melbourne", "Dawn service – Geelong"),
        (datetime(2025, 4, 25, 6, 10), "Australia/Perth", "Dawn service – Bunbury"),
        (datetime(2025, 4, 25, 10, 0), "Australia/Melbourne", "Veterans' march – Geelong"),
    ]


def test_one_item_led_by_a_small_towns_name_is_no_place():
    """"* Marion - ..." alone is more likely a person than a town of 37,000: no zone from it."""
    page = ("Committee evening\n* Marion - the treasurer gives the accounts at the meeting at 7pm on Tuesday 3 June 2025.\n"
            "* Agenda - the chair opens the meeting at 7:30pm on Tuesday 3 June 2025.\n")
    events = page_events(page, "2025-05-20")
    assert events and all(e.tz is None and "Marion" not in e.title for e in events)
