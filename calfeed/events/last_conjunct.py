"""A date at the end of a list of conjuncts is the last conjunct's: "sessions on housing in
Denver, transit in Boston, and health care in Atlanta on April 12" dates only the Atlanta
session, on health care. The event noun's tail names the first conjunct; the entry takes the
last one's topic instead (its place is the one nearest the date already)."""

from __future__ import annotations

from calfeed.events.vocabulary import singular_nouns, word_list
from calfeed.events.words import words_in

MIN_CONJUNCTS = 3        # "X in A, Y in B, and Z in C": a list, not one aside
MAX_CONJUNCT_WORDS = 8   # words of one conjunct ("infrastructure in New York City")


def last_conjunct_title(text: str, title: str, noun_end: int, date_start: int, head: str | None) -> str | None:
    """``title`` with its first conjunct's topic swapped for the last one's, when the words
    from the event noun (ending at ``noun_end``) to the date are a comma list of "<topic> in
    <Place>" conjuncts whose last opens with a joiner; ``None`` when they are not."""
    parts = text[noun_end:date_start].split(",")
    if len(parts) < MIN_CONJUNCTS:
        return None
    topics = []
    for index, part in enumerate(parts):
        words = [w for w in words_in(part, 0, len(part)) if w.is_word]
        if index == 0:
            if not words or words[0].lower not in word_list("topic_links"):
                return None
            words = words[1:]          # "on housing in Denver"
        if index == len(parts) - 1:
            if not words or words[0].lower not in word_list("clause_joiners"):
                return None
            words = words[1:]          # "and health care in Atlanta on"
            while (words and words[-1].lower in word_list("future_passive_links")
                   and words[-1].lower not in word_list("kept_passive_links")):
                words = words[:-1]
        at = next((k for k, w in enumerate(words) if w.lower in word_list("place_prepositions")), None)
        if (at is None or at == 0 or len(words) > MAX_CONJUNCT_WORDS or at + 1 >= len(words)
                or not all(w.is_capitalised for w in words[at + 1:])):
            return None
        topics.append(part[words[0].start:words[at - 1].end])
    first, last = topics[0], topics[-1]
    cut = title.rfind(first)
    if cut < 0:
        return None
    named = title[:cut] + last
    lead = named.split(" ", 1)
    single = singular_nouns().get((lead[0].lower(),)) if head is not None and lead[0].lower() == head else None
    if single is not None and len(lead) == 2:      # "Forums on ..." for one of them: "Forum on ..."
        named = single[:1].upper() + single[1:] + " " + lead[1]
    return named
