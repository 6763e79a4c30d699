"""The occasion a news story's speaker spoke at: "Speaking at a press conference in Port Ellery this
morning, the harbour master says the regatta will start on 9 October".

A story that opens its sentence with a participle of speaking (speech_participles: "speaking",
"addressing") names where and when the words it reports were said, before the verb of saying
(reporting_verbs) that introduces them. That setting is the news, already over when the story is
read; the days told after the verb are what the story announces. So a date between the participle
and the verb of saying dates no entry of its own (as "the council met today" does not).
"""

from __future__ import annotations

from itertools import islice

from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_from
from calfeed.model import Timex
from calfeed.timex.tense import reporting_verbs

MAX_SETTING_WORDS = 30     # words between the participle and the verb of saying: a longer lead is no setting


def speech_setting(text: str, sentence: tuple[int, int], timex: Timex) -> bool:
    """Whether ``timex`` stands in its sentence's fronted speaking participle's setting (see the module)."""
    lead = (w for w in words_from(text, sentence[0], min(sentence[1], timex.start)) if w.is_word)
    first = next(lead, None)
    if first is None or first.lower not in word_list("speech_participles"):
        return False           # asked of every date: the sentence's first word settles most
    words = [first, *islice(lead, MAX_SETTING_WORDS)]
    if len(words) > MAX_SETTING_WORDS:
        return False
    saying = reporting_verbs("en")
    if any(w.lower in saying for w in words):
        return False           # the verb of saying comes before the date: the date is in what is said
    after = islice((w for w in words_from(text, timex.end, sentence[1]) if w.is_word), MAX_SETTING_WORDS)
    return any(w.lower in saying for w in after)
