"""Tense cues: which verb governs a date (the corpus checks values; these the why)."""

from __future__ import annotations

from calfeed.text import split_sentences
from calfeed.timex.tense import firm_past, tense_at


def _tense(sentence: str) -> str | None:
    start = sentence.index("[")
    end = sentence.index("]") - 1
    text = sentence.replace("[", "").replace("]", "")
    return tense_at(split_sentences(text), start, end)


def test_irregular_past_counts_in_lower_case_only():
    assert _tense("In [January], the company brought in a new chief.") == "past"
    assert _tense("In [January], the Fed chief Won Kim speaks.") != "past"


def test_participle_after_a_modal_and_be_is_no_past():
    assert _tense("The treaty should be signed on [15 March].") == "future"
    assert _tense("The treaty must be formally signed on [15 March].") == "future"
    assert _tense("The treaty was signed on [15 March].") == "past"


def test_a_cue_across_a_clause_mark_weighs_less():
    assert _tense("The minister said on [Monday] that the meeting will take place on Friday.") == "past"
    assert _tense("The minister said on Monday that the meeting will take place on [Friday].") == "future"
    assert _tense("The sale, which had been expected, is part of a program to pay down debt by [February].") \
        == "future"


def test_infinitive_looks_forward_only_from_before_the_date():
    assert _tense("Thermo agreed to purchase the line in [February].") == "future"
    assert _tense("Society agreed in [June] to buy Trustcorp.") == "past"


def test_possessive_date_was_already_seen():
    assert _tense("They would appeal [Wednesday]'s ruling.") == "past"
    assert _tense("They will attend [Monday]'s meeting.") == "future"


def test_untensed_deadline_looks_forward():
    assert _tense("Holders repay the loan by [February].") == "future"
    assert _tense("Holders repay the loan in [February].") is None


def test_firm_past_is_a_past_verb_right_before_or_an_opening_date():
    text = "The conference was held on 3 March. In January, the firm sold it. It extended the offer until Nov. 9."
    assert firm_past(text, text.index("3 March"))
    assert firm_past(text, text.index("January"))
    assert not firm_past(text, text.index("Nov. 9"))


def test_a_postponed_date_is_a_later_target():
    assert _tense("Officials postponed until [Tuesday] any action on the case.") == "future"
    assert _tense("The talks lasted until [Friday].") == "past"


def test_cue_phrases_and_clause_marks_share_one_scan():
    """One scan finds both lists' spans exactly when they share no word (tense._finders)."""
    from calfeed.timex.tense import _clause_marks, _cues, _finders, _words

    assert _finders("en").marks is None
    sentence = "The minister said on Monday, which was expected, that the meeting will take place in June."
    assert _words(sentence, "en") == (_cues("en").spans(sentence), _clause_marks("en").spans(sentence))


def test_a_long_s_is_an_s_in_cues_and_clause_marks():
    assert _tense("The miniſter ſaid on [Monday] whoſe meeting will take place on Friday.") == "past"


def test_a_request_looks_forward():
    assert _tense("Send your comments on [3 March].") == "future"
    assert _tense("Please reply by the end of the day on [Friday].") == "future"
    assert _tense("- Register for the workshop in [March].") == "future"
    assert _tense("Call volumes fell on [Friday].") == "past"       # a noun opening, the nearer verb leads


def test_an_attributive_participle_is_no_verb():
    # "they set": after a plural the present reads the same, so "set" tells no tense either
    # ("she set" is past: same_form_pasts.txt)
    assert _tense("On [Friday], they set aside their vacation for the hastily planned trip.") is None
    assert _tense("On [Friday], she set aside her vacation for the hastily planned trip.") == "past"
    assert _tense("The trip was planned for [Friday].") == "past"


def test_firm_past_reaches_over_an_object_or_adverb_but_no_phrase_or_clause():
    text = ("The rates held steady in January. The firm sold its stake in June. "
            "The paper said in an editorial on Saturday. He said the firm plans offerings in May. "
            "The firm extended its offer until Nov. 9.")
    assert firm_past(text, text.index("January"))
    assert firm_past(text, text.index("June"))
    assert not firm_past(text, text.index("Saturday"))
    assert not firm_past(text, text.index("May"))
    assert not firm_past(text, text.index("Nov. 9"))
