"""A bracketed remark that closes a dated row and holds a day of its own: "Saturday June 6 –
Sunday June 14 (entries open April 4)". The remark is another item (a sale, an opening of
entries), which frames its own day; the row itself is still only its date, so the readers of
bare date rows read it up to the remark."""

from __future__ import annotations

import re

# an opening bracket, a bounded run with no bracket or line break holding a digit, the closing
# bracket and the line's end: fixed parts and single classes, so a failed match is linear
REMARK_CHARS = 120       # characters inside the remark's brackets
_REMARK = re.compile(r"[ \t]{0,8}\(([^()\n]{0,%d})\)[ \t]{0,8}\Z" % REMARK_CHARS)
_REACH = REMARK_CHARS + 20     # the most a remark and its blanks take: only the stretch's tail is read


def remark_start(text: str, start: int, end: int) -> int:
    """Where a closing bracketed remark with a figure in it begins in ``text[start:end]`` (``end``
    when the stretch closes on none)."""
    match = _REMARK.search(text, max(start, end - _REACH), end)     # every date of a long line asks: linear
    if match is None or not any(c.isdigit() for c in match.group(1)):
        return end
    return match.start()
