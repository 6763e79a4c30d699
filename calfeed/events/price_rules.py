"""A price rule's weekdays: when a new price applies, not a weekly series.

"The harbour ferry fare rises to $9 on weekdays between 6 and 9 a.m." states what a trip will
cost at rush hour; the weekdays and hours are the rule's scope. A subscriber wants the day the
price changes (told elsewhere: "Ferry fares change on 1 March"), and no milestone every weekday
morning. A repeated time is read so when a price-change verb (price_change_verbs)
and then an amount of money (a currency mark before a number: currency_marks) stand before it in
its clause. A weekday series right after an amount ("an entrance fee of 15 dollars on Mondays,
20 dollars Tuesday through Thursday") is the price's scope too, whatever verb stands before it.
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


def priced_days(words: list[Word], timex: Timex) -> bool:
    """Whether the repeated time ``timex`` (a SET) follows an amount of money, with at most one
    word of ``priced_day_links`` between: a number then a word of ``currency_words`` ("15 dollars
    on Mondays"), or a currency mark or code then a number ("£5 on Sundays", "USD 10 on Fridays")."""
    if timex.type != "SET":
        return False
    before = [w for w in words if w.end <= timex.start][-4:]
    if before and before[-1].lower in word_list("priced_day_links"):
        before.pop()
    if len(before) < 2:
        return False
    first, last = before[-2], before[-1]
    names, marks = word_list("currency_words"), word_list("currency_marks")
    return ((first.is_number and last.lower in names)
            or ((first.text in marks or first.lower in names) and last.is_number))
