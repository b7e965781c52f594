"""Quantities: counts and amounts with what they count ("six diplomatic properties", "$100 million").

Each quantity becomes an interval (see :mod:`factcheck.normalize.numbers`) with
its counted noun (singular, lower case) and the content words around it, which
alignment uses to tell "11 points" by one player from "11 points" by another.
Years, dates, times, scores, ages ("Darchiev, 64,"), ordinals and phone numbers
are not quantities.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from factcheck.model import Fact, Sentence
from factcheck.normalize.numbers import NUMBER_WORDS, SCALES, SMALL, Interval, interval, parse_number, qualifier_before

_TOKEN = re.compile(r"[$€£¥]|\d+(?:[,.]\d+)*(?:/\d+)?|[A-Za-z]+(?:['’][a-z]+)?|\S")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # a-z kept, any other byte a space
_NUMBER_WORDS_ASCII = frozenset(w.encode() for w in NUMBER_WORDS)
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "rupee": "INR", "ruble": "RUB", "rouble": "RUB",
}
PERCENT_WORDS = frozenset(("percent", "per", "%", "pct"))
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
IRREGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "personnel": "personnel", "staff": "staff",
    "crew": "crew", "aircraft": "aircraft", "troops": "troop", "sheep": "sheep", "fish": "fish",
    "cattle": "cattle", "deer": "deer", "series": "series", "species": "species",
}
STOPWORDS = frozenset(
    "a an the and or but of in on at to for from by with as into onto than then that this these those "
    "who whom whose which what when where while is are was were be been being has have had do does did "
    "it its he she they them his her their we our us you your i me my not no so if about after before "
    "over under more most less least just only also very all any each some such other another up down "
    "out off again there here per said says say told according would could should will can may might "
    "must shall one ones during since until including against among across through within without near "
    "amid despite via like toward towards nearly almost around approximately roughly least estimated".split()
)
#: Modifiers that make a count part of another one ("four straight points", "two more years").
PARTIAL = frozenset("straight consecutive more additional extra other remaining further fewer first last final next".split())
#: Units that may stand in the singular before another noun ("a 2 1/2 year sentence").
UNIT_WORDS = frozenset(
    "second minute hour day week month year decade century mile kilometer kilometre meter metre foot inch "
    "pound kilogram ton tonne gallon liter litre acre point percent".split()
)
STARTERS = frozenset(SMALL) | {"a"}
ANAPHORIC = frozenset(("those", "these", "his", "her", "their", "its", "all"))
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
CONTEXT_WINDOW = 8
AGENT_WINDOW = 12


@dataclass(frozen=True)
class Quantity:
    """One quantity in a sentence; offsets are into the document."""

    start: int
    end: int
    text: str
    interval: Interval
    unit: str  # the counted noun, singular ("diplomatic property" → "property"), or a currency / "%"
    noun: str  # the noun with its modifiers, for display ("diplomatic property")
    attribute: str  # "count" or "amount"
    context: tuple[str, ...]
    agent: str | None = None  # the nearest name before the number ("Blackmore … 20 women")
    governor: str | None = None  # the nearest content word before it ("married two weeks" → "marry")


class _Token(NamedTuple):
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def might_have_quantities(sentence: str) -> bool:
    """Cheap pre-filter: a digit or a number word somewhere in ``sentence``."""
    if _DIGIT.search(sentence):
        return True
    runs = sentence.lower().encode("ascii", "replace").translate(_LETTERS_ONLY).split()  # its [a-z]+ runs
    return not _NUMBER_WORDS_ASCII.isdisjoint(runs)


def numbered_sentences(text: str, spans: list[Sentence]) -> list[Sentence]:
    """The sentences :func:`might_have_quantities` lets through, from one scan of the text they split.

    ``spans`` are ``text``'s sentences as :func:`factcheck.segment.sentences` gives them: no word or
    number runs across two of them.
    """
    if not spans:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two characters: offsets would shift
        return [s for s in spans if might_have_quantities(s.text)]
    first = spans[0].start
    starts = [s.start for s in spans]
    hits = {bisect.bisect_right(starts, m.start()) - 1 for m in _DIGITS.finditer(text, first)}
    folded = lowered.encode("ascii", "replace")  # one byte per character, so offsets stay
    size = len(folded)
    for word in _NUMBER_WORDS_ASCII.intersection(folded[first:].translate(_LETTERS_ONLY).split()):
        at = folded.find(word, first)
        while at >= 0:
            end = at + len(word)
            if (at == first or not 97 <= folded[at - 1] <= 122) and (end == size or not 97 <= folded[end] <= 122):
                hits.add(bisect.bisect_right(starts, at) - 1)
            at = folded.find(word, at + 1)
    return [spans[i] for i in sorted(hits) if i >= 0]


def find_quantities(sentence: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in one sentence, ``offset`` being where the sentence starts in its document."""
    if not might_have_quantities(sentence):
        return []
    tokens = [_Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        head = tokens[i].text
        if not head[0].isdigit() and head.lower() not in STARTERS:
            i += 1
            continue
        quantity, after = _quantity_at(sentence, tokens, i)
        if quantity is not None:
            found.append(_shift(quantity, offset))
        i = max(after, i + 1)
    return found


def _quantity_at(sentence: str, tokens: list[_Token], i: int) -> tuple[Quantity | None, int]:
    """The quantity starting at token ``i`` and the index after it."""
    first = tokens[i]
    if not _starts_number(tokens, i):
        return None, i + 1
    currency = CURRENCY_SIGNS.get(tokens[i - 1].text) if i > 0 else None
    if i > 0 and (tokens[i - 1].lower.rstrip(".") in MONTHS or tokens[i - 1].text in "#№"):
        return None, _skip_number(tokens, i)
    j = _number_end(tokens, i)
    if j < len(tokens) and _adjacent(tokens[j - 1], tokens[j]) and tokens[j].lower in ORDINAL_SUFFIXES:
        return None, j + 1
    if j + 1 < len(tokens) and tokens[j].text in "-–:/." and tokens[j + 1].text[0].isdigit() and _adjacent(tokens[j - 1], tokens[j]):
        return None, _skip_number(tokens, j + 1)  # a score, a time, a phone number, a date
    words = [t.text for t in tokens[i:j]]
    if j - i == 1 and re.fullmatch(r"1[89]\d\d|20\d\d", first.text) and not currency:
        return None, j  # a year
    value = parse_number(words)
    if value is None or (words[0].lower() in ("a", "one") and j - i == 1):
        return None, j
    if i > 0 and (tokens[i - 1].lower in ANAPHORIC or tokens[i - 1].lower in PARTIAL):
        return None, j  # "those 10 points": a part of a count said elsewhere
    low_high = _range_end(tokens, j)
    high, j = (low_high if low_high else (None, j))
    start = tokens[i - 1].start if currency else first.start
    qualified = qualifier_before(sentence, start)
    qualifier = qualified[0] if qualified else None
    noun = _noun_after(tokens, j, value, currency is not None)
    if noun is None:
        return None, j
    unit, display, end_index, compound = noun
    if currency is None and unit in CURRENCY_WORDS:
        currency = CURRENCY_WORDS[unit]
    attribute = "amount" if currency or unit == "%" else "count"
    if currency:
        unit, display = currency, currency + (f" {display}" if display and display != currency else "")
    end = tokens[end_index - 1].end
    if qualified:
        start = qualified[1]
    context = _context(tokens, i, end_index, compound)
    span = interval(value, qualifier, high)
    agent, governor = _agent_governor(tokens, i - (1 if currency else 0))
    return Quantity(start, end, sentence[start:end], span, unit, display, attribute, context, agent, governor), end_index


def _starts_number(tokens: list[_Token], i: int) -> bool:
    token = tokens[i]
    if token.text[0].isdigit():
        return True
    lower = token.lower
    if lower == "a" and i + 1 < len(tokens) and tokens[i + 1].lower == "dozen":
        return True
    return lower in SMALL


def _number_end(tokens: list[_Token], i: int) -> int:
    """The index after the number that starts at ``i`` ("twenty - three", "2 1/2", "1.5 million")."""
    j = i + 1
    while j < len(tokens):
        lower = tokens[j].lower
        if lower in SCALES and (lower in NUMBER_WORDS or _adjacent(tokens[j - 1], tokens[j])):
            j += 1
        elif lower in SMALL and tokens[j - 1].lower in NUMBER_WORDS | {"-", "and", "a"} and not tokens[i].text[0].isdigit():
            j += 1
        elif lower in ("-", "and") and j + 1 < len(tokens) and tokens[j + 1].lower in SMALL and not tokens[i].text[0].isdigit():
            j += 1
        elif "/" in tokens[j].text and tokens[j].text[0].isdigit() and tokens[j - 1].text in ("-", tokens[i].text):
            j += 1
        elif lower == "-" and j + 1 < len(tokens) and "/" in tokens[j + 1].text:
            j += 1
        else:
            break
    while j > i + 1 and tokens[j - 1].lower in ("and", "-"):
        j -= 1
    return j


def _skip_number(tokens: list[_Token], i: int) -> int:
    j = i
    while j < len(tokens) and (tokens[j].text[0].isdigit() or tokens[j].text in "-–:/.,"):
        j += 1
    return j


def _adjacent(left: _Token, right: _Token) -> bool:
    return left.end == right.start


def _range_end(tokens: list[_Token], j: int) -> tuple[float, int] | None:
    """"… to 30", "… or three": the upper end of a range right after a number."""
    if j + 1 < len(tokens) and tokens[j].lower in ("to", "or") and _starts_number(tokens, j + 1):
        k = _number_end(tokens, j + 1)
        value = parse_number([t.text for t in tokens[j + 1:k]])
        if value is not None:
            return value, k
    return None


def _noun_after(tokens: list[_Token], j: int, value: float, money: bool) -> tuple[str, str, int, str | None] | None:
    """(unit, display, end index, compound head) of what the number counts, or None."""
    if j < len(tokens) and tokens[j].text == "%":
        return "%", "%", j + 1, None
    if j + 1 < len(tokens) and tokens[j].text in "-–" and _adjacent(tokens[j - 1], tokens[j]) and tokens[j + 1].text.isalpha():
        unit = tokens[j + 1].lower  # "six-year offer": a number as a modifier
        if unit in STOPWORDS or len(unit) < 3 or unit.endswith("er") and unit not in ("quarter", "meter", "liter", "litre", "metre"):
            return None  # "3-pointer", "two-seater"
        if j + 3 < len(tokens) and tokens[j + 2].text == "-" and tokens[j + 3].lower == "old":
            return None  # "12-year-old": an age, the people extractor's
        head = tokens[j + 2].lower if j + 2 < len(tokens) and tokens[j + 2].text.isalpha() and tokens[j + 2].text.islower() else None
        if head in STOPWORDS:
            head = None
        return f"{singular(unit)}-{head or ''}", singular(unit) + (f" {head}" if head else ""), j + 2, head
    words = _content_words(tokens, j, 3)
    k = j + len(words)
    if words and words[0].lower in PERCENT_WORDS or (k < len(tokens) and words == [] and tokens[k].lower == "percent"):
        return "%", "%", j + 1, None
    if not words:
        return ("", "", j, None) if money else None
    head_index = next((n for n, w in enumerate(words) if _plural(w.lower)), None)
    if any(w.lower in PARTIAL for w in words[:2]):
        return None  # "four straight points", "two more years": a part of some other count
    if words[0].lower == "old" or (len(words) > 1 and words[1].lower == "old"):
        return None  # "64 years old": an age
    if head_index is None and words[0].lower in UNIT_WORDS and len(words) > 1:
        head = words[1].lower  # "a 2-1/2 year sentence"
        return f"{words[0].lower}-{head}", f"{words[0].lower} {head}", j + 1, head
    if head_index is None:
        if value != 1 and not money:
            return None
        head_index = len(words) - 1
    head = singular(words[head_index].lower)
    end = j + head_index + 1
    if end < len(tokens) and tokens[end].lower == "old":
        return None  # "64 years old": an age
    display = " ".join([w.lower for w in words[:head_index]] + [head])
    if end < len(tokens) and tokens[end].lower == "of":
        tail = _content_words(tokens, end + 1, 2)
        if tail:
            display += " of " + " ".join(t.lower for t in tail)
            end += 1 + len(tail)
    return head, display, end, None


def _content_words(tokens: list[_Token], j: int, limit: int) -> list[_Token]:
    """Up to ``limit`` lower-case content words from ``j``, stopping after a plural."""
    words: list[_Token] = []
    while j < len(tokens) and len(words) < limit:
        token = tokens[j]
        if not token.text.isalpha() or not token.text.islower() or token.lower in STOPWORDS:
            break
        words.append(token)
        j += 1
        if _plural(token.lower):
            break
    return words


def _plural(word: str) -> bool:
    return word in IRREGULAR or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


def singular(word: str) -> str:
    """"properties" → "property", "hours" → "hour", "people" → "person"."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def stem(word: str) -> str:
    """A crude stem so "served", "serve" and "serving" meet; only for context matching."""
    word = word.lower()
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + keep
    return word


def _context(tokens: list[_Token], start: int, end: int, compound: str | None) -> tuple[str, ...]:
    """Stems of the content words around a quantity (not the number itself)."""
    before = [t for t in tokens[:start] if t.text.isalpha()][-CONTEXT_WINDOW:]
    after = [t for t in tokens[end:] if t.text.isalpha()][:CONTEXT_WINDOW]
    words = {stem(t.text) for t in before + after if len(t.text) > 2
             and t.lower not in STOPWORDS and t.lower not in NUMBER_WORDS}
    if compound:
        words.add(stem(compound))
    return tuple(sorted(words))


def _agent_governor(tokens: list[_Token], start: int) -> tuple[str | None, str | None]:
    """The nearest name (within the window) and content word (within three words) before ``start``."""
    agent = governor = None
    words = [t for t in tokens[:start] if t.text.isalpha()][-AGENT_WINDOW:]
    for distance, token in enumerate(reversed(words)):
        lower = token.lower
        if lower in STOPWORDS or lower in MONTHS or lower in WEEKDAYS or lower in NUMBER_WORDS:
            continue
        if token is tokens[0] and lower.endswith(("ed", "ing", "ly")):
            continue  # "Fouled on the flush, he …": a capitalised verb, not a name
        if token.text[0].isupper():
            agent = lower
            break
        if governor is None and distance < 3:
            governor = stem(lower)
    return agent, governor


def _shift(q: Quantity, offset: int) -> Quantity:
    return Quantity(q.start + offset, q.end + offset, q.text, q.interval, q.unit, q.noun, q.attribute, q.context,
                    q.agent, q.governor)


def quantity_facts(path: str, sentence: Sentence, said_by: str | None,
                   quantities: list[Quantity] | None = None) -> list[Fact]:
    """The quantities of one sentence (``quantities`` if found already) as facts (kind "quantity")."""
    facts = []
    for q in find_quantities(sentence.text, sentence.start) if quantities is None else quantities:
        value = q.interval.canonical + (f" {q.unit}" if q.attribute == "amount" else "")
        data = (("agent", q.agent), ("context", q.context), ("exact", q.interval.exact), ("governor", q.governor),
                ("high", q.interval.high), ("interval", q.interval), ("low", q.interval.low), ("unit", q.unit))
        facts.append(Fact(path, q.start, q.end, "quantity", q.attribute, q.noun, ("quantity", q.unit), value,
                          q.text, q.text, sentence.text, said_by, data))
    return facts
