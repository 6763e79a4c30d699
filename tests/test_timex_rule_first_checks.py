"""Rules tried at many places where they cannot match look ahead first for what they must read
next, so a failing try stops early: the duration rule after "the" ("the acquisition", "the
american": a number word "a" with a letter after it), and each look-behind-led branch of
month_abbr_alone (its month word before up to fifteen look-behinds), plural_unit_of (its unit and
"of" before twenty-eight look-behinds: "years ago") and season's branch of "the" after a preposition
("the same"). A look-ahead for what the pattern must match at that place anyway changes no match:
each form must match exactly what the plain one did, at every word start of the example corpora."""

from __future__ import annotations

import re
from pathlib import Path

from calfeed.timex.lexicon import load_table
from calfeed.timex.rules import WORD_START, expand

CORPUS = Path(__file__).parent / "corpus"

# rule -> the look-aheads added to it (the plain form is the source with each removed)
_CHECKS = {
    "duration": [r"(?=\d|%durationLead|%numWord(?=[\s\-–½¼¾⅓⅔TtOo])|%numPair)"],
    "month_abbr_alone": [r"(?=%monthAbbrName)", r"(?=%monthAbbrAlone)"],
    "plural_unit_of": [r"(?=(?:days|weeks|months|years|decades)\s{1,3}of\s)"],
    "season": [r"(?=the\s{1,3}%season)"],
}

_EXTRA = ("the acquisition of the two countries, the a-year plan, the oneto two years, the one-to-two-year term, "
          "the two½ hours, the first three years, the past 20 years, the year ended, the couple of days, "
          "in Sept, since Jan, until Feb. 3, till Oct; during Dec. and Jan, from Jan to March, in May I think, "
          "early Feb, late Nov, mid-Sept, by Oct, of Jan, to Dec, March - April, 1999, Jan.-Feb. 2001, "
          "years of work, the years of war, took years of study, days before, months  of talks, decades of\nneglect, "
          "in the summer, during the same week, since the fall of 2001, through the winter, into the spring")


def _source(name: str) -> str:
    return next(row["pattern"] for row in load_table("en", "rules") if row["name"] == name)


def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(rf"{WORD_START}(?:{expand(source, 'en')})(?![\w])", re.IGNORECASE)


def _texts() -> list[str]:
    corpus = "\n".join((CORPUS / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    corpus += "\n" + _EXTRA
    return [corpus, corpus.upper(), corpus.title()]


def test_the_rules_look_ahead_first():
    for name, checks in _CHECKS.items():
        assert all(check in _source(name) for check in checks), name


def test_the_first_checks_change_no_match():
    texts = _texts()
    for name, checks in _CHECKS.items():
        plain_source = _source(name)
        for check in checks:
            plain_source = plain_source.replace(check, "")
        plain, checked = _compiled(plain_source), _compiled(_source(name))
        tried = matched = 0
        for text in texts:
            for start in (m.start() for m in re.finditer(r"(?<![\w'])[\w']", text)):
                one, other = checked.match(text, start), plain.match(text, start)
                assert (one and (one.span(), one.groupdict())) == (other and (other.span(), other.groupdict())), \
                    (name, text[start:start + 40])
                tried += 1
                matched += one is not None
        assert tried > 10000 and matched >= 5, name
