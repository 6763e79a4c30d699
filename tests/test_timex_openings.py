"""Trying each rule only where it can open must find exactly what running it everywhere finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from calfeed.timex import extractor
from calfeed.timex import openings as openings_module
from calfeed.timex.openings import (
    CLOSED, DIGIT, OPEN, openings, pattern_openings, rule_openings, scan, starts,
)
from calfeed.timex.rules import rules

CORPUS = Path(__file__).parent / "corpus" / "timex.txt"


def everywhere(text: str) -> list[tuple[str, int, int]]:
    """Every rule's ``finditer`` over the whole text: slow, but the meaning to keep."""
    return sorted((rule.name, m.start(), m.end()) for rule in rules("en") for m in rule.regex.finditer(text))


def where_it_opens(text: str) -> list[tuple[str, int, int]]:
    positions, unread = starts(text)
    found = []
    for index, rule in enumerate(rules("en")):
        matches = rule.regex.finditer(text) if index in unread else scan(rule, text, positions[index])
        found += [(rule.name, m.start(), m.end()) for m in matches]
    return sorted(found)


def corpus_text() -> str:
    lines = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lines.append(line.split(" | ")[0].replace("[", "").replace("]", ""))
    return ".\n".join(lines)


def test_the_whole_timex_corpus_gives_the_same_matches():
    text = corpus_text()
    assert where_it_opens(text) == everywhere(text)


def test_selecting_before_building_keeps_what_building_every_match_keeps():
    """extractor.selected builds only the matches no kept one covers: the same atoms as
    building every match and then selecting (the corpus, and a page with a broken date)."""
    for text in (corpus_text(), "Due 31 February 2027 (sic), 3/4 and 31.02., Monday 30 February; 5-6 March."):
        assert extractor.selected(text) == extractor.select(extractor.candidates(text))


def test_candidates_use_the_openings():
    text = "The meeting took place on 21-22 June 2011 in Islamabad; the next one is on 8 December."
    kept = sorted((a.rule, a.start, a.end) for a in extractor.candidates(text))
    assert ("day_range_month", text.index("21"), text.index(" in Islamabad")) in kept


@pytest.mark.parametrize("text", [
    "The meeting was held on Mondays in the weekend sessions of 1998 and the first-quarter.",
    "By 17:00 CET on 3 March, the o'clock rule: five o'clock in the morning, at noon, midnight.",
    "Fiscal 1990, FY1991, the nineties, the 1980s, the 20th century, each July, every Tuesday.",
    "CBS's ''60 Minutes'' aired in the '90s and in '05; rock'n'roll of the 1960's.",
    "SEPTEMBER 11, 2001 and september 11 and Sept. 11th, at 9 A.M. EST; 9am-5pm; 9:30-10:45.",
    "ſeptember 3 ſunday, the 3rd of JULY, ıt was 1 January; the ﬁrst week (ligature).",
    "Dates in other digits: ٣ March ٢٠١١, 12/٣/2011 and ２０１１年.",
    "month_of_June, June_2011, x_1999 and June\u00a02011 with a no-break space, Dec.\u200b3.",
    "last week's results; the week before; two weeks ago; in 3 days; for 48 hours; 1990-91.",
    "He left in April the following year; period last year, quarter a year ago; last quarter century.",
    "2011",
    "June",
    "'",
    "",
])
def test_tricky_texts_give_the_same_matches(text):
    assert where_it_opens(text) == everywhere(text)


def test_random_texts_give_the_same_matches():
    rng = random.Random(11)
    words = ["June", "jun.", "MAY", "may", "the", "The", "1", "12", "2011", "1999s", "'", "'90s", "-", "--",
             "/", ".", ",", ":", "00", "a.m.", "pm", "EST", "week", "weeks", "every", "each", "of", "to",
             "and", "between", "Monday", "mondays", "noon", "o'clock", "first", "quarter", "Q3", "fiscal",
             "_", "\u00a0", "\n", "  ", "ago", "later", "since", "in", "early", "mid-", "1st", "twenty"]
    for _ in range(60):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-", ", ", "\n"]) for _ in range(120))
        assert where_it_opens(text) == everywhere(text), text


def test_openings_are_read_off_the_patterns():
    by_name = {rule.name: rule for rule in rules("en")}
    alone = rule_openings(by_name["month_alone"], "en")
    assert alone is not None and (CLOSED, "june") in alone and (CLOSED, "the") not in alone
    iso = rule_openings(by_name["iso_datetime"], "en")
    assert iso is not None and all(text.startswith(DIGIT * 4) for _, text in iso)
    # A rule that may open with a weekday before its digits ("Wednesday 2031/5/15") opens at both.
    dated = rule_openings(by_name["iso_date"], "en")
    assert dated is not None and any(text.startswith(DIGIT * 4) for _, text in dated) \
        and not all(text.startswith(DIGIT * 4) for _, text in dated)
    # A word that only begins the text ("Mondays" after "Monday").
    assert (OPEN, "ab") in pattern_openings(r"ab[a-z]{3,9}")


def test_a_blank_on_the_same_line_is_read_as_a_blank():
    """``[^\\S\\n]`` takes white space only: an opening goes on past it, not cut there as unread."""
    found = pattern_openings(r"\d{1,2}[^\S\n]{1,3}(?:may|june)")
    assert found == {(CLOSED, f"{DIGIT} may"), (CLOSED, f"{DIGIT} june"), (CLOSED, f"{DIGIT * 2} may"),
                     (CLOSED, f"{DIGIT * 2} june")}
    assert pattern_openings(r"\d[^\s\n]x") == {(OPEN, DIGIT)}   # a negated set of another kind: cut there


@pytest.mark.parametrize("text", [
    "On 5\tMay, 5\u00a0June and 12 \t July 2011; 3\nAugust; 4 million in 2010; 7\u2003March 1999.",
    "Held 21-22\u00a0June 2011, at 6:30\u00a0p.m. on 8\u2009December 2011, every 2\u00a0weeks.",
])
def test_blanks_of_every_kind_between_words_give_the_same_matches(text):
    assert where_it_opens(text) == everywhere(text)


def test_a_pattern_that_cannot_be_read_is_scanned_in_full():
    assert pattern_openings(r"(?:.x)") is None          # may open with any character
    assert pattern_openings(r"(?:x?)") is None          # may match nothing
    assert openings("en").unread == tuple(i for i, r in enumerate(rules("en")) if rule_openings(r, "en") is None)


def test_joins_asked_only_within_reach_give_the_same_expressions():
    """compose asks a join only of atoms within _reach of each other: no join takes more."""
    from calfeed.timex import compose as composing
    from calfeed.timex.vocabulary import vocabulary

    text = corpus_text() + ".\n" + "\n".join([
        "two weeks from Monday; the first Friday of next month; 9 to 11 a.m. on 3 March 2011 at 17:00 CET.",
        "between 21 June and 3 July 2011; annually on 5 June; the weekend of 10 July; 1 May every year.",
    ])
    atoms = extractor.select(extractor.candidates(text))
    reach = composing._reach

    def everywhere(lang: str) -> int:
        return 10 ** 9

    try:
        composing._reach = everywhere
        unbounded = composing.compose(atoms, text, vocabulary("en"))
    finally:
        composing._reach = reach
    assert composing.compose(atoms, text, vocabulary("en")) == unbounded


def _opens(pattern: str, text: str) -> bool:
    """Whether some opening of ``pattern`` fits ``text`` as the scan reads it: its first
    word, the gap and the next word, no further."""
    from calfeed.timex.openings import GAP, _canon_text, _is_word

    read = re.match(rf"[^\W_]+(?:\W{{1,{GAP}}}[^\W_]+)?", text)
    assert read is not None
    key = _canon_text(read.group())
    found = pattern_openings(pattern)
    assert found is not None
    return any(key.startswith(opening) and (kind == OPEN or not _is_word(key[len(opening):][:1] or " "))
               for kind, opening in found)


@pytest.mark.parametrize("pattern, text", [
    (r"may\s(?:twenty-first|second)", "May twenty-first"),
    (r"march\s{1,3}(?:twenty-first|second)", "March twenty-first"),
    (r"the\s(?:nineteen nineties|sixties)", "the nineteen nineties"),
])
def test_an_opening_cut_inside_a_hyphened_or_spaced_second_word_stops_at_it(pattern, text):
    """A second word read from a longer piece ("twenty-first", cut to fit the key) ends at
    its hyphen or blank, as the scan reads it: not "may twenty-fi"."""
    assert _opens(pattern, text)


def _walked(word: str, gap: str | None, second: str | None, table) -> tuple[int, ...]:
    """rules_opened as first written: one walk over the whole canonical text (the meaning kept)."""
    text = openings_module._canon_text(word + (gap or "") + (second or ""))
    found: set[int] = set()
    for size in range(1, len(text) + 1):
        begun = text[:size]
        if begun not in table.begun:
            return tuple(sorted(found))
        found.update(table.open.get(begun, ()))
        if size == len(text) or not openings_module._is_word(text[size]):
            found.update(table.closed.get(begun, ()))
    if not second or len(gap or "") >= openings_module.GAP:
        found |= openings_module._running_past(text, table)
    return tuple(sorted(found))


def test_the_first_word_walked_once_opens_what_one_walk_opens():
    """rules_opened keeps its walk through a first word ("the") for the next text that begins with
    it: every word start of the corpus and of tricky texts opens the rules one whole walk opens."""
    table = openings("en")
    texts = [corpus_text(), "ſeptember 3 ſunday, 'the  90s', the\u00a0week, ﬁrst JULY 4th, the week-end, '05 - 1990"]
    seen = 0
    for text in texts:
        for lowered, locator in ((text.lower(), table.ascii_locator), (text, table.wide_locator)):
            for match in locator.after.finditer(lowered):
                assert openings_module.rules_opened(*match.groups(), table) == _walked(*match.groups(), table), \
                    match.groups()
                seen += 1
    assert seen > 1000


@pytest.mark.parametrize("gap", [" ", "   ", "\t \n", "-", " - ", ", ", "\u00a0", " \u2013 ", "/", "  .  "])
@pytest.mark.parametrize("second", ["", "week", "WEEK", "1998", "3rd", "ſunday", "Straße", "ǅune", "Kelvin", "q3"])
def test_the_gap_and_the_word_after_it_are_put_in_canonical_form_apart(gap, second):
    """rules_opened puts the gap and the second word in canonical form one at a time (the gap's
    form is kept): the two together read as the text read in one piece does."""
    joined = openings_module._canon_text(gap + second)
    assert openings_module._canon_gap(gap) + openings_module._canon_word(second) == joined
    table = openings("en")
    for word in ("the", "a", "12", "mid", "june", "twenty", "last"):
        assert openings_module.rules_opened(word, gap, second, table) == _walked(word, gap, second, table)


def _unchecked(node: openings_module._Node) -> openings_module._Node:
    """The tree with no second word checked (as the scan was before it checked them)."""
    return openings_module._Node({char: _unchecked(child) for char, child in node.children.items()},
                                 node.open, node.closed, None)


def test_the_scan_passes_over_only_word_starts_that_open_nothing():
    """After a word that opens nothing alone ("the", "that", "at"), the scan stops only where the
    next word may go on with one of its openings; every place it now passes over opened no rule."""
    table = openings("en")
    plain = openings_module._locator(_unchecked(openings_module._tree(table.open, table.closed)),
                                     openings_module._ASCII_LOWER)
    assert plain is not None and table.ascii_locator is not None
    texts = [corpus_text(), "at present, the bank said that he left; the second week; the_ x; that",
             "the" + " " * 20 + "firm; new year's day; the 1990s and the '90s; at 5 p.m.; the\tsame day"]
    passed = 0
    for text in (t.lower() for t in texts):
        checked = {m.start(1) for m in table.ascii_locator.after.finditer(text)}
        for match in plain.after.finditer(text):
            if match.start(1) not in checked:
                assert openings_module.rules_opened(*match.groups(), table) == (), match.groups()
                passed += 1
    assert passed > 100
    stops = {m.group(1) + (m.group(2) or "") + (m.group(3) or "")
             for m in table.ascii_locator.after.finditer(" " + texts[1].lower())}
    assert "the bank" not in stops and "that he" not in stops and "the second" in stops
    assert "at present" in stops and "the" in stops and "that" in stops     # "the_", "that" at the end


def test_a_tree_that_checks_second_words_finds_what_it_found_without():
    """The scan that checks second words tries every rule where it opens on any text (random words)."""
    rng = random.Random(5)
    words = ["the", "The", "THE", "that", "at", "a", "an", "new", "year", "company", "second", "se", "sec",
             "12", "1990s", "'90s", "week", "Monday", "present", "pres", "_", "ſecond", "same", "day", "quarter"]
    for _ in range(80):
        text = "".join(rng.choice(words) + rng.choice(["", " ", "  ", "-", ", ", "\n", " " * 17, "_"])
                       for _ in range(60))
        assert where_it_opens(text) == everywhere(text), text


@pytest.mark.parametrize("text", ["", DIGIT, DIGIT + " ", DIGIT * 4, "the ", "the", "a", "years ", "june",
                                  "zz", "\U0010ffff"])
def test_the_rules_running_past_a_text_are_those_of_every_longer_opening_it_begins(text):
    table = openings("en")
    wanted = {index for opening, ids in table.every if opening.startswith(text) and len(opening) > len(text)
              for index in ids}
    assert openings_module._running_past.__wrapped__(text, table) == wanted


def test_the_scan_passes_over_an_apostrophe_no_digit_follows():
    """Every opening that begins with "'" goes on with a digit ("'90s"): a quote mark (''No,'' he
    said) is passed over; "'90s", and a "'" the text ends with or a "_" follows, are not."""
    table = openings("en")
    text = " ''no,'' he said in the '90s and '05, 'x '_ '"
    stops = [m.start(1) for m in table.ascii_locator.after.finditer(text)
             if m.group(1).startswith("'")]
    assert [text[at:at + 3] for at in stops] == ["'90", "'05", "'_ ", "'"]
    assert where_it_opens(text) == everywhere(text)


def test_the_ascii_scan_written_in_ranges_finds_what_the_categories_find():
    """For an ASCII text the scan writes its kinds of character as ASCII ranges ([A-Za-z0-9]...):
    the same stops, words and gaps as the engine's categories (\\w, \\d, \\W) give."""
    table = openings("en")
    root = openings_module._tree(table.open, table.closed)
    ranges = openings_module._locator(root, openings_module._ASCII_LOWER)
    categories = openings_module._locator(root, openings_module._ASCII_LOWER, openings_module._CATEGORIES)
    assert ranges is not None and categories is not None and ranges.after.pattern != categories.after.pattern
    rng = random.Random(7)
    pieces = ["the", "a", "at", "'", "''", "_", "/", "1998", "3", "june", "second", "-", " ", "\t", "\n", ",",
              ".", "the" + " " * 16, "x" * 30, "Q3", "mid", "year", "noon", "new", "present"]
    texts = [corpus_text().lower().encode("ascii", "ignore").decode()] + ["".join(rng.choice(pieces) for _ in range(300)) for _ in range(30)]
    for text in texts:
        assert text.isascii()
        for read in (text, " " + text):        # (the text's start is read after a blank)
            got = [(m.span(), m.groups()) for m in ranges.after.finditer(read)]
            assert got == [(m.span(), m.groups()) for m in categories.after.finditer(read)]


def _opened_names(text: str) -> set[str]:
    """The rules the scan finds opening at the text's start (none where it passes over the start)."""
    table = openings("en")
    match = table.ascii_locator.after.match(" " + text.lower())
    if match is None:
        return set()
    return {rules("en")[index].name for index in openings_module.rules_opened(*match.groups(), table)}


def test_a_number_with_a_decimal_point_is_one_word_of_an_opening():
    """"3.5 million" opens none of the rules of an amount of time and its unit: the openings read on
    past the number to the word after it (they stopped at "3.5", read as two words, and a fifth of a
    TBAQ pass's rule tries failed at such numbers); "3.5 hours", "1,500 years" and "7.30 pm" still
    open theirs."""
    units = {"offset_date", "offset_in", "duration_and_unit", "duration_unit_run", "amount_per_unit",
             "unit_long", "amount_period", "times_per_unit"}
    assert not _opened_names("3.5 million shares") & units and not _opened_names("12.75 billion") & units
    assert {"offset_date", "duration_and_unit", "duration"} <= _opened_names("3.5 hours")
    assert {"offset_date", "duration"} <= _opened_names("1,500 years")
    assert "clock_ampm" in _opened_names("7.30 pm")
    for text in ("3.5 million shares, 2.5 years, 12,000 years, 7.30 pm, 1.2.2011, 3.5% for 1.5 hours",
                 "up 0.5 percent to 1,234.56; 10.30am-11.45am; 2.5-year; 3,5 days; 1,5,7 days; 4. May"):
        assert where_it_opens(text) == everywhere(text), text


@pytest.mark.parametrize("classes", [openings_module._ASCII_RANGES, openings_module._CATEGORIES])
def test_a_word_read_as_a_plain_run_takes_what_the_general_repeat_takes(classes):
    """The scan reads a word as a plain run of letters and digits unless a decimal mark goes on with
    it (see _scanned_word): at every position, the characters it takes are those of the repeat of
    a letter or digit or a decimal mark between two digits, up to RUN, that it stands for."""
    digit = classes.digit
    general = re.compile(rf"(?:{classes.alnum}|(?<=[{digit}])[.,](?=[{digit}])){{0,{openings_module.RUN}}}")
    plain_first = re.compile(openings_module._scanned_word(classes))
    texts = ["3.5 million", "1,500,000 x", "a1.2b3,4 x", "2. and 2,", "x" * 30, "1" * 23 + ".5", "1" * 24 + ".5",
             "1" * 25 + ",5", "12.30pm", "3.5.6", ",5 .5", "the 3,5 a", "ab_1.2", "4.x", "7,,8"]
    if classes is openings_module._CATEGORIES:
        texts += ["é3.5", "\u0663.\u0665 \u0663,\u0665"]      # a letter and digits beyond ASCII
    for text in texts:
        for at in range(len(text) + 1):
            assert plain_first.match(text, at).group() == general.match(text, at).group(), (text, at)


def test_openings_over_the_bound_are_cut_only_where_they_share_a_beginning(monkeypatch):
    """Cutting an opening that shares its shorter beginning with no other leaves as many openings,
    only less selective: the bound cuts only those that merge ("abcd1", "abcd2" to "abcd")."""
    monkeypatch.setattr(openings_module, "MAX_OPENINGS", 2)
    found = {(CLOSED, "abcd1"), (CLOSED, "abcd2"), (CLOSED, "abxyz")}
    assert openings_module._bounded(found) == {(OPEN, "abcd"), (CLOSED, "abxyz")}


def test_the_duration_rule_does_not_open_at_every_second_word_its_cut_openings_begin():
    """The duration rule's openings are too many to keep whole, and were all cut to seven characters,
    so "the com" opened it and it was tried at every "the company"; only "the coming" and "the couple"
    begin so, and they are kept whole."""
    assert "duration" not in _opened_names("the company said") | _opened_names("the country's")
    assert "duration" in _opened_names("the coming weeks") and "duration" in _opened_names("the couple of days")
    for text in ("the company said the coming two weeks, the couple of days, the country's 3 years",
                 "The Company and THE COMING YEAR; the com- pany; the co. for two days"):
        assert where_it_opens(text) == everywhere(text), text


def test_the_walk_through_a_first_word_and_its_gap_is_kept_for_the_next_second_word():
    """rules_opened keeps its walk through "the" and a blank for the next text that begins with them
    (a thousand second words follow them in a pass): each text still opens what one whole walk opens."""
    table = openings("en")
    openings_module._past_first_word.cache_clear()
    for second in ("week", "company", "1998", "first", ""):
        assert openings_module.rules_opened("the", " ", second, table) == _walked("the", " ", second, table)
    assert openings_module._past_first_word.cache_info().hits == 4


def test_the_scans_read_the_gap_and_the_next_word_without_the_general_repeat():
    """The gap and the word after a word start are a branch beside an empty one (see _locator): a
    group marked "?" is run through the engine's general repeat at every word start that opens."""
    from re import _constants as sre, _parser

    def optional_groups(items) -> int:
        found = 0
        for op, arg in items:
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[:2] == (0, 1):
                found += any(inner is sre.SUBPATTERN for inner, _ in arg[2])
            for value in arg if isinstance(arg, (tuple, list)) else ():
                if isinstance(value, _parser.SubPattern):
                    found += optional_groups(value)
                elif isinstance(value, (tuple, list)):
                    found += sum(optional_groups(part) for part in value if isinstance(part, _parser.SubPattern))
        return found

    table = openings("en")
    for locator in (table.locator, table.wide_locator, table.ascii_locator):
        assert optional_groups(_parser.parse(locator.before + locator.ahead)) == 0


def test_the_scans_find_the_same_words_gaps_and_next_words_as_with_an_optional_group():
    """The branch beside an empty one reads what the optional group read, groups and all."""
    table = openings("en")
    texts = ["the company said", "in 3.5 years", "on 12 May, 2011", "Friday", "x" * 40 + " the",
             "the" + " " * 20 + "year", "the _x", "a 'the ' , year", "1,500 people and 2.5 m", ""]
    for locator in (table.locator, table.wide_locator, table.ascii_locator):
        assert locator.ahead.endswith("|))")
        optional = re.compile(locator.before + locator.ahead[:-3] + ")?)")
        for text in texts + [text.lower() for text in texts]:
            found = [(m.span(), m.groups()) for m in locator.after.finditer(" " + text)]
            assert found == [(m.span(), m.groups()) for m in optional.finditer(" " + text)], text


def test_each_beginning_keeps_what_the_walk_through_it_opens():
    """begun holds, beside a beginning's own openings, what a walk through its characters opens (every
    OPEN opening on the way, a CLOSED one before a character that is no word character), so that
    rules_opened reads it at the longest beginning of a text instead of walking there."""
    table = openings("en")
    shift = table.shift
    for text in random.Random(36).sample(sorted(table.begun), 3000) + ["the ", "the fi", "#.#", "mid-", "'##s"]:
        if text not in table.begun:
            continue
        opened: set[int] = set()
        for size in range(1, len(text) + 1):
            opened.update(table.open.get(text[:size], ()))
            if size < len(text) and not openings_module._is_word(text[size]):
                opened.update(table.closed.get(text[:size], ()))
        assert openings_module._bit_places(table.begun[text] >> 2 * shift) == tuple(sorted(opened)), text


def test_the_scan_checks_as_many_letters_of_a_second_word_as_an_opening_keeps():
    """After a word that opens nothing alone, the scan checks the next word's first four letters
    (SECOND_WORD, all an opening keeps of it), not three: "the comet" and "the country" share
    only "com"/"cou" with "the coming" and "the couple" and are passed over, which no rule opened."""
    table = openings("en")
    assert table.ascii_locator is not None
    stops = {m.group(1) + (m.group(2) or "") + (m.group(3) or "")
             for m in table.ascii_locator.after.finditer(" the comet and the country; the coming week; the couple")}
    assert "the comet" not in stops and "the country" not in stops
    assert "the coming" in stops and "the couple" in stops
    for text in ("the company, the comet, the coming days; the couple of weeks and the country's year",
                 "THE COMP 3 the com the co the coup the comi"):
        assert where_it_opens(text) == everywhere(text), text


def test_the_ascii_scan_looks_for_its_stops_with_a_set_that_is_not_negated():
    """An ASCII text's stops (no word character, no "/") are written as the characters the scan
    takes, which the engine tests with one look-up fewer at each character it passes; the same
    characters as the negated set."""
    table = openings("en")
    assert table.ascii_locator is not None
    before = re.compile(table.ascii_locator.before)
    assert not table.ascii_locator.before.startswith("[^")
    assert [c for c in range(128) if before.match(chr(c))] == [c for c in range(128) if re.match(r"[^\w/]", chr(c))]


@pytest.mark.parametrize("text", ["the 2011-12.5 figure", "rates in 2011-12.5 percent", "in 1990-91,000 tons",
                                  "May 3,500 people", "at 7.30.5 pm", "2011-12.5"])
def test_a_rule_that_ends_before_a_decimal_mark_of_the_second_word_is_tried(text):
    """"2011-12.5": a rule whose match ends before the decimal mark of a number read as the second
    word ("2011-12", then "." and no word character) is tried there, as finditer finds it."""
    assert where_it_opens(text) == everywhere(text)


def test_numbers_with_decimal_marks_after_a_first_number_open_what_finditer_finds():
    rng = random.Random(3)
    pieces = ["2011", "-", "12", ".", "5", ",", "500", " ", "may", "3", "pm", "june", "/", "7", "30", ":", "the",
              "year", "1.5", "hours"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(40))
        assert where_it_opens(text) == everywhere(text), text


def test_a_reference_back_to_a_group_opens_as_the_group_does():
    """``(?P=sep)`` matches what the group ``sep`` matched, so it opens as the group's own pattern
    does: read as anything, it left the numeric day-month-year rule open after every number with a
    decimal point ("4.8 million", "0.35 a share") and the rule was tried at each of them."""
    assert (OPEN, f"{DIGIT}.{DIGIT}") in pattern_openings(rf"\d(?P<sep>[/.])\d+")
    read = pattern_openings(rf"\d(?P<sep>[/.])\d(?P=sep)\d\d")
    assert (OPEN, f"{DIGIT}.{DIGIT}") not in read and (CLOSED, f"{DIGIT}.{DIGIT}.{DIGIT}{DIGIT}") in read
    assert "numeric_date" not in _opened_names("profits of 4.8 million") | _opened_names("up 0.35 a share")
    assert "numeric_date" in _opened_names("4.8.2031 at noon") and "numeric_date" in _opened_names("4/8/31 at noon")
    for text in ("profits of 4.8 million, up 0.35 a share, due 4.8.2031 and 14.11.31 or 4/8/31, 4.8/2031",
                 "Friday 4.8.2031; Fri, 12/11/2031; 3.5.7.2031; 1.2 3.4.2031"):
        assert where_it_opens(text) == everywhere(text), text


def test_a_look_ahead_that_ends_a_rule_opens_with_what_it_reads():
    """A look-ahead that nothing but other look-arounds follow tells what the text holds after the
    match: read as matching nothing, it let every number with a decimal point open a rule whose day
    and month ("4.8") must be followed by " to" and a full dotted date, and the rule was tried at
    "2.5 percent" and "0.75 a share"."""
    read = pattern_openings(r"\d\.\d(?=\s(?:to|until)\s\d)")
    assert f"{DIGIT}.{DIGIT}" not in {text for _, text in read} and f"{DIGIT}.{DIGIT} to" in {text for _, text in read}
    # A look-ahead that may read nothing, or that more of the pattern follows, is read as before (the
    # match's end then counts as CLOSED: every rule ends with a word's end).
    assert pattern_openings(r"\d\.\d(?=\s*;?)") == {(CLOSED, f"{DIGIT}.{DIGIT}")}
    assert (CLOSED, "ab") in pattern_openings(r"a(?=bc)b(?!\w)")
    assert "numeric_day_month_dotted" not in _opened_names("2.5 percent") | _opened_names("0.75 a share")
    assert "numeric_day_month_dotted" in _opened_names("3.9 to 14.9.2033 inclusive")
    for text in ("from 3.9 to 14.9.2033, up 2.5 percent; Tue 3.9 - Sun 8.9.2033; 0.75 a share until 9.9.33",
                 "the week, the week ahead, the weekend; the year that ended, the full fiscal year ending; 1.5 to 2.5"):
        assert where_it_opens(text) == everywhere(text), text


def test_an_opening_cut_after_its_second_word_is_closed():
    """An opening cut after its second word, where a character that is no word character follows
    that word, is CLOSED: read as OPEN ("the a" of "the a dozen", "an a" of "an a.m. start"), it
    opened the rule at every second word that begins with the same letters ("the acquisition",
    "an analyst"), where the rule was tried for nothing."""
    read = pattern_openings(r"the\s(?:a\sdozen|two)\sdays")
    assert (CLOSED, "the a") in read and (OPEN, "the a") not in read
    assert pattern_openings(r"an\sa-day\sfee") == {(CLOSED, "an a")}
    assert "amount_period" not in _opened_names("the acquisition of a mill")
    assert "amount_period" in _opened_names("the a-year wait")
    assert "clock_word_ampm" not in _opened_names("an analyst said")
    for text in ("the acquisition of a mill, the a-year wait, an analyst at noon; a two-week trip, the 3.5-hour",
                 "an a.m. start, the a dozen days, the 3,500-day run, the 2.5 percent, one o'clock, a half-day"):
        assert where_it_opens(text) == everywhere(text), text
