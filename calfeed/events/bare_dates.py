"""A sentence that is only a day, a venue and a clock ("Tuesday 3 October at the Village
Centre 2.15pm.") times the event the sentences before it name ("... is coming to give a
talk ..."): newsletters and notice boards write the what and the when apart."""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import start_free, words_in
from calfeed.text import only_marks, start_of_line

MAX_TAIL_WORDS = 10      # words after the day ("at the Old School Rooms, Church Lane, from 7.30pm")


def bare_date_sentence(text: str, sentence: tuple[int, int], start: int, end: int,
                       spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence holding the date ``start..end`` is that date with at most a lead
    word ("On"), a venue's capitalised name and clocks (``spans``: the dates of the sentence):
    no verb and no lower-case word that would make it a clause of its own. It must go on a
    line after another sentence, as running text does."""
    line_start = start_of_line(text, sentence[0])
    if only_marks(text, line_start, sentence[0]):
        return False          # a date line of its own ("- THURSDAY 2nd July") heads what is below it
    words = words_in(text, *sentence)
    outside = [w for w, free in zip(words, start_free(words, spans)) if free]
    lead = [w for w in outside if w.end <= start and w.is_word]
    if len(lead) > 1 or (lead and lead[0].lower not in word_list("fronted_date_leads")):
        return False
    tail = [w for w in outside if w.start >= end and w.is_word]
    allowed = (word_list("place_prepositions") | word_list("articles") | word_list("clock_joiners")
               | word_list("name_particles"))
    return len(tail) <= MAX_TAIL_WORDS and all(
        (w.is_capitalised and w.lower not in word_list("clause_verbs")) or w.lower in allowed for w in tail)
