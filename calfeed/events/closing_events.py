"""A closing that ends with an occasion: "The process will close on 8 August 2031, with the election
of mayors".

A closing verb makes its subject's day a deadline ("Applications close on 8 August": someone must
act by then). When the clause goes on after the day with a link (closing_event_links: "with") and
an event noun of someone or something ("the election of mayors"), with no other day written after
it, what closes ends with that occasion on the day: the day is the occasion's, which the event
noun frames ("Election of mayors"), and no one's deadline. "Entries close on 1 May, with the
competition on 12 May" keeps its deadline.
"""

from __future__ import annotations

from calfeed.events.vocabulary import event_nouns, word_list
from calfeed.events.words import Word

CLOSING_EVENT_REACH = 3     # words from the link to the event noun ("with the election")


def closed_with_event(words: list[Word], at: int) -> bool:
    """Whether, after the day at offset ``at``, the clause (``words``) goes on with a link of
    closing_event_links and, within CLOSING_EVENT_REACH words, an event noun."""
    links = word_list("closing_event_links")
    nouns = event_nouns()
    after = [k for k, w in enumerate(words) if w.start > at and w.is_word]
    for n, k in enumerate(after):
        if words[k].lower not in links:
            continue
        rest = after[n + 1:]
        noun = next((m for m, j in enumerate(rest[:CLOSING_EVENT_REACH]) if (words[j].lower,) in nouns), None)
        return (noun is not None and noun + 1 < len(rest) and words[rest[noun + 1]].lower == "of"
                and not any(c.isdigit() for j in rest for c in words[j].text))
    return False
