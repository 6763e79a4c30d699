"""Captions that name a schedule's step as a noun phrase: "Start of the public vote for the
posted photos", "Naming and Awarding of the winners at the Town Hall", "Counting period of the
judges' marks". A timeline writes each step under its date this way. Such a line has no verb of
its own: it is the step's name, however many words it runs to, where a sentence of that length
under a date ("Your time to tell us what you think") is a remark.

The head is a noun of a step (``caption_step_nouns``) or of an act (``caption_noun_endings``:
"Announcement", "Judging") among the first few words, right before "of"; the words before it
are at most a modifier or a second such noun joined by "and" ("Final Judging of", "Revelation
and Awarding of")."""

from __future__ import annotations

from calfeed.events.vocabulary import ending_tuple, word_list

MAX_HEAD_WORDS = 3        # words before "of": "Final Judging", "Revelation and Awarding"
MIN_ENDING_STEM = 3       # letters before an act ending: "Judging" has them, "King" and "Ring" do not


def step_caption(title: str) -> bool:
    """Whether ``title`` opens as a noun phrase naming a step or an act, then "of" (see the
    module's doc)."""
    words = title.split()
    if not words or not words[0][:1].isupper():
        return False
    head = next((n for n, word in enumerate(words[:MAX_HEAD_WORDS + 1]) if word.lower() == "of"), None)
    if head is None or head == 0:
        return False
    noun = words[head - 1].lower().strip(",;:")
    return noun in word_list("caption_step_nouns") or _act_noun(noun)


def _act_noun(word: str) -> bool:
    """A noun naming an act by its ending ("announcement", "judging", "submission")."""
    endings = ending_tuple("caption_noun_endings")
    ending = next((e for e in endings if word.endswith(e)), None)
    return ending is not None and word.isalpha() and len(word) - len(ending) >= MIN_ENDING_STEM
