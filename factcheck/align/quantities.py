"""Group quantities about the same thing across documents.

Facts arrive blocked on what they count ("point", "USD").  Within a block they
are clustered one by one (leader clustering): a quantity joins the cluster
whose first member's context words overlap its own best (``MIN_SHARED``
stems and ``MIN_OVERLAP`` of the smaller context), else starts a cluster.
Candidates come from an index of the clusters' words, so the cost grows with
the facts times the few clusters they share a word with, not with the square
of the block.  A quantity never joins a cluster where another name is the
agent ("Blackmore … 20 women" / "Oler … 2 women"), where the scope differs
("seven points in the first half"), or where its own document already states
a different value: a source that gives two numbers for one thing is more
likely counting two things.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from factcheck.model import Fact

MIN_SHARED = 2
#: Context stems that narrow what is counted: "seven points in the first half" is not "14 points".
SCOPE = frozenset("half quarter period inning overtime lap".split())
MIN_OVERLAP = 0.34


@dataclass
class _Cluster:
    context: frozenset[str]
    scope: frozenset[str]
    agent: str | None
    members: list[Fact] = field(default_factory=list)
    values: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # source → values


def pair_quantities(facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """(subject, facts) for every cluster that spans two or more documents."""
    clusters: list[_Cluster] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for fact in sorted(facts, key=lambda f: (f.source, f.start, f.end)):
        context = frozenset(fact.get("context", ())) | _governed(fact)
        home = _best_cluster(fact, context, clusters, postings)
        if home is None:
            home = len(clusters)
            clusters.append(_Cluster(context, context & SCOPE, fact.get("agent")))
            for word in context:
                postings[word].append(home)
        cluster = clusters[home]
        cluster.members.append(fact)
        cluster.values[fact.source].add(fact.value)
    return [(_subject(c.members), c.members) for c in clusters if len(c.values) > 1]


def _best_cluster(fact: Fact, context: frozenset[str], clusters: list[_Cluster],
                  postings: dict[str, list[int]]) -> int | None:
    best: tuple[float, int] | None = None
    for index in sorted({c for word in context for c in postings[word]}):
        cluster = clusters[index]
        if cluster.scope != context & SCOPE or _different_agents(fact.get("agent"), cluster.agent):
            continue
        own = cluster.values.get(fact.source)
        if own and fact.value not in own:
            continue
        score = _score(context, cluster.context)
        if score is not None and (best is None or score > best[0]):
            best = (score, index)
    return best[1] if best else None


def _governed(fact: Fact) -> frozenset[str]:
    """The governing word, as an extra context word of its own: "married two weeks" ~ "married six weeks"."""
    governor = fact.get("governor")
    return frozenset((f"^{governor}",)) if governor else frozenset()


def _different_agents(left: str | None, right: str | None) -> bool:
    """Both name who the number is about, and the names differ."""
    return bool(left and right and left != right)


def _score(a: frozenset[str], b: frozenset[str]) -> float | None:
    shared = len(a & b)
    if shared < MIN_SHARED or shared / min(len(a), len(b)) < MIN_OVERLAP:
        return None
    return shared + shared / len(a | b)


def _subject(members: list[Fact]) -> str:
    """The shortest noun phrase among the members: "diplomatic property" and "property" → "property"."""
    return min((m.subject for m in members), key=lambda s: (len(s), s))
