"""The events stage's word lists, read from ``calfeed/events/resources/``.

What counts as an event noun, a deadline cue or a place is language knowledge, so it
lives in data files (``<name>.<lang>.txt`` lists and ``<name>.<lang>.tsv`` tables, same
shapes as the timex resources) and a new language is a new set of files. The folder is
flat because the package data is shipped as ``events/resources/*``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from calfeed.tables import read_list, read_table

RESOURCES = Path(__file__).with_name("resources")


@lru_cache(maxsize=None)
def word_list(name: str, lang: str = "en") -> frozenset[str]:
    return frozenset(word.lower() for word in read_list(RESOURCES / f"{name}.{lang}.txt"))


@lru_cache(maxsize=None)
def ending_tuple(name: str, lang: str = "en") -> tuple[str, ...]:
    """A list of word endings ("ing") as the tuple ``str.endswith`` takes, longest first."""
    return tuple(sorted(word_list(name, lang), key=lambda ending: (-len(ending), ending)))


@lru_cache(maxsize=None)
def list_alternation(name: str, blank: str = r"[^\S\n]+", lang: str = "en") -> str:
    """A list's entries as the body of a regex alternation, the longest first (where one entry
    begins another, the fuller one is tried), each space inside an entry written as ``blank``."""
    entries = sorted(word_list(name, lang), key=lambda entry: (-len(entry), entry))
    return "|".join(blank.join(map(re.escape, entry.split())) for entry in entries)


DAY_VETO_LISTS = ("condition_marks", "hedging_modals", "habitual_hedges", "plain_day_hedges")
"""The lists whose words keep a day in a sentence from being a plain statement of when: a
condition, a hedge, a habit. The sentence readers add "negations" unless they read it apart."""


@lru_cache(maxsize=None)
def merged_lists(names: tuple[str, ...], lang: str = "en") -> frozenset[str]:
    """The words of several lists as one set, merged once: the readers ask for every word."""
    return frozenset().union(*(word_list(name, lang) for name in names))


ITEM_HEADER_LISTS = ("table_title_headers", "table_place_headers", "table_speaker_headers")
"""The lists of words that head a listing's column naming what an item is, where or who (not its
date nor its time): a line holding one beside a date column's word is a table's header."""
HEADER_LISTS = ("date_header_words", "time_header_words") + ITEM_HEADER_LISTS
"""Every list of words that heads a listing's column ("Wards Venue Dates Time")."""


@lru_cache(maxsize=None)
def table(name: str, lang: str = "en") -> tuple[dict[str, str], ...]:
    return read_table(RESOURCES / f"{name}.{lang}.tsv")


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    role: str          # deadline | opening | forward | not_event
    place: str         # before | clause
    strong: bool


@dataclass(frozen=True)
class VerbNominal:
    noun: str
    style: str         # subject | of_subject
    kind: str
    object: str = "-"  # of | a preposition | -: what after an active verb names the entry
    after: frozenset[str] = frozenset()   # words one of which must stand right before it ("be closed")
    then: tuple[tuple[str, ...], ...] = ()   # word runs one of which must follow it ("out" + "of service")

    def followed(self, lowered: list[str], index: int) -> bool:
        """Whether the verb at ``index`` of the lowered words is followed as its ``then`` asks (always
        when it asks nothing): "be out of service" is an outage, "the results will be out" is none."""
        return not self.then or any(tuple(lowered[index + 1:index + 1 + len(run)]) == run for run in self.then)


@lru_cache(maxsize=None)
def event_nouns(lang: str = "en") -> dict[tuple[str, ...], str]:
    """Event noun phrases (as word tuples) to their calendar kind."""
    return {tuple(row["phrase"].lower().split()): row["kind"] for row in table("event_nouns", lang)}


@lru_cache(maxsize=None)
def plural_nouns(lang: str = "en") -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(row["phrase"].lower().split()) for row in table("event_nouns", lang)
                     if row.get("number") == "plural")


@lru_cache(maxsize=None)
def singular_nouns(lang: str = "en") -> dict[tuple[str, ...], str]:
    """Plural event nouns with their singular ("sessions" -> "session")."""
    return {tuple(row["phrase"].lower().split()): row["singular"] for row in table("event_nouns", lang)
            if row.get("number") == "plural" and row.get("singular")}


def singular_word(word: str, lang: str = "en") -> str:
    """One word's singular when it is a plural event noun ("concerts" -> "concert"), else the word."""
    return singular_nouns(lang).get((word,), word)


@lru_cache(maxsize=None)
def longest_noun(lang: str = "en") -> int:
    return max(len(words) for words in event_nouns(lang))


@lru_cache(maxsize=None)
def cues(lang: str = "en") -> tuple[Cue, ...]:
    """The cue table's rows, then each handing-in participle before each word that ends its
    window ("submitted through", "lodged thru"): what is handed in up to a day is due then."""
    written = tuple(
        Cue(tuple(row["cue"].lower().split()), row["role"], row["place"], row["strength"] == "strong")
        for row in table("cues", lang)
    )
    known = {cue.words for cue in written}
    handed = tuple(
        Cue((verb, end), "deadline", "before", True)
        for verb in sorted(word_list("handing_in_verbs", lang)) for end in sorted(word_list("handed_in_ends", lang))
        if (verb, end) not in known
    )
    return written + handed


@lru_cache(maxsize=None)
def _all_verb_nominals(lang: str = "en") -> dict[str, VerbNominal]:
    return {row["verb"].lower(): VerbNominal(row["noun"], row["style"], row["kind"], row.get("object") or "-",
                                             frozenset((row.get("after") or "").split("|")) - {""},
                                             tuple(tuple(run.lower().split()) for run in (row.get("then") or "").split("|")
                                                   if run.strip()))
            for row in table("verb_nominals", lang)}


@lru_cache(maxsize=None)
def verb_nominals(lang: str = "en") -> dict[str, VerbNominal]:
    """The verb_nominals rows that ask for no words after the verb: a verb of these is a verb wherever
    it stands (the phrase readers stop at it)."""
    return {verb: row for verb, row in _all_verb_nominals(lang).items() if not row.then}


@lru_cache(maxsize=None)
def phrased_verb_nominals(lang: str = "en") -> dict[str, VerbNominal]:
    """The verb_nominals rows that ask for words after the verb ("out" + "of service"): only
    mentions.verb_nominal reads them, with those words, so "out of hours service" stays one name."""
    return {verb: row for verb, row in _all_verb_nominals(lang).items() if row.then}


@lru_cache(maxsize=None)
def act_nominals(lang: str = "en") -> dict[str, VerbNominal]:
    """verb_nominals and the announced acts whose word is also a name's noun (act_nominals:
    "table", "sign"), which the verb readers take only after "will", "shall" or "to"."""
    return {**verb_nominals(lang),
            **{row["verb"].lower(): VerbNominal(row["noun"], row["style"], row["kind"], row.get("object") or "-",
                                                frozenset((row.get("after") or "").split("|")) - {""})
               for row in table("act_nominals", lang)}}


@lru_cache(maxsize=None)
def title_words(lang: str = "en") -> dict[str, str]:
    return {row["key"]: row["value"] for row in table("titles", lang)}


@lru_cache(maxsize=None)
def place_overrides(lang: str = "en") -> dict[str, str | None]:
    """Place name to IANA zone; ``None`` marks a name that must not be read as a place. Known
    venues whose names hold no town ("Marvel Stadium": ``venue_zones``) are such names too."""
    return {row["name"]: (None if row["timezone"] == "-" else row["timezone"])
            for name in ("places", "venue_zones") for row in table(name, lang)}


@lru_cache(maxsize=None)
def name_abbreviations(lang: str = "en") -> dict[str, str]:
    """A place name's short first word (lower case, no full stop) to the word it stands for
    (``name_abbreviations``: "st" for "saint"): the gazetteer spells such towns either way."""
    return {row["short"]: row["full"] for row in table("name_abbreviations", lang)}


@lru_cache(maxsize=None)
def venue_zones(lang: str = "en") -> dict[str, str]:
    """Known venue name to IANA zone (``venue_zones``): "Marvel Stadium", whose name holds no town."""
    return {row["name"]: row["timezone"] for row in table("venue_zones", lang)}


@lru_cache(maxsize=None)
def milestone_verbs(lang: str = "en") -> dict[tuple[str, ...], tuple[str, str]]:
    """Verb phrases (as word tuples) to the entry's title words and kind."""
    return {tuple(row["phrase"].lower().split()): (row["title"], row["kind"]) for row in table("milestone_verbs", lang)}


@lru_cache(maxsize=None)
def short_names(lang: str = "en") -> dict[str, str]:
    """A short name to the words it stands for ("agm" -> "annual general meeting")."""
    return {row["short"]: row["words"] for row in table("short_names", lang)}


@lru_cache(maxsize=None)
def milestone_verbs_by_first(lang: str = "en") -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, str]], ...]]:
    """The milestone verb phrases grouped by their first word, in table order within a group."""
    groups: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = {}
    for phrase, entry in milestone_verbs(lang).items():
        groups.setdefault(phrase[0], []).append((phrase, entry))
    return {word: tuple(group) for word, group in groups.items()}


@lru_cache(maxsize=None)
def phrase_list(name: str, lang: str = "en") -> tuple[tuple[str, ...], ...]:
    """A word list whose entries may be several words ("invited to"), as word tuples, the longest
    first: where one entry begins (or ends) another ("in", "in spite of"), the first that matches
    is the fuller one, the same in every run (a set's order changes with the process's hash seed)."""
    return _longest_first(word_list(name, lang))


@lru_cache(maxsize=None)
def merged_phrase_list(names: tuple[str, ...], lang: str = "en") -> tuple[tuple[str, ...], ...]:
    """The entries of several phrase lists as one, as :func:`phrase_list` gives them."""
    return _longest_first(merged_lists(names, lang))


def _longest_first(entries: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(entry.split()) for entry in entries), key=lambda words: (-len(words), words)))


def find_phrase(lowered: list[str], phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """Index of the first word of the first listed phrase found in ``lowered``, or None."""
    return next((index for index, _ in phrase_matches(lowered, phrases)), None)


def phrase_matches(lowered: list[str], phrases: tuple[tuple[str, ...], ...]
                   ) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(index, phrase) of each listed phrase found in ``lowered``, by index and then in the list's
    order. Each word is looked up once among the phrases it opens: trying every phrase at every
    word cost a long sentence its length times the list's."""
    by_first = _by_first_word(phrases)
    for index, word in enumerate(lowered):
        for phrase in by_first.get(word, ()):
            if tuple(lowered[index:index + len(phrase)]) == phrase:
                yield index, phrase


def phrase_at(lowered: list[str], index: int, phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The first listed phrase that starts at ``lowered[index]``, or None (looked up among the
    phrases that word opens, as :func:`phrase_matches` does)."""
    if not 0 <= index < len(lowered):
        return None
    return next((phrase for phrase in _by_first_word(phrases).get(lowered[index], ())
                 if tuple(lowered[index:index + len(phrase)]) == phrase), None)


def ending_phrase(lowered: Sequence[str], phrases: Sequence[tuple[str, ...]], end: int | None = None,
                  leaving: int = 0) -> tuple[str, ...] | None:
    """The first listed phrase that ``lowered`` (up to word ``end``, all of it when None) ends with
    ("became official" before a day's "on"), or None. ``leaving``: the words that must stand before
    the phrase (1: a title the phrase ends but does not make up, "Programme" of "Spring Programme")."""
    stop = len(lowered) if end is None else end
    return next((phrase for phrase in phrases
                 if 0 < len(phrase) <= stop - leaving and tuple(lowered[stop - len(phrase):stop]) == phrase), None)


def find_phrase_past_hedges(lowered: list[str], phrases: tuple[tuple[str, ...], ...],
                            hedges: frozenset[str] | None = None,
                            asides: tuple[tuple[str, ...], ...] = ()) -> int | None:
    """``find_phrase`` with a one-word habit's adverb inside the phrase passed over ("are usually
    held", "generally are held" read as "are held"), or the adverbs of ``hedges`` when given, and
    the phrases of ``asides`` wherever they stand ("runs this year from" read as "runs from"):
    the index is of the phrase's first word."""
    hedges = _one_word_hedges() if hedges is None else hedges
    aside = _aside_words(lowered, asides) if asides else frozenset()
    kept = [k for k, w in enumerate(lowered) if w not in hedges and k not in aside]
    at = find_phrase([lowered[k] for k in kept], phrases)
    return None if at is None else kept[at]


def _aside_words(lowered: list[str], asides: tuple[tuple[str, ...], ...]) -> frozenset[int]:
    """The indexes of the words of each of ``asides`` (phrases, the longest first) found in ``lowered``."""
    held: set[int] = set()
    for k in range(len(lowered)):
        if k in held:
            continue
        found = phrase_at(lowered, k, asides)
        if found is not None:
            held.update(range(k, k + len(found)))
    return frozenset(held)


@lru_cache(maxsize=None)
def _one_word_hedges() -> frozenset[str]:
    return frozenset(h for h in word_list("habitual_hedges") if " " not in h)


@lru_cache(maxsize=256)
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` grouped by their first word (each word of a clause is looked up once)."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            groups.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in groups.items()}


@lru_cache(maxsize=None)
def cue_idioms(lang: str = "en") -> dict[tuple[str, ...], str]:
    """Set phrases holding a cue word that are no cue ("due diligence"), to their sort."""
    return {tuple(row["phrase"].lower().split()): row["sort"] for row in table("cue_idioms", lang)}


@lru_cache(maxsize=None)
def _idiom_openers(lang: str = "en") -> frozenset[str]:
    return frozenset(phrase[0] for phrase in cue_idioms(lang))


def idiom_at(lowered: list[str], index: int) -> tuple[int, str] | None:
    """Length and sort of the cue idiom starting at ``lowered[index]``, if one does."""
    if lowered[index] not in _idiom_openers():
        return None
    for phrase, sort in cue_idioms().items():
        if tuple(lowered[index:index + len(phrase)]) == phrase:
            return len(phrase), sort
    return None


def without_idioms(lowered: list[str]) -> list[str]:
    """``lowered`` with the words of cue idioms blanked, so no cue is found inside one."""
    out = list(lowered)
    index = 0
    while index < len(out):
        found = idiom_at(lowered, index)
        if found is None:
            index += 1
            continue
        out[index:index + found[0]] = [""] * found[0]
        index += found[0]
    return out


@lru_cache(maxsize=None)
def part_words(lang: str = "en") -> dict[str, str]:
    """Words before "[of] the <event>" that name a part of it, to the part's title."""
    return {row["word"].lower(): row["title"] for row in table("part_words", lang)}


@lru_cache(maxsize=None)
def part_ends(lang: str = "en") -> dict[str, str]:
    """A part's title to the end of its event it names ("Opening": start, "Closing": end)."""
    return {row["title"]: row["part"] for row in table("part_words", lang)}


@lru_cache(maxsize=None)
def publisher_titles(lang: str = "en") -> dict[str, str]:
    """A milestone verb's title to the title it gives when the page's publisher is its subject."""
    return {row["milestone"]: row["title"] for row in table("publisher_titles", lang)}
