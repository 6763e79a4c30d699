"""A stretch whose start and end are told in different sentences: "The cider fair opens at 11am
on Saturday. The cider party runs through Sept. 28 in the barns." / "It starts on 3 April 2031.
... The lantern tour will finish in the capital on June 20" / "with the frost notice in force
since 5am. It is to stay in place until 2am on Sunday."

The tagger reads two dates; read apart, the second is a one-day entry on the last day (or a
deadline), and the stretch the page tells is lost. When a sentence opens with a short subject
(told_end_subject_openers: "It", "The ...") and says it goes on to a day (told_end_leads: "runs
through", "is to stay in place until", "will finish", a place allowed before the day: "in the
capital on"), and one of the MAX_SENTENCES sentences before it dates a start (a start word,
told_start_words, in its sentence before the date: "opens", "starts", "since"), the second date
becomes a range from that start to it: from the start's clock to the end's when both are clocks,
else from the start's day to the end's day. The start keeps its own entry (the bell-ringing at
11am is an occasion of its own), unless the end's subject is only a pronoun (told_end_pronouns:
"It remains in effect until 6 am on Monday", "It is to stay in place until 2am"): then it is
the start's own thing, and the start's entry is the stretch. The sentences must be of one
paragraph run (no heading line between, no blank line).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import islice

from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.model import Document, Event, Interval, SourceRef, Timex
from calfeed.text import Sentences

MAX_SENTENCES = 3          # sentences back from the end's to the start's ("It starts on ..." / ... / "... will finish on")
MAX_SUBJECT_WORDS = 4      # "The torch relay", "It", "The autumn celebration"
MAX_PLACE_WORDS = 8        # words between the end verb and the day: "in the old river quarter of Halden on"
MAX_SPAN = timedelta(days=366)
MAX_LEAD_CHARS = 160       # characters from the sentence's start to the end's day
MAX_STARTS = 12            # dates looked back at for the start
_WORD = re.compile(r"[A-Za-z’']+")
_DAY_GRAINS = ("day", "partofday", "hour", "minute")
NAMED_AGAIN_SENTENCES = 6  # sentences back to the start when the end's subject names the start's thing again
_DAYS = re.compile(r"P(\d{1,3})D")
_LINE = re.compile(r"[^\n]*\n")
_SENTENCE_ENDS = (".", "!", "?", ".\u201d", ".\"", "\u201d", "\"")


def ends_told_later(text: str, ordered: list[Timex], sentences: Sentences,
                    folded: dict[tuple[int, int], tuple[Timex, tuple[int, int]]] | None = None) -> list[Timex]:
    """``ordered`` with each end told in a sentence of its own made a range from the start told
    a sentence or few before it. ``folded`` gets, by the start's span, each end that became its
    start's own and the bounds of its sentence (the entry quotes it too: quote_folded_ends)."""
    joined: dict[int, Timex] = {}
    gone: set[int] = set()

    def fold(start: Timex, end: Timex, ranged: Timex, sentence: tuple[int, int]) -> None:
        """The start's own entry becomes the stretch; the end's goes."""
        joined[id(start)] = replace(start, type=ranged.type, interval=ranged.interval,
                                    end_interval=ranged.end_interval, tz=ranged.tz, tz_text=ranged.tz_text)
        gone.add(id(end))
        if folded is not None:
            folded[start.start, start.end] = (end, sentence)

    dated = [t for t in ordered if _one_point(t)]
    for k, end in enumerate(dated):
        index = sentences.index_at(end.start)
        sentence = sentences.bounds[index]
        subject = _told_end(text, sentence, end)
        if subject is None:
            head = _relative_end(text, sentence, end)
            start = _opening_naming(text, dated, k, sentences, index, head) if head is not None else None
            ranged = _ranged(start, end) if start is not None else None
            if ranged is not None and _fits_told_length(ordered, sentences.bounds[index], end, ranged):
                # "On Friday 4 June the quay will stage the opening of the fair. ... Throughout the fair,
                # which will end on 20 June, ...": the fair's own entry is the stretch
                fold(start, end, ranged, sentence)
            continue
        start = _start_before(text, dated, k, sentences, index)
        if start is None:
            start = _start_before(text, dated, k, sentences, index, NAMED_AGAIN_SENTENCES)
            if start is None or not _names_start_again(text, sentences, start, subject):
                continue   # further back or over a blank line only the start's own thing, named again, ends
        if _same_subject(text, sentences.bounds[sentences.index_at(start.start)], subject):
            continue       # "The Year 9 exams will begin on ... The Year 9 exams will run until ...": settling's
        ranged = _ranged(start, end)
        if ranged is None or not _fits_told_length(ordered, sentences.bounds[index], end, ranged):
            continue
        if (len(subject) == 1 and subject[0] in word_list("told_end_pronouns")
                or _names_start_again(text, sentences, start, subject)):
            # "... shut from 9 pm on Sunday. It remains in effect until 6 am on Monday": the start's own
            # entry is the stretch, not a start beside it
            fold(start, end, ranged, sentence)
        else:
            joined[id(end)] = ranged
    return [joined.get(id(t), t) for t in ordered if id(t) not in gone] if joined else ordered


_RELATIVE = re.compile(r"([A-Za-z]+)\s*,\s*which\s+((?:[a-z]+\s+){0,2}?)([a-z]+)\s+on\s*$")
RELATIVE_REACH = 80         # characters before the end's day read for "NOUN, which will end on"
OPENING_GAP = 4             # words from the opening word to the thing it opens: "the opening of the fair"


def _relative_end(text: str, sentence: tuple[int, int], end: Timex) -> str | None:
    """The noun a relative clause right before the day says ends then ("Throughout the fair, which is to
    close on 20 June, ...": "fair"): an ending verb of told_relative_end_verbs, modals allowed
    (told_end_modals) between "which" and it; else None."""
    before = text[max(sentence[0], end.start - RELATIVE_REACH):end.start]
    found = _RELATIVE.search(before)
    if found is None or found.group(3) not in word_list("told_relative_end_verbs"):
        return None
    if any(w not in word_list("told_end_modals") for w in found.group(2).split()):
        return None
    return found.group(1).lower()


def _opening_naming(text: str, dated: list[Timex], k: int, sentences: Sentences, index: int,
                    head: str) -> Timex | None:
    """The day of the latest sentence of the few before the end's (NAMED_AGAIN_SENTENCES, across the
    blank lines between paragraphs of prose) that tells the opening of ``head`` ("will host the
    opening of the fair", "the fair opens"): a start word (told_start_words or
    told_opening_words) at most OPENING_GAP words before the noun or right after it; the one day
    that sentence writes. None when there is none, or when that sentence writes more days."""
    reach = reach_back(text, sentences, index, NAMED_AGAIN_SENTENCES)
    starts = word_list("told_start_words") | word_list("told_opening_words")

    def opened(start: Timex, own: tuple[int, int]) -> bool:
        words = [w.lower() for w in _WORD.findall(text[own[0]:own[1]])]
        return any(w == head and (starts & set(words[max(0, at - OPENING_GAP):at]) or starts & set(words[at + 1:at + 2]))
                   for at, w in enumerate(words))

    j = _latest_told(dated, k, sentences, index, reach, opened)
    if j is None:
        return None
    own_index = sentences.index_at(dated[j].start)
    same_sentence = [t for t in dated[max(0, j - 1):j + 2] if t is not dated[j] and sentences.index_at(t.start) == own_index]
    return None if same_sentence else dated[j]


def _latest_told(dated: list[Timex], k: int, sentences: Sentences, index: int, reach: int,
                 tells: Callable[[Timex, tuple[int, int]], bool]) -> int | None:
    """Where in ``dated`` the latest date before ``dated[k]`` stands whose sentence, one before
    sentence ``index`` and from ``reach`` on, ``tells`` of a start (given the date and its
    sentence's bounds); None when none of the MAX_STARTS dates before does."""
    for j in range(k - 1, max(-1, k - 1 - MAX_STARTS), -1):
        start = dated[j]
        if start.start < reach:
            return None
        own_index = sentences.index_at(start.start)
        if own_index >= index:
            return None         # a date of the end's own sentence: told_ranges reads those
        if tells(start, sentences.bounds[own_index]):
            return j
    return None


def _one_point(timex: Timex) -> bool:
    return (timex.type in ("DATE", "TIME") and timex.interval is not None and timex.end_interval is None
            and timex.interval.granularity in _DAY_GRAINS and not timex.approximate and not timex.rrule
            and not timex.problem)


def _told_end(text: str, sentence: tuple[int, int], end: Timex) -> list[str] | None:
    """The subject's words (lowered, auxiliaries left out) when the sentence opens with a short
    subject and an end lead that reaches ``end``; else None."""
    if end.start - sentence[0] > MAX_LEAD_CHARS:
        return None          # a long clause before the day: no short subject and its lead
    before = text[sentence[0]:end.start]
    if "\n" in before.strip() or re.search(r"[,;:()]", before):
        return None
    words = [w.lower() for w in _WORD.findall(before)]
    for lead in phrase_list("told_end_leads"):
        for at in range(len(words) - len(lead), 0, -1):
            if tuple(words[at:at + len(lead)]) != lead:
                continue
            rest = words[at + len(lead):]
            subject = words[:at]
            if not (subject and subject[0] in word_list("told_end_subject_openers")
                    and len(_without_modals(subject)) <= MAX_SUBJECT_WORDS):
                break
            if not rest or (rest[0] in word_list("told_end_day_links") and len(rest) == 1):
                return _without_modals(subject)
            if rest[0] in word_list("told_end_place_links") and len(rest) <= MAX_PLACE_WORDS \
                    and rest[-1] in word_list("told_end_day_links"):
                return _without_modals(subject)       # "will finish in the old river quarter of Halden on June 3"
            break
    return None


def _same_subject(text: str, sentence: tuple[int, int], subject: list[str]) -> bool:
    """Whether the start's sentence opens with the end's subject again ("The Year 9 exams will begin
    ... The Year 9 exams will run until ..."): one noun phrase told twice, which settling.extend_to_ends
    reads by its event noun."""
    if len(subject) < 2:
        return False       # "It ... It is to stay in place until ...": a pronoun names no noun to read
    opening = [m.group().lower() for m in islice(_WORD.finditer(text, sentence[0], sentence[1]), len(subject))]
    return opening == subject


def _without_modals(words: list[str]) -> list[str]:
    return [w for w in words if w not in word_list("told_end_modals")]


def _names_start_again(text: str, sentences: Sentences, start: Timex, subject: list[str]) -> bool:
    """Whether the end's subject names the start's thing again: "The two-day event concludes on the 9th"
    after "The festival will start ... from the 22nd" (a head of told_end_same_heads), or a subject whose head
    the start's sentence writes before its date ("The festival ..." after "the Harbour Festival will open on")."""
    if len(subject) < 2 or subject[0] in word_list("told_end_pronouns"):
        return False
    head = subject[-1]
    if head in word_list("told_end_same_heads"):
        return True
    own = sentences.bounds[sentences.index_at(start.start)]
    return head in {w.lower() for w in _WORD.findall(text[own[0]:start.start])}


def _fits_told_length(ordered: list[Timex], sentence: tuple[int, int], end: Timex, ranged: Timex) -> bool:
    """A length the end's sentence tells of days before its date ("The two-day event concludes on")
    must be the stretch's: a stretch of another length is no start and end of one thing."""
    for timex in ordered:
        if timex.type != "DURATION" or not sentence[0] <= timex.start < end.start:
            continue
        days = _DAYS.fullmatch(timex.value or "")
        if days is not None and ranged.interval is not None and ranged.end_interval is not None:
            told = (ranged.end_interval.start.date() - ranged.interval.start.date()).days + 1
            if told != int(days.group(1)):
                return False
    return True


def _start_before(text: str, dated: list[Timex], k: int, sentences: Sentences, index: int,
                  back: int = MAX_SENTENCES) -> Timex | None:
    """The latest date of the ``back`` sentences before the end's whose sentence has a start word
    before it, with no heading between and, at the usual reach, no blank line; None when there is none.
    The wider reach (NAMED_AGAIN_SENTENCES) crosses blank lines between paragraphs of prose (each ending
    as a sentence does), as a news story sets each sentence apart."""
    usual = back == MAX_SENTENCES
    reach = reach_back(text, sentences, index, back, paragraph=dated[k].start if usual else None, prose=not usual)
    j = _latest_told(dated, k, sentences, index, reach,
                     lambda start, own: not word_list("told_start_words").isdisjoint(
                         w.lower() for w in _WORD.findall(text[own[0]:start.start])))
    return None if j is None else dated[j]


def reach_back(text: str, sentences: Sentences, index: int, back: int, paragraph: int | None = None,
               prose: bool = True) -> int:
    """Where a look back from sentence ``index`` for an earlier sentence's date stops: at the start
    of the sentence ``back`` before it, or later. With ``paragraph`` (an offset of the sentence's),
    at the paragraph holding that offset when a blank line stands between (a pronoun, "It will
    run for ...", reaches no further than its own paragraph); else, with ``prose``, at the run of
    prose paragraphs before the sentence (:func:`prose_reach`: no heading between)."""
    reach = sentences.bounds[max(0, index - back)][0]
    if paragraph is not None:
        blank = text.rfind("\n\n", reach, paragraph)
        if blank >= 0:
            return blank + 2
    return max(reach, prose_reach(text, reach, sentences.bounds[index][0])) if prose else reach


def prose_reach(text: str, reach: int, own: int) -> int:
    """Where the run of prose paragraphs before ``own`` begins, from ``reach`` on: after the last line
    between them that ends with no sentence mark (a heading, a caption, a list's row)."""
    at = reach
    for line in _LINE.finditer(text, reach, own):
        body = line.group().strip()
        if body and not body.endswith(_SENTENCE_ENDS):
            at = line.end()
    return at


def _ranged(start: Timex, end: Timex) -> Timex | None:
    """``end`` as a range from ``start``: clock to clock, else day to day; None when the end is not
    after the start, or too far."""
    first, last = start.interval, end.interval
    clocks = first.granularity == "minute" and last.granularity == "minute"
    if not clocks:
        day = datetime.combine(first.start.date(), datetime.min.time())
        first = Interval(day, day + timedelta(days=1), "day")
        day = datetime.combine(last.start.date(), datetime.min.time())
        last = Interval(day, day + timedelta(days=1), "day")
    if not timedelta(0) < last.start - first.start <= MAX_SPAN:
        return None
    return replace(end, type="TIME" if clocks else "DATE", interval=first, end_interval=last,
                   tz=end.tz or start.tz, tz_text=end.tz_text or start.tz_text)


def quote_folded_ends(events: list[Event], folded: dict[tuple[int, int], tuple[Timex, tuple[int, int]]],
                      doc: Document, link: Callable[[Document, int, int], str]) -> None:
    """Give each entry framed at a start whose end was folded into it (``folded``, from ends_told_later) the end's
    date and sentence as a second source: the page told both, and the report lists the end as no day that gave
    nothing."""
    if not folded:
        return
    for event in events:
        first = event.sources[0] if event.sources else None
        told = folded.get((first.start, first.end)) if first is not None else None
        if told is None:
            continue
        end, sentence = told
        quoted = SourceRef(doc=first.doc, url=link(doc, end.start, end.end), expr=end.text,
                           sentence=doc.text[sentence[0]:sentence[1]], start=end.start, end=end.end,
                           sentence_start=sentence[0])
        if quoted not in event.sources:
            event.sources.append(quoted)
