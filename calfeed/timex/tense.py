"""The tense of the clause a date sits in, from verb cues in its sentence.

"The meeting took place on 21 June" and "will take place on 8 December" resolve a
bare date differently (the latest one before, the next one after the document's
date). Cues come from ``tense.tsv``, present schedule verbs in both their forms from
``schedule_verbs.tsv`` ("closes on", "apply until"), irregular pasts from ``irregular_past.txt``, irregular
participles from ``irregular_participles.txt`` ("has begun", "to have begun"), short regular pasts
from ``short_pasts.txt`` ("died") and
purpose infinitives ("agreed to purchase", from ``infinitive_verbs.txt``); a stronger
cue beats a nearer weak one, and a cue before the date beats one after it at the same
strength, which is where English puts the verb governing a trailing date. A cue across
a clause mark (``clause_marks.txt``: "said on Monday that the meeting will ...") is
another clause's verb: one step less before the date, two after it (a clause opened
after a date is subordinate to the date's). The verb right before a date ("met Monday",
"shares issued July 1") gains a step.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from calfeed.text import SentenceLookup, Sentences
from calfeed.timex.appointed_compounds import appointed_compound
from calfeed.timex.casefold import fold
from calfeed.timex.compared_figures import compared_figure_before
from calfeed.timex.old_dates import old_date_start
from calfeed.timex.deadline_anaphors import cause_phrase_at
from calfeed.timex.lexicon import listed_group, load_list, load_table, load_words, ordinal_ending, ordinal_endings
from calfeed.timex.marked_lookback import marked_search
from calfeed.timex.trailing_words import TrailingWords, last_words, words_in
from calfeed.timex.vocabulary import (WIDEST_BLANK, WordFinder, norm, vocabulary, whole_words, widest_match,
                                      word_alternation, word_finder, words_ahead_pattern)

# A past participle is a lower-case word of 5 to 17 letters ending in "ed"
# (``(?<![\w'])[a-z]{3,15}ed(?![\w'])``): found from its ending, which the engine
# finds fast, then its start is checked just before.
_ED_ENDING = re.compile(r"ed(?![\w'])")
_PARTICIPLE_STEM = re.compile(r"(?<![\w'])[a-z]{3,15}\Z")
_STEM_BEFORE = TrailingWords(_PARTICIPLE_STEM, 1, string.ascii_lowercase)
# The word before a participle, past one "-ly" adverb ("must be formally signed") or one degree
# word of ``degree_adverbs.txt`` ("we are very excited").
# Read at the starts of the window's last two words (trailing_words): the word, then the adverb.
@lru_cache(maxsize=None)
def _word_before_pattern(lang: str) -> TrailingWords:
    adverbs = load_list(lang, "degree_adverbs")
    degree = "|".join(sorted((re.escape(w) for w in adverbs), key=len, reverse=True))
    pattern = re.compile(rf"(?<![A-Za-z])([A-Za-z]{{1,12}})\s{{1,3}}(?:(?:[a-z]{{2,14}}ly|{degree})\s{{1,3}})?$")
    return TrailingWords(pattern, 2 if words_in(adverbs) == 1 else 0)
# A number or ordinal right before a participle makes it an adjective ("7th allotted day").
@lru_cache(maxsize=None)
def _number_before_pattern() -> re.Pattern[str]:
    """A number (an ordinal's ending allowed) then blanks, at the end of what is searched."""
    return re.compile(rf"(?<![\w.,])\d{{1,4}}{ordinal_ending()}?\s{{1,3}}$")
# A participle that ends a label ("Results released: 2 July") names no event in the past.
# "to" and a base verb right before a participle ("to notify accepted presenters"): the
# participle is an adjective of the infinitive's object (_infinitive_before).
_LABEL_END = re.compile(r"[ \t]{0,2}:(?!\d)")
POSSESSIVE_END = re.compile(r"['\u2019]s(?!\w)")    # "last week's vote": the word before it belongs to what follows
HABIT = "none"     # a habit's cue ("typically held"): it outweighs the verb and tells no tense
MANNER = "manner"  # "as scheduled", "as planned": no cue at all; the words only keep "scheduled" from being one
STEP = 40          # the score of one weight step, in characters of distance
AFTER_FACTOR = 1.5  # a cue after the date counts its distance this much more


@dataclass(frozen=True)
class _Cue:
    tense: str
    weight: int
    before_only: bool = False   # an infinitive governs what follows it ("agreed in June to buy": June is agreed's)
    noun: bool = False          # also a noun ("the end", "a run"): no verb after an article or in a compound
    next_ending: str = ""       # the cue holds only before a word ending so ("could be" + "flying")


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> dict[str, _Cue]:
    """Every cue phrase: the table's rows, the present schedule verbs in both their forms,
    then irregular pasts, irregular participles and "to" + verb it lacks."""
    cues = {norm(word): _Cue(row["tense"], int(row["weight"]), next_ending=row.get("next_ending", ""))
            for word, row in vocabulary(lang).tense.items()}
    for row in load_table(lang, "schedule_verbs"):
        nouns = set(row["noun"].split("|")) if row["noun"] else set()
        for form in ("base", "third"):
            cues.setdefault(norm(row[form]), _Cue("present", 1, noun=form in nouns))
    for word in load_list(lang, "irregular_past"):
        cues.setdefault(norm(word), _Cue("past", 2))
    for word in (*load_list(lang, "irregular_participles"), *load_list(lang, "short_pasts")):
        cues.setdefault(norm(word), _Cue("past", 1))
    for verb in load_list(lang, "infinitive_verbs"):
        cues.setdefault(norm("to " + verb), _Cue("future", 1, before_only=True))
    return cues




@lru_cache(maxsize=None)
def _determiner_before(lang: str) -> re.Pattern[str]:
    return re.compile(rf"{_determiner(lang)}\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _determiner(lang: str) -> str:
    """An article, a possessive determiner or a possessive ("the year's"), and the gap after it."""
    words = "|".join(re.escape(w) for w in load_list(lang, "determiners"))
    return rf"(?:(?<![\w'])(?:{words})|\w['\u2019]s)\s{{1,3}}"


# A capitalised word right before (a name's word) and a lower-case word or the end right after:
# "the French Open on Sunday", "the State Track Meet on Saturday"; a title-case headline ("Museum
# Will Open On Sunday") capitalises the word after as well, so it keeps its verbs.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*[^\S\n]{1,3}\Z")
_TITLE_WORD_AFTER = re.compile(r"[^\S\n]{1,3}[A-Z]")
# The rest of a run of capitalised words, then the lower-case word that follows it on the line.
_RUN_THEN_LOWER = re.compile(r"(?:[^\S\n]{1,3}[A-Z][\w'’.-]*){1,6}[^\S\n]{1,3}(?P<lower>[a-z][\w'’-]*)")


def _in_name(sentence: str, start: int, end: int, lang: str) -> bool:
    """A capitalised verb-noun closing a name ("won the French Open"), not a verb: the word before
    is capitalised and no cue itself ("Will Open"), and the text after is not title case."""
    word = sentence[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    before = _NAME_WORD_BEFORE.search(sentence, max(0, start - 40), start)
    if before is None or _key(before.group().strip()) in _lexicon(lang):
        return False
    if _TITLE_WORD_AFTER.match(sentence, end) is None:
        return True
    after = _RUN_THEN_LOWER.match(sentence, end)      # "Federal Open Market Committee policy": prose goes on
    return after is not None and after.group("lower") not in _title_small_words(lang)


@lru_cache(maxsize=None)
def _title_small_words(lang: str) -> frozenset[str]:
    return frozenset(load_list(lang, "title_case_small_words"))


def _as_noun(sentence: str, start: int, end: int, lang: str) -> bool:
    """A verb that is also a noun, read as the noun: after an article or a possessive ("the
    end on Friday", "the year's start"), in a hyphened compound ("year-end", "start-up"), or
    closing a name ("the French Open")."""
    if sentence[start - 1:start] == "-" or sentence[end:end + 1] == "-":
        return True
    if _determiner_before(lang).search(sentence, max(0, start - 16), start) is not None:
        return True
    if _modified_after_determiner(lang).search(sentence, max(0, start - 64), start) is not None:
        return True
    return _in_name(sentence, start, end, lang)


@lru_cache(maxsize=None)
def _modified_after_determiner(lang: str) -> re.Pattern[str]:
    """An article or possessive, then one or two adjectives (``verb_noun_adjectives.txt``, or a
    hyphened compound "12-match"), right before the word: "after a poor start", "a 12-match
    winless run". The adjectives make the verb-noun the noun as the bare article does; read as a
    present schedule verb it put a past day of a list a year ahead."""
    words = "|".join(re.escape(w) for w in sorted(load_list(lang, "verb_noun_adjectives"), key=len, reverse=True))
    adjective = rf"(?:(?:{words})(?![\w'-])|\w{{1,20}}-\w{{1,20}}(?:-\w{{1,20}})?(?![\w'-]))"
    return re.compile(rf"{_determiner(lang)}{adjective}(?:\s{{1,3}}{adjective})?\s{{1,3}}\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _lower_only(lang: str) -> frozenset[str]:
    """Irregular pasts count only in lower case: "the Fed", "Rose", "Won" are names."""
    table = vocabulary(lang).tense
    words = (*load_list(lang, "irregular_past"), *load_list(lang, "irregular_participles"),
             *load_list(lang, "short_pasts"))
    return frozenset(norm(w) for w in words if norm(w) not in table)


@dataclass(frozen=True)
class _Gaps:
    """What may stand between a verb and its date, read from ``date_prepositions.tsv``."""

    adjacent: re.Pattern[str]   # after the verb right before the date ("met Monday", "issued on July 1")
    firm: re.Pattern[str]       # after a past verb that surely governs the date ("was held on 3 March")
    opening: re.Pattern[str]    # a sentence start before a date that heads its clause ("In January, ...")
    target: re.Pattern[str]     # before a postponing verb's new date ("until Tuesday")
    leading: re.Pattern[str]    # the firm preposition that opens a date's phrase ("in January")
    prepositions: frozenset[str]   # every word of the table


@lru_cache(maxsize=None)
def _gaps(lang: str) -> _Gaps:
    rows = load_table(lang, "date_prepositions")

    def words(column: str) -> str:
        return "|".join(re.escape(r["word"]) for r in rows if r[column] == "yes")

    return _Gaps(
        adjacent=re.compile(rf"\s{{1,3}}(?:(?:{words('adjacent')})\s{{1,3}})?\Z"),
        firm=re.compile(rf"\s{{1,3}}(?:(?:{words('firm')})\s{{1,3}})?\Z"),
        # A dot that closes a lower-case abbreviation ("3 p.m. on 17 September") ends no sentence.
        opening=re.compile(rf"(?:(?<!\.(?-i:[a-z]))\.|[!?\n])[\s\"'`(]*(?:(?:{words('firm')})\s{{1,3}})?\Z", re.IGNORECASE),
        target=re.compile(rf"(?<![\w'])(?:{words('target')})\s{{1,3}}\Z", re.IGNORECASE),
        leading=re.compile(rf"(?<![\w'])(?:{words('firm')})\s{{1,3}}\Z", re.IGNORECASE),
        prepositions=frozenset(norm(r["word"]) for r in rows))


@dataclass(frozen=True)
class _Finders:
    """The scans for cue phrases and clause marks.

    Whole-word spans of two lists that share no word never overlap, so one leftmost scan
    over both lists finds exactly the spans two scans would, in one pass over the
    sentence; ``marks`` is only needed (and set) when the lists share a word.
    """

    words: WordFinder                 # cue phrases (and clause marks when ``marks`` is None)
    marks: WordFinder | None
    mark_keys: frozenset[str]


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=None)
def _cues(lang: str) -> WordFinder:
    return word_finder(list(_lexicon(lang)))


@lru_cache(maxsize=None)
def _clause_marks(lang: str) -> WordFinder:
    return word_finder(list(load_list(lang, "clause_marks")))


@lru_cache(maxsize=None)
def _finders(lang: str) -> _Finders:
    cues, marks = list(_lexicon(lang)), list(load_list(lang, "clause_marks"))
    keys = frozenset(norm(mark) for mark in marks)
    shared = set(_WORD_RUN.findall(" ".join(cues).lower())) & set(_WORD_RUN.findall(" ".join(marks).lower()))
    if shared:
        return _Finders(_cues(lang), _clause_marks(lang), keys)
    return _Finders(word_finder(cues + marks), None, keys)


@lru_cache(maxsize=4096)
def _key(word: str) -> str:
    """The table key of a matched word: ``norm``, each letter folded as the case-blind scan
    folds it (a long s is an s); cached, since the same few words recur in every sentence."""
    return norm(word if word.isascii() else "".join(map(fold, word)))


def _words(sentence: str, lang: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the sentence's cue phrases and those of its clause marks."""
    finders = _finders(lang)
    found = finders.words.spans(sentence)
    if finders.marks is not None:
        return found, _kept_marks(sentence, finders.marks.spans(sentence), lang)
    cues: list[tuple[int, int]] = []
    marks: list[tuple[int, int]] = []
    for span in found:
        (marks if _key(sentence[span[0]:span[1]]) in finders.mark_keys else cues).append(span)
    return cues, _kept_marks(sentence, marks, lang)


_NEXT_WORD = re.compile(r"\s{1,3}([A-Za-z]{2,6}(?:n['\u2019]t)?)(?![\w'\u2019])")   # "won't" too


@lru_cache(maxsize=None)
def _coordinators(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The clause marks that are marks only before an auxiliary, and those auxiliaries."""
    return (frozenset(norm(w) for w in load_list(lang, "coordinators")),
            frozenset(norm(w) for w in load_list(lang, "conjoined_auxiliaries")))


def _kept_marks(sentence: str, marks: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """The clause marks, less each coordinator ("and", "but") that no auxiliary follows: "Monday
    and Tuesday" joins two words, "arrived on Monday and will stay" two predicates."""
    coordinators, auxiliaries = _coordinators(lang)
    kept = []
    for start, end in marks:
        if _key(sentence[start:end]) in coordinators:
            after = _NEXT_WORD.match(sentence, end)
            if after is None or norm(after.group(1)) not in auxiliaries:
                continue
        kept.append((start, end))
    return kept


_COMMA_BEFORE = re.compile(r",\s{0,3}\Z")
_CLAUSE_ENDS = re.compile(r"[;)]")   # a semicolon, or the end of an aside in brackets
# A quotation closed by a comma, "?" or "!" before the words that report it ('"... beyond September," he said'):
# the reporting verb tells when the words were said, not when what they tell happens.
# It opens with the set of the quotes' first characters, which the engine skips to in C, and looks back
# for the mark from there: opened with the look-behind, it was tried at every character of a sentence.
_QUOTE_CLOSE = re.compile(r"['\"\u201d](?<=[,?!]['\"\u201d])(?:(?<=')'|(?<=[\"\u201d]))(?=\s)")


@lru_cache(maxsize=None)
def _reported_clause(lang: str) -> re.Pattern[str]:
    """A verb of saying and the blanks before a subject pronoun and a modal that open the clause it reports,
    its "that" left out ("warned it would", ``reported_clause_subjects.txt``, ``reported_clause_modals.txt``):
    group 1 ends where that clause starts. It stops on the character before a word start (outside
    ``[\\w']``, the rarer kind in prose) and reads the verb ahead, each verb's branch opening with a plain
    set (words_ahead_pattern): opened with the verbs' first letters, it stopped on about every third
    letter of a sentence and at each word start looked back once per first letter (a fiftieth of a
    first TBAQ pass). A verb opening the sentence is read by ``_reported_clause_start``."""
    return re.compile(rf"[^\w'](?=({_reported_clause_body(lang)}))")


@lru_cache(maxsize=None)
def _reported_clause_start(lang: str) -> re.Pattern[str]:
    """_reported_clause's verb and blanks at the sentence's start."""
    return re.compile(_reported_clause_body(lang))


def _reported_clause_body(lang: str) -> str:
    subjects = "|".join(sorted((re.escape(w) for w in load_list(lang, "reported_clause_subjects")), key=len,
                               reverse=True))
    modals = "|".join(sorted((re.escape(w) for w in load_list(lang, "reported_clause_modals")), key=len,
                             reverse=True))
    verbs = words_ahead_pattern(sorted(reporting_verbs(lang)))
    return rf"{verbs}[^\S\n]{{1,3}}(?=(?i:(?:{subjects})[^\S\n]{{1,3}}(?:{modals})(?![\w'])))"


@lru_cache(maxsize=None)
def _reported_clause_modals(lang: str) -> tuple[str, ...]:
    """The modals a reported clause holds, folded as the case-blind engine folds them."""
    return tuple("".join(map(fold, word)) for word in load_list(lang, "reported_clause_modals"))


def _reported_clause_ends(sentence: str, lang: str) -> list[int]:
    """Where each clause a verb of saying reports starts, its "that" left out (_reported_clause).
    Every such clause holds a modal: an ASCII sentence whose lower case holds none as a substring
    (about four sentences in five of news) holds no clause, and is not scanned."""
    if sentence.isascii():
        lowered = sentence.lower()
        if not any(modal in lowered for modal in _reported_clause_modals(lang)):
            return []
    first = _reported_clause_start(lang).match(sentence)
    ends = [first.end()] if first is not None else []
    ends.extend(match.end(1) for match in _reported_clause(lang).finditer(sentence))
    return ends


@lru_cache(maxsize=None)
def _clause_opener(lang: str) -> re.Pattern[str]:
    """A subordinator of ``clause_openers.txt`` opening the sentence, past an opening quote or bracket."""
    phrases = sorted(load_list(lang, "clause_openers"), key=lambda w: (-len(w), w))
    alternation = "|".join(r"\s{1,3}".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"[\s\"'`\u201c\u2018(\[]{{0,4}}(?:{alternation})(?![\w'])", re.IGNORECASE)


def _marks(sentence: str, spans: list[tuple[int, int]], lang: str = "en") -> list[int]:
    """Where clauses start: each clause mark (at ``spans``), each semicolon, each closing
    bracket ("received a grant in the last two cycles (2025 and 2026) are not eligible": the
    years are the aside's, told by "received"), the comma that closes one opened after a
    comma (", which had been expected, is part of ..." resumes the outer clause), and the
    first comma after a subordinator opening the sentence ("Just before the probe finishes
    its trip on Monday, NASA has decided ...": the main clause starts there)."""
    out = [m.start() for m in _CLAUSE_ENDS.finditer(sentence)] if ";" in sentence or ")" in sentence else []
    if "'" in sentence or '"' in sentence or "\u201d" in sentence:        # (every closing quote is one of these)
        out.extend(m.start() for m in _QUOTE_CLOSE.finditer(sentence))
    out.extend(_reported_clause_ends(sentence, lang))
    opener = _clause_opener(lang).match(sentence)
    if opener is not None:
        close = sentence.find(",", opener.end())
        if close >= 0:
            out.append(close)
    for start, end in spans:
        out.append(start)
        if _COMMA_BEFORE.search(sentence, max(0, start - 4), start):
            close = sentence.find(",", end)
            if close >= 0:
                out.append(close)
    return sorted(set(out))


def _participles(sentence: str) -> list[tuple[int, int]]:
    found = []
    for ending in _ED_ENDING.finditer(sentence):
        end = ending.start()
        stem = _STEM_BEFORE.search(sentence, max(0, end - 15), end)
        if stem is not None:
            found.append((stem.start(), end + 2))
    return found


def _word_before(sentence: str, start: int, lang: str = "en") -> re.Match[str] | None:
    return _word_before_pattern(lang).search(sentence, max(0, start - 32), start)


def _passive(sentence: str, start: int, lang: str, before: re.Match[str] | None = None) -> bool:
    """A participle after "be"/"been"/"is" ("must be signed", "is held"): the auxiliary
    (or the modal before it) carries the tense, not the participle; after a determiner,
    a number or a copula ("a united service", "7th allotted day", "remain committed") it
    is an adjective, no verb at all. ``before``: _word_before, when the caller has it."""
    if before is None:
        before = _word_before(sentence, start, lang)
    if before is not None and before.group(1).lower() in load_words(lang, "passive_auxiliaries"):
        return True
    return _number_before(sentence, start)


def _number_before(sentence: str, start: int) -> bool:
    """_number_before_pattern right before ``start``; asked only when the text there ends, past its
    blanks, with a digit or an ordinal's ending, which every match does."""
    head = sentence[max(0, start - 12):start].rstrip()
    if head == sentence[max(0, start - 12):start] or not (head[-1:].isdecimal() or head.endswith(ordinal_endings())):
        return False
    return _number_before_pattern().search(sentence, max(0, start - 12), start) is not None


def _object_adjective(sentence: str, start: int, lang: str) -> bool:
    """A participle right after "to" and a base verb describes that verb's object ("Target
    date to notify accepted presenters"), and so does one right after a present verb of
    ``object_taking_presents.txt`` ("allows registered applicants"): no verb of its own, so no
    past; "to have completed" (``infinitive_perfects.txt``) is still one."""
    before = _infinitive_before(lang).search(sentence, max(0, start - 24), start)
    if before is not None and before.group(1) not in load_words(lang, "infinitive_perfects"):
        return True
    # "The facility allows registered applicants to edit their choices until 1 July": right after a
    # present verb that takes a person as its object (object_taking_presents), the participle is that
    # object's adjective
    head = _HEAD_BEFORE.search(sentence, max(0, start - 24), start)
    return head is not None and head.group(1).lower() in load_words(lang, "object_taking_presents")


@lru_cache(maxsize=None)
def _participle_prepositions(lang: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s{1,3}")
                                        for p in load_list(lang, "participle_prepositions")) + r")(?![\w'])",
                      re.IGNORECASE)


_FIRST_WORD = re.compile(r"[^A-Za-z0-9]{0,6}")      # only marks (a bullet, a quote) before a word opening the sentence
# the one word before the participle, read where the window's last word begins (trailing_words)
_HEAD_BEFORE = TrailingWords(re.compile(r"(?<![A-Za-z])([A-Za-z]{2,15})[ \t]{1,3}\Z"), 1)
_NEXT_NOUN = re.compile(r"[ \t]{1,3}([a-z][a-z'’-]{1,20})(?![\w'’-])")


def _attributive(sentence: str, start: int, end: int, lang: str) -> bool:
    """A participle that modifies the noun after it, opening its sentence ("Guided walks on 12
    April", "Revised dates for the fair") or after a first word of ``attributive_heads.txt``
    ("Faith based workshop", "Youth led session", "Free guided tours"): a noun phrase's modifier,
    no verb, so no past. A word of ``attributive_stops.txt`` after it ("Organised the walks",
    "Opened on 3 May") shows a verb after all."""
    following = _NEXT_NOUN.match(sentence, end)
    heads, stops = load_words(lang, "attributive_heads"), load_words(lang, "attributive_stops")
    if following is None or following.group(1) in stops:
        return False
    if _FIRST_WORD.fullmatch(sentence, 0, start):
        return True
    before = _HEAD_BEFORE.search(sentence, max(0, start - 24), start)
    return (before is not None and before.group(1).lower() in heads
            and _FIRST_WORD.fullmatch(sentence, 0, before.start(1)) is not None)


_COMPOUND_HEAD = re.compile(r"(?<![\w'\u2019-])[A-Za-z]{2,15}-\Z")     # "nil-", "state-" glued to the word
_MODIFIED_NOUN = re.compile(r"[ \t]{1,3}([A-Za-z][a-z'\u2019-]{1,20})(?![\w'\u2019-])")


def _compound_modifier(sentence: str, start: int, end: int, lang: str) -> bool:
    """An irregular past that closes a hyphened compound before the noun it modifies ("nil-paid
    shares", "well-known Rail Group"): an adjective, no verb. A word of ``attributive_stops.txt``
    after it ("test-fired a rocket", "re-opened on Monday") shows the verb with its object. Only
    the irregular pasts: an "-ed" form after a hyphen ("Ottawa-based") stays with the participle
    rules, where it kept a news day's past on TBAQ."""
    if sentence[start - 1:start] != "-" or _COMPOUND_HEAD.search(sentence, max(0, start - 16), start) is None:
        return False            # (the head's hyphen ends right before the word: asked first, it spares the search)
    following = _MODIFIED_NOUN.match(sentence, end)
    return following is not None and following.group(1).lower() not in load_words(lang, "attributive_stops")


def _day_choice(sentence: str, start: int, end: int, lang: str) -> bool:
    """A participle right after a noun for days ("the dates chosen July 8", "the days selected are
    ...", ``day_choice_nouns.txt``): it tells how the days were set, not that they are over; and a
    holiday's follower after a capitalised name ("Boxing Day observed (Tuesday)", "New Year's Day
    observed", ``holiday_followers.txt``): the day the holiday is kept on, no past act."""
    before = _HEAD_BEFORE.search(sentence, max(0, start - 24), start)
    if before is None:
        return False
    if before.group(1).lower() in load_words(lang, "day_choice_nouns"):
        return True
    return before.group(1)[:1].isupper() and sentence[start:end].lower() in load_words(lang, "holiday_followers")


_LINE_OPENING = re.compile(r"(?:\A|\n)[^A-Za-z0-9\n]{0,6}\Z")     # only marks between a line's start and its first word


def _stated_closure(sentence: str, start: int, end: int, lang: str) -> bool:
    """"School closed on Friday the 4th": a state participle right after a bare place word that
    opens its line (closure_subjects), with the day's number after it on the line, says how the
    place will be that day, a calendar's note, no past verb. "The school closed" or "Shares
    closed" keep the past, as does "Library Closed" alone on its line."""
    participles, subjects = load_words(lang, "state_participles"), load_words(lang, "closure_subjects")
    if sentence[start:end].lower() not in participles:
        return False
    if _row_state(sentence, start, end):
        return True
    before = _HEAD_BEFORE.search(sentence, max(0, start - 24), start)
    if before is None or before.group(1).lower() not in subjects:
        return False
    if _LINE_OPENING.search(sentence, max(0, before.start(1) - 8), before.start(1)) is None:
        return False
    line_end = sentence.find("\n", end)
    rest = sentence[end:] if line_end < 0 else sentence[end:line_end]
    return any(c.isdigit() for c in rest)       # "Library Closed" alone under its day says nothing of when


ROW_REACH = 80       # characters of a row read before its closing state word
_ROW_STATE_BEFORE = re.compile(r"[,;:|–—-][^\S\n]{0,3}\Z")       # a row's separator right before the word
_ROW_STATE_AFTER = re.compile(r"[^\S\n]{0,3}[.!|]?[^\S\n]{0,3}(?:\n|\Z)")   # nothing but a mark to the line's end


def _row_state(sentence: str, start: int, end: int) -> bool:
    """"15 Apr, Good Friday, closed", "Sat 4 May – shut": a state word closing a row after its
    separator, on a line that writes a day's number before it, is the row's state that day (a
    venue's hours, a holiday list), no past verb. "The museum closed on 4 May" has no separator;
    "..., but closed" has a word between."""
    if _ROW_STATE_BEFORE.search(sentence, max(0, start - 4), start) is None:
        return False
    if _ROW_STATE_AFTER.match(sentence, end) is None:
        return False
    line_start = sentence.rfind("\n", max(0, start - ROW_REACH), start) + 1
    return any(c.isdigit() for c in sentence[line_start:start])


def _no_verb(sentence: str, start: int, end: int, lang: str) -> bool:
    """An "-ed" word that is no verb of the sentence: the end of a label ("Results
    released: 2 July"), a word alone in brackets ("Site visit (accompanied)"), or the
    head of a preposition ("compared with 2019", ``participle_prepositions.txt``), or a word
    that only ends as a past does ("would proceed on", "three hundred", ``ed_non_pasts.txt``)."""
    if _LABEL_END.match(sentence, end):
        return True
    if sentence[start:end].lower() in load_words(lang, "ed_non_pasts"):
        return True
    if sentence[max(0, start - 1):start] == "(" and sentence[end:end + 1] == ")":
        return True
    return _participle_prepositions(lang).match(sentence, start) is not None


@lru_cache(maxsize=None)
def _agent(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_list(lang, "agent_prepositions"))
    return re.compile(rf"\s{{1,3}}(?:{words})(?![\w'])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _named_agent(lang: str) -> re.Pattern[str]:
    agents = "|".join(re.escape(w) for w in load_list(lang, "agent_prepositions"))
    openers = "|".join(re.escape(w) for w in load_list(lang, "agent_determiners"))
    times = "|".join(re.escape(w) for w in load_list(lang, "agent_time_nouns"))
    return re.compile(rf"\s{{1,3}}(?:{agents})\s{{1,3}}(?:{openers})\s{{1,3}}(?!(?:{times})(?![\w'’-]))[A-Za-z‘'“\"]",
                      re.IGNORECASE)


def _reduced_passive(sentence: str, start: int, end: int, lang: str,
                     before: re.Match[str] | None = None) -> bool:
    """", followed by a reception": a participle opened by a comma with its agent after it
    describes the noun before; so does one whose agent is a named someone with no comma
    ("paper hats inspired by the days of Drake"). Either tells no tense. ``before``:
    _word_before, when the caller has it."""
    if sentence[max(0, start - 4):start].rstrip().endswith(","):
        return _agent(lang).match(sentence, end) is not None
    if before is None:
        before = _word_before(sentence, start, lang)
    return (before is not None and before.group(1).lower() not in load_words(lang, "passive_auxiliaries")
            and _named_agent(lang).match(sentence, end) is not None)


_PHRASE_CLOSE = re.compile(r"[^,.;:!?()\n]{1,80},[ \t]{0,3}[\w\"'\u2018\u201c]")


@lru_cache(maxsize=None)
def _relative_openers(lang: str) -> re.Pattern[str]:
    """What follows a participle that has no object: a date preposition or a digit."""
    words = "|".join(sorted((re.escape(r["word"]) for r in load_table(lang, "date_prepositions")), key=len, reverse=True))
    return re.compile(rf"\s{{1,3}}(?:(?:{words})(?![\w'])|\d)", re.IGNORECASE)


def _comma_relative(sentence: str, start: int, end: int, lang: str) -> bool:
    """", celebrated on 2 November, the Director-General will launch ...": a participle opened by
    a comma, with no object before its date and a comma closing the phrase, says when the noun
    before it falls (yearly, or once); a future verb of the sentence tells the tense, as for an
    aside. With none ("The report, published on 3 March, shows ...") the participle's past stands."""
    if not sentence[max(0, start - 4):start].rstrip().endswith(","):
        return False
    return _relative_openers(lang).match(sentence, end) is not None and _PHRASE_CLOSE.match(sentence, end) is not None


@lru_cache(maxsize=None)
def _objectless_follower(lang: str) -> re.Pattern[str]:
    """"to" + a verb, or "as" (``objectless_followers.tsv``), right after the participle."""
    ways = {"word": r"\s{1,3}[a-z]", "any": r"\s"}
    followers = "|".join(re.escape(row["word"]) + ways[row["next"]] for row in load_table(lang, "objectless_followers"))
    return re.compile(rf"\s{{1,3}}(?:{followers})")


def _objectless(sentence: str, start: int, end: int, lang: str) -> bool:
    """"children invited to come to school dressed as pirates": a participle of a verb that takes an
    object (``objectless_participles.txt``), right before "to" + verb or "as" with no object between,
    is a passive describing the noun before it ("children (who are) invited"), not a past."""
    return (sentence[start:end].lower() in load_words(lang, "objectless_participles")
            and _objectless_follower(lang).match(sentence, end) is not None)


@lru_cache(maxsize=None)
def _regular_past_endings(lang: str) -> tuple[str, ...]:
    """The endings of a regular past form ("-ed"), as the tuple ``str.endswith`` takes."""
    return tuple(load_list(lang, "regular_past_endings"))


@lru_cache(maxsize=None)
def _imperative(lang: str) -> re.Pattern[str]:
    """A sentence that opens with a base verb (``request_verbs.txt``, ``infinitive_verbs.txt``) is a request
    ("Send your comments on 3 March", "Please reply by Friday"): it looks forward. Past
    quotes, list marks and "please"/"kindly" (``imperative_leads.txt``), at the sentence start only,
    where a base verb is an imperative rather than a present."""
    # One branch per first letter, as a set of its cases: the engine passes over a branch whose letter
    # is not the sentence's first without entering it (a list of some hundred verbs was tried one by one).
    verbs = word_alternation(load_list(lang, "infinitive_verbs") + load_list(lang, "request_verbs"), dispatched=True)
    return re.compile(r"[\s\"'`(\[\u2018\u201c*\u2022\u2013-]{0,6}(?:\d{1,2}[.)]\s{1,3})?"
                      rf"(?:{listed_group(lang, 'imperative_leads')}\s{{1,3}})?({verbs})(?![\w'-])", re.IGNORECASE)


# A bracketed aside with no digit in it ("(as listed on the Share Register)", a page's "[email protected]"): its verb
# speaks of the aside's own words, never of a date outside it, and it holds none of its own (a month word in it is rare
# enough to leave).
_DATELESS_ASIDE = re.compile(r"\([^()\d\n]{1,200}\)|\[[^\[\]\d\n]{1,200}\]")


def _in_aside(asides: list[tuple[int, int]], start: int) -> bool:
    """Whether ``start`` lies inside one of ``asides`` (in order, apart, as finditer gives them): only the
    last aside opening before it can hold it, found by bisection (trying every aside for every word made
    a long sentence of asides square)."""
    k = bisect.bisect_left(asides, (start,))      # the asides opening before ``start``
    return k > 0 and start < asides[k - 1][1]


def told_tenses(sentence: str, lang: str = "en") -> frozenset[str]:
    """The tenses a sentence's verbs tell, whether or not it holds a date ("tonight was the
    official reception" -> past): what the prose under an undecided line says of its time."""
    return frozenset(cue[2] for cue in _scored(sentence, lang))


def _scored(sentence: str, lang: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, int, bool]]:
    """The sentence's cues, from the cue phrases at ``spans`` (found here when not given)
    and its participles; none from a bracketed aside without a date."""
    return _Candidates(sentence, lang, _words(sentence, lang)[0] if spans is None else spans).found()


# What a candidate cue turns out to be once checked (_phrase_check, _participle_check).
_DROPPED, _CUE, _RELATIVE = 0, 1, 2
# The kinds of candidate, in the order the found cues are listed (ties go to the cue found first).
_PHRASE, _DIRECTED, _OPENING, _PARTICIPLE, _SAME_FORM, _RELATIVE_SLOT = range(6)


def _phrase_check(sentence: str, start: int, end: int, lang: str, asides: list[tuple[int, int]]) -> int:
    """Whether the cue phrase at [start, end) is a cue, a comma relative's past (_comma_relative) or
    none: a passive, a label's end, an adjective, a noun, a cause ..."""
    if asides and _in_aside(asides, start):
        return _DROPPED
    word = sentence[start:end]
    key = _key(word)
    cue = _lexicon(lang)[key]
    if cue.tense == MANNER or key in _lower_only(lang) and not word.islower():
        return _DROPPED
    if cue.next_ending and not _next_word_ends(sentence, end, cue.next_ending):
        return _DROPPED
    if (cue.tense == "past" or cue.tense == "future" and cue.weight < 2) \
            and " " not in key and _passive(sentence, start, lang):
        return _DROPPED
    if key.endswith(_regular_past_endings(lang)) and " " not in key and _no_verb(sentence, start, end, lang):
        return _DROPPED
    if cue.tense == "past" and " " not in key and (_attributive(sentence, start, end, lang)
                                                  or _compound_modifier(sentence, start, end, lang)
                                                  or _stated_closure(sentence, start, end, lang)
                                                  or _day_choice(sentence, start, end, lang)):
        return _DROPPED
    if cue.tense == "past" and " " not in key and _comma_relative(sentence, start, end, lang):
        return _RELATIVE
    if cue.noun and _as_noun(sentence, start, end, lang):
        return _DROPPED
    if cue.tense == "future" and cause_phrase_at(sentence, start, lang):
        return _DROPPED     # "spread on Saturday due to a heat wave": because of, no deadline ahead
    return _CUE


def _next_word_ends(sentence: str, end: int, ending: str) -> bool:
    """Whether the word right after ``end`` ends in ``ending`` ("could be" + "flying"); the word is read
    only at ``end`` and only so long, so the check is bounded."""
    found = _FOLLOWING_WORD.match(sentence, end)
    return found is not None and found.group(1).lower().endswith(ending) and len(found.group(1)) > len(ending) + 1


_FOLLOWING_WORD = re.compile(r"[^\S\n]{1,3}([^\W\d_]{2,30})(?![\w'\u2019-])")


@lru_cache(maxsize=None)
def _negated_perfect_pattern(lang: str) -> re.Pattern[str]:
    """A denied present perfect (``negated_perfects.txt``) ending right before a participle, its
    first word whole."""
    return re.compile(rf"(?<![\w'\u2019])(?:{word_alternation(load_list(lang, 'negated_perfects'))})"
                      rf"\s{{1,{WIDEST_BLANK}}}$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _negation_reach(lang: str) -> int:
    """How far before a participle its denied perfect may start: the table's widest entry and the blanks
    after it, so that a longer entry added to ``negated_perfects.txt`` is still found (a fixed window would
    cut it off; the look-behind sees past the window's start)."""
    return widest_match(load_list(lang, "negated_perfects")) + WIDEST_BLANK


def _negated_perfect(sentence: str, start: int, lang: str) -> bool:
    """Whether a denied present perfect stands right before the participle at ``start`` ("has not
    explained"): nothing has happened, so there is no past to date; read in a bounded window."""
    return _negated_perfect_pattern(lang).search(sentence, max(0, start - _negation_reach(lang)), start) is not None


ANTICIPATED_REACH = 60    # characters before a participle read for its anticipated perfect


@lru_cache(maxsize=None)
def _anticipated_perfect_pattern(lang: str) -> re.Pattern[str]:
    """A time or condition word (``anticipated_perfect_leads.txt``), a subject of one to three words
    and "have"/"has" ending right before a participle ("once you have registered")."""
    leads = word_alternation(load_list(lang, "anticipated_perfect_leads"))
    return re.compile(rf"(?<![\w'\u2019])(?:{leads})(?:[^\S\n]{{1,3}}[\w'\u2019-]{{1,20}}){{1,3}}"
                      rf"[^\S\n]{{1,3}}(?:have|has)[^\S\n]{{1,3}}$", re.IGNORECASE)


def _anticipated_perfect(sentence: str, start: int, lang: str) -> bool:
    """Whether the participle at ``start`` ends a perfect that a time or condition word opens ("you may
    bid from 24 March, once you have registered"): done by a time still ahead, so no past of the
    clause's date; read in a bounded window."""
    return _anticipated_perfect_pattern(lang).search(sentence, max(0, start - ANTICIPATED_REACH), start) is not None


def _participle_check(sentence: str, start: int, end: int, lang: str, asides: list[tuple[int, int]]) -> int:
    """Whether the "-ed" word at [start, end) is a past, a comma relative's past or no verb."""
    if asides and _in_aside(asides, start):
        return _DROPPED
    if _negated_perfect(sentence, start, lang) or _anticipated_perfect(sentence, start, lang):
        return _DROPPED
    before = _word_before(sentence, start, lang)
    if _passive(sentence, start, lang, before) or _reduced_passive(sentence, start, end, lang, before) \
            or _no_verb(sentence, start, end, lang) or _object_adjective(sentence, start, lang) \
            or _objectless(sentence, start, end, lang) or _attributive(sentence, start, end, lang) \
            or _stated_closure(sentence, start, end, lang) or _day_choice(sentence, start, end, lang):
        return _DROPPED
    return _RELATIVE if _comma_relative(sentence, start, end, lang) else _CUE


class _Candidates:
    """Every cue a sentence may hold, each checked only when first asked about.

    Why: the checks (is "closed" a passive, an adjective, a label's end ...) are most of what
    reading a sentence's verbs costs, and a date needs only the best cue on each side of it;
    a lower one never decides while the best passes. So the words are found at once, their
    tense and weight read from the tables, and a candidate is checked only when it is the best
    still unchecked where a date looks (tense_at). ``found`` checks them all and gives exactly
    the list the plain reading gave: the cue phrases kept (less those a directive's infinitive
    takes), the directives' infinitives, the opening request, the participles and same-form
    pasts at no kept phrase's start, then the comma relatives' pasts when no future is told.
    Positions are the sentence's plus ``offset``; ``cues`` lists the candidates in that order.
    """

    __slots__ = ("sentence", "lang", "offset", "asides", "cues", "kinds", "sources", "checks",
                 "directed", "opening", "phrase_at", "futures", "_relatives_on", "_order", "_starts")

    def __init__(self, sentence: str, lang: str, spans: list[tuple[int, int]] | None, offset: int = 0) -> None:
        """``spans``: the sentence's cue phrases; None for a sentence of another language, which has no cue."""
        self.sentence, self.lang, self.offset = sentence, lang, offset
        cues: list[tuple[int, int, str, int, bool]] = []
        kinds: list[int] = []
        self.phrase_at: dict[int, int] = {}
        self.futures: list[int] = []            # the future phrases: a comma relative counts only without one
        self.sources: dict[int, int] = {}
        self.asides: list[tuple[int, int]] = []
        self.directed: set[int] = set()
        self.opening: int | None = None
        self.cues, self.kinds, self.checks = cues, kinds, []
        self._relatives_on: bool | None = None
        self._order: list[int] | None = None
        self._starts: list[int] = []
        if spans is None:
            return
        if "(" in sentence or "[" in sentence:
            self.asides = [m.span() for m in _DATELESS_ASIDE.finditer(sentence)]
        lexicon = _lexicon(lang)
        for start, end in spans:
            cue = lexicon[_key(sentence[start:end])]
            self.phrase_at[start] = len(cues)
            if cue.tense == "future":
                self.futures.append(len(cues))
            cues.append((start + offset, end + offset, cue.tense, cue.weight, cue.before_only))
            kinds.append(_PHRASE)
        directed = _directed_infinitives(sentence, lang)
        self.directed = {start for start, _ in directed}
        for start, end in directed:
            cues.append((start + offset, end + offset, HABIT, DIRECTED_WEIGHT, True))
            kinds.append(_DIRECTED)
        opening = _imperative(lang).match(sentence)
        self.opening = opening.start(1) if opening is not None else None
        if opening is not None:
            cues.append((opening.start(1) + offset, opening.end(1) + offset, "future", 2, False))
            kinds.append(_OPENING)
        for start, end in _participles(sentence):
            cues.append((start + offset, end + offset, "past", 1, False))
            kinds.append(_PARTICIPLE)
        for start, end in _same_form_pasts(sentence, lang):
            cues.append((start + offset, end + offset, "past", SAME_FORM_WEIGHT, False))
            kinds.append(_SAME_FORM)
        # A comma relative's past is listed last: a slot for each phrase or participle a comma opens.
        for n in range(len(cues)):
            if kinds[n] in (_PHRASE, _PARTICIPLE) and cues[n][2] == "past":
                start = cues[n][0] - offset
                if sentence[max(0, start - 4):start].rstrip().endswith(","):
                    self.sources[len(cues) + len(self.sources)] = n
        for n in self.sources.values():
            cues.append(cues[n])
            kinds.append(_RELATIVE_SLOT)
        self.checks = [None] * len(cues)

    def _check(self, n: int) -> int:
        """The check of phrase or participle ``n``, made once."""
        found = self.checks[n]
        if found is None:
            start, end = self.cues[n][0] - self.offset, self.cues[n][1] - self.offset
            check = _phrase_check if self.kinds[n] == _PHRASE else _participle_check
            found = self.checks[n] = check(self.sentence, start, end, self.lang, self.asides)
        return found

    def _taken(self, start: int) -> bool:
        """A kept cue phrase, a directive's infinitive or the opening request starts at ``start``."""
        phrase = self.phrase_at.get(start)
        return (start in self.directed or start == self.opening
                or phrase is not None and self._check(phrase) == _CUE)

    def _relatives(self) -> bool:
        """Whether a comma relative's past counts: no future is told (no kept future phrase, no request)."""
        if self._relatives_on is None:
            self._relatives_on = self.opening is None and not any(
                self._check(n) == _CUE and self.cues[n][0] - self.offset not in self.directed for n in self.futures)
        return self._relatives_on

    def valid(self, n: int) -> bool:
        """Whether candidate ``n`` is one of the found cues."""
        kind, start = self.kinds[n], self.cues[n][0] - self.offset
        if kind == _PHRASE:
            return self._check(n) == _CUE and start not in self.directed
        if kind == _DIRECTED or kind == _OPENING:
            return True
        if kind == _PARTICIPLE:
            return not self._taken(start) and self._check(n) == _CUE
        if kind == _SAME_FORM:
            return not self._taken(start) and not (self.asides and _in_aside(self.asides, start))
        source = self.sources[n]
        if self.kinds[source] == _PARTICIPLE and self._taken(start):
            return False
        return self._check(source) == _RELATIVE and self._relatives()

    def found(self) -> list[tuple[int, int, str, int, bool]]:
        """Every cue the sentence holds, in the plain reading's order (see the class note)."""
        return [cue for n, cue in enumerate(self.cues) if self.valid(n)]

    def order(self) -> tuple[list[int], list[int]]:
        """The candidates in text order (by start, then as listed), and their starts."""
        if self._order is None:
            self._order = sorted(range(len(self.cues)), key=lambda n: self.cues[n][0])
            self._starts = [self.cues[n][0] for n in self._order]
        return self._order, self._starts

    def best(self, low: int, high: int, after: bool) -> int | None:
        """The valid candidate starting in [low, high) with the greatest key, ties to the one listed
        first: ``STEP * weight + end`` looking back from a date, ``2 * STEP * weight - 3 * start``
        looking ahead (leaving out those that govern only what follows them); the others in the range
        are not checked."""
        order, starts = self.order()
        cues = self.cues
        span = order[bisect.bisect_left(starts, low):bisect.bisect_left(starts, high)]
        if after:
            keyed = [(2 * STEP * cues[n][3] - 3 * cues[n][0], -n) for n in span if not cues[n][4]]
        else:
            keyed = [(STEP * cues[n][3] + cues[n][1], -n) for n in span]
        keyed.sort(reverse=True)
        for _, n in keyed:
            if self.valid(-n):
                return -n
        return None

    def last_before(self, at: int) -> int | None:
        """The valid candidate that starts last before ``at`` (the later listed on a tie)."""
        order, starts = self.order()
        for i in range(bisect.bisect_left(starts, at) - 1, -1, -1):
            if self.valid(order[i]):
                return order[i]
        return None


SAME_FORM_WEIGHT = 2      # as an irregular past's ("became")
_PREVIOUS_WORD = re.compile(r"(?<![\w'\u2019-])([A-Za-z][A-Za-z'\u2019]{0,30})[^\S\n]{1,3}\Z")
_OBJECT_WORD = re.compile(r"[^\S\n]{1,3}([A-Za-z][A-Za-z'\u2019]{0,30})")


@lru_cache(maxsize=None)
def _same_form_words(lang: str) -> re.Pattern[str]:
    words = sorted(load_list(lang, "same_form_pasts"), key=len, reverse=True)
    return re.compile(rf"{_words_led(words, _NOT_BEFORE_VERB)}(?![\w'\u2019-])")     # lower case only


@lru_cache(maxsize=None)
def _same_form_context(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The singular subject pronouns and the words a base form follows."""
    return (frozenset(norm(w) for w in load_list(lang, "singular_subjects")),
            frozenset(norm(w) for w in load_list(lang, "base_form_leads")))


def _same_form_pasts(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Pasts written as their base form ("The storm hit the coast", ``same_form_pasts.txt``) that
    a singular subject makes past: a pronoun ("she cut"), or a singular noun with a determiner
    opening the object after ("the company set the price"). A plural, a modal or "to" before, a
    word that is no subject (an adverb in -ly, a preposition, a contraction) or nothing before
    (an imperative) leaves the word untensed."""
    if not any(word in sentence for word in load_list(lang, "same_form_pasts")):
        return []           # most sentences hold none of the words: the scan is spared
    singular, leads = _same_form_context(lang)
    determiners = load_words(lang, "determiners")
    out = []
    for verb in _same_form_words(lang).finditer(sentence):
        before = _PREVIOUS_WORD.search(sentence, max(0, verb.start() - 34), verb.start())
        if before is None:
            continue
        subject = norm(before.group(1))
        if subject in singular:
            out.append(verb.span())
            continue
        after = _OBJECT_WORD.match(sentence, verb.end())
        if after is None or norm(after.group(1)) not in determiners:
            continue
        if subject in leads or subject in determiners or subject in _gaps(lang).prepositions \
                or subject.endswith(("s", "ly")) or "'" in subject or "\u2019" in subject:
            continue
        out.append(verb.span())
    return out


DIRECTED_WEIGHT = 2       # outweighs the directive's own participle ("directed"), nearer or not
DIRECTED_OBJECT_WORDS = 6   # at most this many words between a directive verb and its "to"
_TOKEN = re.compile(r"[A-Za-z][\w'\u2019-]{0,30}|[^\w\s]")


@lru_cache(maxsize=None)
def _directive_verbs(lang: str) -> frozenset[str]:
    return frozenset(load_list(lang, "directive_verbs"))


@lru_cache(maxsize=None)
def _infinitive_markers(lang: str) -> tuple[str, ...]:
    """The words that mark an infinitive ("to" in English, ``infinitive_markers.txt``)."""
    return load_list(lang, "infinitive_markers")


def _marker_group(lang: str) -> str:
    return "(?:" + "|".join(re.escape(w) for w in _infinitive_markers(lang)) + ")"


_NOT_BEFORE_VERB = r"[\w'\u2019-]"    # a character that, right before a same-form past, makes it part of another word
_NOT_BEFORE_MARKER = r"[\w']"         # the same before an infinitive's marker


def _words_led(words: Iterable[str], not_before: str) -> str:
    """``(?<!{not_before})(?:w1|w2|...)`` for literal words, written so that the pattern opens
    with the words' letters: each word, then a look back past it to the character before it.
    A pattern that opens with a look-behind is tried by the engine at every position of a
    sentence; one that opens with literal branches lets it skip in C to their first letters.
    The branches keep their order, and each tests the same character, so the matches are the same."""
    return "(?:" + "|".join(f"{re.escape(w)}(?<!{not_before}{re.escape(w)})" for w in words) + ")"


@lru_cache(maxsize=None)
def _infinitive_before(lang: str) -> re.Pattern[str]:
    """An infinitive's marker and a base verb right before the end of what is searched."""
    return re.compile(rf"(?<![\w']){_marker_group(lang)}\s{{1,3}}([a-z]{{2,14}})\s{{1,3}}$")


@lru_cache(maxsize=None)
def _to_verb(lang: str) -> re.Pattern[str]:
    """An infinitive's marker and the verb after it ("to release")."""
    return re.compile(rf"{_words_led(_infinitive_markers(lang), _NOT_BEFORE_MARKER)}\s{{1,3}}([a-z]{{2,20}})(?![\w'])")


def _directed_infinitives(sentence: str, lang: str) -> list[tuple[int, int]]:
    """The spans of "to" + verb that open a past directive's infinitive (:func:`_directed`); a
    determiner after "to" makes it a preposition ("ordered the books to the library"). A sentence
    that holds no directive verb as a string (nearly every one) holds none, as no window of it does."""
    if not any(marker in sentence for marker in _infinitive_markers(lang)):
        return []
    if not any(verb in sentence for verb in _directive_verbs(lang)):
        return []
    determiners = load_words(lang, "determiners")
    return [m.span() for m in _to_verb(lang).finditer(sentence)
            if m.group(1) not in determiners and _directed(sentence, m.start(), lang)]


def _directed(sentence: str, start: int, lang: str) -> bool:
    """The "to" at ``start`` opens the infinitive of a past directive ("The secretary ordered the
    county boards to publish their lists by 31 July", ``directive_verbs.txt``): a verb of the
    list, its object (one to DIRECTED_OBJECT_WORDS words, no mark between), then "to". Its date
    is a deadline set when the directive was given, so it tells nothing of the writing day's
    side of it. Not after a passive auxiliary ("were asked to submit"): no object, and the
    request is the subject's, often still open."""
    begin = max(0, start - 8 * (DIRECTED_OBJECT_WORDS + 2))
    verbs = _directive_verbs(lang)
    window = sentence[begin:start]
    if not any(verb in window for verb in verbs):
        return False        # a verb of the list is one of the window's tokens: none is, so no directive
    tokens = _TOKEN.findall(sentence, begin, start)
    for back in range(2, min(len(tokens), DIRECTED_OBJECT_WORDS + 1) + 1):
        word = tokens[-back]
        if not word[:1].isalpha():
            return False          # a mark: another clause
        if word in verbs:
            before = tokens[-back - 1].lower() if back < len(tokens) else ""
            return before not in load_words(lang, "passive_auxiliaries")
    return False


@dataclass(slots=True)
class _Cues:
    """A sentence's cues in text order, with the best one so far from either side.

    The best cue before an expression maximises ``STEP * weight + cue end`` and the best
    one after it ``2 * STEP * weight - 3 * cue start`` (AFTER_FACTOR, doubled to keep
    integers), so each expression needs a few bisections instead of a pass over all the
    sentence's cues (a long sentence full of dates was quadratic). ``before``/``after``
    run over the whole sentence, ``own_before``/``own_after`` restart at each clause
    mark, so the best cue of the date's own clause and the best beyond it are both
    found at once. Ties go to the cue found first, as in a plain pass over the list.
    Built for every dated sentence and never changed: slots, not frozen, keep that cheap.
    """

    starts: list[int]
    order: list[int]                       # found index of each cue in text order
    marks: list[int]                       # clause mark starts, absolute
    before: list[tuple[int, int] | None]   # best (key, -order) among cues[:i]
    after: list[tuple[int, int] | None]    # best (key, -order) among cues[i:]
    own_before: list[tuple[int, int] | None]   # among cues[j:i], j the first of cue i-1's clause
    own_after: list[tuple[int, int] | None]    # among cues[i:k], k past the last of cue i's clause
    cues: list[tuple[int, int, str, int, bool]]  # as found: (start, end, tense, weight, before_only), absolute
    closed: list[tuple[int, int]] = field(default_factory=list)   # comma relatives, absolute: _closed_relatives


_NO_CUES: list[tuple[int, int] | None] = [None]


def _prepared(found: list[tuple[int, int, str, int, bool]], marks: list[int]) -> _Cues:
    if not found:       # many dated sentences have no cue at all (read-only lists: shared)
        return _Cues([], [], marks, _NO_CUES, _NO_CUES, _NO_CUES, _NO_CUES, found)
    order = sorted(range(len(found)), key=lambda i: found[i][0])
    starts = [found[i][0] for i in order]
    clause = [bisect.bisect_right(marks, s) for s in starts] if marks else [0] * len(starts)
    # The best key so far on each side, whole sentence and own clause: a key replaces it only
    # when greater, so a tie keeps the cue found first (written out: every dated sentence runs it).
    before: list[tuple[int, int] | None] = [None]
    own_before: list[tuple[int, int] | None] = [None]
    best: tuple[int, int] | None = None
    own: tuple[int, int] | None = None
    last_clause = -1                    # the clause of the cue before (none: no clause number)
    for n, i in enumerate(order):
        cue = found[i]
        key = (STEP * cue[3] + cue[1], -i)
        if best is None or key > best:
            best = key
        if clause[n] != last_clause:
            own = None
        if own is None or key > own:
            own = key
        last_clause = clause[n]
        before.append(best)
        own_before.append(own)
    after: list[tuple[int, int] | None] = [None]
    own_after: list[tuple[int, int] | None] = [None]
    best = own = None
    last_clause = -1                    # the clause of the cue after
    for n in range(len(order) - 1, -1, -1):
        i = order[n]
        cue = found[i]
        if clause[n] != last_clause:
            own = None
        last_clause = clause[n]
        if not cue[4]:
            key = (2 * STEP * cue[3] - 3 * cue[0], -i)
            if best is None or key > best:
                best = key
            if own is None or key > own:
                own = key
        after.append(best)
        own_after.append(own)
    after.reverse()
    own_after.reverse()
    return _Cues(starts, order, marks, before, after, own_before, own_after, found)


def _choices(prepared: _Cues, text: str, start: int, end: int, lang: str) -> list[tuple[float, int]]:
    """(score, order) of the best cue on each side, in the date's clause and beyond it."""
    cues, starts, marks = prepared.cues, prepared.starts, prepared.marks
    adjacent = _gaps(lang).adjacent
    out: list[tuple[float, int]] = []
    i = bisect.bisect_left(starts, start)
    mark = bisect.bisect_right(marks, start) - 1          # the last mark before the date
    j = bisect.bisect_left(starts, marks[mark]) if mark >= 0 else 0
    for key, penalty in ((prepared.own_before[i] if j < i else None, 0),
                         (prepared.before[j] if mark >= 0 else None, STEP)):
        if key is not None:
            _, c_end, _, weight, _ = cues[-key[1]]
            out.append((weight * STEP - (start - c_end) - penalty, key[1]))
    if i:                                                 # the verb right before the date leads
        _, c_end, _, weight, _ = cues[prepared.order[i - 1]]
        if 0 <= start - c_end <= 12 and adjacent.match(text, c_end, start):
            out.append((weight * STEP + STEP - (start - c_end), -prepared.order[i - 1]))
    k = bisect.bisect_left(starts, end)
    mark = bisect.bisect_left(marks, end)                 # the first mark after the date
    m = bisect.bisect_left(starts, marks[mark]) if mark < len(marks) else len(starts)
    # A verb of the date's own clause before it keeps the date from the verbs beyond the
    # clause's end ("Ghana, which completed restructurings in 2025, will share ...").
    beyond = prepared.after[m] if m < len(starts) and not (j < i and prepared.own_before[i]) else None
    for key, penalty in ((prepared.own_after[k] if k < m else None, 0), (beyond, 2 * STEP)):
        if key is not None:
            c_start, _, _, weight, _ = cues[-key[1]]
            out.append((weight * STEP - (c_start - end) * AFTER_FACTOR - penalty, key[1]))
    return out


def _lazy_choices(found: _Candidates, marks: list[int], text: str, start: int, end: int,
                  lang: str) -> list[tuple[float, int]]:
    """_choices on the candidates, checking only those that may be chosen: the best of each
    side's ranges in turn (see _Cues for what each range is), and the last one before the date."""
    out: list[tuple[float, int]] = []
    cues = found.cues
    mark = bisect.bisect_right(marks, start) - 1          # the last mark before the date
    clause = marks[mark] if mark >= 0 else -1
    own = found.best(clause, start, False)
    if own is not None:
        out.append((cues[own][3] * STEP - (start - cues[own][1]), -own))
    if mark >= 0:
        wide = found.best(-1, clause, False)
        if wide is not None:
            out.append((cues[wide][3] * STEP - (start - cues[wide][1]) - STEP, -wide))
    last = found.last_before(start)
    if last is not None:                                  # the verb right before the date leads
        c_end, weight = cues[last][1], cues[last][3]
        if 0 <= start - c_end <= 12 and _gaps(lang).adjacent.match(text, c_end, start):
            out.append((weight * STEP + STEP - (start - c_end), -last))
    mark = bisect.bisect_left(marks, end)                 # the first mark after the date
    limit = marks[mark] if mark < len(marks) else _NO_END
    ahead = found.best(end, limit, True)
    if ahead is not None:
        out.append((cues[ahead][3] * STEP - (cues[ahead][0] - end) * AFTER_FACTOR, -ahead))
    if mark < len(marks) and own is None:
        beyond = found.best(limit, _NO_END, True)
        if beyond is not None:
            out.append((cues[beyond][3] * STEP - (cues[beyond][0] - end) * AFTER_FACTOR - 2 * STEP, -beyond))
    return out


def _sentence_cues(text: str, s_start: int, s_end: int, lang: str) -> tuple[_Candidates, list[int]]:
    """The candidate cues of the sentence at [s_start, s_end) and its clause marks, absolute."""
    sentence = text[s_start:s_end]
    cue_spans, mark_spans = _words(sentence, lang)
    found = _Candidates(sentence, lang, None if foreign_sentence(sentence, lang) else cue_spans, s_start)
    return found, [s_start + m for m in _marks(sentence, mark_spans, lang)]


def _settled(found: _Candidates, marks: list[int]) -> _Cues:
    """Every cue of the sentence checked and ranked for any number of dates (_Cues)."""
    prepared = _prepared(found.found(), marks)
    if prepared.cues and "," in found.sentence:
        prepared.closed = [(found.offset + a, found.offset + b) for a, b in _closed_relatives(found.sentence, found.lang)]
    return prepared


def tense_at(sentences: Sentences | SentenceLookup, start: int, end: int, lang: str = "en",
             cache: dict | None = None) -> str | None:
    """The tense governing the expression at [start, end), or None when no cue is seen.

    Each cue scores ``STEP * weight`` less its distance (a cue after the expression counts
    its distance one and a half times; see the module note on clause marks and the verb
    right before); the best score wins, the first found on a tie. A date in the possessive
    ("Thursday's closing price") names a day already seen unless a strong future cue
    governs it; a habit ("usually held in March") tells none; an untensed deadline ("by February") and the new target of a postponing
    verb ("postponed until Tuesday") look forward.

    The first date asked about in a sentence checks only the cues that may win it (_Candidates);
    a second one has every cue checked and ranked once (_Cues), so a sentence of many dates
    stays linear. ``cache`` keeps either by sentence.
    """
    s_start, s_end = sentences.at(start)
    key = (s_start, s_end)
    entry = cache.get(key) if cache is not None else None
    if isinstance(entry, tuple):
        entry = _settled(*entry)
        if cache is not None:
            cache[key] = entry
    if entry is None:
        found, marks = _sentence_cues(sentences.text, s_start, s_end, lang)
        if cache is not None:
            cache[key] = (found, marks)
        cues = found.cues
        choices = _lazy_choices(found, marks, sentences.text, start, end, lang)
        if choices and "," in found.sentence:
            closed = [(s_start + a, s_start + b) for a, b in _closed_relatives(found.sentence, lang)]
            if closed:
                choices = [c for c in choices if not _closed_before(closed, cues[-c[1]][0], start)]
    else:
        cues = entry.cues
        choices = _choices(entry, sentences.text, start, end, lang)
        if entry.closed and choices:
            choices = [c for c in choices if not _closed_before(entry.closed, cues[-c[1]][0], start)]
    best = cues[-max(choices)[1]] if choices else None
    if best is not None and best[2] == "future" and _reported_period(lang).match(sentences.text, end):
        return None     # "will issue its third quarter 2023 results": the report, not the quarter, is ahead
    if POSSESSIVE_END.match(sentences.text, end) and not (best and best[2] == "future" and best[3] >= 3):
        return "past"
    if (best is None or best[2] != "future") and compared_figure_before(sentences.text, s_start, start, lang):
        return "past"       # "down from 5.3 percent in December": a figure measured against, already seen
    if (best is None or best[2] == "present") and _measured_period(lang).match(sentences.text, end):
        return "past"       # "The August outcome for prices is ...": a figure's period, already gone
    if best is None and deadline_before(sentences.text, start, lang):
        return "future"
    if (best is None or best[2] == "present") and granted_until(sentences.text, start, lang):
        return "future"
    if (best is None or best[2] != "past") and counted_back_to(sentences.text, s_start, start, lang):
        return "past"       # "interest is calculated back to April 18": a count back from now ends on a day gone by
    if best is not None and best[2] == "past" and _moved_ahead(sentences.text, s_start, start, lang):
        return "future"
    if best is not None and best[2] == "past" and appointed_ahead(sentences.text, s_start, start, end, lang):
        return "future"     # "had announced Nov. 17 as the last date for ...": a day set ahead of its appointing
    if (best is None or best[2] == "past") and appointed_compound(sentences.text, s_start, start, end, lang):
        return "future"     # "set a May 9 hearing date", a headline's "fixes ballot date on Oct. 3"
    if (best is not None and best[2] != "future"
            and (best[0] < start or "," in sentences.text[end:best[0]])
            and future_attribute(sentences.text, s_start, start, lang)):
        return "future"     # "was forecast ... ahead of its expected landfall on Wednesday"; not "The planned strike on Monday went ahead"
    return best[2] if best and best[2] != HABIT else None


NAME_SUBJECT_WORDS = 5     # capitalised words of a name opening the sentence before its comma relative


@lru_cache(maxsize=None)
def _relative_clause(lang: str) -> re.Pattern[str]:
    """A name opening the sentence ("Kelby Rovers", "The Harbour Trust"), then a relative clause
    opened and closed by commas (``relative_pronouns.txt``): "Kelby Rovers, who lost the final last
    year, face ...". Only after such a subject: after a verb's object ("She replaces Jo Marsh, who
    left as treasurer, secretary and chair in May") a comma may be a list's, not the clause's end."""
    words = "|".join(re.escape(w) for w in sorted(load_list(lang, "relative_pronouns"), key=len, reverse=True))
    name = rf"[A-Z][\w'’.&-]{{0,30}}(?:[^\S\n]{{1,3}}[A-Z][\w'’.&-]{{0,30}}){{0,{NAME_SUBJECT_WORDS - 1}}}"
    return re.compile(rf"[\s\"'`“‘(\[]{{0,4}}{name},[^\S\n]{{1,3}}((?:{words})(?![\w'])[^,;()\n]{{1,200}}),")


def _closed_relatives(sentence: str, lang: str) -> list[tuple[int, int]]:
    """The comma relative after the name that opens the sentence, from the pronoun to the closing
    comma, as a list (none or one)."""
    found = _relative_clause(lang).match(sentence)
    return [found.span(1)] if found is not None else []


def _closed_before(closed: list[tuple[int, int]], at: int, start: int) -> bool:
    """Whether the cue at ``at`` lies in a comma relative that closes before the date at ``start``:
    "Kelby Rovers, who lost the final last year, face Dunmore on 4 April" tells nothing past of the day."""
    k = bisect.bisect_right(closed, (at, _NO_END)) - 1
    return k >= 0 and closed[k][0] <= at < closed[k][1] <= start


_NO_END = 1 << 62     # past any offset: bisects a (start, end) list by start alone
_PAIR_REACH = 200     # characters from an appointed day to the day after ", and" that shares its frame


@lru_cache(maxsize=None)
def _appointed(lang: str) -> re.Pattern[str]:
    """"as the" (``appointed_day_links.txt``, ``appointed_day_articles.txt``) and a noun of
    ``appointed_day_nouns.txt`` right after a date."""
    nouns = "|".join(re.escape(w).replace("\\ ", r"\s{1,3}")
                     for w in sorted(load_list(lang, "appointed_day_nouns"), key=len, reverse=True))
    links, articles = listed_group(lang, "appointed_day_links"), listed_group(lang, "appointed_day_articles")
    return re.compile(rf"\s{{1,3}}{links}\s{{1,3}}{articles}\s{{1,3}}(?:{nouns})(?![\w-])", re.IGNORECASE)


_CLAUSE_WORDS = 4     # words between "as the day" and the modal of its clause ("on which the parks may")


@lru_cache(maxsize=None)
def _appointed_for_act(lang: str) -> re.Pattern[str]:
    """"as the day" (``appointed_clause_nouns.txt``), then a clause of at most _CLAUSE_WORDS words
    up to a modal of ``appointed_clause_modals.txt`` right after a date: "9 June as the day crews
    could start". Each word is a bounded run of letters, so a failed match costs a few steps."""
    links, articles = listed_group(lang, "appointed_day_links"), listed_group(lang, "appointed_day_articles")
    nouns, modals = listed_group(lang, "appointed_clause_nouns"), listed_group(lang, "appointed_clause_modals")
    return re.compile(rf"\s{{1,3}}{links}\s{{1,3}}{articles}\s{{1,3}}{nouns}"
                      rf"(?:\s{{1,3}}[A-Za-z'’]{{1,20}}){{1,{_CLAUSE_WORDS}}}?\s{{1,3}}{modals}(?![\w'’])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _pair_end(lang: str) -> re.Pattern[str]:
    """The word joining a first day to the appointed one ("May 3 and May 10 as the ..."): pair_end_links.txt."""
    return re.compile(rf",?\s{{1,3}}{listed_group(lang, 'pair_end_links')}\s{{1,3}}\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _day_then_appointed(lang: str) -> re.Pattern[str]:
    """A month's day ("Nov. 17", "9 June") right before the appointing phrase."""
    months = word_alternation(sorted(vocabulary(lang).months), dispatched=True)
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    return re.compile(rf"(?<![\w])(?:(?:{months})\.?\s{{1,3}}{day}|{day}\s{{1,3}}(?:{months})\.?)"
                      rf"(?![\w])(?={_appointed(lang).pattern})", re.IGNORECASE)


@lru_cache(maxsize=None)
def _named_month(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{word_alternation(sorted(vocabulary(lang).months), dispatched=True)})(?![\w])",
                      re.IGNORECASE)


def appointed_ahead(text: str, s_start: int, start: int, end: int, lang: str = "en") -> bool:
    """The date is appointed as a limit ("announced Nov. 17 as the last date for the withdrawal"),
    or it follows ", and" after such a day in its sentence ("..., and Dec. 1 for governorship"):
    the day was set ahead of the appointing, so a past verb does not put it behind. Only a date
    that names its month: a weekday set so is as often one just gone ("had ... set Friday as the
    deadline for his repatriation. But this week, ... lifted the deadline")."""
    if _named_month(lang).search(text, start, end) is None:
        return False
    if _appointed(lang).match(text, end) is not None or _appointed_for_act(lang).match(text, end) is not None:
        return True
    if _pair_end(lang).search(text, max(s_start, start - 8), start) is None:
        return False
    return _day_then_appointed(lang).search(text, max(s_start, start - _PAIR_REACH), start) is not None


_ATTRIBUTE_LOOKBACK = 100   # characters before a date searched for the noun phrase it dates


@lru_cache(maxsize=None)
def _future_attribute(lang: str) -> re.Pattern[str]:
    """A determiner, an adjective of ``future_attributes.txt``, its noun, at most one short
    phrase of place or kind after it, then the date's own preposition, at the end of what is
    searched: every repeat bounded, so the search stays linear."""
    determiners = "|".join(re.escape(w) for w in load_list(lang, "determiners"))
    adjectives = "|".join(re.escape(w) for w in load_list(lang, "future_attributes"))
    leads = "|".join(re.escape(w) for w in load_list(lang, "attribute_phrase_leads"))
    prepositions = "|".join(re.escape(w) for w in load_list(lang, "attribute_date_prepositions"))
    word = r"[A-Za-z][\w.'’-]{0,24}"
    return re.compile(
        rf"(?<![\w'’])(?:{determiners})\s{{1,3}}(?:{adjectives})\s{{1,3}}[a-z][a-z-]{{1,24}}"
        rf"(?:\s{{1,3}}(?:{leads})\s{{1,3}}{word}(?:\s{{1,3}}{word})?)?"
        rf"(?:,?\s{{1,3}}(?:{prepositions}))?\s{{1,3}}\Z", re.IGNORECASE)


def future_attribute(text: str, s_start: int, start: int, lang: str = "en") -> bool:
    """The date dates a noun that an adjective of what is to come modifies ("ahead of its
    expected landfall in Louisiana on Wednesday", "the planned vote on Friday"): that noun's
    day lies ahead, though the sentence tells its news in the past ("was forecast", "said")."""
    return marked_search(_future_attribute(lang), _future_adjectives(lang), text,
                         max(s_start, start - _ATTRIBUTE_LOOKBACK), start)


@lru_cache(maxsize=None)
def _future_adjectives(lang: str) -> tuple[str, ...]:
    """The adjectives of ``future_attributes.txt`` in lower case: every match of :func:`_future_attribute`
    holds one, and looking for them as plain strings costs far less than trying the pattern at each
    character of its look back (most dates have none before them)."""
    return tuple(w.lower() for w in load_list(lang, "future_attributes"))


FOREIGN_MIN_WORDS = 12  # words a sentence needs before the lack of every English marker word says much
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=None)
def _marker_words(lang: str) -> frozenset[str]:
    return frozenset(load_list(lang, "english_marker_words"))


@lru_cache(maxsize=None)
def _ascii_marker(lang: str) -> re.Pattern[str]:
    """A marker word standing as a whole word in an ASCII sentence put in lower case: there every
    letter is one of a-z, so this is the word list's test, read in one scan that stops at the
    first marker, where an English sentence has one within its first few words. One branch
    per first letter, which the engine passes over at once when the text's letter differs."""
    words = {w for w in _marker_words(lang) if len(w) >= 2 and w.isascii() and w.isalpha() and w.islower()}
    branches = "|".join(f"{first}(?:{'|'.join(sorted(w[1:] for w in words if w[0] == first))})"
                        for first in sorted({w[0] for w in words}))
    return re.compile(rf"(?<![a-z])(?:{branches})(?![a-z])")


def foreign_sentence(sentence: str, lang: str) -> bool:
    """A sentence of another language quoted on the page ("Met dank overgenomen van ...,
    gepubliceerd op dinsdag 16 december 2014"): prose of FOREIGN_MIN_WORDS words or more, half of
    them in lower case, and not one of ``english_marker_words.txt`` (headings and table rows are
    English shorthand). Its words that look like English verbs (Dutch "met", "had") tell no tense."""
    if "|" in sentence:
        return False        # a table's cells are English shorthand ("Classes begin | August 13 |")
    if sentence.isascii() and _ascii_marker(lang).search(sentence.lower()):
        return False        # most sentences: no list of their words needed
    words = _LETTER_WORD.findall(sentence)
    return (len(words) >= FOREIGN_MIN_WORDS and 2 * sum(w[0].islower() for w in words) >= len(words)
            and not any(w.lower() in _marker_words(lang) for w in words))


@lru_cache(maxsize=None)
def _reported_period(lang: str) -> re.Pattern[str]:
    """A results noun right after the expression (``reported_period_nouns.txt``)."""
    words = "|".join(re.escape(w).replace("\\ ", r"\s{1,3}") for w in load_list(lang, "reported_period_nouns"))
    return re.compile(rf"\s{{1,3}}(?:{words})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _measured_period(lang: str) -> re.Pattern[str]:
    """A figure's noun right after the expression, on its line (``measured_period_nouns.txt``): a line
    break ends the phrase, so a row label under a day ("9 September" / "Reading week ...") is no figure."""
    words = "|".join(re.escape(w).replace("\\ ", r"[^\S\n]{1,3}") for w in load_list(lang, "measured_period_nouns"))
    return re.compile(rf"[^\S\n]{{1,3}}(?:{words})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _phrase_right_before(lang: str, table: str, article: bool = False) -> TrailingWords:
    """One of the table's phrases ending right before a date (and "the", when ``article``), read
    where the window's last words begin (trailing_words): a phrase's words and the article; a window
    whose last word is no phrase's last word (nor the article) is passed over."""
    phrases = load_list(lang, table)
    words = "|".join(re.escape(w).replace("\\ ", r"\s{1,3}") for w in phrases)
    the = r"(?:the\s{1,3})?" if article else ""
    pattern = re.compile(rf"(?<![\w'])(?:{words})\s{{1,3}}{the}\Z", re.IGNORECASE)
    most = words_in(phrases)
    lasts = last_words(phrases) + (("the",) if article else ()) if most else ()
    return TrailingWords(pattern, most + 1 if most and article else most, lasts=lasts)


def deadline_before(text: str, start: int, lang: str) -> bool:
    """A date right after "by"/"no later than" is a deadline: untensed, it looks forward
    ("until" is left out: "may be sent until 18 February" is as often a window gone by)."""
    return _phrase_right_before(lang, "deadline_words", True).search(text, max(0, start - 24), start) is not None


def counted_back_to(text: str, s_start: int, start: int, lang: str) -> bool:
    """A date right after "back to" (counted_back_leads.txt) is where a count back from now ends: a day
    already gone ("interest is calculated back to April 18"), unless a postponing verb moved a date back
    to it ("pushed back to Friday": its new, later day)."""
    return (_phrase_right_before(lang, "counted_back_leads").search(text, max(s_start, start - 24), start) is not None
            and not _moved_ahead(text, s_start, start, lang))


def granted_until(text: str, start: int, lang: str) -> bool:
    """A date after "has until" ends the time someone is given: unless told in the past, it
    is still ahead ("has until Friday to respond"), whatever the present tense would choose."""
    return _phrase_right_before(lang, "granted_until").search(text, max(0, start - 24), start) is not None


_MOVE_LOOKBACK = 90   # characters before "until" searched for the verb that moved the date


@lru_cache(maxsize=None)
def _forward_verbs(lang: str) -> re.Pattern[str]:
    return whole_words(list(load_list(lang, "forward_verbs")))


@lru_cache(maxsize=None)
def _verb_targets(lang: str) -> re.Pattern[str]:
    """A postponing verb right before one of ``forward_verb_targets.txt`` and the date."""
    verbs = "|".join(sorted((re.escape(v).replace("\\ ", r"\s{1,3}") for v in load_list(lang, "forward_verbs")),
                            key=len, reverse=True))
    targets = "|".join(re.escape(w) for w in load_list(lang, "forward_verb_targets"))
    return re.compile(rf"(?<![\w'])(?:{verbs})\s{{1,3}}(?:{targets})\s{{1,3}}\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _moved_lead(lang: str) -> tuple[re.Pattern[str], int]:
    """A word of ``forward_verb_targets.txt`` or a target preposition right before the date, and how
    far back such a word and its blanks may begin. Both readings of :func:`_moved_ahead` end so, and
    most dates follow neither: this short search spares them the verbs' long look back."""
    words = [*load_list(lang, "forward_verb_targets"),
             *(r["word"] for r in load_table(lang, "date_prepositions") if r["target"] == "yes")]
    return (re.compile(rf"(?<![\w'])(?:{'|'.join(re.escape(w) for w in words)})\s{{1,3}}\Z", re.IGNORECASE),
            max(len(w) for w in words) + 3)


def _moved_ahead(text: str, s_start: int, start: int, lang: str) -> bool:
    """A date after "until"/"to" that a postponing verb governs is its new, later target; so is
    one right after such a verb and "for" ("rescheduled for 4 October"); the old day's own words
    may stand between "from" and the day ("from its original date June 5 to June 12", old_dates.py)."""
    lead, reach = _moved_lead(lang)
    if lead.search(text, max(s_start, start - reach), start) is None:
        moved = old_date_start(text, s_start, start)
        if moved == start or lead.search(text, max(s_start, moved - reach), moved) is None:
            return False        # (no old-date phrase: the same search again would find nothing)
        start = moved
    if _verb_targets(lang).search(text, max(s_start, start - _MOVE_LOOKBACK), start) is not None:
        return True
    target = _gaps(lang).target.search(text, max(s_start, start - 8), start)
    if target is None:
        return False
    return _forward_verbs(lang).search(text, max(s_start, target.start() - _MOVE_LOOKBACK), target.start()) is not None


_FIRM_LOOKBACK = 48


def firm_past(text: str, start: int, lang: str = "en") -> bool:
    """A past verb right before the date governs it for sure ("was held on 3 March").

    A past tense elsewhere in the sentence may be the report's, not the dated event's
    ("extended its offer until Nov. 9"), so the resolver lets a near upcoming date win
    over one most of a year back; a date right after its past verb, or one opening the
    sentence whose verb is past, does not yield.
    """
    if compared_figure_before(text, 0, start, lang):
        return True         # a figure's month measured against: no report's past (compared_figures.py)
    start = _before_part_of_day_frame(text, start, lang)
    offset = max(0, start - _FIRM_LOOKBACK)
    window = text[offset:start]
    gaps = _gaps(lang)
    if gaps.opening.search(("\n" if offset == 0 else "") + window):
        return True
    found = _scored(window, lang)
    if any(tense == "past" and gaps.firm.match(window, c_end) for _, c_end, tense, _, _ in found):
        return True
    return _governs_across(window, found, lang)


_FRAME_LOOKBACK = 40


@lru_cache(maxsize=None)
def _part_of_day_frame(lang: str) -> re.Pattern[str]:
    """A part of the day in its frame (``part_of_day_frames.tsv`` before it, a ``pod_day`` word of
    ``connectors.tsv``, the words that join a part of the day to its date, after it), ending where
    the date starts."""
    parts = "|".join(re.escape(w) for w in vocabulary(lang).parts_of_day)
    links = "|".join(re.escape(r["word"]) for r in load_table(lang, "connectors") if r["role"] == "pod_day")
    frames = "|".join(rf"{re.escape(r['before'])}\s{{1,3}}(?:{parts})\s{{1,3}}(?:{links})"
                      for r in load_table(lang, "part_of_day_frames"))
    return re.compile(rf"(?<![\w'])(?:{frames})\s{{1,3}}\Z", re.IGNORECASE)


def _before_part_of_day_frame(text: str, start: int, lang: str) -> int:
    """Where a date's phrase starts when a part of the day frames it ("on the morning of January 3",
    TimeML's TIMEX3 being "January 3"): the verb before the frame governs the date."""
    frame = _part_of_day_frame(lang).search(text, max(0, start - _FRAME_LOOKBACK), start)
    return frame.start() if frame else start


_ACROSS_WORDS = 4   # words an object or adverb may take between a past verb and its date


def _governs_across(window: str, found: list[tuple[int, int, str, int, bool]], lang: str) -> bool:
    """The last verb before the date is past and only its object or an adverb stands
    between ("held steady in January", "sold its stake in January"): it governs the
    date as surely as one right before it. A comma, clause mark, other verb or
    preposition between ("said in an editorial on ...") leaves the date to another
    phrase, and a date after "until"/"by" may be a target the past only reports; after a
    verb of saying (``reporting_verbs.txt``) the words between are another clause. A
    preposition opening a place's name ("snowed in Boston on January 3") says where: it
    stays inside the verb's phrase as an object's does."""
    opener = _gaps(lang).leading.search(window)
    if opener is None or not found:
        return False
    c_start, c_end, tense, _, _ = max(found)
    between = window[c_end:opener.start()]
    if tense != "past" or c_end > opener.start() or _CLAUSE_BREAK.search(between) \
            or _key(window[c_start:c_end]) in reporting_verbs(lang):
        return False
    words = between.split()
    inner = _object_prepositions(lang)
    places = _place_prepositions(lang)
    figures = _figure_prepositions(lang)
    kept = [norm(w) in inner
            or n + 1 < len(words) and (norm(w) in places and words[n + 1][:1].isupper()
                                       or norm(w) in figures and _figure(words, n + 1, lang))
            for n, w in enumerate(words)]
    return 0 < len(words) <= _ACROSS_WORDS + 2 * sum(kept) \
        and not _words(between, lang)[1] \
        and not any(norm(w) in _gaps(lang).prepositions and not k for w, k in zip(words, kept))


@lru_cache(maxsize=None)
def _object_prepositions(lang: str) -> frozenset[str]:
    """Prepositions that stay inside the object they follow ("held talks with the envoys on 28
    February", "took control of the port on 3 March", ``object_prepositions.txt``): each lets
    two more words of the object stand between the past verb and its date."""
    return frozenset(norm(w) for w in load_list(lang, "object_prepositions"))


@lru_cache(maxsize=None)
def _figure_prepositions(lang: str) -> frozenset[str]:
    """Prepositions that lead a figure inside the verb's phrase ("rose to 5.3 percent in December",
    ``figure_prepositions.txt``): before a number or a currency sign each lets two more words stand
    between the past verb and its date, as an object's preposition does."""
    return frozenset(norm(w) for w in load_list(lang, "figure_prepositions"))


@lru_cache(maxsize=None)
def _meridiem_marks(lang: str) -> dict[str, int | None]:
    """The marks of a clock's half of the day, lower case without dots, each to the one hour it
    follows or None for any hour (``meridiems.tsv``: "m.n." follows twelve only, so "5 mn" is a figure)."""
    return {norm(row["mark"]): int(row["only_after"]) if row.get("only_after") else None
            for row in load_table(lang, "meridiems")}


def _clock_mark(mark: str, hour: str, lang: str) -> bool:
    """Whether ``mark`` (as written, dots and all) tells the half of the day of ``hour``."""
    marks = _meridiem_marks(lang)
    key = norm(mark.replace(".", ""))
    return key in marks and marks[key] in (None, int(hour))


_HOUR_FIGURE = re.compile(r"(?P<h>\d{1,2})(?:[:.]\d\d)?(?P<rest>[A-Za-z.]{0,4})\Z")   # "10", "10:30", "3pm", "7a.m."


def _figure(words: list[str], n: int, lang: str) -> bool:
    """Whether words[n] opens a figure: a digit or a currency sign ("$21", "\u20ac5bn") that is no
    clock ("moved to 10 a.m. on Monday", "postponed to 3pm", "to 10:30": a time the verb set; the
    marks of the half of the day from ``meridiems.tsv``)."""
    word = words[n]
    if not (word[:1].isdecimal() or unicodedata.category(word[:1]) == "Sc"):
        return False
    hour = _HOUR_FIGURE.match(word)
    if hour is None:
        return True
    if ":" in word or _clock_mark(hour.group("rest"), hour.group("h"), lang):
        return False
    return hour.group("rest") != "" or n + 1 >= len(words) or not _clock_mark(words[n + 1], hour.group("h"), lang)


@lru_cache(maxsize=None)
def _place_prepositions(lang: str) -> frozenset[str]:
    """Prepositions that open a place's name ("snowed in Boston on January 3",
    ``place_prepositions.txt``): before a capitalised word each lets two more words stand
    between the past verb and its date, as an object's preposition does."""
    return frozenset(norm(w) for w in load_list(lang, "place_prepositions"))


def past_form(word: str, lang: str = "en") -> bool:
    """A lower-case past form, regular ("elected", found as _participles finds one) or irregular
    (``irregular_past.txt``: "became", "won"): a verb, where a noun or an adjective is none."""
    ending = _ED_ENDING.search(word)
    if ending is not None:         # the lookahead lets only a final ending match
        return _PARTICIPLE_STEM.fullmatch(word, 0, ending.start()) is not None
    return norm(word) in _irregular_past(lang)


@lru_cache(maxsize=None)
def _irregular_past(lang: str) -> frozenset[str]:
    return frozenset(norm(w) for w in load_list(lang, "irregular_past"))


@lru_cache(maxsize=None)
def reporting_verbs(lang: str) -> frozenset[str]:
    """The verbs of saying (``reporting_verbs.txt``): what follows one may be another clause."""
    return frozenset(norm(word) for word in load_list(lang, "reporting_verbs"))


_CLAUSE_BREAK = re.compile(r"[,;:()\"\u201c\u201d\u2014\u2013]")
