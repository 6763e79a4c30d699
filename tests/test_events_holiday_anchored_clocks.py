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
