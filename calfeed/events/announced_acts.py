"""What the organiser will do by a date: "Decisions will be sent by February 10" and
"Shortlisted candidates will be contacted by Friday 19 February" tell readers when to expect
something, not what they must do. They are milestones named by their subject and act
("Decisions sent"), not deadlines for the reader."""

from __future__ import annotations

from calfeed.events.phrases import clause_subject, phrase_text
from calfeed.events.signals import Signals
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word
from calfeed.timex.lexicon import load_list

MAX_GAP = 3              # words between the participle and the date ("by", "no later than")


def past_participle(word: Word, lang: str = "en") -> bool:
    """A word in its past form ("sent", "contacted", "voted")."""
    return word.is_word and (word.lower.endswith("ed") or word.lower in load_list(lang, "irregular_past"))


def passive_participle(word: Word, lang: str = "en") -> bool:
    """The participle of a passive ("will be sent", "will be given"): a past form, or one of
    the participles that differ from it (irregular_participles); "will be open" has none."""
    return past_participle(word, lang) or word.lower in word_list("irregular_participles", lang)


def announced_act(words: list[Word], blocked: list[tuple[int, int]], signals: Signals, at: int, text: str,
                  lang: str = "en") -> tuple[str, int] | None:
    """The title ("Decisions sent") and the index of its last word, when a future passive
    right before the date's weak deadline cue says the organiser acts by then; its subject
    must stand right before "will" ("Subject to the outcome, legislation will be ..." has none)."""
    if signals.deadline is None or signals.deadline.strong or signals.deadline.place != "before":
        return None
    before = [k for k, w in enumerate(words) if w.end <= at]
    if len(before) < 4:
        return None
    for k in reversed(before[-(MAX_GAP + 1):]):
        # "-en" words too: "will be open by 3 May" is a milestone of the opening (a scheduled act,
        # with no deadline cue, takes only participles: "will be open from 10 May" is no act)
        participle = passive_participle(words[k], lang) or words[k].lower.endswith("en")
        if (participle and k >= 2 and words[k - 1].lower in load_list(lang, "passive_auxiliaries")
                and words[k - 2].lower in word_list("announcing_modals")):
            subject = clause_subject(words, blocked)
            if subject is None or subject[1] != k - 3 or words[subject[0]].lower in word_list("pronouns"):
                return None
            named = phrase_text(words, *subject, text)
            return f"{named[:1].upper()}{named[1:]} {words[k].lower}", k
    return None


def _lead_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(p.split()) for p in word_list("future_passive_leads", lang)), key=len, reverse=True))


def scheduled_act(words: list[Word], blocked: list[tuple[int, int]], at: int, text: str,
                  lang: str = "en") -> tuple[str, int] | None:
    """The title ("Final report published") and the index of its participle, when a future
    passive right before the date says what will be done to the clause's subject then.

    Policy papers and notices date acts, not events ("The new strategy will be published in
    Q2 2027"); with no event noun the subject and its participle are the only name there is.
    """
    before = [k for k, w in enumerate(words) if w.end <= at]
    links = word_list("future_passive_links", lang)
    k = len(before) - 1
    while k >= 0 and before[-1] - k < MAX_GAP and words[k].lower in links:
        k -= 1
    if k < 2 or not passive_participle(words[k], lang):
        return None
    lowered = [w.lower for w in words[:k]]
    lead = next((p for p in _lead_phrases(lang) if tuple(lowered[k - len(p):]) == p), None)
    if lead is None:
        return None
    subject = clause_subject(words, blocked)
    if subject is None or subject[1] != k - len(lead) - 1 or words[subject[0]].lower in word_list("pronouns"):
        return None
    named = phrase_text(words, *subject, text)
    return f"{named[:1].upper()}{named[1:]} {words[k].lower}", k

