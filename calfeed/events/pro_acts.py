"""The act a "do so" stands for: "Candidates wanting to withdraw their nomination may do so on
the 21st of May at 12 midday". Election offices and registries word key dates this way; the
entry is the act the subject wants to do ("Deadline for candidates to withdraw their
nomination"), not "do so". A day led by a word of ``pro_act_openings`` ("can do so from 14
September") is the first day the act may be done: an opening, no deadline.
"""

from __future__ import annotations

from dataclasses import dataclass

from calfeed.events.vocabulary import phrase_at, phrase_list, word_list
from calfeed.events.words import Word

MAX_ACT_WORDS = 8        # "withdraw their nomination", "object to an entry on the roll"


@dataclass(frozen=True)
class WishedAct:
    """The wished act as written, the wish word's and the modal's index, the index after "do so"."""

    act: str
    wish: int
    modal: int
    end: int

    opening: bool = False     # "can do so from 14 September": the first day the act may be done

    @property
    def filed(self) -> bool:
        """An act with an office ("withdraw", "object"), whose one allowed day is a last moment."""
        return self.act.split()[0].lower() in word_list("filing_verbs")

    def wisher(self, words: list[Word], first: int, text: str) -> str | None:
        """Who wishes, as written from word ``first`` ("Candidates"); None for "Those"."""
        if self.wish <= first or all(w.lower in word_list("pronouns") for w in words[first:self.wish]):
            return None
        return " ".join(text[words[first].start:words[self.wish - 1].end].split())


def wished_act(words: list[Word], first: int, until: int, text: str) -> WishedAct | None:
    """The act a subject from word ``first`` wants to do ("wanting to withdraw their
    nomination"), when a modal and a pro-form ("may do so") follow it before offset ``until``."""
    lowered = [w.lower for w in words]
    pro_forms = phrase_list("pro_acts")
    for k in range(first, len(words) - 2):
        if words[k].end > until:
            return None
        if lowered[k] not in word_list("wish_words") or lowered[k + 1] not in word_list("infinitive_marks"):
            continue
        modal = next((j for j in range(k + 2, min(len(words), k + 3 + MAX_ACT_WORDS))
                      if lowered[j] in word_list("modal_words") or not words[j].is_word), None)
        if modal is None or modal == k + 2 or not words[modal].is_word:
            return None
        form = phrase_at(lowered, modal + 1, pro_forms)
        if form is None:
            return None
        end = modal + 1 + len(form)
        if words[end - 1].end > until or any(
                w.lower not in word_list("pro_act_gaps") for w in words[end:] if w.end <= until):
            return None       # "should do so by registering before Friday": the date is another act's
        act = " ".join(text[words[k + 2].start:words[modal - 1].end].split())
        opening = any(w.lower in word_list("pro_act_openings") for w in words[end:] if w.end <= until)
        return WishedAct(act, k, modal, end, opening)
    return None
