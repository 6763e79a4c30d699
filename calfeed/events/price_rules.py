"""A price rule's weekdays: when a new price applies, not a weekly series.

"The harbour ferry fare rises to $9 on weekdays between 6 and 9 a.m." states what a trip will
cost at rush hour; the weekdays and hours are the rule's scope. A subscriber wants the day the
price changes (told elsewhere: "Ferry fares change on 1 March"), and no milestone every weekday
morning. A repeated time is read so when a price-change verb (price_change_verbs)
and then an amount of money (a currency mark before a number: currency_marks) stand before it in
its clause.
"""

from __future__ import annotations

from calfeed.events.vocabulary import phrase_list, phrase_matches, word_list
from calfeed.events.words import Word
from calfeed.model import Timex


def price_rule_scope(words: list[Word], timex: Timex) -> bool:
    """Whether the repeated time ``timex`` (a SET) is the scope of a price change stated before it
    in its clause ``words``: a price-change verb, then an amount of money, before the timex."""
    if timex.type != "SET":
        return False
    before = [w for w in words if w.end <= timex.start]
    lowered = [w.lower for w in before]
    verb_end = next((k + len(phrase) for k, phrase in phrase_matches(lowered, phrase_list("price_change_verbs"))), None)
    if verb_end is None:
        return False
    marks = word_list("currency_marks")
    return any(before[k].text in marks and before[k + 1].text[:1].isdigit() for k in range(verb_end, len(before) - 1))
