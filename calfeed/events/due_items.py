"""What a postnominal "due" says is due: "The leaflet leaves out quarterly rent payments due on
31 March".

A sentence's subject is often the document or body that talks ("This notice", "The office"), while
the thing to hand in or pay stands right before "due" as the object of another verb. Naming the
deadline after the subject ("Deadline for notice") tells the reader nothing; the noun phrase before
"due" does ("Quarterly rent payments due").
"""

from __future__ import annotations

from calfeed.events.phrases import phrase_text
from calfeed.events.vocabulary import merged_lists, word_list
from calfeed.events.words import Word

MAX_ITEM_WORDS = 5       # "quarterly rent payments", "final grant reports"
_STOP_LISTS = ("articles", "negations", "modal_words", "verb_auxiliaries", "pronouns", "possessives",
               "clause_joiners")
_LINK_LISTS = ("negations", "modal_words", "verb_auxiliaries", "pronouns")


def due_item(words: list[Word], cue_start: int, subject: tuple[int, int] | None, text: str) -> str | None:
    """The title "<noun phrase> due" when the deadline cue at offset ``cue_start`` is "due" right
    after a noun phrase outside the clause's ``subject``; None otherwise. The phrase runs back over
    plain words to an article, a function word, or the verb whose object it is (the word after an
    auxiliary, a negation or the subject's last word)."""
    cue = next((k for k, w in enumerate(words) if w.start == cue_start), None)
    if cue is None or words[cue].lower not in word_list("due_words") or subject is None or cue - 1 <= subject[1]:
        return None
    stops, links = merged_lists(_STOP_LISTS), merged_lists(_LINK_LISTS)
    first = cue
    while first - 1 > subject[1] and cue - first < MAX_ITEM_WORDS:
        word = words[first - 1]
        if not word.is_word or word.is_number or word.lower in stops:
            break
        if first - 2 == subject[1] or words[first - 2].lower in links:
            break            # "does not cover payments": "cover" is the verb
        first -= 1
    if first == cue or (first < cue and any(w.lower in stops for w in words[first:cue])):
        return None
    name = phrase_text(words, first, cue, text)
    return name[:1].upper() + name[1:]
