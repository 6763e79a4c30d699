"""A date replaced by another: "Submission deadline: March 15, 2027 (extended to March
22, 2027)", "~~March 20~~ March 27", "March 27 (was March 20)", "scheduled for Nov. 26 but
postponed to Nov. 30". Calls for papers extend deadlines in place, so the old date must not
stay in a subscriber's calendar beside the new one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

MAX_GAP = 40            # characters between the old date and the new one
_DROPPED = str.maketrans({c: " " for c in "()[],;:-–—"})


def replaced_dates(text: str, ordered: Sequence[Timex]) -> dict[tuple[int, int], Timex]:
    """Each replaced date's span, with the date that replaces it: the next date when the words
    between end on a supersede mark ("but was postponed to") or strike the first out
    ("~~March 20~~ March 27"); the date before when a mark of the old one stands between
    ("March 27 (was March 20)")."""
    marks, olds = word_list("supersede_marks"), word_list("superseded_marks")
    found: dict[tuple[int, int], Timex] = {}
    dated = [t for t in ordered if not t.value.endswith("_REF")]     # "will now close": "now" is no date here
    for first, second in zip(dated, dated[1:]):
        if first.type not in ("DATE", "TIME") or second.type not in ("DATE", "TIME"):
            continue
        gap = text[first.end:second.start]
        if len(gap) > MAX_GAP or "\n" in gap:
            continue
        between = " ".join(gap.translate(_DROPPED).lower().split())
        struck = text[max(0, first.start - 2):first.start] == "~~" and between == "~~"
        if struck or any(between == m or between.endswith(" " + m) for m in marks) or ("." not in gap and _NOW_THEN.search(between)):
            found[(first.start, first.end)] = second
        elif between in olds:
            found[(second.start, second.end)] = first
    return found


# "which was due to close today, will now close at 11:59pm on Sunday 31 January": "now" and a
# verb or two, then the preposition of the new date.
_NOW_THEN = re.compile(r"(?:^|\s)(?:will|shall|is|are)\snow(?:\s[a-z]{2,12}){1,3}\s(?:at|on|in|until|to|for)$")
_STAMP_LEAD = re.compile(r"[\s*_\[(#>-]*([A-Za-z][A-Za-z ]{0,20}?)[\s,(\[]*\Z")
_STAMP_TAIL = re.compile(r"[)\]\s*_]*[:—–\]]")


def update_stamp(text: str, timex: Timex) -> bool:
    """Whether the date stamps a note of a change: "Update (April 2, 2028): the paper submission
    deadline has been extended to April 18, 2028", "**Updated 3 March:** ...". The day the page
    changed is no day of the thing it changes."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    lead = _STAMP_LEAD.fullmatch(text, line_start, timex.start)
    if lead is None or " ".join(lead.group(1).lower().split()) not in word_list("update_stamps"):
        return False
    return _STAMP_TAIL.match(text, timex.end) is not None
