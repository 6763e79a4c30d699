"""Numbers and names that only look like dates.

"Ordinance No. 2027-04" is a document's number, not April 2027; "Orthodox Christmas" and
"Lunar New Year" are other days than the holiday their last words name. Both are told by
the word just before the match, read from the resource lists ``number_labels`` and
``holiday_openers``; a look back of a few dozen characters keeps the check linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_list
from calfeed.timex.vocabulary import norm

_LOOKBACK = 40
_NUMBER = re.compile(r"\d{1,4}[-/.]\d{1,4}(?:[-/.]\d{1,4})?")
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][A-Za-z'’]{0,30})[^\S\n]{1,2}$")
# What may stand before a sentence's first word: nothing, a sentence or line end, a bullet, a quote.
_OPENING = re.compile(r"(?:^|[.!?:;\n\"“‘'(\[—–•*#|>-])[^\S\n]*$")


@lru_cache(maxsize=None)
def _label(lang: str) -> re.Pattern[str]:
    """A number label ("Ordinance", "No.", "Case No."), or "#", right before the number."""
    words = sorted(load_list(lang, "number_labels"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]{1,2}") for w in words)
    sign = "|".join(re.escape(w) for w in words if w.endswith("."))
    return re.compile(rf"(?:(?<![\w])(?:{body})(?:[^\S\n]{{1,2}}(?:{sign}))?[^\S\n]{{0,2}}#?|#)[^\S\n]{{0,2}}$",
                      re.IGNORECASE)


def numbered(text: str, start: int, end: int, lang: str) -> bool:
    """Digits with separators ("2027-04") written as the number a label introduces."""
    if _NUMBER.fullmatch(text, start, end) is None:
        return False
    return _label(lang).search(text[max(0, start - _LOOKBACK):start]) is not None


def in_longer_name(text: str, start: int, lang: str) -> bool:
    """A holiday's name after a capitalised word, inside a sentence, that is no opener
    ("Orthodox Christmas"): the words together name another day. An all-capitals word
    ("US Independence Day") qualifies rather than renames; a capital that only opens the
    sentence ("Celebrate Christmas") is no name."""
    window = text[max(0, start - _LOOKBACK):start]
    match = _WORD_BEFORE.search(window)
    if match is None:
        return False
    word = match.group("w")
    if not word[0].isupper() or word.isupper() or norm(word) in load_list(lang, "holiday_openers"):
        return False
    before = window[:match.start()]
    if start - _LOOKBACK <= 0 and not before.strip():
        return False
    return _OPENING.search(before) is None
