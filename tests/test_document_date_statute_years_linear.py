"""A year-less page dates itself by a statute whose commencement it tells beside a day written
with its weekday (undated._commenced_statute_year). A sentence holding such a day was split from
its start up to each bare year in it, and from the year to its end: a one-sentence page listing
many statutes cost its length times its years. The sentence is now split once, and each year is
looked up in that split; where the split does not part at a year's edges the year is read as
before, so the answers are the same."""

from __future__ import annotations

from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.timex.name_years import cited_year
from calfeed.timex.undated import _commenced_statute_year, _Weekday
from call_counts import count_words


def _statute_page(statutes: int, glue: str = " ", verb: str = "takes effect") -> tuple[str, list[Timex], list[_Weekday]]:
    """One sentence: a weekday-dated day, then ``statutes`` laws each named with its year."""
    text = "On Friday, April 1, the"
    day = Timex(3, 18, "Friday, April 1", "DATE", "XXXX-04-01")
    years = []
    for k in range(statutes):
        text += f" Harbour Act{glue}"
        written = str(1900 + k % 120)
        years.append(Timex(len(text), len(text) + 4, written, "DATE", written))
        text += written + ","
    text = text[:-1] + f" {verb} for each berth."
    return text, [day, *years], [_Weekday(day, 4, 1, 5)]


def _words_split(statutes: int, monkeypatch) -> int:
    text, timexes, named = _statute_page(statutes)
    counter = count_words(monkeypatch)
    assert _commenced_statute_year(text, timexes, named) == 1900 + statutes - 1    # one sentence, all read
    return counter.count


def test_a_sentence_of_many_statute_years_is_split_once(monkeypatch):
    """On the parent 80 years split some 14 times the words of 20 (the sentence once per year)."""
    small, large = _words_split(20, monkeypatch), _words_split(80, monkeypatch)
    assert large <= 6 * small


def test_the_latest_commenced_statute_year_is_still_found():
    text, timexes, named = _statute_page(12)
    assert _commenced_statute_year(text, timexes, named) == 1911
    text, timexes, named = _statute_page(12, verb="is cited")
    assert _commenced_statute_year(text, timexes, named) is None


def test_a_year_glued_to_its_statute_by_a_comma_is_read_as_before():
    """"Harbour Act,1911": the sentence's split keeps no edge at the year, so it is read afresh."""
    text, timexes, named = _statute_page(12, glue=",")
    assert _commenced_statute_year(text, timexes, named) == 1911


def test_the_words_cited_year_reads_answer_as_all_the_words_before_the_year():
    from calfeed.timex.name_years import cited_reach      # new beside this guard: the others run on the parent

    sentences = ["Under the Constitution of the Republic of Kenya, 2010 the rules apply",
                 "the Municipal Systems Act No. 32 of 2000 and the Companies Act, 2013 apply",
                 "the Local Planning Regulations (2012) and the Water Act 1999 , , ; 2004 apply",
                 "In 2017 the club met"]
    for sentence in sentences:
        words = words_in(sentence, 0, len(sentence))
        for end in range(len(words) + 1):
            assert cited_year(words[cited_reach(words, end):end]) == cited_year(words[:end]), (sentence, end)
