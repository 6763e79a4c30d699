"""Several days after one date label: "When: Thursday, March 4, 8pm, Friday, March 5,
3pm and 7.30pm". The label stands before the first day only; the later days of its list
are labelled as much as the first (each a performance, a session of the notice's event), not
loose dates of a sentence that names nothing. A later day given with hours from one clock to
another ("Saturday, March 6, 11am-5pm") is one day of a programme's run with its opening
hours, not an occasion of its own: it is left to the rules for runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import pieces_around, start_of_line

_LABEL = re.compile(r"[ \t*_#>•-]*([A-Za-z]+)[ \t*_]*:")
_TOKEN = re.compile(r"[a-z]+|[,;&]|[^\sa-z,;&]")


def listed_after_label(text: str, timex: Timex, spans: Callable[[tuple[int, int]], list[tuple[int, int]]]) -> bool:
    """Whether ``timex`` follows other days on its line after a date label ("When:"), with
    only list joiners (``date_list_joiners``) between them."""
    if timex.end_interval is not None:
        return False       # "Saturday, March 6, 11am-5pm": a day's opening hours of one run, no occasion apart
    line_start = start_of_line(text, timex.start)
    label = _LABEL.match(text, line_start, timex.start)
    if label is None or label.group(1).lower() not in word_list("date_labels"):
        return False
    rest = (label.end(), timex.start)
    before = sorted(s for s in spans(rest) if rest[0] <= s[0] and s[1] <= rest[1])
    if not before:
        return False
    left = pieces_around(text, *rest, before)
    joiners = word_list("date_list_joiners")
    tokens = _TOKEN.findall(" ".join(left).lower())
    return all(t in joiners for t in tokens)
