"""An occasion a sentence invites its reader to, named by its frame rather than its noun.

The event-noun table holds nouns that name an occasion wherever they stand ("concert",
"workshop"). Many of a community page's occasions are named by nouns that name other things
elsewhere: an egg hunt, a book sale, a plant swap, a party, a race, a market (a stock market, a
political party, a sale of shares). A sentence says which it means by how it is framed: "There is
an egg hunt on Saturday 4 April", "Join our book sale on 12 May", "Come along to the plant swap".
So the short noun phrase right after such a lead (invitation_leads) names the occasion of a day
in its sentence that no event noun names.
"""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.phrases import phrase_text
from calfeed.events.vocabulary import phrase_list, phrase_matches, word_list
from calfeed.events.words import Word

MAX_NAME_WORDS = 4        # "annual spring plant swap": longer runs are clauses, not names


def invited_name(words: list[Word], day: tuple[int, int], text: str) -> tuple[str, tuple[int, int]] | None:
    """The name and span of the first noun phrase an invitation's lead introduces in ``words``
    (a sentence) that does not run into the framed ``day`` (its span), or None. Another date may
    stand in the name: "our spring seed swap", "the Easter egg hunt"."""
    lowered = [w.lower for w in words]
    for index, lead in phrase_matches(lowered, _leads()):
        found = _name_after(words, day, index + len(lead), text)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=None)
def _leads() -> tuple[tuple[str, ...], ...]:
    """The leads that introduce an occasion's name, invitations first."""
    return phrase_list("invitation_leads") + phrase_list("existential_openers")


def _name_after(words: list[Word], day: tuple[int, int], first: int, text: str
                ) -> tuple[str, tuple[int, int]] | None:
    """The run of name words after the article or possessive at ``first`` up to a word that
    ends a name: a preposition, verb or pronoun (phrase_breaks), the framed day, a mark, a number."""
    openers = word_list("articles") | word_list("count_words")
    if first >= len(words) or words[first].lower not in openers:
        return None          # "There is parking", "Join us": no phrase the lead introduces
    while first < len(words) and words[first].lower in openers:
        first += 1           # "a", "several", "two": "There will be several special programs ..."
    breaks = word_list("phrase_breaks")
    links = word_list("phrase_links")
    last = first
    while (last < len(words) and not (words[last].start < day[1] and day[0] < words[last].end)
           and words[last].is_word and not words[last].is_number and words[last].lower not in breaks):
        last += 1
    while last > first and words[last - 1].lower in links:
        last -= 1            # "a special program for families on Saturday ...": "on" leads to the day
    if last - first > MAX_NAME_WORDS:      # "special programs for toddlers coming up--Monday ...": a clause
        last = next((k for k in range(first + 1, last) if words[k].lower in links), last)    # follows its noun
    if last == first or last - first > MAX_NAME_WORDS:
        return None
    if any(w.lower in word_list("invitation_name_stops") for w in words[first:last]):
        return None
    return phrase_text(words, first, last - 1, text), (words[first].start, words[last - 1].end)


def stretch_edge(words: list[Word], day: tuple[int, int]) -> bool:
    """Whether a stretch lead (stretch_leads: "from", "until", "as of") stands right before the day
    (its span) in ``words``: "There is a new bus timetable from Monday 4 January" names a state that
    holds from the day, no occasion held on it."""
    before = [w.lower for w in words if w.end <= day[0]]
    return any(tuple(before[len(before) - len(lead):]) == lead
               for lead in phrase_list("stretch_leads") if len(lead) <= len(before))
