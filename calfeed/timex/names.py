"""Numbers and names that only look like dates.

"Ordinance No. 2027-04" is a document's number, not April 2027; "Orthodox Christmas" and
"Lunar New Year" are other days than the holiday their last words name; "the Trans March"
and "the Women's March" are events, not the month. All are told by the word just before the
match, read from the resource lists ``number_labels``, ``holiday_openers`` and
``month_openers``; a look back of a few dozen characters keeps the check linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_list
from calfeed.timex.vocabulary import norm, vocabulary

_LOOKBACK = 40
_NUMBER = re.compile(r"\d{1,4}[-/.]\d{1,4}(?:[-/.]\d{1,4})?")
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][A-Za-z'’]{0,30})[^\S\n]{1,2}$")
_WORD_AFTER = re.compile(r"[^\S\n]{1,2}(?P<w>[A-Za-z]{1,30})")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# What may stand before a sentence's first word: nothing, a sentence or line end, a bullet, a quote.
_OPENING = re.compile(r"(?:^|[.!?:;\n\"“‘'(\[—–•*#|>-])[^\S\n]*$")


@lru_cache(maxsize=None)
def _label(lang: str) -> re.Pattern[str]:
    """A number label ("Ordinance", "No.", "Case No."), or "#", right before the number."""
    words = sorted(load_list(lang, "number_labels"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]{1,2}") for w in words)
    sign = "|".join(re.escape(w) for w in words if w.endswith("."))
    return re.compile(rf"(?:(?<![\w])(?:{body})(?:[^\S\n]{{1,2}}(?:{sign}))?[.:]?[^\S\n]{{0,2}}#?|#)[^\S\n]{{0,2}}$",
                      re.IGNORECASE)


def numbered(text: str, start: int, end: int, lang: str) -> bool:
    """Digits with separators ("2027-04") written as the number a label introduces, or a
    match that is only the head of a longer identifier ("2011/429/EXC", "2019-CV-0012")."""
    labelled = _label(lang).search(text[max(0, start - _LOOKBACK):start]) is not None
    if _NUMBER.fullmatch(text, start, end) is not None and labelled:
        return True
    return _identifier(text, start, end, labelled)


# Groups joined on after a match: "/429", "/EXC", "-CV", "-0012" (a few, each short: linear).
_JOINED = re.compile(r"(?:[-/](?![-/])[A-Za-z0-9]{1,12}){1,6}(?![\w])")
_GROUP = re.compile(r"[A-Za-z0-9]+")


def _identifier(text: str, start: int, end: int, labelled: bool) -> bool:
    """Further groups joined on by slashes or dashes make a reference number: after a number
    label any at all ("Ref. 2027/0142"); else a group no date has (three digits, five or more,
    a leading zero on four: "Regulation 2016/679", "2027/0142") or, in three groups or more,
    one with a capital letter ("Decision 2011/87/EU"). "2011/12", "2011-2012" and
    "2027-04-17" stay dates."""
    joined = _JOINED.match(text, end)
    if joined is None:
        return False
    if labelled:
        return True
    groups = _GROUP.findall(text[start:joined.end()])
    if any(_undated_digits(g) for g in groups):
        return True
    return len(groups) >= 3 and any(not g.isdigit() and not g.islower() for g in groups)


def _undated_digits(group: str) -> bool:
    if not group.isdigit():
        return False
    return len(group) == 3 or len(group) > 4 or (len(group) == 4 and group.startswith("0"))


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


def month_in_name(text: str, start: int, end: int, lang: str) -> bool:
    """A capitalised bare month after a capitalised word that is no opener ("the Trans March",
    "Dyke March", "Theresa May") or after a capitalised possessive ("the Women's March"): the
    words name an event or a person. After a possessive, a noun a month dates ("the Fed's March
    meeting") keeps it a month; an all-capitals word or month ("IN MARCH") tells nothing."""
    month = text[start:end]
    if not month[:1].isupper() or month.isupper():
        return False
    found = _WORD_BEFORE.search(text[max(0, start - _LOOKBACK):start])
    if found is None:
        return False
    word = found.group("w")
    if not word[0].isupper() or word.isupper():
        return False
    possessive = _POSSESSIVE.search(word) is not None
    key = norm(_POSSESSIVE.sub("", word) if possessive else word)
    if key in load_list(lang, "month_openers") or _calendar_word(key, lang):
        return False
    if possessive:
        after = _WORD_AFTER.match(text, end)
        if after is not None and norm(after.group("w")) in load_list(lang, "month_modified_nouns"):
            return False
    return True


def _calendar_word(key: str, lang: str) -> bool:
    """A month or weekday name ("February March", "Friday May") is a list, not a name."""
    vocab = vocabulary(lang)
    return key in vocab.months or key in vocab.weekdays
