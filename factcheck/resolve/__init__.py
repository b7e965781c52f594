"""Resolve entities: group the mentions of one person across and within documents.

A pure function over all facts of the corpus.  Surnames are blocked on a short
transliteration-blind key and compared only within a block, so cost grows with
the number of distinct surnames sharing a key, not with the square of the
corpus.  Within a group of surname spellings, people are told apart by their
given names (Maria and Anna Zakharova stay two people; Jim and James Oler are
one).  A surname-only mention joins the one person of that surname its own
document names, else the one person the corpus names (and is marked
``matched_elsewhere``); when that is ambiguous it stays alone.  An event's
participants are kept only when the corpus names them as people, and a quote's speaker is
keyed by the surname of the person it resolves to.  User aliases (``[tool.factcheck.aliases]``) are applied first and
their spellings are accepted forms, never reported as variants.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Mapping

from factcheck.extract.events import MAYBE
from factcheck.extract.names import fold
from factcheck.model import Fact
from factcheck.resolve.similarity import block_keys, close_surnames, given_compatible, surname_variants

PERSON_KINDS = ("name", "person")
#: Set on a surname-only mention whose document names no one of that surname in full: it was matched to
#: its person through other documents.
MATCHED_ELSEWHERE = "matched_elsewhere"
Mention = tuple[str, str, str]  # (source, given, surname) as written


def resolve(facts: Iterable[Fact], aliases: Mapping[str, tuple[str, ...]] | None = None) -> list[Fact]:
    """``facts`` with every person fact's subject and key rewritten to its resolved entity.

    Work is done once per distinct mention (source, given name, surname as
    written), not per fact: a corpus names the same people again and again.
    """
    facts = list(facts)
    canonical = _alias_table(aliases or {})
    written = [_written(f) if f.kind in PERSON_KINDS else None for f in facts]
    # Without aliases every mention is as written: skip folding its names to look them up.
    mentions = {w: _mention(w, canonical) if canonical else w for w in set(written) if w is not None}
    titles: dict[Mention, set[str]] = defaultdict(set)  # what each mention's person is called in its sentence
    for fact, as_written in zip(facts, written):
        if as_written is not None and fact.attribute == "title":
            titles[mentions[as_written]].add(fact.value)
    entity_of, names, given_only = _entities(set(mentions.values()), titles)
    named_in = {(mention[0], entity) for mention, entity in entity_of.items() if mention[1]}
    people = {fold(mention[2]) for mention in mentions.values() if mention[1]}
    plans = {as_written: _plan(as_written, mention, entity_of.get(mention), names, named_in)
             for as_written, mention in mentions.items()}
    known: dict[tuple[str, ...], tuple[str, ...]] = {}  # participants as written → those known as people
    speakers = _speaker_surnames(mentions, entity_of, names)
    # where people of a surname are first named in full, only for the documents with a lone surname that
    # is ambiguous: the corpus names hundreds of thousands of people
    ambiguous = {(source, fold(surname)) for (source, given, surname), plan in plans.items()
                 if plan[0] is None and not given}
    introduced = _introduced(facts, written, mentions, entity_of, ambiguous) if ambiguous else {}
    resolved = []
    for fact, as_written in zip(facts, written):
        if as_written is None:
            if fact.kind == "event":
                fact = _known_participants(fact, people, known)
            elif fact.kind == "quote" and speakers:
                fact = _resolved_speaker(fact, speakers)
            resolved.append(fact)
            continue
        entity, name, surname, elsewhere = plans[as_written]
        if entity is None and not as_written[1]:
            entity = _named_before(introduced.get((fact.source, fold(as_written[2])), ()), fact.start)
            name = names.get(entity, "") if entity else name
        if entity is None or fact.attribute == "spelling" and mentions[as_written] in given_only:
            # ambiguous, or a given name written alone ("Linda"), which spells no surname: compared with nothing
            key = (fact.kind, "?", fact.source, str(fact.start))
            resolved.append(fact.about(fact.subject, key, fact.value))
            continue
        value = surname if surname is not None and fact.attribute == "spelling" else fact.value
        fact = fact.about(name, (fact.kind, entity), value)
        if elsewhere:
            fact = fact.with_data(MATCHED_ELSEWHERE, True)  # "President Bush" where no Bush is named in full
        resolved.append(fact)
    return resolved


def _plan(as_written: Mention, mention: Mention, entity: str | None, names: dict[str, str],
          named_in: set[tuple[str, str]]) -> tuple[str | None, str, str | None, bool]:
    """What resolution does to every fact of one written mention, worked out once: its entity (None when
    ambiguous), the entity's name, the surname a name fact takes when an alias respelled it (else None),
    and whether the mention was matched to its person through other documents only."""
    if entity is None:
        return None, "", None, False
    surname = mention[2] if mention[2] != as_written[2] else None
    return entity, names[entity], surname, not mention[1] and (mention[0], entity) not in named_in


def _introduced(facts: list[Fact], written: list[Mention | None], mentions: dict[Mention, Mention],
                entity_of: dict[Mention, str], wanted: set[tuple[str, str]]
                ) -> dict[tuple[str, str], list[tuple[int, str]]]:
    """(source, folded surname) → where each person of that surname is first named in full there, for the
    ``wanted`` ones."""
    first: dict[tuple[str, str, str], int] = {}
    for fact, as_written in zip(facts, written):
        if as_written is None or not as_written[1] or (fact.source, fold(as_written[2])) not in wanted:
            continue
        entity = entity_of.get(mentions[as_written])
        if entity is not None:
            key = (fact.source, fold(as_written[2]), entity)
            first[key] = min(first.get(key, fact.start), fact.start)
    introduced: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for (source, surname, entity), start in first.items():
        introduced[(source, surname)].append((start, entity))
    return introduced


def _named_before(people: Iterable[tuple[int, str]], start: int) -> str | None:
    """The one person of a surname named in full before ``start``: "Abashidze, 54," after "Levan Abashidze"
    and before his wife "Natia Abashidze" is introduced is Levan."""
    before = {entity for first, entity in people if first < start}
    return before.pop() if len(before) == 1 else None


def _known_participants(fact: Fact, people: set[str], known: dict[tuple[str, ...], tuple[str, ...]]) -> Fact:
    """An event fact naming only the participants known as people: named with a given name beside the
    event, or else a surname some document gives in full ("DeGeneres"), not "Twitter" or "Academy Awards".

    ``known`` remembers the answer for each tuple of participants: events repeat a few of them.
    """
    named = fact.get("participants")
    if not named:
        return fact
    kept = known.get(named)
    if kept is None:
        kept = known[named] = tuple(sorted(name.removeprefix(MAYBE) for name in named
                                           if not name.startswith(MAYBE) or fold(name) in people))
    return fact if kept == named else fact.with_data("participants", kept)


def _speaker_surnames(mentions: dict[Mention, Mention], entity_of: dict[Mention, str],
                      names: dict[str, str]) -> dict[tuple[str, str], str]:
    """(source, surname as a quote keys it) → the surname of the person it resolves to, for surnames one
    person of the document bears: "Steel" and "Steele", one fire chief, key their quotes alike; and for a
    given name one person of the document bears that is no one's surname there."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    given: dict[tuple[str, str], set[str]] = defaultdict(set)
    for as_written, mention in mentions.items():
        entity = entity_of.get(mention)
        if entity is not None:
            found[(as_written[0], as_written[2].casefold())].add(entity)
            if as_written[1] and " " not in as_written[1]:
                given[(as_written[0], as_written[1].casefold())].add(entity)
    # a speaker called by the given name of the one person of the document who bears it, and by no one's
    # surname: "Mohd Hafiz told reporters" of "Hafiz Rahman" (a Malay name has no surname)
    found.update((key, entities) for key, entities in given.items() if key not in found)
    return {key: names[next(iter(entities))].split()[-1].casefold()
            for key, entities in found.items() if len(entities) == 1}


def _resolved_speaker(fact: Fact, speakers: dict[tuple[str, str], str]) -> Fact:
    """A quote fact whose speaker resolves to a person keyed by that person's surname."""
    if fact.attribute == "speaker":
        given, _, written = fact.value.rpartition(" ")  # "ed smart" → "ed", "smart"
        surname = speakers.get((fact.source, written))
        if not surname or surname == written:
            return fact
        return fact.about(fact.subject, fact.key, f"{given} {surname}" if given else surname)
    if len(fact.key) > 1 and fact.key[1]:
        surname = speakers.get((fact.source, fact.key[1]))
        return fact.about(fact.subject, (fact.key[0], surname), fact.value) if surname and surname != fact.key[1] else fact
    return fact


def _written(fact: Fact) -> Mention | None:
    """The (source, given, surname) a person fact names, as written; None when it names no surname."""
    surname = fact.get("surname")
    return (fact.source, fact.get("given") or "", surname) if surname else None


def _alias_table(aliases: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    """Folded alias (full name or surname) → the canonical (given, surname)."""
    table: dict[str, tuple[str, str]] = {}
    for name, others in sorted(aliases.items()):
        words = name.split()
        target = (words[0] if len(words) > 1 else "", words[-1])
        for alias in (name, words[-1], *others):
            table[fold(alias)] = target
            table.setdefault(fold(alias.split()[-1]), target)
    return table


def _mention(written: Mention, canonical: dict[str, tuple[str, str]]) -> Mention:
    """The mention as the aliases read it: an alias becomes its canonical given name and surname."""
    source, given, surname = written
    full = canonical.get(fold(f"{given}{surname}")) if given else None
    if full is not None:
        return (source, full[0] or given, full[1])
    target = canonical.get(fold(surname))
    if target is None:
        return written
    same_person = not given or not target[0] or given_compatible(given, target[0])
    return (source, target[0] if same_person else given, target[1])


def _entities(mentions: set[Mention],
              titles: Mapping[Mention, set[str]]) -> tuple[dict[Mention, str], dict[str, str], set[Mention]]:
    """Each resolvable mention's entity id, each entity's display name, and the mentions that are a given name
    written alone."""
    entity_of: dict[Mention, str] = {}
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    for cluster in _surname_clusters(mentions, titles):
        people = _people(cluster)
        for person_id, members in people.items():
            for mention in members:
                entity_of[mention] = person_id
                # a regnal name is given and surname at once ("King Hussein"): shown once
                shown[person_id][mention[2] if mention[1] == mention[2] else f"{mention[1]} {mention[2]}"] += 1
        _attach_surname_only(cluster, people, entity_of, shown)
    given_only = _attach_given_only(entity_of, shown)
    names = {e: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0].strip() for e, c in shown.items()}
    return entity_of, names, given_only


def _attach_given_only(entity_of: dict[Mention, str], shown: dict[str, Counter[str]]) -> set[Mention]:
    """A name written alone that no one named in full bears as a surname, but exactly one person bears as a given
    name, is that person's: "his wife, Linda, 64," / "His wife, Linda Kowalczyk, 61,". The mentions so attached."""
    attached: set[Mention] = set()
    given_by: dict[str, set[str]] = defaultdict(set)
    named: set[str] = set()  # entities someone names in full
    for (_source, given, _surname), entity in entity_of.items():
        if given:
            given_by[fold(given)].add(entity)
            named.add(entity)
    for mention, entity in sorted(entity_of.items()):
        if mention[1] or entity in named:
            continue
        found = given_by.get(fold(mention[2]), set())
        if len(found) == 1:
            (person,) = found
            entity_of[mention] = person
            shown.pop(entity, None)
            attached.add(mention)
    return attached


def _surname_clusters(mentions: set[Mention], titles: Mapping[Mention, set[str]]) -> list[list[Mention]]:
    """Mentions grouped by surname spelling variants, compared only within blocks, and by the surnames
    documents give one person they call by the same given name and title (:func:`_same_role`)."""
    by_surname: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_surname[mention[2]].append(mention)
    blocks: dict[str, list[str]] = defaultdict(list)
    for surname in sorted(by_surname):
        for key in block_keys(surname):
            blocks[key].append(surname)
    parent = {s: s for s in by_surname}
    givens = {surname: {m[1] for m in members if m[1]} for surname, members in by_surname.items()}  # once each

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for block in blocks.values():
        for i, left in enumerate(block):
            for right in block[i + 1:]:
                if root(left) != root(right) and _same_surname(left, right, givens):
                    parent[max(root(left), root(right))] = min(root(left), root(right))
    for left, right in _same_role(titles):
        if root(left) != root(right):
            parent[max(root(left), root(right))] = min(root(left), root(right))
    clusters: dict[str, list[Mention]] = defaultdict(list)
    for surname, members in by_surname.items():
        clusters[root(surname)].extend(members)
    return [sorted(clusters[k]) for k in sorted(clusters)]


def _same_role(titles: Mapping[Mention, set[str]]) -> list[tuple[str, str]]:
    """Pairs of surnames that name one person differently: two documents, each with one of them, give the
    same given name and the same title ("City spokesperson Selma Haufiku" / "Municipal spokesperson Selma
    Hauwanga", "Colonel Thierry Maurel" / "Colonel Thierry Morel"), and the surnames open with the same letter; not
    where one document names both (two people)."""
    named: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (source, given, surname), held in titles.items():
        if len(fold(given)) >= 3:
            for title in held:
                named[(fold(given), title)][surname].add(source)
    pairs = set()
    for surnames in named.values():
        if len(surnames) != 2:
            continue
        (left, left_sources), (right, right_sources) = sorted(surnames.items())
        if not left_sources & right_sources and min(len(fold(left)), len(fold(right))) >= 4 and (
                fold(left)[0] == fold(right)[0]):
            pairs.add((left, right))
    return sorted(pairs)


def _same_surname(left: str, right: str, givens: dict[str, set[str]]) -> bool:
    """Variants of one surname, unless the given names said with them (``givens``) show different people."""
    if fold(left) == fold(right):
        return True
    given_left, given_right = givens[left], givens[right]
    if not surname_variants(left, right):
        # with the same given name, two edits apart from five letters: "Petr Sedláček" / "Petr Sedlák"
        return bool(given_left & given_right) and close_surnames(left, right)
    if given_left and given_right:
        return any(given_compatible(a, b) for a in given_left for b in given_right)
    return min(len(left), len(right)) >= 6


def _people(cluster: list[Mention]) -> dict[str, list[Mention]]:
    """The people of one surname cluster: mentions with given names, split where given names disagree."""
    givens = sorted({fold(m[1]): m[1] for m in cluster if m[1]}.items())
    group: dict[str, int] = {}
    for index, (key, given) in enumerate(givens):
        group[key] = index
        for other_key, other in givens[:index]:
            if given_compatible(given, other):
                old = group[key]
                new = group[other_key]
                for k, v in group.items():
                    if v == old:
                        group[k] = new
    people: dict[str, list[Mention]] = defaultdict(list)
    for mention in cluster:
        if mention[1]:
            people[str(group[fold(mention[1])])].append(mention)
    return {_entity_id(members): members for _, members in sorted(people.items())}


def _entity_id(members: list[Mention]) -> str:
    counts = Counter(fold(f"{m[1]} {m[2]}") for m in members)
    return "person:" + sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _attach_surname_only(cluster: list[Mention], people: dict[str, list[Mention]], entity_of: dict[Mention, str],
                         shown: dict[str, Counter[str]]) -> None:
    """Surname-only mentions join the one person their document (else the corpus) names."""
    alone = [m for m in cluster if not m[1]]
    if not alone:
        return
    by_source: dict[str, set[str]] = defaultdict(set)
    for person_id, members in people.items():
        for mention in members:
            by_source[mention[0]].add(person_id)
    for mention in alone:
        candidates = by_source.get(mention[0]) or set(people)
        if len(candidates) == 1:
            entity_of[mention] = next(iter(candidates))
        elif not people:
            entity_of[mention] = "person:" + fold(cluster[0][2])
            shown[entity_of[mention]][mention[2]] += 1
