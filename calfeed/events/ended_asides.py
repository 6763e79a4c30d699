"""A day a bracket says something ended on: "Call for bursary entries (Ended 7 May 2031)",
"Spring grants round (Closed: 3 March 2030)".

A funder's or an organiser's page keeps its earlier calls under the open one, each with a status
in brackets after its name: "(Until 4 June 2031)" for the call still open, "(Ended 7 May 2031)"
for one that is over. The status word (ended_status_words) says the day is past, whatever date
the page is given (often none: the page's day is then only inferred, after that very day), so the
day is no calendar entry; it goes to the report.
"""

from __future__ import annotations

import re

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

_STATUS_BEFORE = re.compile(r"\([ \t]{0,3}([^\W\d_]{2,20})[ \t]{0,3}:?[ \t]{0,3}\Z")
_CLOSING_AFTER = re.compile(r"[ \t]{0,3}\)")
REACH = 30      # characters before the date holding the bracket and its status word
ENDED_ASIDE_WHY = "is the day a bracket says it \"{word}\": over, no calendar entry"


def ended_aside(text: str, timex: Timex) -> str | None:
    """The status word when ``timex`` is all a bracket holds after an ended-status word
    ("(Ended 7 May 2031)"), else None."""
    before = _STATUS_BEFORE.search(text, max(0, timex.start - REACH), timex.start)
    if before is None or before.group(1).lower() not in word_list("ended_status_words"):
        return None
    return before.group(1) if _CLOSING_AFTER.match(text, timex.end) else None
