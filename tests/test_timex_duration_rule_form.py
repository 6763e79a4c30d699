"""The duration rule is tried where a number or "the" opens it and fails at most of those places
("the two countries", "a total of"), so its pattern is written to fail cheaply: its checks that
usually pass come first in their look-arounds, its look-behinds run only before a bare lead word,
and its words open with their letters as case-sensitive sets (which the engine passes over
without entering a branch). It must match exactly what the plain form matched."""

from __future__ import annotations

import re
from pathlib import Path

from calfeed.timex.lexicon import load_table
from calfeed.timex.rules import WORD_START, expand, macros

CORPUS = Path(__file__).parent / "corpus" / "timex.txt"

# (plain form, cheap form) of each rewritten piece of the rule's source
_PIECES = [
    (r"(?=(?<![\d%]\s)(?<![a-z]{2}s\s)(?<!million\s)(?<!billion\s)%notAfterPercent|(?!an?\s))",
     r"(?=(?!an?\s)|(?<![\d%]\s)(?<![a-z]{2}s\s)(?<!million\s)(?<!billion\s)%notAfterPercent)"),
    (r"|(?<!\Wto\s)", r"|(?=%durationLeadBare\s)(?<!\Wto\s)"),
    (r"(?:to|or|-|–)", r"(?:(?-i:[Tt])o|(?-i:[Oo])r|-|–)"),
    (r"[\s-]{1,3}and[\s-]{1,3}a[\s-]{1,3}(?P<andhalf_2>half)",
     r"[\s-]{1,3}(?-i:[Aa])nd[\s-]{1,3}a[\s-]{1,3}(?P<andhalf_2>half)"),
]
_PLAIN_TAIL = ("(?:more|additional|further|straight|consecutive|full|whole|entire|trading|business|working|"
               r"calendar|school|single|(?<!\ba\s)(?<!\ban\s)(?:long|short))(?![\w])")

_EXTRA = ("the two countries. the first nine months, a year ago; a total of 5 to 7 days, two and a half years, "
          "Two More Years, three ſtraight days, THREE CONSECUTIVE WEEKS, the past 20 years, will last three years, "
          "an hour-long talk, 10% a year, 3.5 million a year, 2-3 weeks, four-and-a-half hours, 1990-92 seasons, "
          "a long week, an entire day, several quarters of growth, the quarter of a century, a second time")


def _source() -> str:
    return next(row["pattern"] for row in load_table("en", "rules") if row["name"] == "duration")


def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(rf"{WORD_START}(?:{expand(source, 'en')})(?![\w])", re.IGNORECASE)


def test_the_rule_is_written_in_its_cheap_form():
    source = _source()
    assert all(cheap in source and plain not in source.replace(cheap, "") for plain, cheap in _PIECES)
    assert "(?-i:[Mm])ore" in macros("en")["amountTail"]


def test_the_cheap_form_matches_what_the_plain_form_matched():
    plain_source = _source()
    for plain, cheap in _PIECES:
        plain_source = plain_source.replace(cheap, plain)
    plain = re.compile(rf"{WORD_START}(?:{expand(plain_source, 'en').replace(macros('en')['amountTail'], _PLAIN_TAIL)})"
                       r"(?![\w])", re.IGNORECASE)
    cheap = _compiled(_source())
    text = CORPUS.read_text(encoding="utf-8") + "\n" + _EXTRA
    tried = matched = 0
    for start in (m.start() for m in re.finditer(r"(?<![\w'])[\w']", text)):
        one, other = cheap.match(text, start), plain.match(text, start)
        assert (one and (one.span(), one.groupdict())) == (other and (other.span(), other.groupdict())), text[start:start + 40]
        tried += 1
        matched += one is not None
    assert tried > 10000 and matched > 100
