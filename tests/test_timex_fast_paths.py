"""Shortcuts the tagger takes for speed must answer exactly as the plain reading they replace."""

from __future__ import annotations

import random
import re
from bisect import bisect_left
from datetime import date
from pathlib import Path

import pytest

from calfeed.timex import compose, heading_days, inline_month_days, tense

CORPUS = Path(__file__).parent / "corpus" / "timex.txt"


def _corpus_text() -> str:
    lines = [line.split(" | ")[0].replace("[", "").replace("]", "")
             for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return ".\n".join(lines)


@pytest.mark.parametrize("text", [
    "August\n14: Crystal Palace (h) – 3pm\n21: Leeds (a)\n",
    "  ## March 2025:\n\n3 Monday Term starts\n10 Monday Reading week\nApril\nMay 2026\n",
    "The report came out in\nMay\nand June.\n\n\nJune\n",
    "no heading here\n\n",
])
def test_month_headings_are_found_at_every_line_start(text):
    """heading_days reads the headings after the first line break by break, not with ``^``."""
    heading = heading_days._patterns("en")[0]
    assert [m.span("m") for m in heading_days._headings(text, "en")] == [m.span("m") for m in heading.finditer(text)]


def test_month_lines_are_found_at_every_line_start():
    """inline_month_days tries its line's lead at the line starts alone, where the whole-text search
    tried it at every character: over the corpus in three cases and lines made up of its pieces."""
    lead = inline_month_days._patterns("en")[0]
    rng = random.Random(11)
    pieces = ["July:", "  - March :", "# Sept 2026:", "June", ":", "3rd Fair;", "\n", "\n\n", " ", "\t", "May:\n", "x"]
    made = "".join(rng.choice(pieces) for _ in range(20000))
    corpus = _corpus_text()
    met = 0
    for text in (corpus, corpus.upper(), corpus.replace(" ", "\n"), made, "", "\n", "May:", "\nMay: 3rd"):
        plain = [m.span() for m in lead.finditer(text)]
        assert [m.span() for m in inline_month_days._heads(text, lead)] == plain
        met += len(plain)
    assert met > 100


@pytest.mark.parametrize("table", ["modifiers", "duration_modifiers"])
def test_modifier_search_from_its_reach_finds_what_the_whole_window_finds(table):
    """compose._modifiers starts its search where the longest modifier could begin."""
    pattern, reach = compose._prefix("en", table), compose._prefix_reach("en", table)
    text = _corpus_text() + "\nno later than the\n3 March; approximately-\n"
    for end in range(len(text)):
        window = text[max(0, end - compose._LOOKBACK):end]
        whole, near = pattern.search(window), pattern.search(window, max(0, len(window) - reach))
        assert (whole and (whole.span(), whole.group("w"))) == (near and (near.span(), near.group("w")))


def _modifier_texts(table: str) -> list[str]:
    """The corpora in three cases, and the table's words run together with blanks, hyphens, "of",
    "in", "the", words that begin or end like them and line breaks (seeded: the same every run)."""
    corpus = "\n".join((CORPUS.parent / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    words = list(compose._prefix_words("en", table).words)
    rng = random.Random(7)
    pieces = words + ["of", "in", "the", "The", "IN", "then", "often", "x", "9", "mid", "app", "Early", "é", "’"]
    glue = [" ", "  ", "-", " - ", "\n", "", ", ", " \n", "\t", "'"]
    made = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(6000))
    return [corpus, corpus.upper(), corpus.title(), made, made.upper()]


@pytest.mark.parametrize("table", ["modifiers", "duration_modifiers"])
def test_modifier_words_found_from_word_starts_are_those_the_look_behind_search_finds(table):
    """ending_words reads an ASCII window in lower case from the characters before word starts:
    every window before every place of the texts (the modifier's 48 characters, and shorter ones
    cut at random, which the window's own start opens) gives the look-behind search's match."""
    words = compose._prefix_words("en", table)
    rng = random.Random(3)
    found = 0
    for text in _modifier_texts(table):
        for end in range(len(text)):
            for size in (compose._LOOKBACK, rng.randrange(1, compose._LOOKBACK)):
                window = text[max(0, end - size):end]
                plain = words.any_text.search(window, max(0, len(window) - words.reach))
                wanted = plain and (plain.start(), plain.group("w"), plain.group("link"))
                ending = words.find(window)
                assert (ending and (ending.start, ending.word, ending.link)) == wanted, window
                found += plain is not None
    assert found > 1000


@pytest.mark.parametrize("sentence", [
    "Met dank overgenomen van de gemeente, gepubliceerd op dinsdag 16 december 2014 voor iedereen hier",
    "Die Sitzung wurde am Dienstag verschoben und findet jetzt erst im Januar statt wie geplant",
    "THE MEETING WAS HELD ON MONDAY AND EVERYONE CAME ALONG TO HEAR WHAT WAS SAID ABOUT IT",
    "Het comité vergadert op maandag 3 maart en zal dan beslissen over de nieuwe regels voor iedereen",
    "Reunion2the3 comite vergadert op maandag 3 maart en dan beslissen over nieuwe regels voor iedereen",
])
def test_foreign_sentences_read_as_with_the_word_list(sentence):
    """tense.foreign_sentence's scan for a marker word agrees with the list of the sentence's words."""
    words = re.findall(r"[^\W\d_]{2,}", sentence)
    plain = (len(words) >= tense.FOREIGN_MIN_WORDS and 2 * sum(w[0].islower() for w in words) >= len(words)
             and not any(w.lower() in tense._marker_words("en") for w in words))
    assert tense.foreign_sentence(sentence, "en") == plain


def test_a_tense_read_when_asked_is_the_one_read_at_once():
    """extract gives each expression its tense as a Later: asked for, it is tense_at's answer for
    the expression's sentence, and placing the expressions first changes nothing."""
    from calfeed.text import split_sentences
    from calfeed.timex import extract, resolve

    text = _corpus_text()
    found = extract(text)
    sentences = split_sentences(text)
    eager = [tense.tense_at(sentences, t.start, t.end) for t in found]
    resolved = resolve(extract(text), text, date(2026, 11, 30))   # before any tense is asked for
    assert [t.tense for t in found] == eager
    assert [t.tense for t in resolved] == eager
    asked = extract(text)
    assert [t.tense for t in asked] == eager                # every tense read before placing
    again = resolve(asked, text, date(2026, 11, 30))
    assert [(t.value, t.interval, t.problem) for t in again] == [(t.value, t.interval, t.problem) for t in resolved]


def test_copies_made_before_the_first_read_share_the_work():
    from calfeed.model import Later, Timex
    from calfeed.timex.resolver import _changed

    calls = []
    first = Timex(0, 6, "Monday", "DATE", "XXXX-WXX-1", tense=Later(lambda: calls.append(1) or "past"))
    copy = _changed(first, value="2026-11-30")
    assert (copy.tense, first.tense, calls) == ("past", "past", [1])
    assert Timex(0, 6, "Monday", "DATE", "XXXX-WXX-1").tense is None


def _outcome(choose):
    try:
        return choose()
    except ValueError:
        return "none"


@pytest.mark.parametrize("direction", [None, "this", "next", "last"])
def test_a_choice_made_without_the_tense_is_the_one_every_tense_makes(direction):
    """resolver._choose_by reads the tense only when it decides; whatever it returns, _choose
    returns with the tense the sentence has (weekdays around a Friday, years of a day, months)."""
    from datetime import datetime, timedelta

    from calfeed.timex import periods
    from calfeed.timex.resolver import _choose, _choose_by

    sets = []
    for weekday in range(1, 8):
        start = date(2026, 11, 20) - timedelta(days=7)
        days = [start + timedelta(days=i) for i in range((weekday - start.isoweekday()) % 7, 15, 7)]
        sets.append([(periods.day(d), d.isoformat()) for d in days])
    for month, day in ((11, 20), (11, 21), (12, 25), (1, 2), (11, 19)):
        sets.append([(periods.day(date(y, month, day)), f"{y}-{month:02d}-{day:02d}") for y in range(2024, 2029)])
    sets.append([(periods.month(y, 11), f"{y}-11") for y in range(2024, 2029)])
    sets.append([])
    around = datetime(2026, 11, 20, 15, 30)
    for candidates in sets:
        for tense in (None, "past", "present", "future"):
            for firm in (lambda: False, lambda: True):
                asked = []
                chosen = _outcome(lambda: _choose_by(candidates, around, lambda: asked.append(1) or tense, direction, firm))
                assert chosen == _outcome(lambda: _choose(candidates, around, tense, direction, firm))
                if any(c[0].contains(datetime(2026, 11, 20)) for c in candidates) and direction != "this":
                    assert not asked


def _lead_texts(words: list[str]) -> list[str]:
    """Both corpora in two cases, and made-up text of ``words`` with look-alikes ("form", "Fort",
    "toe", "tilled"), verbs that move a date, blanks, marks and line breaks (seeded)."""
    corpus = "\n".join((CORPUS.parent / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    rng = random.Random(43)
    pieces = words + ["form", "Fort", "toe", "tilled", "fro", "postponed", "moved", "delayed", "pushed back",
                      "the", "its", "vote", "landfall", "Friday", "3 May", "x", "9", "é", "ſ", "K", "’s"]
    glue = [" ", "  ", "   ", "    ", "\n", "", ", ", "\t", "'", "-", "."]
    made = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(5000))
    return [corpus, corpus.upper(), made, made.upper()]


def test_a_moved_date_is_read_only_after_a_target_word_as_the_two_searches_read_it():
    """tense._moved_ahead looks for a target word right before the date before it reads back for the
    verb: at every place of the texts, with the sentence starting at the text's start or near the
    place, it answers as the two searches it spares, asked at the place or, past an old date's own
    words ("from its original date"), where those words begin (old_dates.py)."""
    from calfeed.timex.lexicon import load_list
    from calfeed.timex.old_dates import old_date_start

    def searches(text: str, s_start: int, start: int) -> bool:
        if tense._verb_targets("en").search(text, max(s_start, start - tense._MOVE_LOOKBACK), start) is not None:
            return True
        target = tense._gaps("en").target.search(text, max(s_start, start - 8), start)
        return target is not None and tense._forward_verbs("en").search(
            text, max(s_start, target.start() - tense._MOVE_LOOKBACK), target.start()) is not None

    def plain(text: str, s_start: int, start: int) -> bool:
        old = old_date_start(text, s_start, start)
        return searches(text, s_start, start) or (old != start and searches(text, s_start, old))

    words = [*load_list("en", "forward_verb_targets"), "until", "to", "till", "from", "rescheduled", "postponed"]
    moved = 0
    for text in _lead_texts(words):
        for start in range(len(text)):
            for s_start in (0, max(0, start - 5)):
                answer = plain(text, s_start, start)
                assert tense._moved_ahead(text, s_start, start, "en") == answer, (text[max(0, start - 40):start], s_start)
                moved += answer
    assert moved > 100


def test_a_future_attribute_is_read_only_where_its_adjective_stands():
    """tense.future_attribute passes over an ASCII look back that holds none of its adjectives: at
    every place of the texts, with the sentence starting at the text's start or near the place, it
    answers as the pattern's search over the whole look back."""
    from calfeed.timex.lexicon import load_list

    def plain(text: str, s_start: int, start: int) -> bool:
        return tense._future_attribute("en").search(
            text, max(s_start, start - tense._ATTRIBUTE_LOOKBACK), start) is not None

    words = [*load_list("en", "future_attributes"), "the", "its", "a", "on", "in", "for", "near", "EXPECTED"]
    found = 0
    for text in _lead_texts(words):
        for start in range(len(text)):
            for s_start in (0, max(0, start - 30)):
                answer = plain(text, s_start, start)
                assert tense.future_attribute(text, s_start, start, "en") == answer, text[max(0, start - 60):start]
                found += answer
    assert found > 50


def _label_texts() -> list[str]:
    """Both corpora, and made-up text of number labels, identifiers, dates, quotation marks and blanks (seeded)."""
    corpus = "\n".join((CORPUS.parent / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    rng = random.Random(17)
    pieces = ["No.", "Case No.", "Ordinance", "#", "Ref.", "2027-04", "2011/429/EXC", "2019-CV-0012", "2016/679",
              "2027/0142", "2011/87/EU", "2011/12", "3 May", "2 May-3 June", "1998", "12.5", '"', "“", "‘", "``", "''",
              "'", "`", "(", "This Week", "Next Tuesday", "NEXT WEEK", "60 Minutes", "x", "é"]
    glue = [" ", "  ", "", "\n", ": ", ", ", "\t", "-", "/"]
    made = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(6000))
    return [corpus, corpus.upper(), made]


def test_a_number_label_is_read_only_when_the_match_could_be_a_labelled_number():
    """names.numbered reads the label before a match only when the match is a number with separators
    or groups are joined on after it: from every digit of the texts to every end within 16 characters,
    it answers as the plain reading that always read the label."""
    from calfeed.timex import names

    def plain(text: str, start: int, end: int) -> bool:
        labelled = names._label("en").search(text[max(0, start - names._LOOKBACK):start]) is not None
        if names._NUMBER.fullmatch(text, start, end) is not None and labelled:
            return True
        return names._identifier(text, start, names._JOINED.match(text, end), labelled)

    told = 0
    for text in _label_texts():
        for start in (i for i, c in enumerate(text) if c.isdigit()):
            for end in range(start + 1, min(len(text), start + 16) + 1):
                answer = plain(text, start, end)
                assert names.numbered(text, start, end, "en") == answer, text[max(0, start - 20):end + 20]
                told += answer
    assert told > 100


def test_a_quoted_title_is_read_only_after_a_quotation_mark():
    """names.quoted_title tests the four characters before a match for a quotation mark before its
    search: at every place of the texts, to the end of the next three words, it answers as the search."""
    from calfeed.timex import names

    def plain(text: str, start: int, end: int) -> bool:
        if names._QUOTE_OPENS.search(text, max(0, start - 4), start) is None:
            return False
        if names._YEAR_IN.search(text, start, end) or text[end:end + 1] == ":":
            return False
        units = names.vocabulary("en").units
        return any(w[0].isupper() and not w.isupper() and names.norm(w) in units
                   for w in (m.group(1) for m in names._LATER_WORD.finditer(text, start, end)))

    told = 0
    for text in _label_texts():
        ends = [m.end() for m in re.finditer(r"\w+", text)]
        for start in range(len(text)):
            for end in ends[bisect_left(ends, start):bisect_left(ends, start) + 3]:
                answer = plain(text, start, end)
                assert names.quoted_title(text, start, end, "en") == answer, text[max(0, start - 20):end + 20]
                told += answer
    assert told > 20


def _trailing_texts() -> list[str]:
    """Both corpora in two cases, and made-up text of short and long words, adverbs, deadline and
    grant phrases, participles, capitals, letters beyond ASCII, blanks, marks and line breaks (seeded)."""
    corpus = "\n".join((CORPUS.parent / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    rng = random.Random(29)
    pieces = ["by", "BY", "the", "no later than", "not  later\tthan", "has until", "have till", "given", "is", "was",
              "be", "very", "so", "quietly", "fully", "ly", "dates", "Boxing Day", "School", "chosen", "observed",
              "listed", "ed", "accepted", "abcdefghijklmnopq", "Q", "a", "x9", "9", "é", "café", "ſ", "K", "’", "'",
              "to notify", "McDonald", "re-opened"]
    glue = [" ", "  ", "   ", "    ", "\n", " \n", "", ", ", "\t", "'", "-", ".", "(", "_"]
    made = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(6000))
    return [corpus, corpus.upper(), made, made.lower()]


def test_a_search_for_the_last_words_of_a_window_tried_where_they_begin_finds_what_the_search_finds():
    """trailing_words tries the tense reader's end-anchored patterns only where the window's last words
    begin (the word before a participle, the degree adverb, "by the", "has until", an "-ed" stem): at
    every end of the texts, with each reader's window, the match is the plain search's, groups and all."""
    from calfeed.timex.trailing_words import TrailingWords

    readers: list[tuple[TrailingWords, int]] = [
        (tense._word_before_pattern("en"), 32), (tense._HEAD_BEFORE, 24), (tense._STEM_BEFORE, 15),
        (tense._phrase_right_before("en", "deadline_words", True), 24),
        (tense._phrase_right_before("en", "granted_until"), 24)]
    assert all(reader.words for reader, _ in readers)      # each is read the fast way
    assert min(_fast_as_plain(readers, _trailing_texts())) > 20


def test_a_sentence_without_the_listed_words_as_text_has_none_as_words():
    """tense._same_form_pasts and tense._directed return at once when no word of their list stands in the
    text as a string: every window of the texts that holds none yields no match of the scan they spare
    (the same-form past's) and no token of the list (the directive's)."""
    from calfeed.timex.lexicon import load_list

    same_form, directives = load_list("en", "same_form_pasts"), tense._directive_verbs("en")
    scan = tense._same_form_words("en")
    spared = 0
    for text in _trailing_texts() + _lead_texts([*same_form, *directives, "Hit", "SET", "settle", "output"]):
        for end in range(0, len(text) + 1, 7):
            window = text[max(0, end - 64):end]
            if not any(word in window for word in same_form):
                assert scan.search(window) is None, window
                spared += 1
            if not any(verb in window for verb in directives):
                assert not any(token in directives for token in tense._TOKEN.findall(window)), window
    assert spared > 1000


def test_directed_infinitives_of_a_sentence_without_a_directive_verb_are_none_as_read_in_full(monkeypatch):
    """tense._directed_infinitives returns at once for a sentence holding no directive verb as a string,
    where it read every "to" and its verb: over windows of the texts it finds the spans the full reading
    finds, and it is spared in most of them (a sentence of "to"s and no such verb is not scanned)."""
    from calfeed.timex.lexicon import load_list, load_words

    determiners = load_words("en", "determiners")
    to_verb = tense._to_verb("en")

    def full(sentence: str) -> list[tuple[int, int]]:
        return [m.span() for m in to_verb.finditer(sentence)
                if m.group(1) not in determiners and tense._directed(sentence, m.start(), "en")]

    scanned = []
    monkeypatch.setattr(tense, "_to_verb", lambda lang: scanned.append(lang) or to_verb)
    assert tense._directed_infinitives("The board wants to meet to talk about it today.", "en") == [] and not scanned

    verbs = sorted(tense._directive_verbs("en"))
    spared = found = 0
    for text in _trailing_texts() + _lead_texts([*verbs, *load_list("en", "infinitive_markers"), "the council",
                                                 "were", "them", "To", "towards"]):
        for end in range(0, len(text) + 1, 11):
            window = text[max(0, end - 160):end]
            spans = full(window)
            assert tense._directed_infinitives(window, "en") == spans, window
            found += bool(spans)
            spared += not any(verb in window for verb in verbs)
    assert found > 20 and spared > 1000


def test_a_lead_search_passed_over_where_no_listed_word_ends_the_window_finds_what_the_search_finds():
    """trailing_words.EndsWithWord skips the search of an ASCII window that does not end with one of its
    words: "the day before " (compose), "ballot date on " (appointed_compounds), "our first " (names), at
    every end of the texts with each reader's reach, the match is the plain search's, groups and all."""
    from calfeed.timex import appointed_compounds, names
    from calfeed.timex.lexicon import load_list

    readers = [(compose._counts("en").once, compose._ONE_COUNT_REACH),
               (appointed_compounds._head_before("en"), appointed_compounds._BEFORE_REACH),
               (names._attribute_lead("en"), names._LOOKBACK), (names._OF_BEFORE, 28)]
    assert all(reader.lasts for reader, _ in readers)
    words = ["the day before", "The Day After", "the day following", "ballot date on", "hearing date for",
             "vote deadline on", *load_list("en", "attribute_leads"), "our first", "THEIR second", "first", "after",
             "people of", "world Of", "of", "OF"]
    assert min(_fast_as_plain(readers, _trailing_texts() + _lead_texts(words))) > 20


def test_a_phrase_search_passed_over_where_no_phrase_ends_the_window_finds_what_the_search_finds():
    """tense._phrase_right_before's readers ("by the", "no later than", "has until") pass over an ASCII window
    whose last word ends with none of their phrases' last words (nor "the"), where they tried the pattern at
    each of the window's last words: at every end of the texts the match is the plain search's."""
    from calfeed.timex.lexicon import load_list

    readers = [(tense._phrase_right_before("en", "deadline_words", True), 24),
               (tense._phrase_right_before("en", "granted_until"), 24)]
    assert all(reader.lasts for reader, _ in readers)
    words = [*load_list("en", "deadline_words"), *load_list("en", "granted_until"), "By the", "NO LATER THAN",
             "nearby", "the", "THE", "than", "Has Until", "until", "till"]
    assert min(_fast_as_plain(readers, _trailing_texts() + _lead_texts(words))) > 20


def _fast_as_plain(readers: list, texts: list[str]) -> list[int]:
    """Each reader's fast search against its plain pattern's search at every end of ``texts``, over
    the reader's reach: the same match, groups and all. How many windows each found a match in."""
    found = [0] * len(readers)
    for text in texts:
        for end in range(len(text) + 1):
            for n, (reader, reach) in enumerate(readers):
                lo = max(0, end - reach)
                plain, fast = reader.pattern.search(text, lo, end), reader.search(text, lo, end)
                assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups())), \
                    (n, text[lo:end])
                found[n] += plain is not None
    return found


def test_reported_clauses_read_ahead_of_word_starts_are_those_the_look_behind_scan_finds():
    """tense._reported_clause stops on the character before a word start and reads the verb ahead, each
    verb's branch opening with a plain set (words_ahead_pattern), where it had stopped on every letter a
    verb may open with and looked back once per first letter there; a verb opening the text is read by
    _reported_clause_start; an ASCII text without a modal is not scanned. Over the corpora in three cases
    and text made up of its verbs, pronouns, modals and words that begin or end like them, the clauses
    start where the plain pattern's end."""
    from calfeed.timex.lexicon import load_list

    verbs = "|".join(sorted((re.escape(w) for w in tense.reporting_verbs("en")), key=len, reverse=True))
    subjects = "|".join(sorted((re.escape(w) for w in load_list("en", "reported_clause_subjects")), key=len,
                               reverse=True))
    modals = "|".join(sorted((re.escape(w) for w in load_list("en", "reported_clause_modals")), key=len,
                             reverse=True))
    plain = re.compile(rf"(?<![\w'])(?:{verbs})[^\S\n]{{1,3}}(?=(?:{subjects})[^\S\n]{{1,3}}(?:{modals})(?![\w']))",
                       re.IGNORECASE)
    led = tense._reported_clause("en")
    assert led.pattern.startswith("[^\\w']") and not led.flags & re.IGNORECASE   # stops before word starts only
    rng = random.Random(29)
    pieces = (sorted(tense.reporting_verbs("en")) + list(load_list("en", "reported_clause_subjects"))
              + list(load_list("en", "reported_clause_modals"))
              + ["SAID", "Told", "resaid", "says'", "'said", "ſays", "I", "It", "WOULD", "wills", "x", "9", "é"])
    glue = [" ", "  ", "   ", "    ", "\n", "\t", "", "'", "-", ", ", " \u00a0"]
    made = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(20000))
    corpus = _corpus_text()
    found = 0
    plain_ascii = made.encode("ascii", "ignore").decode("ascii")     # (read past the modals' substring check)
    for text in (corpus, corpus.upper(), corpus.title(), made, made.upper(), made.title(), plain_ascii,
                 plain_ascii.upper(), "said it would", "Told she may go", "x said we will", "ſaid it wİll", "", "said"):
        ends = [m.end() for m in plain.finditer(text)]
        assert sorted(tense._reported_clause_ends(text, "en")) == ends
        found += len(ends)
    assert found > 100


def test_closing_quotes_led_by_the_quote_are_those_the_look_behind_scan_finds():
    """tense._QUOTE_CLOSE opens with the quotes' first characters and looks back for the comma, "?" or
    "!" from there: over the corpora and text made up of quotes, marks, blanks and words it finds the
    same closing quotes as the pattern that opened with the look-behind."""
    plain = re.compile(r"(?<=[,?!])(?:''|\"|\u201d)(?=\s)")
    rng = random.Random(31)
    pieces = ["'", "''", '"', "\u201d", "\u201c", ",", "?", "!", ".", " ", "\n", "\t", "word", "x", "9", "'s"]
    made = "".join(rng.choice(pieces) for _ in range(40000))
    assert tense._QUOTE_CLOSE.pattern.startswith("[")      # a plain set the engine skips to
    found = 0
    for text in (_corpus_text(), made, "", "'", ",''", ",'' ", '," ', "!\u201d\n", "?'' x", ", '' "):
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in tense._QUOTE_CLOSE.finditer(text)] == spans
        found += len(spans)
    assert found > 100


def test_a_list_without_clocks_is_kept_without_reading_what_joins_a_clock(monkeypatch):
    """compose._dated_times joins a day and a clock; a list with no clock keeps its atoms as they are,
    and the claims, range ends and timed days that only a clock's join asks are not read."""
    from calfeed.timex.builders import Atom
    from calfeed.timex.rawvalue import Raw

    text = "from 3 March to 4 March 2027, and again in May"
    atoms = [Atom(5, 12, "DATE", Raw("XXXX-03-03"), "r"), Atom(16, 28, "DATE", Raw("2027-03-04"), "r"),
             Atom(43, 46, "DATE", Raw("XXXX-05"), "r")]

    def unread(*args, **kwargs):
        raise AssertionError("read for a list with no clock")

    for name in ("_clocks_claimed", "_range_ends", "_timed_days", "_clock_first_days", "clocks_before_named_titles"):
        monkeypatch.setattr(compose, name, unread)
    kept = compose._dated_times(atoms, text, "en", 24)
    assert kept == atoms and kept is not atoms


def test_a_text_with_one_year_less_day_moves_none_and_reads_no_feasts(monkeypatch):
    """weekday_order.forward_years moves a row only after an earlier one held its weekday or feast:
    with one year-less day in the text nothing moves, and the feasts beside days are not looked for."""
    from calfeed.timex import extract, resolve, weekday_order

    text = "The fair opens on Saturday, March 14, and its stalls close at dusk in 2026."
    ordered = sorted(extract(text), key=lambda t: t.start)
    out = resolve(ordered, text, date(2026, 1, 10))
    assert sum(t.raw_value.startswith("XXXX-03-14") for t in ordered) == 1

    def unread(*args, **kwargs):
        raise AssertionError("feasts looked for")

    monkeypatch.setattr(weekday_order, "holiday_pairs", unread)
    assert weekday_order.forward_years(ordered, out, {}, text) == {}


def test_compose_readers_keep_a_list_they_cannot_change_unread(monkeypatch):
    """Three of compose's per-atom readers first ask whether any atom could be theirs: a weekday's core
    ("-W") for "Friday the 13th", a count of months ("REF+P1M") for "the 20th of next month", a DATE
    written from its number or with its weekday for a list of days before it. A list of none is kept
    as it is, its atoms' values not read."""
    from calfeed.timex import listed_days as listed
    from calfeed.timex.builders import Atom
    from calfeed.timex.rawvalue import Raw

    text = "On Oct. 25 and in 2026, a year ago, prices rose."
    atoms = [Atom(3, 10, "DATE", Raw("XXXX-10-25"), "month_day"), Atom(18, 22, "DATE", Raw("2026"), "year_alone"),
             Atom(24, 34, "DATE", Raw("REF-P1Y"), "relative")]

    def unread(*args, **kwargs):
        raise AssertionError("read for a list none of whose atoms it could change")

    class Unread:
        match = fullmatch = staticmethod(unread)

    monkeypatch.setattr(compose, "CALENDAR", Unread())
    monkeypatch.setattr(compose, "_month_anchored", unread)
    monkeypatch.setattr(listed, "_patterns", unread)
    for kept in (compose._weekday_the_day(atoms, text, "en"), compose._days_of_months(atoms, text, "en"),
                 listed.listed_days(atoms, text, "en")):
        assert kept == atoms and kept is not atoms


def test_a_list_without_clocks_passes_the_clock_readers_by(monkeypatch):
    """compose reads a list's clocks (ranges of clocks, bare afternoon hours, bracketed glosses, a clock's
    aside before its day, a weekday before a dated clock, a range of days taking hours) only when some atom
    is a clock: a list of days alone comes out as it did, none of those readers asked."""
    from calfeed.timex.extractor import atoms
    from calfeed.timex.vocabulary import vocabulary

    text = "Stalls open Friday 3 May to Sunday 5 May, and again the evening of 9 June; on Tuesday the 14th too."
    plain = atoms(text)
    assert len(plain) >= 3 and not any(compose._is_clock(a) for a in plain)

    def unread(*args, **kwargs):
        raise AssertionError("a clock reader asked of a list with no clock")

    for name in ("afternoon_clocks", "restated_clocks", "_time_range", "_clock_aside_day",
                 "_weekday_of_dated_clock", "_ranges_with_hours"):
        monkeypatch.setattr(compose, name, unread)
    assert [(a.start, a.end, a.type, str(a.raw)) for a in atoms(text)] == \
        [(a.start, a.end, a.type, str(a.raw)) for a in plain]
    with pytest.raises(AssertionError):      # a clock in the list: they are read
        compose.compose(atoms("Doors at 2.30 on Friday"), "Doors at 2.30 on Friday", vocabulary("en"))


def test_the_resolver_reads_a_value_whole_only_where_its_annotations_count(monkeypatch):
    """Three of the resolver's per-expression readers need a value's core alone (a bare weekday's
    for the running schedule, a weekday's for a bracketed restatement, a day's for one written in
    full): they read it as the core (rawvalue.core_of) without parsing the annotations, which a text
    with no bare weekday never needs."""
    import sys

    from calfeed.timex import extract, resolve, resolver

    text = "Output fell in 2024, rose in March 2025 and is expected to grow in 2026 and 2027."
    ordered = sorted(extract(text), key=lambda t: t.start)
    plain = [(t.value, t.interval) for t in resolve(ordered, text, date(2026, 1, 10))]
    assert len(ordered) == 4
    parsed = []
    parse = resolver.parse

    def counted(raw):
        parsed.append(sys._getframe(1).f_code.co_name)
        return parse(raw)

    monkeypatch.setattr(resolver, "parse", counted)
    assert [(t.value, t.interval) for t in resolve(ordered, text, date(2026, 1, 10))] == plain
    assert "_one" in parsed
    assert not {"_schedule_after", "_restated_weekday", "_written_in_full"} & set(parsed)


_HEADED_PAGES = [
    "## 2027 Lectures\n\nThe talks are free.\nMarch 3: Opening talk\nBring a friend along.\nApril 9: Closing talk\n",
    "Fall 2024 Semester\n\nAug 26 Classes begin\nSep 2 Labor Day\n\nA note with no day in it.\n",
    "The board has set 3 sitting dates for 2031.\n\nThey meet in the town hall.\n\nJanuary 14, February 11 and March 10.\n",
    "| 2025 Dates | Meeting |\n|---|---|\n| June 4 | Budget |\n| July 9 | Parks |\n",
    "Plain prose runs here.\nIt says the fair was on Saturday, May 2.\nNo heading names a year.\n",
]


@pytest.mark.parametrize("text", _HEADED_PAGES)
def test_section_headings_read_on_dated_lines_alone_are_those_every_line_gives(monkeypatch, text):
    """section_years reads a line as a heading or a list's lead only when it holds a date (both read
    the line's dates): the sections found are those the reading of every line finds, and a line
    with no date is not asked whether it is a heading (a table row's, the first test that only the
    line walk makes)."""
    from calfeed.timex import extract, section_years as years

    ordered = sorted(extract(text), key=lambda t: t.start)
    found = years.section_years(ordered, text)
    asked: list[str] = []
    row_heading = years._row_heading

    def counted(line: str) -> bool:
        asked.append(line)
        return row_heading(line)

    monkeypatch.setattr(years, "_row_heading", counted)
    assert years.section_years(ordered, text) == found
    dated = {line for line in text.split("\n") if any(line.find(t.text) >= 0 for t in ordered)}
    assert set(asked) <= dated
    monkeypatch.setattr(years, "_dated_lines", lambda lines, timexes: list(range(len(lines))))
    assert years.section_years(ordered, text) == found


def test_list_runs_pass_dateless_lines_by_while_no_run_is_open(monkeypatch):
    """list_runs asks a line without a date whether it is a list item only while a run is open (it
    closes the run or not): the prose around a list is not read, and the list's runs are as before."""
    from calfeed.timex import extract, section_years as years

    prose = "".join(f"Paragraph {n} of the story tells nothing dated.\n" for n in range(30))
    text = prose + "- Nov. 1 – forms due\n  - a sub-point\n- Nov. 8 – interviews\n\n" + prose
    ordered = sorted(extract(text), key=lambda t: t.start)
    asked: list[str] = []
    item = years.is_item

    def counted(line: str) -> bool:
        asked.append(line)
        return item(line)

    monkeypatch.setattr(years, "is_item", counted)
    runs = years.list_runs(ordered, text)
    days = [i for i, t in enumerate(ordered) if t.text.startswith("Nov.")]
    assert len(days) == 2 and runs[1] == [days]
    assert len(asked) <= 4


def test_readers_of_year_less_days_parse_no_value_of_a_text_whose_days_all_write_a_year(monkeypatch):
    """carried_months, weekday_order.forward_years and the resolver's restated days act only on days
    with no year written (a core that begins "XXXX-"): a text whose days all write their year is
    passed by from the raw values alone, none parsed, with the answer the full reading gives."""
    from calfeed.timex import carried_months, extract, resolve, resolver, weekday_order

    text = "The plant opened on Monday, March 3, 2025, shut on 9 April 2026 and reopened on 2026-05-11."
    ordered = sorted(extract(text), key=lambda t: t.start)
    reference = date(2026, 6, 1)
    out = resolve(ordered, text, reference)
    assert len(ordered) == 3 and all(not t.raw_value.startswith("XXXX") for t in ordered)
    full = (carried_months.carried_months(ordered, text, reference), weekday_order.forward_years(ordered, out, {}, text),
            resolver._restated_days(out, ordered, {}))
    assert full == ({}, {}, {})

    def unread(*args, **kwargs):
        raise AssertionError("a value parsed")

    for module in (carried_months, weekday_order, resolver):
        monkeypatch.setattr(module, "parse", unread)
    assert carried_months.carried_months(ordered, text, reference) == {}
    assert weekday_order.forward_years(ordered, out, {}, text) == {}
    assert resolver._restated_days(out, ordered, {}) == {}


def _made_values(count: int, seed: int) -> list[str]:
    """Raw values and near misses made up from the grammar's pieces (rawvalue.py)."""
    rng = random.Random(seed)
    pieces = ["XXXX", "-WXX-", "-W", "XX", "-", "2026", "07", "3", "8", "WE", "T18:30", "TEV", "REF", "+P1D",
              "P3D", "Q2", ";dir=next", "xxxx", "-wxx-", "1", "\u0663", "HOL(Easter)", ""]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(count)]
    made += [rng.choice(["XXXX-WXX-", "XXXX-W", "xxxx-wxx-", "XXXX-WXX"]) + rng.choice("0123456789") + rng.choice(pieces)
             for _ in range(count // 4)]
    made += ["-".join(str(rng.randint(0, 12000)).zfill(rng.choice([2, 4])) for _ in range(3)) for _ in range(count // 4)]
    return made + ["XXXX-WXX-3", "XXXX-WXX-1T18:30", "XXXX-WXX-7TEV", "XXXX-WXX-8", "XXXX-WXX-WE", "2026-03-04",
                   "\u0662\u0660\u0662\u0666-03-04", "2026-03-04T10:00", "XXXX-XX-04", "XXXX-W12-3", ""]


def test_value_patterns_asked_after_their_plain_test_answer_as_before():
    """Readers that ask of every expression whether its value is a bare weekday (schedule_weekdays,
    weekday_runs, weekday_lists) or a day written in full (day_heading_years) first ask whether it
    opens with ``WEEKDAY_HEAD`` or has ten characters: every value the pattern takes passes that test."""
    from calfeed.timex import day_heading_years, rawvalue, schedule_weekdays

    taken = 0
    for value in _made_values(20000, 5):
        for pattern in (rawvalue.BARE_WEEKDAY.fullmatch, schedule_weekdays._BARE_WEEKDAY.match):
            if pattern(value):
                taken += 1
                assert value.startswith(rawvalue.WEEKDAY_HEAD), value
        if day_heading_years._FULL_DAY.fullmatch(value):
            taken += 1
            assert len(value) == 10, value
        plain = schedule_weekdays._BARE_WEEKDAY.match(value)
        found = schedule_weekdays.bare_weekday(value)
        assert (plain and plain.group("wd")) == (found and found.group("wd"))
    assert taken > 100


def test_text_patterns_asked_after_their_plain_test_answer_as_before():
    """A bracketed gloss after a date (glossed_ranges.gloss_end) is read only where its bracket stands
    within two characters, and a suffix modifier (compose._suffixes) only after a blank: at every
    position of the corpus and of made-up text, what the pattern alone finds."""
    from calfeed.timex import glossed_ranges

    rng = random.Random(9)
    pieces = ["(Monday)", " (", "( ", "  (", "\u00a0(x)", "(a\nb)", " or so", "\tor later", " ", "\n", "x", "3 May"]
    made = "".join(rng.choice(pieces) for _ in range(6000))
    suffix = compose._suffix("en")
    met = 0
    for text in (_corpus_text(), made, "", "(", " (a)"):
        for at in range(len(text) + 1):
            plain = glossed_ranges._GLOSS.match(text, at)
            assert glossed_ranges.gloss_end(text, at) == (plain.end() if plain else None)
            if suffix.match(text, at):
                met += 1
                assert text[at:at + 1].isspace()
    assert met > 20


def test_plain_tests_before_two_patterns_answer_as_the_patterns():
    """A figure measured against (compared_figures.compared_figure_before) is searched only in an ASCII
    look back holding a comparison marker, and a list's connector between two expressions
    (resolver._list_joined) only in a gap no wider than the connector's widest match: at every position
    of the corpus and of made-up text, what the pattern alone finds."""
    from calfeed.timex import compared_figures, resolver
    from calfeed.timex.connectors import connectors

    rng = random.Random(13)
    pieces = ["'s", "\u2019s ", "'sun", " from 5.3 percent in ", "down FROM $4 million in ", "than in ", " vs. 3 in ",
              "compared with 2 in ", ", ", " and ", " rather than ", ",\n", " ", "x", "3 May", "\u00e9 from 2 in "]
    made = "".join(rng.choice(pieces) for _ in range(3000))
    figure = compared_figures._compared_figure("en")
    listed = connectors("en")["list"]
    met = {"figure": 0, "list": 0}
    for text in (_corpus_text(), made, "", "'", "from in "):
        for at in range(len(text) + 1):
            for s_start in (0, max(0, at - 30)):
                plain = figure.search(text, max(s_start, at - compared_figures._LOOKBACK), at) is not None
                assert compared_figures.compared_figure_before(text, s_start, at, "en") == plain
                met["figure"] += plain
            for width in (0, 1, 3, 6, 12, 19, 20, 40):
                end = min(len(text), at + width)
                plain = listed.fullmatch(text, at, end) is not None
                assert resolver._list_joined(listed, text, at, end, "en") == plain
                met["list"] += plain
    assert all(count > 20 for count in met.values()), met


def test_a_compound_head_is_searched_only_after_a_hyphen():
    """A compound's head (tense._compound_modifier: "nil-" of "nil-paid") is searched only where a
    hyphen ends right before the word: every match of the pattern, at every position of the corpus
    and of made-up text, ends so."""
    rng = random.Random(17)
    made = "".join(rng.choice(["nil-", "well-", "-", " ", "paid", "x-y", "\u00e9-", "3rd", "1st", "th", ","])
                   for _ in range(4000))
    met = 0
    for text in (_corpus_text(), made, "", "-"):
        for start in range(len(text) + 1):
            if tense._COMPOUND_HEAD.search(text, max(0, start - 16), start) is not None:
                met += 1
                assert text[start - 1:start] == "-"
    assert met > 20


def test_a_word_after_no_hyphen_is_no_compound_without_a_search(monkeypatch):
    """tense._compound_modifier answers a word with no hyphen before it at once (the parent searched)."""
    class Unasked:
        def search(self, *args):
            raise AssertionError("searched")

    monkeypatch.setattr(tense, "_COMPOUND_HEAD", Unasked())
    assert tense._compound_modifier("The firm paid dues", 9, 13, "en") is False
