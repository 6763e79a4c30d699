"""A date inside a relative clause told in the present, under a past verb of the sentence.

"The board has published its timetable to enrol every voter who reaches 21 on 1 January 2031": the
tagger gives the date the sentence's past ("announced"), its nearest tense cue, but the date belongs
to the clause "who reaches 21 on ...", whose own verb is a present: a condition (an age cutoff, a
membership rule) on whom the text is about. It says nothing of when the text was written, so it
sets no bound on the document's date (document_date._bound). A relative clause whose verb is a past
of its own ("voters who were 21 on ...", "members who paid by ...") keeps the past.
"""

from __future__ import annotations

from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.timex.lexicon import load_words

RELATIVE_REACH = 6       # words from "who" to the date: a short clause ("who reaches 21 on")


def present_relative(text: str, sentence_start: int, timex: Timex) -> bool:
    """Whether ``timex`` ends a short relative clause ("who reaches 21 on") whose verb is a present."""
    words = [w for w in words_in(text, sentence_start, timex.start) if w.is_word][-(RELATIVE_REACH + 1):]
    pronouns = load_words("en", "condition_relative_pronouns")
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower in pronouns), None)
    if at is None or at + 1 >= len(words):
        return False
    if any(c in text[words[at].start:timex.start] for c in ",;:()"):
        return False
    verb = words[at + 1]
    pasts = load_words("en", "relative_past_words") | load_words("en", "irregular_past")
    clause = [w.lower for w in words[at + 1:]]
    return (verb.text.isalpha() and verb.text.islower()
            and not any(w in pasts or w.endswith("ed") for w in clause))
