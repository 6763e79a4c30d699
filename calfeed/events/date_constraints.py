"""A rule on a date someone will choose: "Dates of the seminar - first and last days (the last
date chosen must be before 30 June)".

A call or a form tells applicants which dates they may pick; the day in such a rule is a bound,
not a deadline the page sets: nothing is due then, and nothing happens. The shape is a date noun
(constrained_date_nouns) heading the clause's subject, an obligation modal (obligation_modals),
"be", an ordering link (date_order_links), then the day.
"""

from __future__ import annotations

from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import Word
from calfeed.model import Timex


def date_constraint(words: list[Word], timex: Timex) -> bool:
    """Whether the words right before ``timex`` are "<date noun> <modal> be <link>"."""
    before = [w.lower for w in words if w.end <= timex.start][-8:]
    for link in phrase_list("date_order_links"):
        if len(before) < len(link) + 3 or tuple(before[-len(link):]) != link:
            continue
        rest = before[:-len(link)]
        return (rest[-1] in word_list("obligation_copulas") and rest[-2] in word_list("obligation_modals")
                and rest[-3] in word_list("constrained_date_nouns"))
    return False
