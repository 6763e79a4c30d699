"""Time given to someone to act, up to a day: "The judge gave the traders until 31 May to leave
the market", "The tenants were given up to 30 November, to respond", "Each winner will have
until 17 June to claim the prize".

A court report or notice tells the last day by the time it grants, not by a deadline noun, and
the act comes after the day. The title is the act, with whom it was given to when the clause
names them ("Deadline for the traders to leave the market"; a pronoun names no one: "Deadline to
respond"). The shape: a granting verb (granting_verbs), at most MAX_WHO words for whom, a link
(granted_time_links), the day, an optional comma, "to" and the act up to a break or MAX_ACT words;
or the holders as the clause's subject, a verb of holding_time_verbs ("have") and the link."""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

from calfeed.events.naming import lower_first
from calfeed.events.vocabulary import ending_phrase, title_words, word_list
from calfeed.events.words import Word, last_words, words_from
from calfeed.model import Timex

MAX_WHO = 5        # words of whom the time is given to ("the over 1000 squatters")
MAX_ACT = 8        # words of the act after "to"
MAX_REPORTER = 4   # words of who reports the holders' time ("The promoter advised that ...")
COUNTED_SPAN = 3   # words of the time counted before its bracketed day: "30", "days", "("
GRANTED_NOTE = "time given to someone up to that day to do what follows it: their deadline"


@lru_cache(maxsize=None)
def _links() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(x.split()) for x in word_list("granted_time_links")), key=len, reverse=True))


def granted_act(text: str, clause: tuple[int, int], timex: Timex) -> str | None:
    """The deadline's title when the clause grants time up to the day of ``timex`` for an act
    written after it; else None."""
    # Only the last words before the day and the first after it are read: a clause listing many
    # days must not be split from its start (or to its end) for each of them.
    reach = MAX_WHO + 4 + COUNTED_SPAN + MAX_REPORTER
    before = last_words(text, clause[0], timex.start, reach)
    lowered = [w.lower for w in before]
    link = ending_phrase(lowered, _links())
    if link is None:
        return None
    held = len(before) - len(link)
    counted = _counted_span(before, held)
    near = max(0, len(before) - (MAX_WHO + 4))
    verb = None if counted else next((k for k in range(held - 1, near - 1, -1)
                                      if lowered[k] in word_list("granting_verbs")), None)
    if verb is None:
        who = _holder(before, held - counted, len(before) < reach)
        if who is None:
            return None
    else:
        who = before[verb + 1:held]
    if len(who) > MAX_WHO or not all(w.is_word for w in who):
        return None
    act = _act_after(text, timex.end, clause[1], bracketed=bool(counted))
    if act is None:
        return None
    wording = title_words()
    named = [w for w in who if w.lower not in word_list("articles")]
    if not named or any(w.lower in word_list("pronouns") for w in named):
        return f"{wording['deadline_to']} {act}"
    whom = " ".join(w.text for w in who)
    if verb is None:
        whom = lower_first(whom)     # the clause's subject: "Each candidate" -> "each candidate"
    return f"{wording['deadline_for']} {whom} {wording['to']} {act}"


def _holder(before: list[Word], link: int, whole: bool) -> list[Word] | None:
    """Who holds the time when a verb of holding_time_verbs stands right before the link ("Each
    runner will then have until Friday, 17 June to accept the place"): the clause's words
    before that verb, its auxiliaries and adverbs (milestone_auxiliaries) aside; ``whole``: the
    words ``before`` reach back to the clause's start, so they are its subject. None otherwise."""
    if not whole or link < 1 or before[link - 1].lower not in word_list("holding_time_verbs"):
        return None
    end = link - 1
    while end > 0 and before[end - 1].lower in word_list("milestone_auxiliaries"):
        end -= 1
    reported = word_list("saying_verbs") | word_list("complementizers")
    said = next((k for k in range(end - 1, -1, -1) if before[k].lower in reported), None)
    if said is not None and said + 1 < end and said <= MAX_REPORTER:
        return before[said + 1:end]     # "The promoter advised that ticket holders have ...": the holders
    return before[:end]


def _counted_span(before: list[Word], link: int) -> int:
    """How many words before the link count the time given, with the day in brackets after them
    ("have 30 days (until 27 May) to claim"): the count, a unit of gloss_length_units and the
    bracket; 0 when the link follows no such count."""
    if link < COUNTED_SPAN or before[link - 1].text != "(":
        return 0
    count, unit = before[link - 3], before[link - 2]
    if unit.lower not in word_list("gloss_length_units"):
        return 0
    return COUNTED_SPAN if count.text.isdigit() or count.lower in word_list("count_words") else 0


def _act_after(text: str, start: int, end: int, bracketed: bool = False) -> str | None:
    """The act "to <verb> ..." right after the day (a comma, or the bracket the day closes, between
    allowed), up to a break."""
    after: list[Word] = list(islice(words_from(text, start, end), MAX_ACT + 2))    # a comma, "to", the act
    k = 1 if after and after[0].text == ("," if not bracketed else ")") else 0
    if bracketed and k == 0:
        return None
    if k >= len(after) or after[k].lower != title_words()["to"]:
        return None
    act: list[Word] = []
    for word in after[k + 1:k + 1 + MAX_ACT]:
        if not word.is_word:
            break
        act.append(word)
    if not act:
        return None
    return " ".join(text[act[0].start:act[-1].end].split())
