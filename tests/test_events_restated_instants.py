"""One moment written in several zones ("3pm GMT / 8:30pm IST, 24 March") restates one instant:
the zones do not disagree about the page's clock. Counted as two written zones they left the
page's zone unknown, and the bare "15:00 - 16:00" of the same webinar fell to a country the
prose names in passing (Saudi Arabia: an hour neither zone gives; R48 class D). A run of zones
headed by one the tagger cannot read ("10.05pm NZT" / "8.05pm AEST" / ...) says nothing of the
page's own zone.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from calfeed.events.restated_instants import restating_clocks
from events_helpers import clock, page_events

WEBINAR = """Spring webinar series

March 24, 2026 | 15:00 - 16:00

Remittances and the Gulf: what next for migrant workers

3pm GMT / 8:30pm IST, 24 March (register here)

Nearly two million workers from Kerala live in Saudi Arabia and the United Arab Emirates. Our panel asks \
what the new visa rules mean for them. Attendance certificates cost £5.
"""


def test_the_webinar_keeps_the_instant_both_zones_name():
    (event,) = page_events(WEBINAR, "2026-03-01")
    at = event.start.replace(tzinfo=ZoneInfo(event.tz))
    assert at.astimezone(timezone.utc) == datetime(2026, 3, 24, 15, 0, tzinfo=timezone.utc)


def _run(text: str, *clocks: tuple[str, datetime, str | None]):
    timexes = [clock(text, expr, at, tz=tz, tz_text=expr.split()[-1] if tz else None) for expr, at, tz in clocks]
    found = restating_clocks(text, timexes)
    return [t.text for t in timexes if id(t) in found]


def test_a_translation_in_another_zone_restates_the_first():
    text = "2pm GMT / 7:30pm IST, 18 February"
    assert _run(text, ("2pm GMT", datetime(2026, 2, 18, 14, 0), "UTC"),
                ("7:30pm IST", datetime(2026, 2, 18, 19, 30), "Asia/Kolkata")) == ["7:30pm IST"]


def test_another_instant_is_no_translation():
    text = "2pm GMT / 4pm IST, 18 February"
    assert _run(text, ("2pm GMT", datetime(2026, 2, 18, 14, 0), "UTC"),
                ("4pm IST", datetime(2026, 2, 18, 16, 0), "Asia/Kolkata")) == []


def test_a_word_between_makes_two_sayings():
    text = "Doors at 2pm GMT, the stream at 7:30pm IST"
    assert _run(text, ("2pm GMT", datetime(2026, 2, 18, 14, 0), "UTC"),
                ("7:30pm IST", datetime(2026, 2, 18, 19, 30), "Asia/Kolkata")) == []


def test_a_run_headed_by_an_unread_zone_restates_an_unknown_clock():
    text = "Kick-off in each zone:\n10.05pm NZT\n8.05pm AEST\n7.35pm ACST\n"
    assert _run(text, ("10.05pm", datetime(2026, 5, 27, 22, 5), None),
                ("8.05pm AEST", datetime(2026, 5, 27, 20, 5), "Australia/Sydney"),
                ("7.35pm ACST", datetime(2026, 5, 27, 19, 35), "Australia/Adelaide")) == ["8.05pm AEST", "7.35pm ACST"]
