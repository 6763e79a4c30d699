"""Names for deadlines whose sentence names no event: who acts, what they hand in, what closes.

"Citizens can reply until 12 January" is not a deadline *for citizens*: it is when the
consultation named before closes. "National authorities must submit their first progress
reports by 30 September" is the submission of those reports. "Delegates should inform the
secretariat no later than 12 February" names nothing that closes, so the act itself is the
name: "Deadline for delegates to inform the secretariat".
"""

from __future__ import annotations

from calfeed.events.phrases import noun_run
from calfeed.events.vocabulary import VerbNominal, phrase_list, title_words, word_list
from calfeed.events.words import Word

MAX_OBJECT_WORDS = 8
MAX_ACT_WORDS = 8
MIN_PLURAL_LETTERS = 3     # "bus", "gas", "its": too short to read a plural by its ending


def is_actor(words: list[Word], subject: tuple[int, int] | None) -> bool:
    """The clause's subject names people or bodies ("Member States", "Applicants")."""
    if subject is None:
        return False
    actors = word_list("actors")
    return any(words[k].lower in actors for k in range(subject[0], subject[1] + 1))


def actor_text(words: list[Word], subject: tuple[int, int], text: str, stops: frozenset[str]) -> str:
    """The actors as written, over a list ("Citizens, businesses and public authorities"),
    up to the last actor word ("Media representatives wishing ..." -> "Media representatives"),
    with the article a single body needs ("the board")."""
    actors = word_list("actors")
    last = subject[1]
    k = subject[0]
    first = subject[0] - 1 if subject[0] > 0 and words[subject[0] - 1].lower in word_list("articles") else subject[0]
    while k < len(words):
        word = words[k]
        if word.text == "," or word.lower in word_list("actor_list_joiners") or (word.is_word and word.lower not in stops):
            if word.lower in actors:
                last = k
            k += 1
            continue
        break
    return " ".join(text[words[first].start:words[last].end].split())


def object_after(words: list[Word], verb_index: int, verb: VerbNominal, blocked: list[tuple[int, int]],
                 text: str, stops: frozenset[str]) -> str | None:
    """What an active verb acts on, with its link word: "of national plans", "for the forum",
    "on the new standard" (the table's object column: "of" for a direct object, else the
    preposition that must follow the verb).

    A leading possessive is dropped: "submit their reports" is the submission of reports."""
    span = object_span(words, verb_index, verb, blocked, stops)
    if span is None:
        return None
    if span[0] == span[1] and words[span[0]].lower in word_list("pronouns"):     # not "these Regulations"
        span = _antecedent(words, verb_index, span, blocked, stops)     # "place items ... and submit them"
        if span is None:
            return None       # "send them to the office": the pronoun names nothing of its own
    return f"{verb.object} " + " ".join(text[words[span[0]].start:words[span[1]].end].split())


def _antecedent(words: list[Word], verb_index: int, pronoun: tuple[int, int], blocked: list[tuple[int, int]],
                stops: frozenset[str]) -> tuple[int, int] | None:
    """The noun run a plural object pronoun ("them", "these": plural_object_pronouns) stands for:
    the nearest plural noun before its verb in the clause ("Residents who want to add topics to the
    meeting's list should ... send them in": the topics): a lower-case word with a plural
    ending (plural_noun_endings, not plural_noun_false_endings: "business", "status") after no
    pronoun ("it means") and no clause verb; None for any other pronoun, with a date between or
    with no such noun."""
    if words[pronoun[0]].lower not in word_list("plural_object_pronouns"):
        return None
    endings = tuple(word_list("plural_noun_endings"))
    not_plural = tuple(word_list("plural_noun_false_endings"))
    for k in range(verb_index - 1, 0, -1):
        word = words[k]
        if any(s < word.end and word.start < e for s, e in blocked):
            return None       # a date between: the words before are another date's
        if (word.is_word and word.text.islower() and len(word.text) > MIN_PLURAL_LETTERS and word.lower.endswith(endings)
                and not word.lower.endswith(not_plural) and word.lower not in word_list("clause_verbs")
                and words[k - 1].lower not in word_list("pronouns")):
            last, _ = noun_run(words, k, blocked, stops, MAX_OBJECT_WORDS)
            return (k, last) if last is not None and last < verb_index else None
    return None


def object_span(words: list[Word], verb_index: int, verb: VerbNominal, blocked: list[tuple[int, int]],
                stops: frozenset[str]) -> tuple[int, int] | None:
    """The first and last word of what the active verb at ``verb_index`` acts on (see object_after)."""
    if verb.object in ("", "-"):
        return None
    k = verb_index + 1
    if verb.object != "of":       # "register for the forum", "consult on the new standard"
        if k >= len(words) or words[k].lower != verb.object:
            return None
        k += 1
    possessives = word_list("possessives")
    if k < len(words) and words[k].lower in possessives:
        k += 1
    last, stopped = noun_run(words, k, blocked, stops, MAX_OBJECT_WORDS)
    if last is None:
        return None
    if last == k and stopped + 1 < len(words) and words[stopped].lower in word_list("noun_run_joins"):
        more, _ = noun_run(words, stopped + 1, blocked, stops, MAX_OBJECT_WORDS - 2)
        if more is not None and more > stopped + 1:
            last = more      # "suspend public and private work": one word, a joiner, then the noun it shares
    return k, last


def act_after(words: list[Word], subject_end: int, cue_start: int, text: str) -> tuple[str, str] | None:
    """The act an actor must do before the deadline cue: its first verb and the whole act,
    e.g. ("inform", "inform the secretariat") in "Delegates should inform the secretariat no
    later than". It follows the last modal or auxiliary word after the subject."""
    modals = word_list("modal_words")
    before = [k for k in range(subject_end + 1, len(words)) if words[k].end <= cue_start]
    if any(words[k].lower in word_list("relative_marks") for k in before):
        return None      # "Candidates are encouraged to use the service, which is available until ...": not their act
    bounds = phrase_list("act_bounds")
    starts = [k for k in before if any(tuple(w.lower for w in words[k:k + len(b)]) == b for b in bounds)]
    inside = {k + j for k in starts for b in bounds if tuple(w.lower for w in words[k:k + len(b)]) == b
              for j in range(len(b))}
    marks = [k for k in before if words[k].lower in modals and k not in inside]
    if not marks:
        return None
    act = [k for k in before if k > marks[-1] and not any(marks[-1] < s <= k for s in starts)]
    act = [k for k in act if not _bracketed(words, k)]     # "upload the final version (via the link)"
    if not act or len(act) > MAX_ACT_WORDS or not all(words[k].is_word for k in act):
        return None
    return words[act[0]].lower, " ".join(text[words[act[0]].start:words[act[-1]].end].split())


def _bracketed(words: list[Word], k: int) -> bool:
    """Word ``k`` is a bracket or inside a bracket that closes on its line."""
    if words[k].text in ("(", ")"):
        return True
    opened = next((j for j in range(k - 1, -1, -1) if words[j].text in ("(", ")")), None)
    return opened is not None and words[opened].text == "(" and any(w.text == ")" for w in words[k + 1:])


def without_possessives(title: str) -> str:
    """"Public consultation on its new strategy" -> "... on the new strategy": a title
    quoted away from its sentence has no owner for "its"."""
    possessives, article = word_list("possessives"), title_words()["possessive_article"]
    return " ".join(article if word.lower() in possessives else word for word in title.split(" "))


def dated_deadline_noun(words: list[Word], at: int) -> bool:
    """Whether the date at ``at`` is a deadline noun's own, joined to it by "of" ("the
    nomination deadline of 3pm on Wednesday 30th August"): a noun phrase with no verb of its
    own, so the tense of the sentence's other verb ("Election notices were circulated ...,
    with the nomination deadline of ...") says nothing of whether it has passed."""
    before = [w.lower for w in words if w.end <= at and w.is_word]
    if len(before) < 2 or before[-1] not in word_list("deadline_noun_links"):
        return False
    return any(tuple(before[-1 - len(n):-1]) == n for n in phrase_list("bound_deadline_nouns"))
