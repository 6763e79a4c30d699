"""A name right after a fronted date names the days ("From 3 to 9 March, Harbour Jazz Nights brings
live bands to the quay"): the sentence opens with the date (a range opener such as "From" at most
before it) and a comma, then a run of capitalised words, then a verb by which a programme or a
festival offers something (fronted_name_verbs). No event noun need stand in such a sentence, and
the reader of changes fronted by their day (effective_changes) would make a milestone of the whole
clause ("Harbour Jazz Nights brings live bands to six"); a run of days is no change that holds from
a day, so the run's entry is the event the name says. A single day fronted so is left to that reader.
"""

from __future__ import annotations

from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex

NAME_RUN = 6     # capitalised words (and name joiners) a fronted date's name may hold


FRONTED_NOTE = "a run of days that opens its sentence, named by the name right after it"


def fronted_run_name(text: str, timex: Timex, sentence: tuple[int, int]) -> str | None:
    """The title of a run of days fronted in its sentence's line ("From March 3 to 9, Harbour Jazz
    Nights brings ..."), else None: a single day, a person ("Dr ...") or no such name gives none."""
    from calfeed.text import start_of_line     # at call time: calfeed.text imports the tagger

    if timex.end_interval is None or timex.interval is None or timex.type != "DATE" \
            or timex.end_interval.start.date() <= timex.interval.start.date():
        return None
    name = name_after_fronted_date(text, timex, (max(start_of_line(text, timex.start), sentence[0]), sentence[1]))
    if name is None or name[0].lower in word_list("speaker_titles"):
        return None
    return " ".join(text[name[0].start:name[-1].end].split())


def name_after_fronted_date(text: str, timex: Timex, sentence: tuple[int, int]) -> list[Word] | None:
    """The name's words when ``timex`` opens ``sentence`` (after an opener of fronted_span_openers at most), a comma
    follows it, then at most NAME_RUN capitalised words and a listed verb; else None."""
    before = [w for w in words_in(text, sentence[0], timex.start) if w.is_word]
    if before and tuple(w.lower for w in before) not in phrase_list("fronted_span_openers"):
        return None       # "From", "Opening on": the run opens the sentence
    after = words_in(text, timex.end, min(sentence[1], timex.end + 200))
    if len(after) < 3 or after[0].text != ",":
        return None
    joiners = word_list("name_joiners")
    name: list[Word] = []
    k = 1
    while k < len(after) and len(name) < NAME_RUN and after[k].is_word and (
            after[k].is_capitalised or (name and after[k].lower in joiners)):
        name.append(after[k])
        k += 1
    while name and not name[-1].is_capitalised:
        name.pop()                 # "Harbour Jazz and": a joiner ends no name
        k -= 1
    if not name or not name[0].is_capitalised:
        return None
    lowered = [w.lower for w in after[k:k + 3]]
    if not any(tuple(lowered[:len(verb)]) == verb for verb in phrase_list("fronted_name_verbs")):
        return None
    return name
