"""The duration rule fails at most places it is tried ("the two countries", "3.5 million"), and a
failing try went back through every choice it had made before it failed: each lead it might have
read, each shorter part of the number. Where no other choice can lead to a match, the rules make
their choice once, with an atomic group or a possessive repeat:

- its lead ("the", "the next", "past"): no number word or digit begins at a lead word or at "the",
  so the match without the lead cannot begin where the lead was read;
- the digits of a number (%num, in eleven rules: "3.5", "1,500"), and of the duration's lower number
  of a range: a shorter part of them is followed by a digit, a comma or a point, and nothing a rule
  reads after a number begins so (a blank, a dash, a fraction);
- the word before a unit that a "the" lead may not be followed by ("the 20 year old"): a shorter
  run of word characters is followed by a word character, not by the blank the check reads next.

The number's words stay free to give back a word ("thirty" of "thirty-five-year" is the lower
number of a range). Each form must match exactly what the plain one matched, at every word start
of the example corpora and of text made up of the rule's words."""

from __future__ import annotations

import random
import re
from pathlib import Path

from calfeed.timex.lexicon import load_table
from calfeed.timex.rules import OPEN_END, WORD_START, expand, macros

CORPUS = Path(__file__).parent / "corpus"

# (plain form, atomic form) of each piece of the rule's source
_PIECES = [
    (r"(?P<lo>\d{1,3}|", r"(?P<lo>\d{1,3}+|"),
    (r"(?![\w.,]{1,12}\s{1,3}", r"(?![\w.,]{1,12}+\s{1,3}"),
]
_LEAD_END = ")?(?:(?P<lo>"
# %num's digits, read atomically, and as they were read before
_NUM_DIGITS = (r"\d{1,3}(?:,\d{3})?(?:\.\d{1,2})?(?!\d)", r"(?>\d{1,3}(?:,\d{3})?(?:\.\d{1,2})?)(?!\d)")

_WORDS = ("the a an two 2 3.5 1,500 12 99.9 to or - – and half year years month day week hour quarter of next last "
          "past first following coming latest thirty-five twenty five hundred thousand couple few several more "
          "additional long short straight ½ 1/2 million percent % old age 2001- 1999– century fortnight minutes").split()


def _source() -> str:
    return next(row["pattern"] for row in load_table("en", "rules") if row["name"] == "duration")


def _plain(source: str) -> str:
    for plain, atomic in _PIECES:
        source = source.replace(atomic, plain)
    assert source.startswith("(?>")
    return "(?:" + source[3:]


def _compiled(source: str, plain_num: bool = False) -> re.Pattern[str]:
    body = expand(source, "en")
    if plain_num:
        body = body.replace(_NUM_DIGITS[1], _NUM_DIGITS[0])
    end = "" if source.endswith(OPEN_END) else r"(?![\w])"
    return re.compile(rf"{WORD_START}(?:{body}){end}", re.IGNORECASE)


def _texts() -> list[str]:
    corpus = "\n".join((CORPUS / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    made_up = random.Random(3)
    for _ in range(3000):
        corpus += "\n" + "".join(made_up.choice(_WORDS) + made_up.choice(["", " ", " ", "  ", "-", ", "])
                                 for _ in range(made_up.randint(2, 8)))
    return [corpus, corpus.upper(), corpus.title()]


def _same_matches(one: re.Pattern[str], other: re.Pattern[str], texts: list[str]) -> tuple[int, int]:
    tried = matched = 0
    for text in texts:
        for start in (m.start() for m in re.finditer(r"(?<![\w'])[\w']", text)):
            first, second = one.match(text, start), other.match(text, start)
            assert (first and (first.span(), first.groupdict())) == (second and (second.span(), second.groupdict())), \
                text[start:start + 40]
            tried += 1
            matched += first is not None
    return tried, matched


def test_the_rules_choose_their_lead_and_digits_once():
    assert _NUM_DIGITS[1] in macros("en")["num"]
    source = _source()
    assert source.startswith("(?>") and _LEAD_END.replace(")?(", ")?)(", 1) in source
    assert all(atomic in source for _, atomic in _PIECES)


def test_no_number_begins_at_a_lead_word():
    leads = [row["word"] for row in load_table("en", "duration_leads")] + ["the"]
    number = re.compile(expand(r"(?:\d|%num|%numPair|%numWord)", "en"), re.IGNORECASE)
    for word in leads:
        for after in (" ", "-", " to ", " years", "s "):
            assert number.match(word + after) is None, word


def test_the_atomic_forms_change_no_match():
    texts = _texts()
    tried, matched = _same_matches(_compiled(_source()), _compiled(_plain(_source()), plain_num=True), texts)
    assert tried > 30000 and matched > 1000
    numbered = [row for row in load_table("en", "rules") if re.search(r"%num(?![A-Za-z])", row["pattern"])]
    assert len(numbered) >= 10
    for row in numbered:
        _same_matches(_compiled(row["pattern"]), _compiled(row["pattern"], plain_num=True), texts)
