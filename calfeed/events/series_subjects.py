"""Series whose clause names no event noun but says what recurs in other words: a venue that
"opens late" on the series' days ("On the first Tuesday of each month, the museum opens late
(6-9pm, last entry 8pm)" -> "Museum late opening", 18:00-21:00), or a programme's name opening
the sentence before "held on" the series ("Friday Lates, held on the last Friday of the month
(except December), comprise ..." -> "Friday Lates"), or a group a bulletin board names before
the clock of its series ("Art therapy support group, 5:30 p.m. second Wednesday of the month")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import event_nouns, list_alternation, verb_nominals, word_list
from calfeed.model import Timex

MAX_CLOCK_GAP = 4        # characters between the cue and its clock ("opens late (6-9pm")
MAX_NAME_WORDS = 5
MAX_GAP_WORDS = 14      # words between a first-person verb and its series ("in the hall from 2 to 4pm")
MAX_SEGMENT_WORDS = 7    # one comma-part of a listed group's name ("Big Sioux Chapter Support Group")


@dataclass(frozen=True)
class SeriesSubject:
    title: str
    clock: Timex | None     # the hours the clause gives the series ("(6-9pm")


@lru_cache(maxsize=None)
def _late_cue() -> re.Pattern[str]:
    body = list_alternation("late_opening_cues", r"\s+")
    return re.compile(rf"\b(?:{list_alternation('late_cue_determiners')})\s+(?P<noun>[a-z]+)\s+(?:{body})\b",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _held_name() -> re.Pattern[str]:
    """"Friday Lates, held on ...", "Committee of the Whole is typically held on ...", "Council,
    usually held on ...": a name opening the sentence (capitalised words, small linking words
    between them), at most a present "is"/"are" and a habit's adverb, then the participle."""
    verbs = list_alternation("name_held_verbs")
    links = list_alternation("name_links")
    word = r"[A-Z][\w'’-]*"
    name = rf"{word}(?:[^\S\n](?:(?:{links})[^\S\n]){{0,2}}{word}){{0,{MAX_NAME_WORDS - 1}}}"
    return re.compile(rf"(?P<name>{name}),?[^\S\n]+(?:(?:{list_alternation('held_name_copulas')})[^\S\n]+)?"
                      rf"(?:(?:{list_alternation('habitual_hedges')}),?[^\S\n]+)?"
                      rf"(?:{verbs})[^\S\n]+(?:{list_alternation('held_name_day_leads')})[^\S\n]+\Z")


@lru_cache(maxsize=None)
def _named_copula() -> re.Pattern[str]:
    """"Baby Club (ages 0-2) is every Friday": a name, at most a bracketed aside, a present verb
    of being or running, and the series right after (its "every" is the series' own word)."""
    verbs = list_alternation("series_name_copulas")
    name = rf"[A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*){{0,{MAX_NAME_WORDS - 1}}}"
    return re.compile(rf"(?P<name>{name})(?:[^\S\n]*\([^()\n]*\))?,?[^\S\n]+(?:{verbs})"
                      rf"(?:[^\S\n]+(?:{list_alternation('named_copula_day_leads')}))?[^\S\n]*\Z")


@lru_cache(maxsize=None)
def _hosted_pronoun() -> re.Pattern[str]:
    verbs, objects = list_alternation("series_host_verbs"), list_alternation("series_pronoun_objects")
    leads = list_alternation("series_day_leads")
    return re.compile(rf"(?<![\w'’])(?:{verbs})[^\S\n]+(?:{objects})(?:[^\S\n]+(?:{leads}))?[^\S\n]*\Z",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _named_verb() -> re.Pattern[str]:
    """A name opening the sentence ("LEGO Time", "The craft fair", "Toddler Group"), at most a
    bracketed aside, and a present verb of being or running; what follows is read as its gap."""
    verbs = list_alternation("series_name_copulas")
    word = r"[A-Za-z][\w'’&-]*"
    return re.compile(rf"(?P<name>{word}(?:[^\S\n]{word}){{0,{MAX_NAME_WORDS - 1}}}?)(?:[^\S\n]*\([^()\n]*\))?,?"
                      rf"[^\S\n]+(?:{verbs})\b(?P<gap>[^\n]*)\Z")


def _names_an_occasion(name: str) -> str | None:
    """The name, without its article, when it names something held: two or more capitalised words
    ("LEGO Time", "Friday Friends") or an event or group noun at its end ("The craft fair",
    "the chess club"); None for a lone capital word or a thing ("Parking", "The library")."""
    words = name.split()
    if words and words[0].lower() in word_list("articles"):
        words = words[1:]
    if not words:
        return None
    nouns = event_nouns()
    held = any(tuple(w.lower() for w in words[k:]) in nouns for k in range(len(words)))
    if held or words[-1].lower() in word_list("group_nouns"):
        return " ".join(words)[:1].upper() + " ".join(words)[1:]
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return " ".join(words)
    return None


def _spaced_name(lead: str) -> str | None:
    """"LEGO Time runs all year on Thursdays", "The craft fair is held in the square every first
    Saturday": a name opening the sentence and its verb of being or running, the series further on
    with only its place, rate or stretch between ("all year", "in the square", "weekly"). A closing
    or a negation there ("is closed on Mondays", "is not held on ...") says it does not happen."""
    found = _named_verb().match(lead)
    if found is None or not _gap_clear(found.group("gap")):
        return None
    if any(w.strip(",()").lower() in word_list("series_gap_vetoes") for w in found.group("gap").split()):
        return None
    return _names_an_occasion(found.group("name"))


def hosted_pronoun_series(text: str, sentence: tuple[int, int], series: Timex) -> bool:
    """"The café holds them on the second Saturday of every month": a host's verb and a pronoun
    right before the series; what recurs is the event the page is about, not the host."""
    return _hosted_pronoun().search(text, sentence[0], series.start) is not None


_SEGMENT = re.compile(r"[A-Z][\w'’/&.-]*(?:[^\S\n][\w'’/&.-]+)*")


def _listed_group(text: str, sentence: tuple[int, int], series: Timex, ordered: list[Timex]) -> str | None:
    """"Art therapy support group, 5:30 p.m. second Wednesday of the month at ...": a sentence led by a
    verbless name (comma-parts, one with a group noun) before its first timed series names the group;
    later series of the sentence ("...; Morningside Lutheran Church, 2 p.m., second Tuesday") are its too."""
    if "T" not in series.value:
        return None
    first = next((t for t in ordered if sentence[0] <= t.start < sentence[1]), None)
    if first is None or first.type != "SET" or "T" not in first.value:
        return None
    head = text[sentence[0]:first.start].strip(" \t\n•*-")
    if not head.endswith(","):
        return None
    parts = [p.strip() for p in head[:-1].split(",")]
    nouns = word_list("group_nouns")
    named = 0
    for at, part in enumerate(parts):
        if not _SEGMENT.fullmatch(part) or len(part.split()) > MAX_SEGMENT_WORDS:
            return None
        if any(w.strip(".").lower() in nouns for w in part.split()):
            named = at + 1
    return ", ".join(parts[:named]) if named else None


@lru_cache(maxsize=None)
def _first_person() -> re.Pattern[str]:
    body, hedges = list_alternation("first_person_subjects"), list_alternation("habitual_hedges")
    # "We meet, usually on the first Tuesday": a hedge may stand between the verb and the series
    return re.compile(rf"(?<![\w'’])(?:{body})[^\S\n]+(?P<verb>[a-z]+)(?:,?[^\S\n]+(?:{hedges}))?,?"
                      rf"(?:[^\S\n]+(?:{list_alternation('series_day_leads')}))?[^\S\n]*\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _first_person_verb() -> re.Pattern[str]:
    """A first-person subject (or a group noun and "who"/"that") and the word after it, anywhere."""
    body, groups = list_alternation("first_person_subjects"), list_alternation("group_nouns")
    relatives = list_alternation("group_relative_marks")
    return re.compile(rf"(?<![\w'’])(?:(?:{body})|(?:{groups})[^\S\n]+(?:{relatives}))[^\S\n]+(?P<verb>[a-z]+)\b",
                      re.IGNORECASE)


def _gap_clear(gap: str) -> bool:
    """Words between a first-person verb and its series that stay in the verb's clause ("in the
    church hall from 10am to 4pm", "once a month"): short, no blank line, no word that opens
    another clause ("and", "but", "which", "if", ...)."""
    words = [w.strip(",()").lower() for w in gap.split()]
    return (len(words) <= MAX_GAP_WORDS and "\n\n" not in gap
            and not any(w in word_list("series_gap_stops") for w in words))


def first_person_series(text: str, sentence: tuple[int, int], series: Timex) -> tuple[str, str] | None:
    """"We meet on the 1st and 3rd Saturdays": a club writing of its own series, no name in the
    sentence; the noun and kind its verb implies ("meeting"), None otherwise. Its place, hours or
    rate may stand between the verb and the series ("We meet in the church hall from 10am to 4pm
    on the 3rd Saturday", "We meet once a month on the second Tuesday", "a small group who meet on
    ..."); a condition before the subject ("If we meet on ...") says no series is kept."""
    found = _first_person().search(text, sentence[0], series.start)
    if found is None:
        last = None
        for last in _first_person_verb().finditer(text, sentence[0], series.start):
            pass
        if last is None or not _gap_clear(text[last.end():series.start]):
            return None
        found = last
    lead = text[sentence[0]:found.start()].lower().replace(",", " ").split()
    if any(w in word_list("condition_marks") for w in lead):
        return None
    verb = verb_nominals().get(found.group("verb").lower())
    if verb is None or verb.style != "subject":
        return None
    return verb.noun, verb.kind


def club_name(title: str | None, first_line: str) -> str | None:
    """The page's title (else its first line) when it names a group ("Riverside Chess Club"):
    whose series a first-person schedule is."""
    line = " ".join((title or first_line).split()).strip(" #*_")
    words = line.split()
    nouns = word_list("group_nouns") - word_list("group_gathering_nouns")
    if not words or len(words) > MAX_NAME_WORDS + 3 or not words[0][:1].isupper():
        return None
    return line if any(w.lower().strip(".,:") in nouns for w in words) else None


def series_subject(text: str, sentence: tuple[int, int], series: Timex, ordered: list[Timex]) -> SeriesSubject | None:
    """What recurs on ``series``'s days, when its sentence says it so; None otherwise."""
    group = _listed_group(text, sentence, series, ordered)
    if group is not None:
        return SeriesSubject(group, None)
    lead = text[sentence[0]:series.start].lstrip(" \t\n•*-")
    held = _held_name().match(lead) or _named_copula().fullmatch(lead)
    if held is not None:
        return SeriesSubject(held.group("name"), None)
    spaced = _spaced_name(lead)
    if spaced is not None:
        return SeriesSubject(spaced, None)
    late = _late_cue().search(text, series.end, sentence[1])
    if late is None or text[series.end:late.start()].strip(" ,") != "":
        return None
    noun = late.group("noun")
    clock = next((t for t in ordered if t.type == "TIME" and date_not_written(t)
                  and late.end() <= t.start <= late.end() + MAX_CLOCK_GAP), None)
    return SeriesSubject(f"{noun.capitalize()} late opening", clock)


_BRACKETED_TAIL = re.compile(r"\s*(?:\([^()\n]*\))?\s*[.;]?\s*")


def subjectless_series(text: str, sentence: tuple[int, int], series: Timex) -> bool:
    """A line that is only its series ("Usually on First and Fourth Sundays at 7 PM Central
    Time (8 Eastern, ...).") under a page that names what it holds ("Webinars"): no subject,
    no verb, nothing after it but a bracketed note; what recurs is the page's event."""
    lead = text[sentence[0]:series.start].lower().split()
    if any(w.strip(",") not in word_list("series_line_leads") for w in lead):
        return False
    return _BRACKETED_TAIL.fullmatch(text, series.end, sentence[1]) is not None


MAX_SERIES_LINE_WORDS = 10    # a series' own line ("Every Wednesday on YouTube"), not a sentence of prose
MAX_NAME_LINE_WORDS = 6       # the name line above it ("Babytime & Toddlertime")
LINES_UP = 4                  # lines looked at above the series' line (blank and date lines skipped)


def series_line_name(text: str, series: Timex, dates) -> str | None:
    """"Storytime" / "Dec 1 all-day" / "Every Wednesday on YouTube": a short line that opens with its
    series (only series_line_leads before it) under a listing's name line, past blank lines and lines
    that hold a date; the name line (short, capitalised, no stop or colon at its end), None otherwise."""
    line_start = text.rfind("\n", 0, series.start) + 1
    line_end = text.find("\n", series.end)
    line_end = len(text) if line_end < 0 else line_end
    if len(text[line_start:line_end].split()) > MAX_SERIES_LINE_WORDS:
        return None
    if any(w.strip(",").lower() not in word_list("series_line_leads") for w in text[line_start:series.start].split()):
        return None
    end = line_start - 1
    for _ in range(LINES_UP):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip(" \t•*-#")
        dated = any(t.type != "DURATION" for t in dates.within((start, end)))
        end = start - 1
        if not line or dated:
            continue
        words = line.split()
        if (len(words) > MAX_NAME_LINE_WORDS or not words[0][:1].isupper() or line[-1] in ".:;!?,"
                or not any(ch.isalpha() for ch in line)):
            return None
        return line
    return None
