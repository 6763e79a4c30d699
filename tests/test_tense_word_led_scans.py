"""The sentence scans of tense.py for listed words open with the words themselves, not with a
look-behind, so that the engine skips to their first letters; they find what the look-behind form found."""

import re

from calfeed.timex.tense import _same_form_words, _to_verb, _words_led
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

SENTENCES = [
    "The storm hit the coast and she cut the ribbon; the company set the price to rise.",
    "re-set, cost-cutting, it's hit's, to-do, 'to go', potato tomato to  buy, To Buy, to\nsell",
    "hit", "to be", "xhit hitx hit-and-run ’cut cut’ _set set_ 9put put9",
]


def _opens_with_a_look_behind(pattern: str) -> bool:
    op, arg = _parser.parse(pattern)[0]
    while op is C.SUBPATTERN:
        op, arg = arg[-1][0]
    return op is C.ASSERT_NOT


def test_scans_open_with_their_words():
    assert not _opens_with_a_look_behind(_same_form_words("en").pattern)
    assert not _opens_with_a_look_behind(_to_verb("en").pattern)


def test_same_matches_as_a_leading_look_behind():
    old_same = re.compile(r"(?<![\w'\u2019-])(?:spread|burst|split|shut|quit|hurt|cost|cast|hit|cut|set|put)"
                          r"(?![\w'\u2019-])")
    old_to = re.compile(r"(?<![\w'])(?:to)\s{1,3}([a-z]{2,20})(?![\w'])")
    for sentence in SENTENCES:
        for old, new in ((old_same, _same_form_words("en")), (old_to, _to_verb("en"))):
            assert [(m.span(), m.groups()) for m in old.finditer(sentence)] == \
                [(m.span(), m.groups()) for m in new.finditer(sentence)]
            for start in range(len(sentence)):       # a search from inside the text looks back past its start
                found, kept = old.search(sentence, start), new.search(sentence, start)
                assert (found and found.span()) == (kept and kept.span())


def test_words_led_keeps_the_order_of_the_words():
    pattern = re.compile(_words_led(["set", "settle"], r"\w"))
    assert pattern.match("settle").group() == "set"
    assert pattern.search("reset settle").span() == (6, 9)


def test_imperative_verbs_are_dispatched_by_their_first_letter():
    """The sentence-opening verbs are one branch per first letter, each opening with a case-sensitive
    set of that letter's cases (word_alternation's ``dispatched``), not a list tried verb by verb; the
    verb read is the longest-first list's."""
    from calfeed.timex.lexicon import load_list
    from calfeed.timex.tense import _imperative

    pattern = _imperative("en")
    assert "(?-i:[" in pattern.pattern
    words = load_list("en", "infinitive_verbs") + load_list("en", "request_verbs")
    listed = "|".join(sorted({re.escape(v).replace(r"\ ", r"\s{1,3}").replace("'", "['\u2019]") for v in words},
                             key=lambda v: (-len(v), v)))
    old = re.compile(r"[\s\"'`(\[\u2018\u201c*\u2022\u2013-]{0,6}(?:\d{1,2}[.)]\s{1,3})?"
                     rf"(?:(?:please|kindly)\s{{1,3}})?({listed})(?![\w'-])", re.IGNORECASE)
    for word in words:
        for text in (word, word.upper(), word.title(), f"please {word} it", f"- {word}s", f"1. {word} now",
                     word.replace("'", "\u2019"), f"{word}-x", word[:-1], "The company said on Monday"):
            found, kept = old.match(text), pattern.match(text)
            assert (found and (found.span(), found.groups())) == (kept and (kept.span(), kept.groups())), text
