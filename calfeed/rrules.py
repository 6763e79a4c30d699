"""RFC 5545 repeat rules as calfeed writes and reads them ("FREQ=WEEKLY;BYDAY=TU,TH").

The tagger writes a series' rule, framing and the report read it back, the feeds write
time-zone rules: one reading of the rule's parts and one list of the weekday codes keeps them
agreeing.
"""

from __future__ import annotations

import re

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")    # RFC 5545 weekdays, ISO order (Monday 1)
BYDAY_ENTRY = re.compile(rf"([+-]?\d{{1,2}})?({'|'.join(WEEKDAY_CODES)})")   # "3FR", "-1MO", "TU"


def rule_parts(rrule: str | None) -> dict[str, str]:
    """The rule's parts by name ("FREQ" -> "WEEKLY"); a part with no "=" is left out."""
    return dict(part.split("=", 1) for part in (rrule or "").split(";") if "=" in part)


def byday(parts: dict[str, str]) -> list[str]:
    """The BYDAY entries of a rule's parts ("2TU,4TU" -> ["2TU", "4TU"]); none when it has no BYDAY."""
    return parts["BYDAY"].split(",") if "BYDAY" in parts else []
