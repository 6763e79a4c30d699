"""A day and a name written alone on a list's line: "c) 2nd of April - Good Friday (movable holiday)",
"- Monday 8 January - Spring term starts".

Two readers ask whether a line holds only a list's day and the name after it (compose, before a
day runs to a named period; the resolver, before a holiday's own day replaces the one the list
writes): only a bullet or an item's letter or number before the day, and only a bracketed note or
the line's end after the name.
"""

from __future__ import annotations

import re

from calfeed.text import start_of_line

_LINE_OPENING = re.compile(r"[^\S\n]*(?:(?:[-•*]|\(?[a-z0-9]{1,3}[).])[^\S\n]+)?")     # a bullet, "c)", "3."
_NAME_CLOSING = re.compile(r"[^\S\n]*(?:\(|[;.]?[^\S\n]*(?:\n|\Z))")     # a bracketed note, or the line's end


def alone_on_line(text: str, first: int, last: int) -> bool:
    """Whether only a list's mark stands before ``first`` on its line and only a bracketed note (or
    nothing but a stop) after ``last`` up to the line's end."""
    return (_LINE_OPENING.fullmatch(text, start_of_line(text, first), first) is not None
            and _NAME_CLOSING.match(text, last) is not None)
