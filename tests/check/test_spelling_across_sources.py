"""spelling-across-sources: sources whose spellings share nothing with another source's."""
import random

from factcheck.check.kinds.spelling_across_sources import conflicting
from factcheck.model import Fact


def fact(source, spelling):
    return Fact(source, 0, 1, "name", "spelling", "Z", ("z",), spelling, spelling, spelling, spelling)


def brute_force(facts):
    sets = {}
    for f in facts:
        sets.setdefault(f.source, set()).add(f.value.casefold())
    apart = {a for a in sets for b in sets if not sets[a] & sets[b]}
    return {f for f in facts if f.source in apart}


def test_disjoint_sources_fire_and_a_shared_spelling_does_not():
    facts = (fact("a", "Zelensky"), fact("b", "Zelenskyy"), fact("c", "Zelensky"), fact("c", "Zelenskyy"))
    assert {f.source for f in conflicting(facts, {})} == {"a", "b"}
    assert conflicting((fact("a", "Zelensky"), fact("b", "ZELENSKY")), {}) == ()


def test_same_answer_as_comparing_every_pair_of_sources():
    rng = random.Random(7)
    for _ in range(50):
        forms = [f"Name{n}" for n in range(rng.randint(1, 6))]
        facts = tuple(fact(f"d{rng.randrange(12)}", rng.choice(forms)) for _ in range(rng.randint(1, 30)))
        assert set(conflicting(facts, {})) == brute_force(facts)
