"""The tense reader checks a sentence's candidate cues lazily for the first date asked about in it
(tense._Candidates): its answer must be the one the reading that checks every cue gives."""

from __future__ import annotations

import random
import re
from pathlib import Path

from calfeed.text import SentenceLookup
from calfeed.timex import tense
from calfeed.timex.lexicon import load_list

CORPORA = Path(__file__).parent / "corpus"
_DATE_LIKE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?(?:\s[A-Z][a-z]{2,8})?|[A-Z][a-z]{2,8}\s\d{1,2}|[A-Z][a-z]{4,8}day)\b")


def _corpus_texts() -> list[str]:
    texts = []
    for name in ("timex.txt", "negatives.txt"):
        lines = [line.split(" | ")[0].replace("[", "").replace("]", "")
                 for line in (CORPORA / name).read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
        texts.append("\n".join(lines))
    return texts


def _made_up_text(seed: int, words: int) -> str:
    """Cue words, participles, marks, commas, brackets and dates run together (seeded)."""
    rng = random.Random(seed)
    cues = sorted(tense._lexicon("en"))
    pieces = cues + ["closed", "opened", "the", "a", "school", "results released:", "was", "be", "to", "and",
                     "which", "who", ",", ", which", "(", ")", "[", "]", ";", "will", "by", "until", "has until",
                     "on 3 May", "May 4", "Friday", "12th", "7th allotted", "as planned", "Sales", "Kelby Rovers,",
                     "postponed until", "as the last date for", "due to", "expected", "-", "the year's"]
    pieces += list(load_list("en", "same_form_pasts")) + list(load_list("en", "directive_verbs"))
    glue = [" ", " ", " ", ", ", ". ", "\n", "  ", ": "]
    return "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(words))


def _answers(text: str, spans: list[tuple[int, int]]) -> tuple[list[str | None], list[str | None]]:
    """Each span's tense read lazily (a fresh cache: the first date of its sentence) and with every
    cue of its sentence checked (the cache holding the settled cues)."""
    sentences = SentenceLookup(text)
    lazy, settled = [], []
    for start, end in spans:
        lazy.append(tense.tense_at(sentences, start, end, "en", {}))
        s_start, s_end = sentences.at(start)
        cache = {(s_start, s_end): tense._settled(*tense._sentence_cues(text, s_start, s_end, "en"))}
        settled.append(tense.tense_at(sentences, start, end, "en", cache))
    return lazy, settled


def test_lazy_reading_answers_as_the_full_reading_over_the_corpora():
    told = 0
    for text in _corpus_texts():
        spans = [m.span() for m in _DATE_LIKE.finditer(text)]
        lazy, settled = _answers(text, spans)
        assert lazy == settled
        told += sum(answer is not None for answer in lazy)
    assert told > 300


def test_lazy_reading_answers_as_the_full_reading_over_made_up_text():
    told = 0
    for seed in range(6):
        text = _made_up_text(seed, 4000)
        rng = random.Random(seed)
        words = [m.span() for m in re.finditer(r"\S+", text)]
        spans = rng.sample(words, 600)
        lazy, settled = _answers(text, spans)
        assert lazy == settled
        told += len({answer for answer in lazy})
    assert told >= 12


def test_found_cues_keep_the_listed_order():
    """_scored (every candidate checked) lists a directive's infinitive, the opening request, the
    participles, the same-form pasts, then a comma relative's past, which counts only when no
    future is told; a sentence of another language has none."""
    found = tense._scored("Send the forms, which the board ordered the staff to publish, and she cut the fees", "en")
    assert [c[:3] for c in found] == [(50, 60, "none"), (0, 4, "future"), (32, 39, "past"), (70, 73, "past")]
    assert [c[:3] for c in tense._scored("The fair, celebrated on 2 November, drew crowds", "en")] \
        == [(36, 40, "past"), (10, 20, "past")]
    assert [c[:3] for c in tense._scored("The fair, celebrated on 2 November, will draw crowds", "en")] \
        == [(36, 40, "future")]
    dutch = "De ploeg had gisteren een wedstrijd op het veld gespeeld, de trainer keek met de spelers naar het elftal"
    assert tense._scored(dutch, "en") and tense._sentence_cues(dutch, 0, len(dutch), "en")[0].cues == []
