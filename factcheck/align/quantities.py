"""Group quantities about the same thing across documents.

Facts arrive blocked on what they count ("point", "USD").  Within a block they
are clustered one by one (leader clustering): a quantity joins the cluster
whose first member's context words overlap its own best (``MIN_SHARED``
stems and ``MIN_OVERLAP`` of the smaller context; between equal overlaps, a
cluster that holds its value), else starts a cluster.
Candidates come from an index of the clusters' words, so the cost grows with
the facts times the few clusters they share a word with, not with the square
of the block.  A quantity never joins a cluster where another name is the
agent ("Blackmore … 20 women" / "Oler … 2 women"), where the scope differs
("seven points in the first half"), where its own document already states
a different value (a source that gives two numbers for one thing is more
likely counting two things), where one is the earlier value of a change
("fell to $123.1 million from $145.7 million") or an expectation ("analysts
expected revenue of $2.08 billion") and the other is not, where one counts
the dead and the other the injured ("killed 258 people" / "injured more than
5,500"), or whose first value is more than ``MAX_RATIO`` times bigger or
smaller: "$41.50" (a share price) and "$123.1 million" (a profit) are
different things, while a slip of thousands for millions stays comparable.
In a folder of few documents, counts of one noun that each gives once join
though they share no word (``_lone_cluster``).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from factcheck.extract.quantities import (DEFINITE, DURATIONS, FORECAST, OFFSET, OTHER, PART, PERIOD, PERSON,
                                          POPULATION, PRIOR, SAME_COUNT, stem)
from factcheck.model import Fact

MIN_SHARED = 2
#: Marks that only keep quantities apart, never count as a word they share: two spans between events
#: ("six weeks ago", "two weeks ago") need words of their own in common.
_UNSHARED = frozenset((OFFSET, "year"))
_MARKS = "@!^<"
#: Context stems that narrow what is counted: "seven points in the first half" is not "14 points".
SCOPE = frozenset("half quarter period inning overtime lap".split())
MIN_OVERLAP = 0.34
#: The overlap that does when both count one narrowed noun or name one measure: a third of the smaller context.
SPECIFIC_OVERLAP = 0.33
#: Measures (stems) of a company's results that are never one another: revenue is no profit, and
#: neither is its share price ("Revenue fell 6%" / "shares fell nearly 9 percent").
RESULTS = {"revenu": "sales", "sal": "sales", "profit": "profit", "incom": "profit", "earning": "profit",
           "los": "profit", "loss": "profit", "shar": "stock", "stock": "stock", "dividend": "dividend"}
MAX_RATIO = 1000.0
#: Between clusters sharing as many words, one that already holds the same value is the likelier match
#: ("revenue of $2.1 billion" rather than analysts' "revenue of $2.08 billion"); less than one more word.
SAME_VALUE_BONUS = 0.5
#: A cluster holding the same value and sharing a word, too few to match otherwise, scores that word plus this:
#: more than two words shared with a cluster of other values.
EQUAL_VALUE_BONUS = 1.5
#: One named person's counts of one noun ("McDermott … 23 points" / "Doug McDermott scored 23 points")
#: need share no other word when their values are at most this many times apart.
PERSON_RATIO = 3.0


class _Profile(NamedTuple):
    """What a quantity is matched on, worked out once per fact."""

    context: frozenset[str]
    words: int  # context words, not counting marks: measure ("@…"), fate ("!…"), governor ("^…"), roles ("<…")
    governed: frozenset[str]  # the governor mark, if any
    scope: frozenset[str]
    roles: tuple[bool, ...]  # (PRIOR, FORECAST, OFFSET, OTHER, PERIOD, POPULATION, PART)
    fate: frozenset[str]
    agent: str | None
    size: float | None
    amount: bool
    person: bool  # a count about a named person, not a span of time
    years: frozenset[str]  # the years its sentence names
    scores: frozenset[str]  # the final scores of games its sentence gives
    beside: frozenset[str]  # the other amounts its sentence gives
    agent_stem: str  # the agent as a context word
    result: str | None  # which of a company's results its measure is (RESULTS)
    firm: bool  # the agent is surely a name, not a sentence's first word maybe common ("?rescuers")
    noun: str  # what it counts, as written: "miner" in the block of people a toll counts
    compound: str | None  # what it counts, when words before the noun narrow it: "resident doctor"
    own: frozenset[str]  # the governor marks that count as a word of their own (``_own``)
    located: bool  # its agent is only where it happened ("in Guatemala City … swallowing six cars")

    @classmethod
    def of(cls, fact: Fact) -> _Profile:
        governed = _governed(fact)
        written = frozenset(_ALIKE.get(word, word) for word in fact.get("context", ()))
        context = written - _UNSHARED | governed
        agent = fact.get("agent") or ""  # "?rescuers": a sentence's first word, maybe no name
        named = agent.lstrip("?")
        return cls(context, max(1, sum(1 for w in context if w[0] not in _MARKS)), governed, context & SCOPE,
                   (PRIOR in context, FORECAST in context, OFFSET in written, OTHER in context, PERIOD in context,
                    POPULATION in context, PART in context),
                   frozenset(w for w in context if w[0] == "!"),
                   named or None, _size(fact), fact.attribute == "amount",
                   bool(fact.get(PERSON)), frozenset(fact.get("years", ())),
                   frozenset(fact.get("scores", ())), frozenset(fact.get("beside", ())),
                   stem(named), next((RESULTS[w[1:]] for w in written if w[0] == "@" and w[1:] in RESULTS), None),
                   not agent.startswith("?"), SAME_COUNT.get(fact.get("unit"), fact.get("unit")),
                   _compound(fact.subject) if fact.attribute == "count" else None, _own(governed, context),
                   bool(fact.get("located")))

    def excludes(self, other: _Profile) -> bool:
        """Whether the two can never be one quantity, whatever their words share."""
        return (_other_scope(self.scope, other.scope, self.amount) or self.roles != other.roles
                or bool(self.fate and other.fate and self.fate != other.fate)
                or self.noun != other.noun and not (self.fate and self.fate == other.fate)
                or self.firm and other.firm and _different_agents(self.agent, other.agent)
                and (self.person or other.person or not _named_by_other(self, other))
                or _far_apart(self.size, other.size)
                or bool(self.years and other.years and self.years.isdisjoint(other.years))
                or bool(self.scores and other.scores and self.scores.isdisjoint(other.scores))
                or bool(self.result and other.result and self.result != other.result)
                or _other_measures(self, other))


#: Members whose words a cluster is matched on: its first ones, so a quantity told in other words by its
#: second document ("Delgado gets 20 years" / "was sentenced on Wednesday to 20 years") still finds it.
MATCHED_MEMBERS = 4


@dataclass
class _Cluster:
    profile: _Profile  # its first member's: what no member may be excluded from
    profiles: list[_Profile] = field(default_factory=list)  # its first MATCHED_MEMBERS members'
    members: list[Fact] = field(default_factory=list)
    values: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # source → values
    seen: set[str] = field(default_factory=set)  # every member's value


def pair_quantities(facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """(subject, facts) for every cluster that spans two or more documents."""
    clusters: list[_Cluster] = []
    postings: dict[str, list[int]] = defaultdict(list)
    parts = Counter(fact.source for fact in facts if PART in fact.get("context", ()))
    counted = Counter(fact.source for fact in facts)
    # sources with one count of the noun in all, or one part of a whole of it, when few documents count it: a
    # folder about one story ("31 of the 55 seats" beside "55 seats" may be another's "31 seats")
    lone: set[tuple[str, bool]] = set()
    tolls: set[tuple[str, str]] = set()  # (source, fate): its document's one count of what befell people
    if len(counted) <= LONE_SOURCES:
        lone = ({(source, False) for source, count in counted.items() if count == 1}
                | {(source, True) for source, count in parts.items() if count == 1})
        # (a count of others, or of an occasion years back, "forced more than 12,000 people from their homes" in
        # a fire of 2023, is no toll of this story's)
        fated = Counter((fact.source, word) for fact in facts if OTHER not in fact.get("context", ())
                        for word in fact.get("context", ()) if word[0] == "!")
        tolls = {key for key, count in fated.items() if count == 1}
    for fact in sorted(facts, key=lambda f: (f.source, f.start, f.end)):
        profile = _Profile.of(fact)
        home = _best_cluster(fact, profile, clusters, postings)
        if home is None and (fact.source, PART in fact.get("context", ())) in lone:
            home = _lone_cluster(fact, profile, clusters, lone)
        if home is None and tolls and len(profile.fate) == 1 and (fact.source, *profile.fate) in tolls:
            home = _lone_toll(profile, clusters, tolls)
        if home is None:
            home = len(clusters)
            clusters.append(_Cluster(profile))
        cluster = clusters[home]
        if len(cluster.profiles) < MATCHED_MEMBERS:
            cluster.profiles.append(profile)
            for word in profile.context:
                if not postings[word] or postings[word][-1] != home:
                    postings[word].append(home)
        cluster.members.append(fact)
        cluster.values[fact.source].add(fact.value)
        cluster.seen.add(fact.value)
    return [(_subject(c.members), c.members) for c in clusters if len(c.values) > 1]


def _best_cluster(fact: Fact, profile: _Profile, clusters: list[_Cluster],
                  postings: dict[str, list[int]]) -> int | None:
    best: tuple[float, int] | None = None
    for index in sorted({c for word in profile.context for c in postings[word]}):
        cluster = clusters[index]
        own = cluster.values.get(fact.source)
        if own and fact.value not in own or profile.excludes(cluster.profile):
            continue
        allowed = [other for other in cluster.profiles if not profile.excludes(other)]
        score = max((_score(profile, other) or 0.0 for other in allowed), default=0.0) or None
        if fact.value in cluster.seen:
            if score is not None:
                score += SAME_VALUE_BONUS
            else:
                # the same value with a word in common: "a 29% premium to Friday's close" / "a price 29 percent
                # above where the stock ended trading Friday", rather than another measure sharing more words
                common = max((len(_words(profile.context) & _words(other.context)) for other in allowed), default=0)
                score = common + EQUAL_VALUE_BONUS if common else None
        if score is not None and (best is None or score > best[0]):
            best = (score, index)
    return best[1] if best else None


def _lone_cluster(fact: Fact, profile: _Profile, clusters: list[_Cluster],
                  lone: set[tuple[str, bool]]) -> int | None:
    """The one cluster a count its document gives alone may join though they share no word: every member also
    the only count of that noun its document gives ("The bill passed with 54 votes in the 101-seat parliament" /
    "The law received 56 votes in the 101-member legislature"), of a noun that is no span of time or plain
    people, with values at most ``LONE_RATIO`` times apart.  The documents tell one story: what each counts
    once is likely one thing."""
    # "a 14-year-old girl" / "a 12-year-old girl": two girls; a count someone is named as whose is that one's
    if fact.attribute != "count" or profile.noun in _PLAIN_NOUNS or profile.noun.startswith("age-") or (
            profile.size is None or profile.agent and not profile.located):
        return None
    found = [index for index, cluster in enumerate(clusters)
             if all((member.source, PART in member.get("context", ())) in lone for member in cluster.members)
             and _lone_alike(profile, cluster.profile)]
    return found[0] if len(found) == 1 else None


def _lone_toll(profile: _Profile, clusters: list[_Cluster], tolls: set[tuple[str, str]]) -> int | None:
    """The one cluster of the same fate whose every member is also its document's only count of that fate ("Police
    said they arrested 17 people" / "27 people were detained"), of no one's, near enough in size: documents that
    tell one story and each say once how many were arrested (killed, hurt, rescued) tell one toll."""
    (fate,) = profile.fate
    found = [index for index, cluster in enumerate(clusters)
             if cluster.profile.fate == profile.fate and all((m.source, fate) in tolls for m in cluster.members)
             and _lone_alike(profile, cluster.profile, narrowed=False)]
    return found[0] if len(found) == 1 else None


def _lone_alike(a: _Profile, b: _Profile, narrowed: bool = True) -> bool:
    """Two lone counts that may be one: nobody's (no agent: "Corvane will cut 1,200 jobs" / "… add 1,400
    positions" are the company's two acts; a place where it happened is no one, when the other side names it too:
    "in Guatemala City … swallowing six cars" / "GUATEMALA CITY - Four cars plunged into a sinkhole"; for a toll,
    ``narrowed`` off, whether it names it or not: "Authorities in Bhutan evacuated more than 2,300 people" /
    "forcing about 1,600 people to flee their homes"), of one narrowed noun (or one narrowed, one bare: "nine
    cooperation agreements" / "seven agreements"; any, unless ``narrowed``: "750 hectares of pine forest" / "1,200
    hectares of forest and scrub" burned) and one fate, near enough in size."""
    unclaimed = [not p.agent or p.located and (not narrowed or _named_by_other(a, b)) for p in (a, b)]
    return (unclaimed[1] and (unclaimed[0] or not a.located)
            and (not narrowed or a.compound == b.compound or not a.compound or not b.compound)
            and a.fate == b.fate
            and not a.excludes(b)
            and a.size is not None and b.size is not None and max(a.size, b.size) <= LONE_RATIO * min(a.size, b.size))


#: The most documents counting one noun for lone counts to be paired: beyond it they may tell other stories.
LONE_SOURCES = 10
#: How far apart two lone counts of one noun may be and still be one count.
LONE_RATIO = 2.0
#: Nouns counted too often, in too many senses, to pair two counts by their noun alone.
_PLAIN_NOUNS = DURATIONS | {PERSON, "time", "percent", "point"}


def _words(context: frozenset[str]) -> frozenset[str]:
    """The plain words of a context, without its marks."""
    return frozenset(w for w in context if w[0] not in _MARKS)


def _governed(fact: Fact) -> frozenset[str]:
    """The governing word, as an extra context word of its own: "married two weeks" ~ "married six weeks"."""
    governor = fact.get("governor")
    return frozenset((f"^{_ALIKE.get(governor, governor)}",)) if governor else frozenset()


#: Stems of words that say one thing of a count, as one word: "cut 1,200 jobs" / "eliminate 1,400 positions",
#: "stole $3.8 million" / "siphoned $3.6 million", "ransomware group demanded" / "ransom … is seeking".
_ALIKE = {
    **dict.fromkeys(("cut", "cutt", "slash", "eliminat", "shed", "axe", "axed", "lay", "layoff"), "cut"),
    **dict.fromkeys(("stol", "steal", "stolen", "siphon", "embezzl", "misappropriat"), "steal"),
    **dict.fromkeys(("demand", "seek", "sought", "ask"), "demand"),
    **dict.fromkeys(("ransom", "ransomwar"), "ransom"),
    **dict.fromkeys(("found", "find", "recover", "retriev"), "find"),  # "recovered 11 fragments" / "found 17"
    **dict.fromkeys(("combin", "total", "overall"), "total"),  # "fetched a combined €7.4 million" / "a total of"
    **dict.fromkeys(("contract", "deal"), "deal"),  # "signed a five-year contract" / "signed a four-year deal"
    **dict.fromkeys(("injur", "injury", "hurt", "wound"), "hurt"),  # "treated for minor injuries" / "were hurt"
    **dict.fromkeys(("electricity", "power"), "power"),  # "lost electricity" / "left without power"
    **dict.fromkeys(("information", "detail", "data", "record"), "data"),  # "personal information" / "details"
    **dict.fromkeys(("clos", "closur", "shut", "shutdown"), "clos"),  # "43 schools … closed" / "stay shut"
    **dict.fromkeys(("explosion", "explod", "blast"), "blast"),  # "where the explosion occurred" / "the blast"
    **dict.fromkeys(("flat", "apart"), "flat"),  # "lived in the flat" / "the apartment" (stem "apart")
    **dict.fromkeys(("cancel", "cancell", "scrap", "scrapp"), "cancel"),  # "cancelled 214 flights" / "scrapped 340"
    **dict.fromkeys(("recall", "withdraw", "withdrawn"), "recall"),  # "recalling 1.8 million packs" / "withdrawn"
    **dict.fromkeys(("evacuat", "mov", "relocat"), "evacuat"),  # "moved 86,000 residents" / "48,000 evacuated"
    **dict.fromkeys(("bitcoin", "cryptocurrency", "crypto"), "crypto"),  # "$4.5 million in bitcoin" / "in crypto"
    "revenu": "sal", "@revenu": "@sal",  # "Revenue … fell 6.2 percent to" / "Sales … came in at"
}


def _other_scope(own: frozenset[str], theirs: frozenset[str], amount: bool) -> bool:
    """Counts need the same scope ("seven points in the first half" is not "14 points"); amounts only
    differing ones, since "third-quarter profit" and "profit" in one story are the same amount."""
    return own != theirs and (not amount or bool(own and theirs))


def _size(fact: Fact) -> float | None:
    """A positive magnitude for the fact's interval (its low end, else its high end), or None."""
    span = fact.get("interval")
    if span is None:
        return None
    for end in (span.low, span.high):
        if end and end > 0 and math.isfinite(end):
            return end
    return None


def _far_apart(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and max(a, b) > MAX_RATIO * min(a, b)


def _other_measures(a: _Profile, b: _Profile) -> bool:
    """Both name what they measure with a noun, and neither's measure is among the other's words: "inflation
    stood at 4.1%" ("@price") and "the rate had stood at 6.25%" ("@rat") are two figures.  A measure that is
    also the governing verb ("adds $4.6 million", "puts $4.1 million toward") says too little to tell."""
    left = {w[1:] for w in a.context if w[0] == "@" and f"^{w[1:]}" not in a.governed}
    right = {w[1:] for w in b.context if w[0] == "@" and f"^{w[1:]}" not in b.governed}
    return bool(left and right and left.isdisjoint(right) and not any(
        m in b.context or stem(m) in b.context for m in left) and not any(
        m in a.context or stem(m) in a.context for m in right))


def _named_by_other(a: _Profile, b: _Profile) -> bool:
    """Whether one side's agent is among the other's words: "the operator of the Xe Pian Tai dam in southern Laos
    to pay $3.8m" and "the developer of the Xe Pian Tai dam to pay US$5.3 million" name one dam (a person's count,
    "Carter scored 14 points" beside "VanDeest led with 13 points, while Carter …", stays the person's)."""
    return a.agent_stem in b.context or b.agent_stem in a.context


def _different_agents(left: str | None, right: str | None) -> bool:
    """Both name who the number is about, and the names differ."""
    return bool(left and right and left != right)


def _score(a: _Profile, b: _Profile) -> float | None:
    """Shared context words, if enough; a shared mark (a measure "@revenu", a governor "^depth") counts
    as one more shared word without making either context bigger, while a governor the other side lacks
    counts as one more word of its own.  Two counts of one named person's (``_one_persons``) need share
    nothing else either.  Two definite counts of one noun ("the
    three victims", "the seven victims") need share nothing else: each is the whole set its story knows."""
    both = a.context & b.context
    # a governor not shared counts as a word of its side's context; one shared that is also the shared
    # measure ("puts $800,000 toward" / "puts $4.1 million toward": "^put", "@put") counts once
    shared = len(both) - sum(1 for w in a.governed & b.governed if f"@{w[1:]}" in both)
    if a.fate and a.fate == b.fate:
        shared += 1  # one fate counts twice: "killing 45 people" / "45 people died in the disaster"
    if a.agent and a.agent == b.agent and a.agent_stem not in a.context & b.context:
        shared += 1  # whose count it is, when the name is not within both windows already
    if not a.beside.isdisjoint(b.beside):
        shared += 1  # the same amount beside: "a five-year, $142 million contract" / "a four-year, $142 million deal"
    # of one fate, a governor the other side has as a plain word is shared: "arrested six suspects" / "eight
    # suspects arrested"
    crossed = ({w for w in a.governed - b.context if w[1:] in b.context},
               {w for w in b.governed - a.context if w[1:] in a.context}) if a.fate and a.fate == b.fate else (
        set(), set())
    shared += len(crossed[0]) + len(crossed[1])
    # one narrowed noun ("About 4,000 resident doctors" / "some 1,800 resident doctors") or one measure ("the
    # rate … to 2.75 per cent" / "the official cash rate to 2.50 per cent") says more than one shared word
    specific = bool(a.compound and a.compound == b.compound) or any(w[0] == "@" for w in both)
    shared += a.compound is not None and a.compound == b.compound
    definite = DEFINITE in a.context and DEFINITE in b.context
    sizes = (a.words + len(a.own - b.context - crossed[0]), b.words + len(b.own - a.context - crossed[1]))
    overlap = SPECIFIC_OVERLAP if specific else MIN_OVERLAP
    if not definite and (shared < MIN_SHARED or shared / min(sizes) < overlap) and not _one_persons(a, b):
        return None
    return shared + shared / len(a.context | b.context)


def _compound(subject: str) -> str | None:
    """A counted noun narrowed by other words, up to the one word after its "of": "resident doctor", "barrel of
    crude" (of "barrel of crude escaped"); None for a bare noun."""
    words = subject.split()
    if "of" in words:
        words = words[:words.index("of") + 2]
    return " ".join(words) if len(words) > 1 else None


def _own(governed: frozenset[str], context: frozenset[str]) -> frozenset[str]:
    """The governor marks that count as a word of their own: not one naming the measure itself ("took the
    cash rate to 2.50 per cent": "^rat" beside "@rat")."""
    return frozenset(w for w in governed if f"@{w[1:]}" not in context)


def _one_persons(a: _Profile, b: _Profile) -> bool:
    """Both count something of the same named person (one document names them in full: "Doug McDermott"),
    with values near enough to be one count."""
    return ((a.person or b.person) and a.agent == b.agent and a.size is not None and b.size is not None
            and max(a.size, b.size) <= PERSON_RATIO * min(a.size, b.size))


def _subject(members: list[Fact]) -> str:
    """The shortest noun phrase among the members: "diplomatic property" and "property" → "property"."""
    return min((m.subject for m in members), key=lambda s: (len(s), s))
