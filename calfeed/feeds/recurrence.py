"""A repeat rule in words ("every Tuesday"), for people reading the report.

Only the rule shapes calfeed writes are put in words (FREQ with INTERVAL, BYDAY with an
optional ordinal, UNTIL, COUNT); anything else is shown as the rule itself, which is
still correct, just less friendly.
"""

from __future__ import annotations

from calfeed.rrules import BYDAY_ENTRY, byday, rule_parts

DAYS = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday",
        "SA": "Saturday", "SU": "Sunday"}
UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last", -2: "second-to-last"}


def in_words(rrule: str) -> str:
    parts = rule_parts(rrule)
    unit = UNITS.get(parts.get("FREQ", ""))
    if unit is None or set(parts) - {"FREQ", "INTERVAL", "BYDAY", "UNTIL", "COUNT"}:
        return rrule
    interval = int(parts.get("INTERVAL", "1") or 1)
    every = "every" if interval == 1 else ("every other" if interval == 2 else f"every {interval}th")
    days = [BYDAY_ENTRY.fullmatch(d) for d in byday(parts) if d]
    if any(d is None for d in days):
        return rrule
    if not days:
        text = f"{every} {unit}"
    elif unit == "week" or (unit == "day" and not any(d.group(1) for d in days)):
        text = "every " + _join([DAYS[d.group(2)] for d in days])
        if interval > 1:
            text += f" ({every} {unit})"
    else:
        named = [(f"the {ORDINALS.get(int(d.group(1)), d.group(1))} " if d.group(1) else "") + DAYS[d.group(2)]
                 for d in days]
        text = f"on {_join(named)} of {every} {unit}"
    if "UNTIL" in parts:
        until = parts["UNTIL"][:8]
        text += f" until {until[:4]}-{until[4:6]}-{until[6:8]}"
    if "COUNT" in parts:
        text += f", {parts['COUNT']} times"
    return text


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
