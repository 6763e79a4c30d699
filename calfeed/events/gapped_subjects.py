"""A second date of a sentence told with a subject of its own and no verb (gapping): "The quiz
is on 14 March and the auction on 21 March", "economy ministers will meet on March 27, foreign
ministers on the 28th and heads of state on March 29".

The verb of the first clause serves every later one, so each date is framed with the first
clause's phrase and one of them was kept as a rival telling of that one event. What stands
between two such dates is a joiner (gapped_subject_joiners: "and", ","), a short noun phrase
that holds no verb, pronoun or adverb of repetition (gapped_subject_stops), and a date
preposition (gapped_subject_links: "on", "at"): the second date is its own occasion, named by
its own subject. When the first title adds a word the first clause does not write ("Trade
ministers meeting" for "trade ministers will meet"), that word names the second one's too
("Foreign ministers meeting")."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.candidates import Frame, date_not_written
from calfeed.events.elided_heads import elided_title
from calfeed.events.vocabulary import merged_lists, phrase_at, phrase_list, table, word_list
from calfeed.events.parallel_qualifiers import parallel_qualifiers
from calfeed.model import Timex

GAPPED_WORDS = 5         # words of the second subject ("heads of state", "the charity auction")
GAP_CHARS = 80           # characters between the two dates
CLAUSE_REACH = 160       # characters before the first date read for the words its clause writes
ADDED_WORDS = 2          # words a title may add to its clause ("meeting")
SHORT_CAPS = 2           # letters of a capitals-only mark that is no subject ("PG", "G")
CLOCK_GRAINS = ("hour", "minute", "second")     # a clock window's grains
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*\Z")


def gapped_title(text: str, first_end: int, second_start: int, first_title: str, first_start: int) -> str | None:
    """The title of the date at ``second_start`` when the words after the date ending at
    ``first_end`` give it a subject of its own and no verb; "" when that subject is a bare
    name that follows a place the first date was told at ("in Leeds on 3 May and Bristol on 10
    May"), which keeps the first title (a capitalised subject otherwise names its own entry:
    "Geography on March 3, History on March 5");
    None when the gap is no gapped clause."""
    raw = text[first_end:second_start]
    if "\n" in raw or len(raw) > GAP_CHARS:
        return None
    tokens = raw.replace(",", " , ").split()
    lowered = [t.lower() for t in tokens]
    joiner = phrase_at(lowered, 0, phrase_list("gapped_subject_joiners"))     # the longest: the list's first
    if joiner is None or len(tokens) < len(joiner) + 2:
        return None
    if lowered[-1] not in word_list("gapped_subject_links"):     # "and the second from 1 September to ...":
        if lowered[-1] in word_list("gapped_elided_links"):      # a run's "from" only after a left-out noun
            return elided_title(tokens[len(joiner):-1], first_title, text, first_start)
        return None
    subject = tokens[len(joiner):-1]
    elided = elided_title(subject, first_title, text, first_start)
    if elided is not None:      # "and the second from ...", "and those of the mayors on ...": the noun left out
        return elided
    articled = False
    while subject and subject[0].lower() in word_list("articles"):
        subject, articled = subject[1:], True
    if not 1 <= len(subject) <= GAPPED_WORDS:
        return None
    stops = merged_lists(("clause_verbs", "pronouns", "gapped_subject_stops", "gapped_subject_links"))
    if any(not _WORD.match(w) or w.lower() in stops for w in subject):
        return None
    edges = word_list("gapped_subject_edge_stops")
    if subject[0].lower() in edges or subject[-1].lower() in edges:
        return None
    if not articled and subject[0].lower().endswith(tuple(word_list("verb_form_endings"))):
        return None          # "and returning on 9 March": a verb of its own, another rule's
    if any(w.lower() in _verb_words() for w in subject):
        return None          # "close on 23 December and reopen on 4 January": a second verb, no subject
    if not articled and len(subject) == 1 and not subject[0].lower().endswith("s") and not subject[0][:1].isupper():
        return None          # one bare lower-case word that is no plural ("and return on"): a verb more likely
    if len(subject) == 1 and len(subject[0]) <= SHORT_CAPS and subject[0].isupper():
        return None          # "rated G on Nov. 15 and PG on Nov. 20": a grade or mark, no subject
    if not articled and all(w[:1].isupper() for w in subject) and _place_before(text, first_start):
        return ""            # "in Leeds on 3 May and Bristol on 10 May": the next place of one event
    added = _added_words(text, first_title, first_start)
    if added and added[0].lower() == subject[-1].lower():
        added = []
    title = " ".join(subject + added)
    return title[:1].upper() + title[1:]


@lru_cache(maxsize=None)
def _verb_words() -> frozenset[str]:
    """Every word of the verb lists that date a clause of their own (schedule_verbs' forms up to their
    goal, the pause, resume and closing verbs of told stretches)."""
    forms = {w for row in table("schedule_verbs") for w in _before_goal(row["form"].lower().split())}
    listed = merged_lists(("range_pause_verbs", "range_resume_verbs", "range_closing_links", "range_opening_verbs"))
    return frozenset(forms | {w for entry in listed for w in entry.split()} - word_list("verb_phrase_fillers"))


def _before_goal(form: list[str]) -> list[str]:
    """A verb form's words up to its goal ("report" of "report to school"): the goal's noun ("school")
    is no verb, and may be a gapped subject's own ("and the infant school on 29 May")."""
    return form[:form.index("to")] if "to" in form[1:] else form


def _place_before(text: str, first_start: int) -> bool:
    """Whether the first date comes right after a capitalised place that a gapped_place_links word
    brings in ("in Derby on 4 October"): a bare capitalised gapped subject then names the next place."""
    words = re.findall(r"[A-Za-z'’.-]+", text[max(0, first_start - CLAUSE_REACH):first_start])
    k = len(words) - 1
    while k >= 0 and words[k].lower() in word_list("gapped_subject_links"):
        k -= 1
    named = 0
    while k >= 0 and words[k][:1].isupper() and named < GAPPED_WORDS:
        k, named = k - 1, named + 1
    return named > 0 and k >= 0 and words[k].lower() in word_list("gapped_place_links")


def _added_words(text: str, title: str, first_start: int) -> list[str]:
    """The last words of ``title`` that the first date's clause does not write ("meeting" of
    "Trade ministers meeting" for "trade ministers will meet"): a noun the title made of its verb."""
    written = {w.lower() for w in re.findall(r"[A-Za-z'’-]+", text[max(0, first_start - CLAUSE_REACH):first_start])}
    words = title.split()
    cut = len(words)
    while cut > 0 and words[cut - 1].lower() not in written:
        cut -= 1
    added = words[cut:]
    return added if 0 < cut and len(added) <= ADDED_WORDS else []


_NEXT_WORD = re.compile(r"[\s,]{0,4}([A-Za-z][A-Za-z'’-]*)")


def opens_clause(text: str, end: int) -> bool:
    """Whether a verb of its own follows the day ending at ``end`` (clause_verbs, after at most a comma:
    "..., and Sunday, 2 January, will be a holiday"): the day is the subject of a clause joined on,
    which says what the day is, so it continues no list and no gapped clause of the date before."""
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1).lower() in word_list("clause_verbs")


CONJUNCT_NOTE = "a day listed after a day its clause names, with no words of its own: that clause's occasion"


def _second_window(before: Timex, timex: Timex) -> bool:
    """Whether two clock windows ("from 5 am to 6 am", "from 8 pm to 11 pm") fall on one day, the
    second after the first: the same act's two windows that day, each its own entry."""
    if timex.type != "TIME" or before.type != "TIME" or timex.end_interval is None or before.end_interval is None:
        return False
    first, second = before.interval, timex.interval
    return (first is not None and second is not None and first.granularity in CLOCK_GRAINS
            and second.granularity in CLOCK_GRAINS and first.start.date() == second.start.date()
            and first.start < second.start)


def conjunct_frame(text: str, timex: Timex, before: Timex | None, framed_at: dict[int, Frame],
                   sentence: tuple[int, int]) -> Frame | None:
    """The frame of a date no rule named when it only continues the date before it in its sentence:
    a bare list ("play on August 14 and August 15": date_joiners between) or a gapped second subject
    ("Junior teams will play on August 14, senior teams on August 15"). The earlier date's frame
    (``framed_at``, by where each framed date ends) gives the kind and, for a list, the title."""
    if before is None or before.start < sentence[0]:
        return None
    window = _second_window(before, timex)
    if timex.type != "DATE" and not window and date_not_written(timex):
        return None      # a bare clock ("at 10am, and 4pm") has no day of its own to list; "Sunday (21) from
        #                  9 am to 3 pm" has ("open Saturday (20) and Sunday (21) from ...")
    earlier = framed_at.get(before.end)
    if earlier is None or opens_clause(text, timex.end):
        return None
    between = text[before.end:timex.start].replace(",", " , ").lower().split()
    if window:           # "allowed from 5 am to 6 am and then from 8 pm to 11 pm": the day's second window
        return (Frame(earlier.title, earlier.kind, (timex.start, -1), [CONJUNCT_NOTE])
                if tuple(between) in phrase_list("date_joiners") else None)
    while between and between[-1] in word_list("fronted_date_determiners"):
        between.pop()      # "This Saturday (September 23) and next Saturday (September 30)": a determiner of the day
    qualified = parallel_qualifiers(text, before, timex)
    if qualified is not None:     # "in physics on 3 May and in chemistry on 4 May": the second's own
        first_q, second_q = qualified
        base = earlier.title[:-len(first_q)].rstrip() if earlier.title.lower().endswith(first_q.lower()) else earlier.title
        title = f"{base} {second_q}"
    elif tuple(between) in phrase_list("date_joiners") or tuple(between) in phrase_list("date_group_joiners"):
        title = earlier.title
    else:
        gapped = gapped_title(text, before.end, timex.start, earlier.title, before.start)
        if gapped is None:
            return None
        title = gapped or earlier.title
    return Frame(title, earlier.kind, (timex.start, -1), [CONJUNCT_NOTE])
