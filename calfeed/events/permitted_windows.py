"""A window of clock time a page gives leave to act in: "Lanterns can be lit between 9 pm and 11
pm on 14 August", "From 10am on Monday 7 April until 5pm on Friday 11 April you may place offers
online".

"may" and "can" are hedges elsewhere ("rates could be cut in March", "the fair may move to June"),
so the sentence readers give such a clause nothing. With a window bounded by two clocks the modal
grants leave instead: the page tells when the act is allowed, and that window is the entry. The
reading stays narrow:
- the date is a window with a clock at each end (a TIME whose span is longer than one clock, or
  a range of two days with their clocks), ahead of the page's day (plain_dates.plain_day);
- a modal of leave (permission_modals) stands in the date's clause, not negated, and the clause
  holds no condition, habit or other hedge;
- either the reader or a group of people (permitted_subjects) is its subject, right before the modal
  or heading a short subject that says which of them ("Those interested in the tour can ..."), and a
  verb follows it ("you may place bids online": "Place bids online", up to a word telling how or where,
  ability_act_stops), or a passive follows it ("firecrackers can be burst": "Firecrackers
  burst", the noun phrase right before the modal), its participle not a verb of something that
  befalls people (permitted_passive_vetoes: "delays can be expected between ...").
"""

from __future__ import annotations

from datetime import timedelta

from calfeed.events.announced_acts import passive_participle
from calfeed.events.phrases import phrase_stops
from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.vocabulary import merged_lists, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex

PERMITTED_NOTE = "a window the page gives leave to act in (\"may\", \"can\" with a clock at each end): the window"
MAX_TITLE_WORDS = 6      # words of the act kept for its title ("Place bids online")
MAX_GROUP_WORDS = 8      # words of a group's subject before the modal ("Those interested in seeing the mill")
MAX_SUBJECT_WORDS = 4    # words of the noun phrase before a passive's modal ("Sky lanterns")
ONE_CLOCK = timedelta(minutes=1)
_VETO_LISTS = ("condition_marks", "habitual_hedges", "plain_day_hedges", "negations", "hedging_modals")
_BREAKS = frozenset(",;:()[]—–.!?" + quote_marks(ENGLISH, double=True))


def clock_window(timex: Timex) -> bool:
    """A window with a clock at each end: "between 9 pm and 11 pm on 14 August", "from 4pm
    Thursday 24 March until 2pm Sunday 3 April"; one clock ("at 9 pm") is no window."""
    span = timex.interval
    if timex.type != "TIME" or span is None:
        return False
    if timex.end_interval is not None:
        return timex.end_interval.granularity in ("hour", "minute")
    return span.end - span.start > ONE_CLOCK


def permitted_window(text: str, clause: tuple[int, int], timex: Timex, others: list[Timex]) -> str | None:
    """The title of the act the clause allows in ``timex``'s window, else None (see the module).
    ``others`` are the clause's dates."""
    if not clock_window(timex):
        return None
    words = [w for w in words_in(text, *clause) if not (timex.start <= w.start < timex.end)]
    modals = word_list("permission_modals")
    found = [k for k, w in enumerate(words) if w.lower in modals]
    before = [k for k in found if words[k].end <= timex.start]
    at = before[-1] if before else (found[0] if found else None)
    if at is None or at + 1 >= len(words) or not _own_window(words, at, timex, others):
        return None
    vetoes = merged_lists(_VETO_LISTS) - modals
    if any(w.lower in vetoes or w.lower.endswith(("n't", "n’t")) for w in words):
        return None       # "you may not light fires ...", "if the wind drops, lanterns can be lit ..."
    if _group_subject(words, at):
        return _act(text, words[at + 1:])
    return _passive(text, words, at)


def _group_subject(words: list[Word], at: int) -> bool:
    """Whether a group of people (permitted_subjects) is the modal's subject: right before it ("residents
    can ..."), or heading the clause's subject with a few words that say which of them ("Those interested in
    the tour can ...", "Anyone wishing to attend may ..."): no mark between, at most MAX_GROUP_WORDS words."""
    subjects = word_list("permitted_subjects")
    if words[at - 1:at] and words[at - 1].lower in subjects:
        return True
    if not 1 < at <= MAX_GROUP_WORDS or words[0].lower not in subjects:
        return False
    return all(w.is_word and w.text not in _BREAKS for w in words[:at])


def _own_window(words: list[Word], at: int, timex: Timex, others: list[Timex]) -> bool:
    """Whether the window is the modal's own: no other modal or auxiliary (verb_auxiliaries) and no
    other date between them ("Passes can be booked on 2 June and must be paid between 9 a.m. on
    June 3 and 5 p.m. on June 6": the paying window is no booking's)."""
    gap = (words[at].end, timex.start) if words[at].end <= timex.start else (timex.end, words[at].start)
    if any(gap[0] <= w.start < gap[1] and w.lower in word_list("verb_auxiliaries") for w in words):
        return False
    return not any(t is not timex and gap[0] <= t.start < gap[1] for t in others)


def _act(text: str, rest: list[Word]) -> str | None:
    """"submit offers by phone for items in the catalogue": the act up to a word telling how, where or when
    (ability_act_stops, a clause opener) or a mark, at most MAX_TITLE_WORDS words."""
    stops = word_list("ability_act_stops") | word_list("permitted_act_stops")
    kept: list[Word] = []
    for word in rest:
        if not word.is_word or word.lower in stops or len(kept) == MAX_TITLE_WORDS:
            break
        kept.append(word)
    if len(kept) < 2 or kept[0].lower == "be":
        return None       # "you can be ...": a state of the reader, no act
    title = " ".join(text[kept[0].start:kept[-1].end].split())
    return title[:1].upper() + title[1:]


def _passive(text: str, words: list[Word], at: int) -> str | None:
    """"firecrackers can be burst": the noun phrase right before the modal and the participle
    ("Firecrackers burst"), else None."""
    if at + 2 >= len(words) or words[at + 1].lower != "be" or not passive_participle(words[at + 2]):
        return None
    if words[at + 2].lower in word_list("permitted_passive_vetoes"):
        return None       # "delays can be expected between 7 am and 9 am": no one is allowed anything
    stops = phrase_stops() | merged_lists(("articles", "saying_verbs", "complementizers"))
    first = at
    while first > 0 and at - first < MAX_SUBJECT_WORDS and words[first - 1].is_word \
            and words[first - 1].text not in _BREAKS and words[first - 1].lower not in stops:
        first -= 1
    if first == at or words[first].lower in word_list("pronouns"):
        return None       # "They can be collected ...": who "they" are is not in the clause
    subject = " ".join(text[words[first].start:words[at - 1].end].split())
    return f"{subject[:1].upper()}{subject[1:]} {words[at + 2].text}"
