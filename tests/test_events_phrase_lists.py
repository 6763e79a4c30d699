"""A phrase list gives its entries the longest first, in the same order in every run: where one
entry begins another ("in" and "in spite of" among the adverbial openers), the reader that takes
the first entry that matches takes the fuller one. The lists are sets, whose order changed with
the process's hash seed, so the entry tried first could differ from one run to the next."""
# Provenance: session 29 review (rv29): phrases._phrase_tuples and two _longest_first helpers
# were copies of phrase_list, one sorted and the others in the set's order.

import os
import subprocess
import sys

from calfeed.events.vocabulary import merged_phrase_list, phrase_list


def test_a_fuller_entry_comes_before_the_entry_it_extends():
    openers = phrase_list("adverbial_openers")
    assert openers.index(("in", "spite", "of")) < openers.index(("in",))
    assert openers.index(("in", "addition", "to")) < openers.index(("in",))
    assert [len(o) for o in openers] == sorted((len(o) for o in openers), reverse=True)


def test_two_lists_read_as_one():
    both = merged_phrase_list(("subordinators", "fronted_subordinators"))
    assert set(both) == set(phrase_list("subordinators")) | set(phrase_list("fronted_subordinators"))
    assert both.index(("even", "if")) < both.index(("if",))


def test_the_order_is_the_same_whatever_the_hash_seed():
    code = ("from calfeed.events.vocabulary import phrase_list; "
            "print(phrase_list('adverbial_openers'), phrase_list('event_verbs'))")
    seen = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        seen.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout)
    assert len(seen) == 1
