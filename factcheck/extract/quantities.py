"""Quantities: counts and amounts with what they count ("six diplomatic properties", "$100 million").

Each quantity becomes an interval (see :mod:`factcheck.normalize.numbers`) with
its counted noun (singular, lower case; a rate gets a unit of its own, "$1.02 a
share" → ``USD/share``; cents are dollars) and the content words around it, which
alignment uses to tell "11 points" by one player from "11 points" by another.
The context also carries marks: "@" + what an amount measures ("Revenue rose
4% to $2.1 billion" → ``@revenu``), PRIOR for the earlier value of a change,
FORECAST for an expectation, "!" + what befell the people counted
("!dead", "!hurt") and DEFINITE for a count of a set known as a whole ("the
three victims").
Years, dates, times, scores, ages ("Darchiev, 64,"), ordinals and phone numbers
are not quantities.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Callable, Iterator, NamedTuple

from factcheck.extract.lexicon import DESCRIBED, MONTHS, WEEKDAYS
from factcheck.model import Fact, Sentence
from factcheck.normalize.dates import month_index
from factcheck.normalize.titles import PAST, is_head
from factcheck.normalize.numbers import (NUMBER_WORDS, SCALES, SMALL, SPACED_SCALES, Interval, interval, parse_number,
                                         qualifier_before, rounding_of)

_TOKEN = re.compile(r"[$€£¥₦₹₩₱₴₺₪৳¢]|\d+(?:[,.]\d+)*(?:/\d+)?|[^\W\d_]+(?:['’][a-z]+)?|\S")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
#: The years a sentence names ("the 1995 bombing", "Aug. 7, 1998"): quantities of sentences naming only
#: other years are of other occasions.
_YEARS = re.compile(r"(?<![\w.,$])(?:1[89]\d\d|20\d\d)(?![\w,.]\d|%|\w)")
#: The final scores a sentence gives ("a 91-73 victory", "beat Ole Miss 32-14"): quantities of sentences
#: giving only other scores are of other games.
_SCORES = re.compile(
    r"\b(?:a|an|the)\s+(\d{1,3})\s?[-–]\s?(\d{1,3})\s+(?:[a-z]+\s+)?(?:victory|win|loss|defeat|rout|triumph"
    r"|decision|blowout|drubbing|setback|upset|thrashing|shutout)\b"
    r"|\b(?:won|lost|beat|defeated|routed|edged|downed|topped|crushed|thrashed|drew|tied|fell)\b"
    r"[^.;\d]{0,40}?(?<![\w(])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w)]|[-–]\d)")
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # a-z kept, any other byte a space
_NUMBER_WORDS_ASCII = frozenset(w.encode() for w in NUMBER_WORDS)
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₦": "NGN", "₹": "INR", "₩": "KRW", "₱": "PHP",
                  "₴": "UAH", "₺": "TRY", "₪": "ILS", "৳": "BDT"}
#: Codes and abbreviations written before an amount: "CHF 4.12 billion", "Rs 1,200 crore", "Tk 16,900 crore".
CODE_PREFIXES = {code: code for code in ("USD", "EUR", "GBP", "CHF", "JPY", "CNY", "INR", "BDT", "PKR", "KES", "UGX",
                                          "TZS", "NGN", "GHS", "ZAR", "AUD", "CAD", "NZD", "SGD", "HKD", "SEK", "NOK",
                                          "DKK", "PLN", "CZK", "HUF", "BRL", "MXN", "TRY", "AED", "SAR", "MYR", "THB",
                                          "IDR", "PHP", "VND", "KRW")} | {"Rs": "INR", "Tk": "BDT", "KSh": "KES"}
#: Signs that name a currency only after the letters of its country: "GH¢48.6 million" (a "¢" alone is a cent).
PREFIXED_SIGNS = {("GH", "¢"): "GHS"}
#: Dollars of other countries, by the letters written before the sign.
DOLLAR_PREFIXES = {"US": "USD", "A": "AUD", "AU": "AUD", "NZ": "NZD", "C": "CAD", "CA": "CAD", "HK": "HKD",
                   "S": "SGD", "NT": "TWD", "R": "BRL", "Mex": "MXN"}
#: Dollars of other countries, by the name written before "dollars" ("50 Hong Kong dollars").
DOLLAR_COUNTRIES = {"australian": "AUD", "canadian": "CAD", "hong kong": "HKD", "new zealand": "NZD",
                    "singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD", "jamaican": "JMD"}
#: Dinars, by the country's adjective written before them ("355,000 Jordanian dinars").
DINAR_COUNTRIES = {"jordanian": "JOD", "kuwaiti": "KWD", "iraqi": "IQD", "bahraini": "BHD", "libyan": "LYD",
                   "tunisian": "TND", "algerian": "DZD", "serbian": "RSD"}
#: Shillings, by the country's adjective written before them ("5 million Kenyan shillings").
SHILLING_COUNTRIES = {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"}
#: Currencies several countries call by one word, by the country's name written before it.
_NAMED_CURRENCIES = {"dollar": DOLLAR_COUNTRIES, "dinar": DINAR_COUNTRIES, "shilling": SHILLING_COUNTRIES}
#: The word of each code those tables give: "HKD" is a dollar, "JOD" a dinar.
_NAMED_CODES = {code: word for word, table in _NAMED_CURRENCIES.items() for code in table.values()}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "rupee": "INR", "ruble": "RUB", "rouble": "RUB", "real": "BRL", "franc": "CHF",
    "koruna": "CZK", "zloty": "PLN", "forint": "HUF", "rand": "ZAR",
    "lira": "TRY", "shekel": "ILS", "naira": "NGN", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "hryvnia": "UAH", "dirham": "AED", "riyal": "SAR", "kronor": "SEK", "krona": "SEK",
    "cedi": "GHS", "taka": "BDT", "tala": "WST", "kina": "PGK", "tugrik": "MNT", "togrog": "MNT", "dong": "VND",
    "sol": "PEN", "boliviano": "BOB", "guarani": "PYG", "quetzal": "GTQ", "lempira": "HNL", "som": "KGS",
    "tenge": "KZT", "lari": "GEL", "dram": "AMD", "birr": "ETB",
    # of one of several countries: their code only when the text names which (DINAR_COUNTRIES, SHILLING_COUNTRIES)
    "dinar": "dinar", "shilling": "shilling", "peso": "peso",
}
PERCENT_WORDS = frozenset(("percent", "per", "%", "pct"))
IRREGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "personnel": "personnel", "staff": "staff",
    "crew": "crew", "aircraft": "aircraft", "troops": "troop", "sheep": "sheep", "fish": "fish",
    "cattle": "cattle", "deer": "deer", "series": "series", "species": "species",
    # animals counted without an "-s" ("54,000 farmed salmon")
    "salmon": "salmon", "trout": "trout", "cod": "cod", "tuna": "tuna", "bison": "bison", "moose": "moose",
    "swine": "swine", "poultry": "poultry", "livestock": "livestock", "geese": "goose", "oxen": "ox",
    # currencies whose plural is no "-s" plural
    "reais": "real", "yen": "yen", "yuan": "yuan", "koruna": "koruna", "kronor": "krona", "rand": "rand",
    "baht": "baht", "naira": "naira", "ringgit": "ringgit", "rupiah": "rupiah", "lire": "lira",
    "soles": "sol", "guaranies": "guarani",
}
STOPWORDS = frozenset(
    "a an the and or but of in on at to for from by with as into onto than then that this these those "
    "who whom whose which what when where while is are was were be been being has have had do does did "
    "it its he she they them his her their we our us you your i me my not no so if about after before "
    "over under more most less least just only also very all any each some such other another up down "
    "out off again there here per said says say saying told according would could should will can may might "
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
#: Scales a temperature is told in: "minus 42 degrees Celsius" and "minus 44 degrees Fahrenheit" are one cold.
TEMPERATURE_SCALES = {"celsius": "celsius", "centigrade": "celsius", "c": "celsius", "fahrenheit": "fahrenheit",
                      "f": "fahrenheit"}
#: Units of time, and what a span of them may modify and still count as the plain span does: "a six-year
#: offer" and "a 12-year sentence" share a key with "six years" (the word they modify joins the context),
#: while "a two-year term" (of office) or "a three-point play" keep their own.
DURATIONS = frozenset("minute hour day week month year decade".split())
DURATION_HEADS = frozenset(
    "sentence sentences deal contract extension offer agreement ban suspension lease prison jail".split())
#: What a player's or a team's counts are counted over: "a 20-point, 9-rebound performance" counts rebounds.
PERFORMANCES = frozenset("performance performances effort efforts outing outings game games night showing".split())
STARTERS = frozenset(SMALL) | {"a"}
ANAPHORIC = frozenset(("those", "these", "his", "her", "their", "its"))
ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
#: What a rate is counted per ("$1.02 a share", "12 points per game"): a rate is a unit of its own.
PER_WORDS = frozenset(
    "share year day week month hour minute second game season night person head capita barrel gallon "
    "liter litre ton tonne ounce kilogram kilo mile kilometer kilometre unit vote seat ticket".split()
)
#: Words after "a year" that make it a time, not a rate ("$1.9 million a year earlier").
TIME_AFTER = frozenset("ago earlier before later after since".split())
#: Verbs of change or comparison between a measure and its amount ("revenue rose 4% to $2.1 billion").
CHANGE_WORDS = frozenset(
    "rose rise rises risen fell fall falls fallen grew grow grows grown slid slide slides came come "
    "stood stand up down totaled totalled total totals reached reach reaches amounted hit hits".split()
)
#: Verbs (and adjectives) of what befell people, by the class a count of them is compared within.
FATES = {
    **dict.fromkeys("killed killing kills kill died dying dead".split(), "dead"),
    **dict.fromkeys("injured injuring injures injure wounded wounding wounds wound hurt hurting".split(), "hurt"),
    **dict.fromkeys("arrested arresting arrests arrest detained detaining detains detain".split(), "held"),
    **dict.fromkeys("missing unaccounted".split(), "missing"),  # "Seven workers remain unaccounted for"
    **dict.fromkeys("trapped stranded".split(), "trapped"),  # "14 coal miners trapped", "remained trapped"
    **dict.fromkeys("hospitalized hospitalised".split(), "hospital"),  # not "hurt": "31 hurt, 23 hospitalized"
    **dict.fromkeys("rescued rescuing evacuated evacuating".split(), "rescued"),
    **dict.fromkeys("aboard onboard carrying carried".split(), "aboard"),  # "a ferry carrying 200 people"
    # what befell things: "destroying at least 80 homes", "had burned 1,500 acres", "damaged 40 buildings"
    **dict.fromkeys("destroyed destroying destroys razed razing razes gutted gutting guts flattened flattening "
                    "flattens leveled leveling levelled levelling levels burned burning burnt charred scorched"
                    .split(), "destroyed"),
    **dict.fromkeys("damaged damaging damages stripped stripping ravaged ravaging devastated devastating"
                    .split(), "damaged"),  # "the insects stripped an estimated 21,000 hectares"
}
#: Nouns of what befell people: a count of them counts the people ("14 heat-related deaths" are 14 dead).
FATE_NOUNS = {"death": "dead", "fatality": "dead", "arrest": "held", "injury": "hurt"}
#: Nouns of people that a toll counts as people whatever their trade: "11 miners died" and "the death toll
#: rose to nine" count one thing.
PEOPLE_NOUNS = frozenset(
    "person man woman child miner worker passenger resident villager civilian soldier student pilgrim tourist "
    "migrant firefighter patient climber hiker fisherman crewman crew swimmer rider driver pedestrian "
    "spectator fan guest employee labourer laborer farmer suspect".split())
#: Verbs that, before "to … hospital", say the people counted were hospitalized.
_CARRIED = frozenset("taken rushed transported airlifted sent brought treated admitted".split())
#: Verbs that, before "injuries" or "wounds", say the people counted were hurt.
_TREATED = frozenset("treated suffered sustained".split())
#: Verbs that, before "to … shelters", say the people counted were evacuated.
_MOVED = frozenset("moved relocated".split())
#: Fates whose counts only grow as reports come in: a later report that gives more dead, or more homes
#: destroyed, is an update.
RUNNING = frozenset({"!dead", "!hurt", "!held", "!rescued", "!destroyed", "!damaged", "contain"})  # "5% contained"
#: The ``data`` entry a running count carries: its document's publication date (ISO).
REPORTED = "published"
#: The data key that marks a running count told as the sum until now ("have now detained four people", "so far",
#: "400 protesters have been detained"),
#: and the words that tell it within ``SO_FAR_REACH`` characters of the count.
SO_FAR = "so_far"
_SO_FAR = re.compile(r"\b(?:now|so\s+far|thus\s+far|to\s+date|in\s+all|in\s+total|ha(?:ve|s)\s+been)\b")
SO_FAR_REACH = 30
#: The data key that marks a count about a named person ("Doug McDermott … scored 23 points").
PERSON = "person"
#: Words of a qualifier ("from about $100 million"): looked past when asking what comes before a number.
QUALIFIER_WORDS = frozenset("about around nearly almost over more than at least roughly some up to just under".split())
#: The context word that marks the earlier value of a change ("from $145.7 million").
PRIOR = "<prior"
#: The context word that marks an expected value, and the words (within ``FORECAST_REACH`` tokens
#: before it, in its clause) that make one.
FORECAST = "<forecast"
#: The context word that marks a span between two events ("two years after the capture"), not how long
#: something lasted ("after 43 years as a fugitive").
OFFSET = "<offset"
OFFSET_WORDS = frozenset(("after", "before", "later", "earlier", "since", "ago"))
#: The context word that marks a definite count, "the three victims", "both suspects", "all 21 crew members":
#: the whole set the story knows of, not some of them.
DEFINITE = "<the"
#: A count of others than someone told of before ("killed a sophomore and wounded four other students"):
#: compared only with counts of others.
OTHER = "<other"
#: The context word that marks a part of a whole counted beside it: "31 of the 55 seats".
PART = "<part"
DEFINITE_WORDS = frozenset(("the", "both", "all"))  # "All 21 crew members": the whole crew
#: The context word that marks one period's share of a whole ("pay will rise by 3.5 percent in the first
#: year", "by 3 percent in each of the following two years") or a change since some time ("the stock has
#: gained about 18 percent since the start of the year"): compared only with other periods' shares, not
#: with the whole ("a 9.5 percent pay rise over three years") or one day's change.
PERIOD = "<period"
#: The context word that marks how many live in a place ("a ranching community of about 400 people"):
#: compared only with other populations, not with the evacuees or the dead.
POPULATION = "<population"
_POPULATION_BEFORE = re.compile(r"\b(?:town|city|village|community|hamlet|nation|country|island|county|district|"
                                r"suburb|municipality|settlement|neighbou?rhood|region)\s+of\s+$")
#: A place's own count after a part of it, which is a population of its kind: "in 11 of the country's 21
#: provinces", "one of Ohio's 88 counties".
_ALL_IN_PLACE = re.compile(r"\b(?:\d[\d,]*|[a-z]+)\s+of\s+(?:(?:the|its)\s+(?:country|nation|state|city|region|"
                           r"province|county|world|island|continent)|[A-Z][\w-]+)['’]s\s+$")
_PERIOD_AFTER = re.compile(r"\s+in\s+(?:the\s+(?:first|second|third|fourth|fifth|final|last|next)\s+(?:year|month|"
                           r"quarter|half|season)|each\s+of|year\s+(?:one|two|three|\d))\b")
FORECAST_WORDS = frozenset(
    "expected expect expects expecting forecast forecasts forecasted estimated estimate estimates "
    "projected projects predicted predict predicts anticipated anticipate target targets goal "
    "need needs needed require requires required majority".split()  # "needs 41 seats to govern"
)
#: Words after a count that make it a need: "the 41 seats he needs".
NEED_AFTER = frozenset(("need", "needs", "needed", "requires", "required"))
FORECAST_REACH = 12
#: Tokens that end the search for a measure: the clause (or the list) it is in ends there.
CLAUSE_MARKS = frozenset(",;:()[]\"“”'‘’—–")
CONTEXT_WINDOW = 8
#: Parts of a game or race, context words only after an ordinal: "seven points in the first half".
PARTS_OF_PLAY = frozenset("half halves quarter quarters period periods inning innings lap laps".split())
PLAY_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                          "final last opening closing extra".split())
_JOINED_AFTER = NUMBER_WORDS | {"-", "and", "a"}  # what a number word continues ("twenty - three")
AGENT_WINDOW = 12
#: Words that make an amount a price, whichever of them a source uses, within PRICE_REACH tokens before it.
PRICE_REACH = 4
PRICE_WORDS = frozenset("price prices priced pricing sell sells selling sold cost costs costing retail retails "
                        "retailing".split())
#: Tokens an apposition may span between its commas (", the former Newark city councilman …,").
APPOSITION_REACH = 16
#: Verbs that may follow a participle's clause set off by commas ("The MacBook Air, unveiled by Apple, is …").
FINITE_VERBS = frozenset("is was are were has have had will would can could may might must took won got made "
                         "received gained lost scored finished drew earned collected captured left".split())
#: Participles that do not end in "-ed" and may open a clause set off by commas: "The ferry, bound for Caticlan, …".
IRREGULAR_PARTICIPLES = frozenset("bound born built known led held made run sent taken given seen found".split())
#: Verbs that report speech: a name before one is who speaks, not who a count after it is about.
SPEAKING = frozenset("said says saying told tells stated states claimed claims reported reports wrote writes insisted "
                     "insists explained explains".split())
#: Verbs that speak only before "that": "the statement added that 118 people …", but "Lawson added 16 points".
SPEAKING_BEFORE_THAT = frozenset("added adds adding noted notes noting".split())
_APPOSITION = frozenset(("a", "an", "the", "who"))
#: A name after these is where someone is from, not whose number it is ("Hansbrough of North Carolina scored").
#: Not "in": "down by 80 percent in Egypt" is Egypt's figure.
PLACE_PREPOSITIONS = frozenset(("of", "from", "by"))  # "by": who did something to it ("unveiled by Apple")
#: A name after these is where, an agent only when no other name comes before it ("Service in Egypt"), also
#: where something went ("The MV Aurora Dos left Roxas port with 168 passengers": the ferry's passengers;
#: "travelling from Bandung to Banjar carrying 486 passengers": the train's).
LOCATIVES = frozenset(("in", "at", "near", "into", "to", "toward", "towards", "left", "leaving", "departed",
                       "reached", "off", "onto", "along", "across"))
POSSESSIVES = frozenset(("his", "her", "their", "its", "our", "my", "your"))
NAME_DETERMINERS = POSSESSIVES | {"the", "a", "an"}
NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv", "corp", "inc", "co", "ltd", "llc", "plc", "cos", "ag",
                           "gmbh", "sa", "nv", "bv", "spa", "ab", "asa"))


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
    opening: bool = False  # the agent is the sentence's first word: a name only if written so elsewhere
    located: bool = False  # the agent is only where it happened: "in Guatemala City … swallowing six cars"


class _Tokens(NamedTuple):
    """A sentence's tokens as parallel lists: one list per field is far cheaper to build than an object per token."""

    start: list[int]
    end: list[int]
    text: list[str]
    lower: list[str]

    @classmethod
    def of(cls, sentence: str) -> _Tokens:
        matches = list(_TOKEN.finditer(sentence))
        text = [m.group() for m in matches]
        tokens = cls([m.start() for m in matches], [m.end() for m in matches], text, [t.lower() for t in text])
        return tokens._compounds_joined() if "-" in sentence else tokens

    def _compounds_joined(self) -> _Tokens:
        """A plural noun written with a hyphen is one token: "four co-workers", "two ex-wives" (not
        "six-year", "second-half": numbers and parts of play keep their own handling)."""
        start, end, text, lower = self
        k = len(text) - 3
        while k >= 0:
            if (text[k + 1] == "-" and end[k] == start[k + 1] and end[k + 1] == start[k + 2]
                    and text[k].isalpha() and text[k].islower() and text[k + 2].isalpha() and text[k + 2].islower()
                    and lower[k] not in NUMBER_WORDS and lower[k] not in PLAY_ORDINALS and _plural(lower[k + 2])):
                text[k:k + 3] = [text[k] + "-" + text[k + 2]]
                lower[k:k + 3] = [text[k]]
                start[k:k + 3] = [start[k]]
                end[k:k + 3] = [end[k + 2]]
            k -= 1
        return self

    def adjacent(self, k: int) -> bool:
        """Whether token ``k`` and the next one touch (no space between)."""
        return self.end[k] == self.start[k + 1]


def might_have_quantities(sentence: str) -> bool:
    """Cheap pre-filter: a digit or a number word somewhere in ``sentence``."""
    if _DIGIT.search(sentence):
        return True
    runs = sentence.lower().encode("ascii", "replace").translate(_LETTERS_ONLY).split()  # its [a-z]+ runs
    return not _NUMBER_WORDS_ASCII.isdisjoint(runs)


def find_quantities(sentence: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in one sentence, ``offset`` being where the sentence starts in its document."""
    unanimous = _UNANIMOUS.search(sentence) if "nanimous" in sentence else None
    if unanimous is None and not might_have_quantities(sentence):
        return []
    tokens = _Tokens.of(sentence)
    found: list[tuple[Quantity, int, int]] = []
    after = 0
    for i in [k for k, (text, lower) in enumerate(zip(tokens.text, tokens.lower))
              if text[0].isdigit() or lower in STARTERS]:
        if i < after:
            continue  # within the quantity before
        quantity, end = _quantity_at(sentence, tokens, i)
        if quantity is not None:
            found.append((quantity, i, end))
        after = max(end, i + 1)
    quantities = _fenced(tokens, found)
    if unanimous is not None and not any(q.unit == "losing vote" for q in quantities):
        agreed = _unanimous(sentence, tokens, unanimous.start())
        if agreed is not None:
            quantities.append(agreed)
    return [_shift(q, offset) for q in quantities]


#: A vote with no one against it: "The board's decision was unanimous", "voted unanimously".
_UNANIMOUS = re.compile(r"\b(?:unanimous(?:ly)?|nem\.? con\.?)\b", re.IGNORECASE)
#: Words that make "unanimous" a vote's: a vote word (``VOTE_WORDS``) or one of these.
_DECIDED = frozenset(("decision", "verdict", "approval", "backing", "support", "agreement"))


def _unanimous(sentence: str, tokens: _Tokens, at: int) -> Quantity | None:
    """The losing side of a unanimous vote, none against, when its sentence speaks of a vote or a decision."""
    if VOTE_WORDS.isdisjoint(tokens.lower) and _DECIDED.isdisjoint(tokens.lower):
        return None
    k = next(n for n, start in enumerate(tokens.start) if start >= at)
    agent, governor, opening, located = _agent_governor(tokens, k)
    context = _context(tokens, k, k + 1, None, roles=(DEFINITE,))
    start, end = tokens.start[k], tokens.end[k]
    return Quantity(start, end, sentence[start:end], interval(0.0, None, None, 0.0), "losing vote",
                    "votes on the losing side", "count", context, agent, governor, opening, located)


def _fenced(tokens: _Tokens, found: list[tuple[Quantity, int, int]]) -> list[Quantity]:
    """The quantities, each one's context kept to its own clause when its sentence counts the same thing
    twice: in "bringing 23 people in for questioning and placing 104 people under house arrest" the house
    arrest is the 104's, not the 23's.  Two counts part at the last "and", "or", "while", comma or
    semicolon between them; without one, neither has a clause of its own."""
    quantities = [q for q, _, _ in found]
    last: dict[str, int] = {}  # the index of the latest quantity of each unit
    for b, (second, second_start, _) in enumerate(found):
        a = last.get(second.unit)
        last[second.unit] = b
        if a is None:
            continue
        first_end = found[a][2]
        fence = next((k for k in range(second_start - 1, first_end - 1, -1)
                      if tokens.lower[k] in _CLAUSE_JOINS), None)
        if fence is None:
            continue  # "42 kilometres south of the town at a depth of 112 kilometres": no clause of its own
        quantities[a] = _within(quantities[a], tokens, 0, fence)
        quantities[b] = _within(quantities[b], tokens, fence, len(tokens.text))
    return quantities


_CLAUSE_JOINS = frozenset((",", ";", "and", "or", "but", "while", "whereas"))


def _within(q: Quantity, tokens: _Tokens, low: int, high: int) -> Quantity:
    """``q`` with only the context words that tokens ``low`` to ``high`` hold (marks stay)."""
    inside = {stem(tokens.text[k]) for k in range(low, high) if tokens.text[k].isalpha()}
    context = tuple(w for w in q.context if not w[0].isalpha() or w in inside)
    return replace(q, context=context) if context != q.context else q


def _quantity_at(sentence: str, tokens: _Tokens, i: int) -> tuple[Quantity | None, int]:
    """The quantity starting at token ``i`` and the index after it."""
    text, lower = tokens.text, tokens.lower
    if not _starts_number(tokens, i):
        return None, i + 1
    currency = CURRENCY_SIGNS.get(text[i - 1]) if i > 0 else None
    sign = i - 1
    if i > 1 and (text[i - 2], text[i - 1]) in PREFIXED_SIGNS and tokens.adjacent(i - 2):
        currency, sign = PREFIXED_SIGNS[text[i - 2], text[i - 1]], i - 2
    elif currency is None and i > 0 and text[i - 1] in CODE_PREFIXES:
        currency = CODE_PREFIXES[text[i - 1]]  # "CHF 4.12 billion"
    elif currency is None and i > 1 and text[i - 1] == "." and text[i - 2] in CODE_PREFIXES and tokens.adjacent(i - 2):
        currency, sign = CODE_PREFIXES[text[i - 2]], i - 2  # "Rs. 1,200 crore"
    elif currency is None and i > 0 and text[i - 1] == "R" and tokens.adjacent(i - 1) and (
            "," in text[i] or i + 1 < len(text) and lower[i + 1] in SCALES):
        currency = "ZAR"  # "R63.4 million", "R12,500": rand (not the R101 road)
    if currency == "USD" and i > 1 and text[i - 2] in DOLLAR_PREFIXES and tokens.adjacent(i - 2):
        currency, sign = DOLLAR_PREFIXES[text[i - 2]], i - 2  # "A$52 million", "NZ$1.49 billion", "US$890 million"
    if i > 0 and (lower[i - 1].rstrip(".") in MONTHS or text[i - 1] in "#№"):
        return None, _skip_number(tokens, i)
    if text[i].isdigit() and i + 2 < len(text) and text[i + 1] in "-–" and text[i + 2].isdigit() and (
            tokens.adjacent(i) and tokens.adjacent(i + 1) and _tallied(tokens, i, i + 3)):
        return _tally_side(sentence, tokens, i, i + 2), i + 2  # "passed the Senate 22-8": the winning side
    if text[i].isdigit() and i > 1 and text[i - 1] in "-–" and text[i - 2].isdigit() and (
            tokens.adjacent(i - 2) and tokens.adjacent(i - 1) and _tallied(tokens, i - 2, i + 1)):
        return _tally_side(sentence, tokens, i, i - 2), i + 1  # and the losing side
    if _tally_number(tokens, i):
        partner = _tally_in_words(tokens, i)
        if partner is None:
            partner = next((p for p in range(max(0, i - TALLY_WORDS_REACH), i) if _tally_number(tokens, p)
                            and not (p > 1 and text[p - 1] in "-–" and _tally_number(tokens, p - 2))  # "Forty-nine"
                            and _tally_in_words(tokens, p) == i), None)
        if partner is not None:
            return _tally_side(sentence, tokens, i, partner), _number_end(tokens, i)  # "passed by 108 votes to 83"
    if currency is None and (i > 1 and _named_number(tokens, i) or _numbered(tokens, i)):
        return None, _skip_number(tokens, i)  # "the Aero 14 battery", "Flight 103", "Blackfork No. 3": a name
    j = _number_end(tokens, i)
    if j < len(text) and tokens.adjacent(j - 1) and lower[j] in ORDINAL_SUFFIXES:
        return None, j + 1
    if j + 1 < len(text) and text[j] in "-–:/." and text[j + 1][0].isdigit() and tokens.adjacent(j - 1):
        return None, _skip_number(tokens, j + 1)  # a score, a time, a phone number, a date
    words = text[i:j]
    if j - i == 1 and _YEAR.fullmatch(text[i]) and not currency:
        return None, j  # a year
    value = parse_number(words)
    if value is None or (words[0].lower() in ("a", "one") and j - i == 1):
        return None, j
    owned = i > 0 and lower[i - 1] in POSSESSIVES and _people_after(tokens, j)  # "its 22 crew members"
    if i > 0 and (lower[i - 1] in ANAPHORIC or lower[i - 1] in PARTIAL) and not owned:
        return None, j  # "those 10 points", "his 20 points": a part of a count said elsewhere
    low_high = _range_end(tokens, j)
    if (low_high is None and currency is not None and j + 2 < len(text) and lower[j] == "to"
            and text[j + 1] == text[sign] and tokens.adjacent(j + 1) and text[j + 2][0].isdigit()
            and (sign == 0 or lower[sign - 1] != "from")):
        low_high = _range_end(tokens, j, j + 2)  # "€12 to €18 a bottle", not "rose from $20 to $30"
    if low_high and not any(w in SCALES for w in lower[i:j]):
        scale = next((SCALES[w] for w in lower[j:low_high[1]] if w in SCALES and w != "hundred"), 1)
        if value * scale <= low_high[0]:
            value *= scale  # "5 to 6 million dollars": the scale of the range's end is its start's too
    if low_high and low_high[0] < value:
        low_high = None  # "$423.5 million to three free agents", "from 6% to 5.5%": no range
    high, j = (low_high if low_high else (None, j))
    start_token = sign if currency else i  # the currency sign, if one comes first
    start = tokens.start[start_token]
    qualified = qualifier_before(sentence, start)
    # "three other students", "injuring nine others": others than someone told of before
    noun_at = j + 1 if currency is None and j < len(lower) - 1 and lower[j] == "other" else j
    other = currency is None and j < len(lower) and lower[j] in ("other", "others")
    noun = _noun_after(tokens, noun_at, value, currency is not None)
    if (qualified and noun is not None and noun[0] in DURATIONS and sentence.startswith("over", qualified[1])
            and _SPREAD.search(sentence, max(0, qualified[1] - 40), qualified[1])):
        qualified = None  # "$82.5 million over five years": across five years, not more than five
    qualifier = qualified[0] if qualified else None
    toll = noun is None and currency is None and _toll_before(tokens, start_token)
    if noun is None and currency is None and (toll or _fated(tokens, start_token)):
        noun = ("person", "person", j, None)  # "Gunman kills four at Denver warehouse", "the death toll stands at 17"
    elif (noun is None and currency is None and j - i == 1 and text[i].isdigit() and 0 < value <= MAX_APPOSED_AGE
          and j < len(text) and text[j] in ",)" and (before := _apposed_noun(tokens, i)) is not None
          and i > 2 and lower[i - 3] == "the"):
        noun = (f"age-{before}", f"{before}'s age", j, None)  # "The driver, 49, who has worked for the operator"
    elif (noun is None and currency is None and i > 1 and lower[i - 1] == "of" and lower[i - 2] in COLLECTIVES
          and (j >= len(lower) or not lower[j].isalpha() or lower[j] in STOPWORDS or lower[j].endswith("ed"))):
        noun = (lower[i - 2], lower[i - 2], j, None)  # "with a crew of 14", "A crowd of 24,600 watched": its count
    elif currency is None and i > 1 and lower[i - 1] == "aged" and lower[i - 2] in AGED_NOUNS:
        # "a man aged 41": his age, as "a 41-year-old man" gives it (not "children aged 5 to 11", a group's)
        noun = (f"age-{lower[i - 2]}", f"{lower[i - 2]}'s age", j, None)
    if noun is None:
        return None, j
    unit, display, end_index, compound = noun
    if unit in DURATIONS and _up_to_now(tokens, i):
        return None, j  # "the past two months": a span up to when it is told, which moves with it
    if unit in _SMALLER_UNITS and (more := _smaller_part(tokens, end_index, unit)) is not None:
        added, end_index = more  # "eight hours and 50 minutes": 8.83 hours
        value, high = value + added, (high + added if high is not None else None)
    if unit == "degree" and end_index < len(lower) and lower[end_index] in TEMPERATURE_SCALES:
        unit = display = f"degree {TEMPERATURE_SCALES[lower[end_index]]}"  # never compare °C with °F
        end_index += 1
    if unit == "home" and lower[end_index:end_index + 2] == ["and", "businesses"]:
        unit, end_index = "customer", end_index + 2  # "left about 160,000 homes and businesses without power"
    if currency is None and unit in CURRENCY_WORDS:
        currency = CURRENCY_WORDS[unit]
    elif currency is None and unit in _NAMED_CODES:
        currency, unit = unit, _NAMED_CODES[unit]
    elif currency is None and unit == "cent":
        currency, value, high = "USD", value / 100, (high / 100 if high is not None else None)
    attribute = "amount" if currency or unit == "%" else "count"
    if currency:
        if unit and unit not in CURRENCY_WORDS and unit != "cent":
            compound = compound or unit  # "the $1.1 billion mission": what the money is, a word of its context
        unit, display = currency, currency + (f" {display}" if display and display != currency else "")
    per = _per_after(tokens, end_index)
    if per == "each":
        unit, display, end_index = f"{unit}/each", f"{display} each", end_index + 1
    elif per:
        unit, display, end_index = f"{unit}/{per}", f"{display} per {per}", end_index + 2
    elif currency and _each_in_clause(tokens, start_token, end_index):
        unit, display = f"{unit}/each", f"{display} each"  # "each of the 23 players would receive 10,000 dinars"
    elif currency and lower[end_index - 1] in ("annually", "yearly"):
        unit, display = f"{unit}/year", f"{display} per year"  # "$85 million annually"
    elif currency and end_index < len(lower) and lower[end_index] in ("annually", "yearly"):
        unit, display, end_index = f"{unit}/year", f"{display} per year", end_index + 1
    elif currency and _annual_before(tokens, start_token):
        unit, display = f"{unit}/year", f"{display} per year"  # "reduce annual costs by about $85 million"
    end = tokens.end[end_index - 1]
    if qualified:
        start = qualified[1]
    measure = _measure(tokens, start_token) if attribute == "amount" else None
    roles = _roles(tokens, start_token, end_index) + _fate(tokens, start_token, end_index) + ((OTHER,) if other else ())
    whole_at = _whole_after(tokens, noun_at)
    if whole_at is not None:
        roles += (PART,)  # "31 of the 55 seats": compared only with other parts; the whole is read next
    if toll and not any(role[0] == "!" for role in roles):
        roles += ("!dead",)
    if attribute == "count" and unit == "other" and any(role[0] == "!" for role in roles):
        unit = "person"  # "five others injured", "injuring 14 others": people hurt besides those named before
    if attribute == "count" and unit in FATE_NOUNS:
        if not any(role[0] == "!" for role in roles):
            roles += (f"!{FATE_NOUNS[unit]}",)
        unit = "person"  # "14 heat-related deaths", "made 11 arrests": people dead, people held
    if i > 0 and (lower[i - 1] in DEFINITE_WORDS or owned) and not qualified and not currency or (
            unit.startswith("age-") and i > 2 and lower[i - 1] == "," and lower[i - 3] == "the"):
        roles += (DEFINITE,)  # "the three victims"; "The driver, 49," as "the 54-year-old driver"
    if unit in DURATIONS and end_index < len(lower) and lower[end_index] in OFFSET_WORDS and not (
            start_token > 0 and lower[start_token - 1] == "for" and lower[end_index] in ("after", "since")):
        roles += (OFFSET,)  # "two years after the war", not "banned for four years after testing positive"
    elif (lower[end_index:end_index + 2] in (["to", "go"], ["to", "play"])
          and lower[end_index + 2:end_index + 3] != ["with"]
          or lower[end_index:end_index + 1] in (["left"], ["remaining"])):
        roles += (OFFSET,)  # "with two miles to go", "with 4:43 to play": what remains ("to go with": none)
    if _PERIOD_AFTER.match(sentence, tokens.end[end_index - 1]) or unit == "%" and sentence.startswith(
            " since ", tokens.end[end_index - 1]):
        roles += (PERIOD,)
    if attribute == "count" and (_POPULATION_BEFORE.search(sentence, max(0, start - 60), start)
                                 or _ALL_IN_PLACE.search(sentence, max(0, start - 60), start)):
        roles += (POPULATION,)
    context = _context(tokens, i, end_index, compound, measure, roles, unit if attribute == "count" else None)
    span = interval(value, qualifier, high, rounding_of(words, value), percent=unit == "%")
    agent, governor, opening, located = _agent_governor(tokens, start_token, attribute == "amount")
    if attribute == "amount":
        agent = _recipient(tokens, end_index) or agent
    elif governor is None and compound in DURATION_HEADS and unit in DURATIONS:
        governor = stem(compound)  # "a 25-year sentence" is governed as "sentenced to 20 years" is
    elif unit == "person" and governor == "employ":
        unit = "worker"  # "employs about 180 people": its workers, as "employs around 420 workers" counts them
    return Quantity(start, end, sentence[start:end], span, unit, display, attribute, context, agent, governor,
                    opening, located), end_index if whole_at is None else whole_at


#: A unit, the unit a span of it may add after it ("two years and six months") and how many make one.
_SMALLER_UNITS = {"hour": ("minute", 60), "year": ("month", 12), "minute": ("second", 60)}


def _smaller_part(tokens: _Tokens, end: int, unit: str) -> tuple[float, int] | None:
    """What "and 50 minutes" after "eight hours" adds, in hours, and where it ends."""
    lower = tokens.lower
    k = end + 1 if end < len(lower) and lower[end] == "and" else end
    smaller, parts = _SMALLER_UNITS[unit]
    if k + 1 >= len(lower) or singular(lower[k + 1]) != smaller:
        return None
    number = parse_number([tokens.text[k]])
    if number is None or not 0 < number < parts:
        return None
    return number / parts, k + 2


def _toll_before(tokens: _Tokens, start: int) -> bool:
    """Whether a death toll comes just before the number: "The confirmed death toll stands at 17", "the toll
    rose to 12", "bringing the death toll from this week's collapse to nine"."""
    lower = tokens.lower
    reach = 10 if start and lower[start - 1] in ("to", "at") else 5  # "the death toll from … collapse to nine"
    for k in range(start - 1, max(-1, start - reach), -1):
        if tokens.text[k] in CLAUSE_MARKS:
            return False
        if lower[k] == "toll":
            return k == 0 or lower[k - 1] != "injury"
    return False


def _numbered(tokens: _Tokens, i: int) -> bool:
    """Whether the number at ``i`` follows "No." or "No": "Blackfork No. 3 trapped five workers"."""
    k = i - 1
    if k >= 0 and tokens.text[k] == ".":
        k -= 1
    return (k >= 0 and tokens.text[i][0].isdigit() and tokens.text[k] in ("No", "no", "Nos")
            and (k == i - 2 or tokens.text[k] != "no"))


#: Words that make "22-8" a vote's tally: "passed the Senate 22-8", "voted 7-2", "on a 19-11 vote".
VOTE_WORDS = frozenset("vote votes voted voting passed approved rejected cleared adopted ratified confirmed ruled "
                       "ruling backed endorsed".split())
#: Words a tally "N to M" may follow: "voted 33 to 20", "pass the spending plan 34 to 19".
_TALLY_VERBS = VOTE_WORDS | {"pass"}
TALLY_BEFORE = 6
TALLY_AFTER = 2
_NOT_TALLIED = frozenset(("a", "p", "am", "pm", "percent", "%"))  # a time or a share after the numbers


def _tallied(tokens: _Tokens, start: int, end: int) -> bool:
    """Whether the two numbers from token ``start`` to ``end`` are a vote's tally: a vote word close before
    or right after them, and no digit right after ("a 3-2-1 vote" is none)."""
    if end < len(tokens.text) and (tokens.text[end] in "-–" or tokens.lower[end] in _NOT_TALLIED):
        return False  # "a 3-2-1 vote", "the vote came at 10-11 p.m."
    if start > 0 and tokens.text[start - 1] == "(":
        return False  # "The Tar Heels (10-0) voted": a team's record
    lower = tokens.lower
    before = lower[max(0, start - TALLY_BEFORE):start]
    return not VOTE_WORDS.isdisjoint(before) or not VOTE_WORDS.isdisjoint(lower[end:end + TALLY_AFTER])


#: How far apart the two numbers of a tally told in words may be: "106 deputies voted in favour and 83 against".
TALLY_REACH = 9
#: How far a tally's first number may be from "voted", and its second from it: "Forty-nine lawmakers in the
#: 81-seat assembly voted in favour of the changes and 22 voted against".
TALLY_WORDS_REACH = 18
_IN_FAVOUR = (["in", "favour"], ["in", "favor"])


def _tally_in_words(tokens: _Tokens, i: int) -> int | None:
    """The index of the second number of a tally told in words whose first number is at ``i``: "passed by
    108 votes to 83", "by a vote of 108 to 83", "106 deputies voted in favour and 83 against", "with 178
    votes in favour, 169 against"."""
    text, lower, size = tokens.text, tokens.lower, len(tokens.text)

    def number(k: int) -> bool:
        return k < size and _tally_number(tokens, k)

    if lower[i + 1:i + 3] in (["votes", "to"], ["vote", "to"]) and number(i + 3):
        return i + 3
    if lower[i - 2:i] == ["vote", "of"] and lower[i + 1:i + 2] == ["to"] and number(i + 2):
        return i + 2
    if (lower[i + 1:i + 2] == ["to"] and number(i + 2) and lower[i - 1:i] != ["from"]
            and not _TALLY_VERBS.isdisjoint(lower[max(0, i - TALLY_BEFORE):i])
            and not (i + 3 < size and lower[i + 3] in _NOT_TALLIED)):
        return i + 2  # "voted 33 to 20", "to pass the spending plan 34 to 19"
    if lower[i + 1:i + 4] in (["votes", "in", "favour"], ["votes", "in", "favor"]):
        k = i + 4  # "with 178 votes in favour, 169 against and three abstentions"
    else:
        j = _number_end(tokens, i)
        if j + 1 < size and text[j] in "-–" and text[j + 1].isalpha():
            return None  # "the 81-seat assembly": no side of a vote
        while j < min(size, i + TALLY_WORDS_REACH) and lower[j] != "voted" and text[j] not in CLAUSE_MARKS and not (
                number(j) and not (j + 1 < size and text[j + 1] in "-–")):
            j += 1  # "106 deputies voted", "Forty-nine lawmakers in the 81-seat assembly voted"
        if lower[j:j + 1] != ["voted"]:
            return None
        k = j + 3 if lower[j + 1:j + 3] in _IN_FAVOUR else j + 2 if lower[j + 1:j + 2] in (["for"], ["yes"]) else None
        if k is not None and lower[k:k + 1] == ["of"]:  # "voted in favour of the changes and 22 voted against"
            k = next((n for n in range(k + 1, min(size, k + 6)) if lower[n] in ("and", ",")), None)
    if k is None or lower[k:k + 1] not in (["and"], [","]) or not number(k + 1):
        return None
    against = lower[k + 2:k + 3] in (["against"], ["no"], ["opposed"]) or lower[k + 2:k + 4] == ["voted", "against"]
    return k + 1 if against else None


def _tally_number(tokens: _Tokens, k: int) -> bool:
    """Whether token ``k`` may be one side of a tally told in words: digits or a number word ("nine")."""
    return tokens.text[k].isdigit() or tokens.lower[k] in SMALL


def _tally_side(sentence: str, tokens: _Tokens, i: int, other: int) -> Quantity:
    """One number of a vote's tally, at token ``i``, the other number at ``other``: the larger is the
    winning side's, the other the losing side's, whichever way the measure went ("rejected 5-4": five
    against it)."""
    ends = {k: _number_end(tokens, k) for k in (i, other)}  # "Forty-nine" is three tokens
    value, rival = (parse_number([w.replace(",", "") for w in tokens.text[k:ends[k]]]) or 0.0 for k in (i, other))
    side = "winning" if value > rival or value == rival and i < other else "losing"
    low, high = min(i, other), max(i, other) + 1  # the tally's tokens
    agent, governor, opening, located = _agent_governor(tokens, low)
    context = _context(tokens, low, high, None, roles=(DEFINITE,))  # a story's vote: the whole count of its side
    start, end = tokens.start[i], tokens.end[ends[i] - 1]
    return Quantity(start, end, sentence[start:end], interval(value, None, None, 0.0), f"{side} vote",
                    f"votes on the {side} side", "count", context, agent, governor, opening, located)


#: What is paid or spread over a span of time: "for $161 million over seven years", "a deal over eight years".
_SPREAD = re.compile(r"(?:[$€£¥][\d.,]+(?:\s+(?:million|billion|thousand))?(?:\s+(?:to|for)(?:\s+[A-Z][\w.’'-]*){1,3})?"
                     r"|\b(?:million|billion|contract|deal|paid|payable|spread|installments?))\s+$")


def _recipient(tokens: _Tokens, end: int) -> str | None:
    """Whose an amount is when it goes to someone named right after it: "$82.5 million to A.J. Burnett"."""
    text = tokens.text
    if end + 1 >= len(text) or tokens.lower[end] != "to" or not text[end + 1][0].isupper():
        return None
    k = end + 1
    while k + 1 < len(text) and (text[k + 1][0].isupper() and text[k + 1][0].isalpha()
                                 or text[k + 1] == "." and len(text[k]) == 1):  # "A.J. Burnett"
        k += 1
    while text[k] == "." and k > end + 1:
        k -= 1
    name = tokens.lower[k]
    if name in STOPWORDS or name in MONTHS or name in WEEKDAYS or k + 1 < len(text) and text[k + 1][0].isdigit():
        return None  # nor a currency: "fell 6.2 percent to CHF 4.12 billion"
    from factcheck.normalize.places import is_place  # the gazetteer only when an amount goes to a name

    return None if is_place(" ".join(text[end + 1:k + 1])) else name


def _fated(tokens: _Tokens, start: int) -> bool:
    """Whether a verb of fate governs the number at ``start`` directly, its qualifiers aside ("kills four",
    "killing at least 12", "injured 30"): then it counts people even with no noun after it."""
    k = start - 1
    while k >= 0 and tokens.lower[k] in QUALIFIER_WORDS:
        k -= 1
    return k >= 0 and FATES.get(tokens.lower[k]) in ("dead", "hurt") and tokens.lower[k] not in ("dead", "hurt")


def _named_number(tokens: _Tokens, i: int) -> bool:
    """Whether the digits at ``i`` end a name, as a model or a flight is numbered: after a capitalised
    word that follows a determiner or another capitalised word ("the Aero 14 battery", "Pan Am Flight
    103"), not after a name in a list ("20 points, Smith 14 points")."""
    text, lower = tokens.text, tokens.lower
    before, first = text[i - 1], text[i - 2]
    return (text[i][0].isdigit() and before[0].isupper() and before.isalpha() and lower[i - 1] not in STOPWORDS
            and lower[i - 1] not in WEEKDAYS
            and (lower[i - 2] in NAME_DETERMINERS or first[0].isupper() and first.isalpha() and i - 2 > 0))


def _starts_number(tokens: _Tokens, i: int) -> bool:
    if tokens.text[i][0].isdigit():
        return True
    lower = tokens.lower[i]
    if lower == "a" and i + 1 < len(tokens.text) and tokens.lower[i + 1] == "dozen":
        return True
    return lower in SMALL


def _number_end(tokens: _Tokens, i: int) -> int:
    """The index after the number that starts at ``i`` ("twenty - three", "2 1/2", "1.5 million")."""
    text, lower = tokens.text, tokens.lower
    in_words = not text[i][0].isdigit()
    j = i + 1
    while j < len(text):
        word = lower[j]
        if word in SCALES and (word in NUMBER_WORDS or word in SPACED_SCALES or tokens.adjacent(j - 1)):
            j += 1
        elif word in SMALL and lower[j - 1] in _JOINED_AFTER and in_words:
            j += 1
        elif word in ("-", "and") and j + 1 < len(text) and lower[j + 1] in SMALL and in_words:
            j += 1
        elif "/" in text[j] and text[j][0].isdigit() and text[j - 1] in ("-", text[i]):
            j += 1
        elif word == "-" and j + 1 < len(text) and "/" in text[j + 1]:
            j += 1
        else:
            break
    while j > i + 1 and lower[j - 1] in ("and", "-"):
        j -= 1
    return j


def _skip_number(tokens: _Tokens, i: int) -> int:
    text = tokens.text
    j = i
    while j < len(text) and (text[j][0].isdigit() or text[j] in "-–:/.,"):
        j += 1
    return j


def _range_end(tokens: _Tokens, j: int, at: int | None = None) -> tuple[float, int] | None:
    """"… to 30", "… or three": the upper end of a range right after a number (or at ``at``, past a
    currency sign: "€12 to €18")."""
    if at is not None:
        k = _number_end(tokens, at)
        value = parse_number(tokens.text[at:k])
        return (value, k) if value is not None else None
    if j + 1 < len(tokens.text) and tokens.lower[j] in ("to", "or") and _starts_number(tokens, j + 1):
        k = _number_end(tokens, j + 1)
        value = parse_number(tokens.text[j + 1:k])
        if value is not None:
            return value, k
    return None


def _up_to_now(tokens: _Tokens, start: int) -> bool:
    """Whether a span of time runs up to (or on from) when it is told: "the past four months", "the next two
    weeks"; two reports of other days give it other lengths.  ("two days ago" is kept: it dates a day.)"""
    before = [w for w in tokens.lower[max(0, start - 3):start] if w not in QUALIFIER_WORDS]
    return before[-1:] in (["past"], ["last"], ["next"], ["coming"], ["previous"])


def _plain_span(unit: str, head: str | None) -> bool:
    """Whether "N-unit head" counts what "N units" does: a span of time, of a sentence, a deal or nothing;
    or anything over a performance ("a 9-rebound performance", "a 30-point game")."""
    return unit in DURATIONS and (head is None or head in DURATION_HEADS) or head in PERFORMANCES


def _aged_noun(tokens: _Tokens, k: int) -> str | None:
    """The person noun after "N-year-old" ("woman", "crane operator"), singular, when no name follows:
    whose age it is, when the text does not name them."""
    lower, text = tokens.lower, tokens.text
    nouns = []
    while k < len(text) and len(nouns) < 2 and text[k].isalpha() and text[k].islower() and lower[k] not in STOPWORDS:
        nouns.append(singular(lower[k]))
        k += 1
    if not nouns or k < len(text) and text[k][:1].isupper() and text[k].isalpha():
        return None  # "the 40-year-old actor Brad Pitt": his age, the people extractor's
    return " ".join(nouns) if nouns[-1] in AGED_NOUNS else None


def _apposed_noun(tokens: _Tokens, number: int) -> str | None:
    """The person noun an age is set after by a comma: "The driver, a 47-year-old identified only as …"."""
    lower = tokens.lower
    k = number - 1
    if k >= 0 and lower[k] in ("a", "an"):
        k -= 1
    if k >= 1 and lower[k] == "," and singular(lower[k - 1]) in AGED_NOUNS and lower[k - 1] == singular(lower[k - 1]):
        return lower[k - 1]
    return None


#: The oldest age a bare number set off by commas after a person noun gives: "The driver, 49, who …".
MAX_APPOSED_AGE = 110
#: Nouns of people whose age a story may give without their name: "a 71-year-old woman", "a 34-year-old crane
#: operator".
AGED_NOUNS = frozenset("man woman boy girl child baby teen teenager person driver operator worker resident "
                       "pedestrian passenger cyclist motorcyclist hiker skier climber swimmer victim suspect "
                       "mother father son daughter grandmother grandfather farmer fisherman student pilot".split())


#: Aged nouns that say no more than a person: after an apposed noun, the age is that noun's.
_PLAIN_PEOPLE = frozenset(("man", "woman", "person"))


def _people_after(tokens: _Tokens, j: int) -> bool:
    """Whether the words from ``j`` count people: after a possessive ("holding its 22 crew members", "their three
    children"), the whole of them, not a part of a count said elsewhere as "his 20 points" is."""
    run = _content_run(tokens, j, 3)
    return bool(run) and singular(run[-1][0]) in OWNED_PEOPLE


#: People a possessive's count holds whole: a ship's crew, a family's children.
OWNED_PEOPLE = PEOPLE_NOUNS | {"member", "child", "son", "daughter", "hostage", "sailor", "seafarer", "crewmember"}


#: Whose whole a count after "all" is: "all 38 of its schools", "all 12 of the passengers".
_WHOLE_OF = frozenset(("its", "the", "their", "his", "her", "our"))


#: Nouns of a group whose size follows "of" with no noun after it: "a crew of 14", "a workforce of 5,000".
COLLECTIVES = frozenset("crew staff workforce garrison contingent delegation fleet team squad crowd audience "
                        "attendance turnout".split())


def _noun_after(tokens: _Tokens, j: int, value: float, money: bool) -> tuple[str, str, int, str | None] | None:
    """(unit, display, end index, compound head) of what the number counts, or None."""
    text, lower, size = tokens.text, tokens.lower, len(tokens.text)
    if j < size and text[j] == "%":
        return "%", "%", j + 1, None
    if j + 1 < size and lower[j] == "per" and lower[j + 1] == "cent":
        return "%", "%", j + 2, None  # "4.5 per cent"
    if j + 1 < size and text[j] in "-–" and tokens.adjacent(j - 1) and text[j + 1].isalpha():
        unit = lower[j + 1]  # "six-year offer": a number as a modifier
        if unit in STOPWORDS or len(unit) < 3 or unit.endswith("er") and unit not in ("quarter", "meter", "liter", "litre", "metre"):
            return None  # "3-pointer", "two-seater"
        if j + 3 < size and text[j + 2] == "-" and lower[j + 3] == "old":
            # "12-year-old Kimani Gray": an age, the people extractor's; "a 71-year-old woman" is no one's by name
            counted = j > 1 and (lower[j - 2] in NUMBER_WORDS or text[j - 2].isdigit())  # "Six two-year-old children"
            noun = _aged_noun(tokens, j + 4) if unit == "year" and not counted else None
            if noun in _PLAIN_PEOPLE and (apposed := _apposed_noun(tokens, j - 1)):
                noun = apposed  # "The driver, a 52-year-old man with …": the driver's age
            if noun:  # keyed by its last word: "the 43-year-old crane operator" is an operator's age
                return f"age-{noun.split()[-1]}", f"{noun}'s age", j + 4 + len(noun.split()), None
            before = _apposed_noun(tokens, j - 1) if unit == "year" and not counted else None
            return (f"age-{before}", f"{before}'s age", j + 4, None) if before else None
        head = lower[j + 2] if j + 2 < size and text[j + 2].isalpha() and text[j + 2].islower() else None
        if head in STOPWORDS:
            head = None
        # with no noun after it ("another 20-point, 9-rebound performance") the number counts the unit itself
        key = singular(unit) if head is None or _plain_span(singular(unit), head) else f"{singular(unit)}-{head}"
        return key, singular(unit) + (f" {head}" if head else ""), j + 2, head
    if not money and (abbreviated := _abbreviated_unit(tokens, j)) is not None:
        return abbreviated
    if (not money and j + 2 < size and lower[j] == "of" and lower[j + 1] in _WHOLE_OF and j > 1
            and lower[j - 2] == "all"):
        j += 2  # "all 38 of its schools": the whole of them, counted
    elif not money and (whole_at := _whole_after(tokens, j)) is not None:
        # "214 of its 390 flights", "31 of the council's 55 seats": flights, seats (a part: see _part_of)
        whole = _noun_after(tokens, _number_end(tokens, whole_at), value, money)
        return whole if whole is None or whole[0] not in DURATIONS else None
    run = _content_run(tokens, j, 3)
    words = [word for word, _end in run]
    k = run[-1][1] if run else j
    if not words:
        named = j
        while named < min(size, j + 2) and text[named][0].isupper() and text[named].isalpha():
            named += 1  # "4.12 billion Swiss francs", "50 Hong Kong dollars"
        if named > j and named < size and singular(lower[named]) in CURRENCY_WORDS:
            unit = singular(lower[named])
            if unit in _NAMED_CURRENCIES:  # "50 Hong Kong dollars": HKD, "355,000 Jordanian dinars": JOD
                unit = _NAMED_CURRENCIES[unit].get(" ".join(lower[j:named]), unit)
            return unit, singular(lower[named]), named + 1, None
        if (named > j and named < size and text[named].isalpha() and text[named].islower()
                and _plural(lower[named]) and lower[named] not in STOPWORDS
                and SCENES.isdisjoint(lower[j:named])):  # not "10 Downing Street officials"
            run = _content_run(tokens, named, 3)  # "1.8 million Austral Connect customers": customers
            words = [word for word, _end in run]
    if words and words[0] in PERCENT_WORDS or (k < size and words == [] and lower[k] == "percent"):
        return "%", "%", j + 1, None
    if not words and not money and _befell(tokens, j):
        return "person", "person", j, None  # "Two supporters died and at least 52 were hurt": 52 people
    if not words:
        return ("", "", j, None) if money else None
    if money and len(words) > 1 and words[0] in ("last", "next") and words[1] in UNIT_WORDS:
        return "", "", j, None  # "worth $7.8 billion last year": when, not what
    if money:  # "$46.8 million paid to …", "$11.2 million two days after", "the $1.1 billion mission launched"
        verb = next((n for n, w in enumerate(words) if w.endswith("ed") or w in _MONEY_VERBS or w in NUMBER_WORDS),
                    None)
        if verb == 0:
            return "", "", j, None
        if verb is not None:
            run, words = run[:verb], words[:verb]
    head_index = next((n for n, w in enumerate(words) if _plural(w)), None)
    if (words[0] in PARTIAL and j + 2 < size and text[j + 1] == "-" and tokens.adjacent(j) and text[j + 2].isalpha()
            and lower[j + 2] not in PARTS_OF_PLAY):  # "three first-half goals" still counts a part of a game
        rest = _noun_after(tokens, j + 2, value, money)  # "two first-round draft picks": a modifier, no part
        return (rest[0], f"{words[0]}-{rest[1]}", rest[2], rest[3]) if rest is not None and rest[0] else None
    if words[0] in PARTIAL:
        return None  # "four straight points", "two more years": a part of some other count
    if words[0] == "old" or (len(words) > 1 and words[1] == "old"):
        return None  # "64 years old": an age
    if head_index is None and words[0] in UNIT_WORDS and len(words) > 1:
        head = words[1]  # "a 2-1/2 year sentence"
        return (words[0] if _plain_span(words[0], head) else f"{words[0]}-{head}"), f"{words[0]} {head}", j + 1, head
    if words[0] in CURRENCY_WORDS and (head_index is None or words[0] != "real"):
        # "482,000 lari", "The 39.5 trillion dong project connects …": a currency whose plural is its singular
        # ("5 real problems" is none)
        head_index = 0
    if head_index is None:
        if value != 1 and not money:
            return None
        head_index = len(words) - 1
    head = singular(words[head_index])
    end = run[head_index][1]
    if end < size and lower[end] == "old":
        return None  # "64 years old": an age
    display = " ".join(words[:head_index] + [head])
    if end < size and lower[end] == "of":
        tail = _content_run(tokens, end + 1, 2)
        if tail:
            display += " of " + " ".join(word for word, _end in tail)
            end = tail[-1][1]
    return head, display, end, None


#: What befalls people, of ``FATES``: a number with no noun before "were" and one of these counts people.
PEOPLE_FATES = frozenset(("dead", "hurt", "held", "missing", "trapped", "hospital", "rescued"))


def _whole_after(tokens: _Tokens, j: int) -> int | None:
    """Where the number of a whole starts after a part's "of": "of its 390 flights", "of the 55 seats", "of the
    council's 55 seats"; None if no whole follows."""
    lower = tokens.lower
    if j + 2 >= len(lower) or lower[j] != "of" or lower[j + 1] not in _WHOLE_OF:
        return None
    k = j + 2
    if k + 1 < len(lower) and lower[k].endswith(("'s", "’s")):
        k += 1  # "of the council's 55 seats"
    return k if _starts_number(tokens, k) else None


def _befell(tokens: _Tokens, j: int) -> bool:
    """Whether the words from ``j`` say what befell people the number before them counts, with no noun:
    "at least 52 were hurt", "12 have been arrested"."""
    lower = tokens.lower
    if j >= len(lower) or lower[j] not in ("were", "are", "have", "had"):
        return False
    k = j + 1
    if k < len(lower) and lower[k] == "been":
        k += 1
    return k < len(lower) and FATES.get(lower[k]) in PEOPLE_FATES


def _content_run(tokens: _Tokens, j: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` lower-case content words from ``j``, each with the index after its tokens, stopping
    after a plural; a modifier written with a hyphen is one word ("14 heat-related deaths")."""
    words: list[tuple[str, int]] = []
    text = tokens.text
    while j < len(text) and len(words) < limit:
        word, lower = text[j], tokens.lower[j]
        if (lower in ("and", "or") and words and j + 1 < len(text) and text[j + 1].isalpha()
                and text[j + 1].islower() and tokens.lower[j + 1] not in STOPWORDS
                and tokens.lower[j + 1] not in NUMBER_WORDS and not _plural(tokens.lower[j + 1])):
            # two modifiers of one noun: "38,000 current and former students", not "six men and women"
            words[-1] = (f"{words[-1][0]} {lower} {tokens.lower[j + 1]}", j + 2)
            j += 2
            continue
        if not (word.isalpha() or "-" in word and word.replace("-", "").isalpha()) or not word.islower() \
                or lower in STOPWORDS:
            break
        if (j + 3 < len(text) and text[j + 1] == "-" and tokens.adjacent(j) and tokens.adjacent(j + 1)
                and text[j + 2].isalpha() and text[j + 2].islower() and text[j + 3] != "-"
                and lower not in NUMBER_WORDS and lower not in PARTIAL):
            words.append((f"{lower}-{tokens.lower[j + 2]}", j + 3))
            j += 3
            continue
        words.append((lower, j + 1))
        j += 1
        if _plural(lower):
            break
    return words


def _plural(word: str) -> bool:
    return word in IRREGULAR or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
                                 or _MEN.search(word) is not None)


#: Plurals of compounds of "man": "gunmen", "fishermen", "policemen" (not "specimen" or "regimen").
_MEN = re.compile(r"^(?!(?:speci|regi|abdo|acu|sta)men$)\w{3,}men$")


#: Counted nouns that count the same things, by the noun they are compared under: "1,200 jobs" and
#: "1,400 positions", "3,400 people" and "4,300 residents", "1,100 employees" and "1,100 workers".
SAME_COUNT = {"position": "worker", "job": "worker", "resident": "person", "employee": "worker", "staffer": "worker",
              "staff": "worker", "vessel": "ship",  # "cut 140 jobs" / "laying off 180 employees"
              "house": "home", "dwelling": "home",  # "destroyed 42 homes" / "24 houses were flattened"
              "spectator": "crowd", "attendance": "crowd", "audience": "crowd",  # "A crowd of 18,400" / "14,800
              # spectators"
              # not "deputy": a sheriff's too
              "legislator": "lawmaker", "parliamentarian": "lawmaker", "mp": "lawmaker",
              # "was carrying 52 passengers" / "a bus carrying 46 people"; its crew, people too, so that "68
              # passengers and four crew" are the "72 people on board"
              "passenger": "person", "crew": "person", "crewman": "person", "crewmember": "person"}


#: One spelling of each unit the two Englishes spell apart: "12 kilometers" and "12 kilometres" count one thing.
UNIT_SPELLINGS = {"kilometer": "kilometre", "meter": "metre", "centimeter": "centimetre", "millimeter": "millimetre",
                  "liter": "litre", "milliliter": "millilitre"}
#: Units written short after a number ("200 mm of rain", "40 kg of cocaine", "winds of 185 km/h"), by the
#: tokens they are written in: the unit, and what a rate of it is per. Not "m", which is a million as often
#: ("$3m") as a metre, nor "g" or "t".
UNIT_ABBREVIATIONS: dict[tuple[str, ...], tuple[str, str | None]] = {
    ("km",): ("kilometre", None), ("kms",): ("kilometre", None), ("mi",): ("mile", None),
    ("cm",): ("centimetre", None), ("mm",): ("millimetre", None), ("ft",): ("foot", None),
    ("kg",): ("kilogram", None), ("kgs",): ("kilogram", None), ("lb",): ("pound-weight", None),
    ("lbs",): ("pound-weight", None), ("ha",): ("hectare", None), ("sq", "km"): ("square kilometre", None),
    ("km2",): ("square kilometre", None), ("mw",): ("megawatt", None), ("gw",): ("gigawatt", None),
    ("kw",): ("kilowatt", None), ("kwh",): ("kilowatt hour", None), ("mwh",): ("megawatt hour", None),
    ("mph",): ("mile", "hour"), ("kph",): ("kilometre", "hour"), ("kmh",): ("kilometre", "hour"),
    ("km", "/", "h"): ("kilometre", "hour"), ("km", "/", "hr"): ("kilometre", "hour"),
}
_ABBREVIATION_STARTS = frozenset(tokens[0] for tokens in UNIT_ABBREVIATIONS)


def _abbreviated_unit(tokens: _Tokens, j: int) -> tuple[str, str, int, str | None] | None:
    """(unit, display, end index, None) of a unit written short from token ``j`` ("185 km/h": kilometre/hour)."""
    lower = tokens.lower
    if j >= len(lower) or lower[j] not in _ABBREVIATION_STARTS:
        return None
    for length in (3, 2, 1):
        written = tuple(lower[j:j + length])
        if len(written) == length and written in UNIT_ABBREVIATIONS and all(
                tokens.adjacent(k) for k in range(j, j + length - 1)):
            end = j + length
            if end < len(lower) and tokens.adjacent(end - 1) and lower[end][0].isalnum():
                return None  # "5 kmx", "10 km2x": some other word
            unit, per = UNIT_ABBREVIATIONS[written]
            return (f"{unit}/{per}", f"{unit} per {per}", end, None) if per else (unit, unit, end, None)
    return None


def singular(word: str) -> str:
    """"properties" → "property", "hours" → "hour", "people" → "person", "kilometers" → "kilometre"."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if _MEN.search(word):
        return word[:-3] + "man"  # "gunmen" → "gunman"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    return UNIT_SPELLINGS.get(word, word)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem so "served", "serve" and "serving" meet; only for context matching (cached: the
    words around quantities recur)."""
    word = word.lower()
    if word.endswith(("ment", "ments")):  # "announcement" / "announced", "investments" / "invested"
        base = word[: word.rindex("ment")]
        base = base[:-1] if base.endswith("e") else base
        if len(base) >= 4:
            return base
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: len(word) - len(suffix)] + keep
            if suffix in ("ing", "ed") and len(base) >= 4 and base[-1] == base[-2] and base[-1] in _UNDOUBLED:
                base = base[:-1]  # "running" / "run", "planned" / "plan" (not "killed", "added")
            return base
    return word


_UNDOUBLED = frozenset("bdgmnprt")
#: Participles that end no "-ed": what was done with money, never what it is ("$46.8 million paid to …").
_MONEY_VERBS = frozenset("paid sold spent lost won made built held owed owing paying spending".split())


def _per_after(tokens: _Tokens, j: int) -> str | None:
    """"a share", "per game", "per shift" right after a quantity: what it is a rate of, singular; "each" for an amount
    every one of several gets ("bail of €50,000 each", "$500 apiece"), never their sum."""
    lower = tokens.lower
    if j < len(lower) and lower[j] in ("each", "apiece") and (
            j + 1 == len(lower) or lower[j + 1] != "of" and singular(lower[j + 1]) not in PER_WORDS):
        return "each"  # not "€500,000 each year", a rate of a year
    if j + 1 < len(lower) and lower[j] in ("a", "an", "per", "each"):
        word = singular(lower[j + 1])
        if word in PER_WORDS and (j + 2 == len(lower) or lower[j + 2] not in TIME_AFTER):
            return word
        if lower[j] == "per" and word.isalpha() and word not in ("cent", "cubic", "square") and word not in STOPWORDS:
            return word  # "about 1,200 workers per shift": a rate of whatever follows "per"
    return None


def _annual_before(tokens: _Tokens, start: int) -> bool:
    """Whether "annual" or "yearly" comes shortly before an amount, in its clause: a year's amount."""
    for k in range(start - 1, max(-1, start - 1 - ANNUAL_REACH), -1):
        if tokens.text[k] in CLAUSE_MARKS:
            return False
        if tokens.lower[k] in ("annual", "yearly"):
            return True
    return False


#: How far before an amount "annual" makes it a year's: "annual costs by about $85 million".
ANNUAL_REACH = 4
#: How far from an amount, within its clause, an "each" makes it what every one gets.
EACH_REACH = 12
#: "each year": a rate in time, not a share of each one.
_TIMES = frozenset("year month week day night hour minute season quarter".split())


def _each_in_clause(tokens: _Tokens, start: int, end: int) -> bool:
    """Whether "each" (not "each year") stands in the amount's clause: an amount every one of several gets."""
    lower = tokens.lower
    for k in (*range(start - 1, max(-1, start - 1 - EACH_REACH), -1), *range(end, min(len(lower), end + 8))):
        if lower[k] == "each" and (k + 1 == len(lower) or singular(lower[k + 1]) not in _TIMES):
            between = range(k + 1, start) if k < start else range(end, k)
            if not any(tokens.text[i] in CLAUSE_MARKS for i in between):
                return True
    return False


def _measure(tokens: _Tokens, start: int) -> str | None:
    """The word an amount measures, found back across verbs of change in its clause: "revenue" in
    "Revenue rose 4% to $2.1 billion", "loss" in "a loss of $70.7 million"; None if a name or the
    clause's start comes first, or when the amount is a whole of which a part is meant ("she lost most of
    the $400,000 she had saved": not what she lost)."""
    if start >= 3 and tokens.lower[start - 1] in _THE and tokens.lower[start - 2] == "of" and (
            tokens.lower[start - 3] in PARTITIVES):
        return None
    for k in range(start - 1, max(start - 1 - PRICE_REACH, -1), -1):
        if tokens.text[k] in CLAUSE_MARKS:
            break
        if tokens.lower[k] in PRICE_WORDS:
            return "price"  # "will sell for $1,799", "is priced at $1,999", "pricing the machine at $1,499"
    k = start
    while k > 0:
        k -= 1
        text, lower = tokens.text[k], tokens.lower[k]
        if text == "," and (opening := _inserted(tokens, k)) is not None:
            k = opening  # "fee income, boosted by card transactions, climbed 22 percent": past the insertion
            continue
        if text in CLAUSE_MARKS:
            return None
        if (not text.isalpha() or lower in STOPWORDS or lower in NUMBER_WORDS or lower in CHANGE_WORDS
                or lower in PERCENT_WORDS or lower.endswith("ed") or lower in _WHEN_WORDS or lower in MONTHS):
            continue  # "Sales in the January-to-March period came in at …": the sales, not the period
        if text[0].isupper() and k > 0:
            return None  # a name: whose amount, not what it measures
        step = _step_before(tokens, k)
        if step is not None:
            k = step  # "lowered the rate by 25 basis points to 2.75 per cent": the rate, not the points
            continue
        return stem(lower)
    return None


def _step_before(tokens: _Tokens, k: int) -> int | None:
    """Where "by" stands when the word at ``k`` ends the size of a change ("by 25 basis points", "by two
    percentage points"), else None."""
    for j in range(k - 1, max(k - 3, 0), -1):
        if tokens.text[j][0].isdigit() or tokens.lower[j] in NUMBER_WORDS:
            return j - 1 if tokens.lower[j - 1] == "by" else None
    return None


def _inserted(tokens: _Tokens, comma: int) -> int | None:
    """Where a participle's phrase set off by commas opens, when ``comma`` closes one (", boosted by growth
    in card transactions,"): the index of its opening comma."""
    for k in range(comma - 1, max(comma - 1 - INSERTION_REACH, 0), -1):
        if tokens.text[k] in CLAUSE_MARKS:
            if tokens.text[k] == "," and k + 1 < comma and tokens.lower[k + 1].endswith("ed") and (
                    k + 2 < comma and tokens.lower[k + 2] in ("by", "in", "with", "from", "after")):
                return k
            return None
    return None


INSERTION_REACH = 12
_THE = frozenset(("the", "its", "their", "his", "her"))  # "down from the 33 seats it won four years ago"
#: Nouns of a time an amount is measured over, never what it measures.
_WHEN_WORDS = frozenset("period quarter half first second third fourth fiscal".split())  # "first-quarter sales"
#: Words of a part before "of the <amount>": "most of the $400,000", "half of their savings".
PARTITIVES = frozenset("most some all half part much portion share bulk rest none any".split())


def _roles(tokens: _Tokens, start: int, end: int) -> tuple[str, ...]:
    """What else than the actual figure the quantity may be: PRIOR for the earlier value of a change or
    comparison ("from $145.7 million", "compared with 12", "$1.9 million a year earlier"), FORECAST for
    an expectation or a need ("analysts had expected revenue of $2.08 billion", "needs 41 seats", "the 41
    seats he needs")."""
    lower = tokens.lower
    roles = []
    before = [w for w in lower[max(0, start - 4):start] if w not in QUALIFIER_WORDS and w not in _THE]
    after = lower[end:end + 3]
    if (before[-1:] in (["from"], ["versus"], ["vs"]) or before[-2:] in (["compared", "with"], ["compared", "to"])
            or after[:2] == ["last", "year"] or after[1:3] in (["year", "earlier"], ["year", "ago"], ["year", "before"])
            or after[:1] == ["last"] and after[1:2] and after[1] in MONTHS):  # "600 positions last April"
        roles.append(PRIOR)
    for k in range(start - 1, max(-1, start - 1 - FORECAST_REACH), -1):
        if tokens.text[k] in CLAUSE_MARKS:
            break
        if lower[k] in FORECAST_WORDS:
            if lower[k] == "estimated" and (lower[k + 1:k + 2] in (["at"], ["to"]) or lower[k - 1:k] == ["an"]):
                break  # "debts estimated at £3.1m", "home to an estimated 1,027 snow leopards": the figure as best
                # known, not an expectation
            roles.append(FORECAST)
            break
    if FORECAST not in roles and not NEED_AFTER.isdisjoint(after):
        roles.append(FORECAST)
    return tuple(roles)


def _fate(tokens: _Tokens, start: int, end: int) -> tuple[str, ...]:
    """What befell the people counted, as "!" + a class of FATES: "killing 247 people" and "six people
    were killed" → "!dead", "injuring 5,000 others" → "!hurt", "carrying 200 people" and "200 people on
    board" → "!aboard"; nothing when no such verb is beside it."""
    lower = tokens.lower
    if end < len(lower) and lower[end] == ",":  # "Three other students, ages 14 to 16, were wounded"
        close = next((k for k in range(end + 1, min(len(lower), end + 9)) if tokens.text[k] in CLAUSE_MARKS), None)
        if close is not None and lower[close] == ",":
            end = close + 1
    if end + 2 < len(lower) and lower[end] == "and":  # "All 324 passengers and the crew were rescued": theirs too
        k = end + 1 + (lower[end + 1] in _CREW_LEADERS)
        if k < len(lower) and lower[k] in _CREW:
            end = k + 1 + (k + 1 < len(lower) and lower[k + 1] == "members")
    if end < len(lower) and lower[end] == "members" and lower[end - 1] in _CREW:
        end += 1  # "its 22 crew members on board"
    for k in range(end, min(len(lower), end + 4)):  # "six people were also killed", "10 people died"
        if lower[k] in FATES:
            return (f"!{FATES[lower[k]]}",)
        if lower[k] == "on" and k + 1 < len(lower) and lower[k + 1] == "board":
            return ("!aboard",)  # "with 200 people on board"
        if lower[k] in _CARRIED and any(word.startswith("hospital") for word in lower[k + 1:k + 5]):
            return ("!hospital",)  # "23 people were taken to hospitals", "were treated in hospital"
        if lower[k] in _TREATED and any(word.startswith(("injur", "wound")) for word in lower[k + 1:k + 4]):
            return ("!hurt",)  # "seven passengers were treated for minor injuries", "suffered wounds"
        if lower[k] in _MOVED and any(word.startswith("shelter") for word in lower[k + 1:k + 5]):
            return ("!rescued",)  # "4,200 people had been moved to 38 shelters"
        if lower[k] not in ("were", "was", "have", "has", "had", "been", "are", "is", "also", "reportedly", "remained",
                            "remain", "remains", "still"):
            break
    for k in range(start - 1, max(-1, start - 4), -1):  # "killed at least 110 people", "killing 40 people"
        if tokens.text[k] in CLAUSE_MARKS or lower[k] in ("and", "or", "but", "while"):
            break
        if lower[k] in FATES:
            return (f"!{FATES[lower[k]]}",)
        if lower[k] in _MOVED and any(word.startswith(_REFUGES) for word in lower[end:end + 12]):
            return ("!rescued",)  # "had moved some 86,000 residents of coastal villages into schools"
        if lower[k] in _DRIVEN and _driven_out(lower, end):
            return ("!rescued",)  # "forced about 1,850 residents from their homes", "forcing 1,600 people to flee"
        if lower[k] not in QUALIFIER_WORDS and lower[k] not in STOPWORDS:
            break
    return ()


#: Verbs that, before people driven "from their homes" or "to flee", say they were evacuated.
_DRIVEN = frozenset(("forced", "forcing", "forces", "force", "drove", "driven", "driving"))
_FLED = frozenset(("flee", "evacuate", "leave", "abandon"))


def _driven_out(lower: list[str], end: int) -> bool:
    """Whether the words after a count of people say they were driven out: "from their homes", "to flee"."""
    after = lower[end:end + 4]
    if after[:1] == ["to"]:
        return len(after) > 1 and after[1] in _FLED
    return after[:1] == ["from"] and any(word in ("home", "homes", "houses", "villages") for word in after[1:])


#: Who travel with passengers, named after them without a count: "and the crew", "and a pilot", "and crew members".
_CREW = frozenset(("crew", "crews", "pilot", "pilots", "crewmembers", "staff"))
_CREW_LEADERS = frozenset(("the", "a", "its", "their", "all"))
#: Where people moved out of harm's way are taken: "into schools, gymnasiums and churches", "to shelters".
_REFUGES = ("shelter", "school", "gymnas", "church", "evacuation", "camp", "higher")


def _context(tokens: _Tokens, start: int, end: int, compound: str | None,
             measure: str | None = None, roles: tuple[str, ...] = (), unit: str | None = None) -> tuple[str, ...]:
    """Stems of the content words around a quantity (not the number itself), "@" + its measure and
    its roles (PRIOR, FORECAST); with the ``unit`` a count counts, also the words its noun is modified by
    ("11 community resource centers": "community", "resourc")."""
    text, lower = tokens.text, tokens.lower
    before = [k for k in range(start) if text[k].isalpha()][-CONTEXT_WINDOW:]
    after = _before_earlier_state(lower, [k for k in range(end, len(text)) if text[k].isalpha()][:CONTEXT_WINDOW])
    inside = _modifiers(tokens, start + 1, end, unit) if unit else []
    words = {stem(text[k]) for k in before + inside + after if len(text[k]) > 2
             and lower[k] not in STOPWORDS and lower[k] not in NUMBER_WORDS and text[k] not in CODE_PREFIXES
             and (lower[k] not in PARTS_OF_PLAY or _ordinal_before(tokens, k))}
    if compound:
        words.add(stem(compound))
    if lower[start - 1:start] == ["estimated"]:
        words.add("estim")  # "an estimated 2,400 barrels" / "an estimated 6,000 barrels": one estimate, told twice
    if measure:
        words.add(f"@{measure}")
    words.update(roles)
    return tuple(sorted(words))


def _modifiers(tokens: _Tokens, start: int, end: int, unit: str) -> list[int]:
    """The words between a count's number and its noun: "community resource" in "11 community resource
    centers"; none when the noun is not found ("27 deaths" counts people)."""
    head = unit.split("/")[0]
    for k in range(start, end):
        if singular(tokens.lower[k]) == head:
            return [j for j in range(start, k) if tokens.text[j].isalpha() and tokens.lower[j] not in _UNIT_WORDS]
    return []


#: Words of a unit's own name, no modifier of what is counted: "23,000 square miles".
_UNIT_WORDS = frozenset("square cubic metric nautical sq".split())


def _before_earlier_state(lower: list[str], after: list[int]) -> list[int]:
    """The words after a quantity up to a relative clause in the past perfect: "found the bodies of three
    people who had been reported missing" counts bodies found, not people missing."""
    for i, k in enumerate(after[:-1]):
        if lower[k] in _RELATIVE_PRONOUNS and lower[after[i + 1]] == "had":
            return after[:i]
    return after


_RELATIVE_PRONOUNS = frozenset(("who", "that", "which"))


def _ordinal_before(tokens: _Tokens, k: int) -> bool:
    """Whether the word at ``k`` follows an ordinal ("the first half", "2nd quarter", "second-half"):
    then it narrows what is counted, while "more than half" or "a quarter of" does not."""
    k -= 1
    if k >= 0 and tokens.text[k] == "-":
        k -= 1
    return k >= 0 and (tokens.lower[k] in PLAY_ORDINALS or tokens.lower[k] in ORDINAL_SUFFIXES)


def _agent_governor(tokens: _Tokens, start: int,
                    amount: bool = False) -> tuple[str | None, str | None, bool, bool]:
    """The nearest name (within the window, not past a reporting verb) and content word (within three
    words) before ``start``, whether that name is the sentence's first word, and whether it is a name taken for
    want of another; a name after "of" or "from" is skipped, and one after "in", "at" or "near" is taken only when
    no other name comes before it (and is said so).

    A capitalised first word names an agent for counts ("Hansbrough scored 20 points") but not for
    amounts, whose sentences start with what is measured ("Revenue rose 4%", "Net income was $1 million").
    """
    agent = governor = located = None
    text = tokens.text
    floor = _dateline_end(tokens, start)  # "HARLOW SPRINGS, Ind. — About 28,000 people": no one's
    nearest = (k for k in _before(tokens, start)
               if k > floor and (text[k].isalpha() or text[k].endswith(("'s", "’s"))))
    opening = next((k for k, token in enumerate(text) if k > floor and token[0].isalnum()), 0)  # past "# ", a quote
    for distance, k in enumerate(islice(nearest, AGENT_WINDOW)):
        lower = tokens.lower[k]
        if lower.endswith(("'s", "’s")):
            if text[k][0].islower():
                if all(tokens.lower[n] in QUALIFIER_WORDS for n in range(k + 1, start)):
                    break  # "all of the company's 184 employees": the company's, whatever name comes before
                continue  # "Earl Clark finished his team's victory with 25 points": still Clark's
            lower = lower[:-2]  # "Buford’s school record of 2,116 points": Buford's
        if lower in SPEAKING or (lower in SPEAKING_BEFORE_THAT and tokens.lower[k + 1] == "that"):
            break  # "a spokeswoman for the hospital said the seven victims": who speaks, not who the count is of
        if lower in _SUBORDINATING:
            break  # "gave Deltamar Energy a week … after an estimated 6,000 barrels leaked": a clause of its own
        if lower in STOPWORDS or lower in MONTHS or lower in WEEKDAYS or lower in NUMBER_WORDS or len(lower) < 2:
            continue  # nor an initial ("B.C. attorney general confirms charges against two leaders")
        if k == opening and (amount or lower.endswith(("ed", "ing", "ly")) or _comma_after(tokens)
                             or k + 1 < len(text) and tokens.lower[k + 1] in ROLE_NOUNS):
            continue  # "Fouled on the flush, he …", "Elsewhere, …", "City officials ordered …": no name
        if text[k][0].isupper():
            if text[k] in CODE_PREFIXES:
                continue  # "from CHF 4.39 billion": a currency, not whose
            if lower in NAME_SUFFIXES or lower in PAST or is_head(lower) or _placed(tokens, k) or _possessed(tokens, k):
                continue  # "LaCalamita III", "Former councilman", "of North Carolina", "his four NFL seasons": not who
            if lower in NATIONALITY_NOUNS:
                continue  # "the Scot will receive a settlement": who he is, not his name
            if k + 1 < len(text) and singular(tokens.lower[k + 1]) in CURRENCY_WORDS:
                continue  # "4.12 billion Swiss francs ($5.2 billion), a 4.2% drop": the money's, not whose
            if _names_a_scene(tokens, k):
                continue  # "in the central Polish city of Lodz on Sunday, killing three people", "roared down the
                # Pho Chhu valley on Sunday, forcing about 1,600 people to flee": where
            if _hyphened_modifier(tokens, k):
                continue  # "A Philippine-flagged tanker carrying 800,000 liters": of what kind, not whose
            if _placed(tokens, k, LOCATIVES):
                located = located or lower  # "MCF is headquartered in New York and has 350 employees": MCF's
                continue
            agent = _pair(tokens, k, lower)
            break
        if governor is None and distance < 3 and not _counted(tokens, k):
            governor = stem(lower)
    if agent is None and located in SCENES:
        located = f"?{located}"  # "plunged into the Trishuli River … killing 23": where it happened, no one's
    return agent or located, governor, agent is not None and k == opening, agent is None and located is not None


#: Words that open a clause of its own: a name before one is the other clause's subject.
_SUBORDINATING = frozenset("after when because before while since until although though unless whereas".split())


#: The last words of names of a scene, not of a place a figure belongs to: "into the Trishuli River", "off the
#: Prithvi Highway" (but "in Egypt": "down by 80 percent in Egypt" is Egypt's figure).
SCENES = frozenset("river highway road street avenue boulevard bridge lake sea bay coast mountain valley motorway "
                   "expressway freeway square airport station port harbour harbor".split())


def _hyphened_modifier(tokens: _Tokens, k: int) -> bool:
    """Whether the name at ``k`` opens a hyphened modifier: "Philippine-flagged", "Texas-based", "U.S.-led"."""
    return (k + 2 < len(tokens.text) and tokens.text[k + 1] == "-" and tokens.end[k] == tokens.start[k + 1]
            and tokens.text[k + 2].islower())


#: Nouns of a place: a capitalised word before one says where ("the Polish city of Lodz"), not whose.
PLACE_NOUNS = frozenset("city town village capital province region state county district port island coast "
                        "border".split())


def _names_a_scene(tokens: _Tokens, k: int) -> bool:
    """Whether the name at ``k`` is of a place or a scene a lower-case noun after it says: "Polish city",
    "the Pho Chhu valley"."""
    m = k + 1
    while m < len(tokens.text) and tokens.text[m][:1].isupper() and tokens.text[m].isalpha():
        m += 1
    return m < len(tokens.text) and (tokens.lower[m] in PLACE_NOUNS or tokens.lower[m] in SCENES)


#: Nouns of nationality that are no adjective: "the Scot will receive a settlement" names no one (adjectives
#: stay agents: "a French satellite" and "a Thai satellite" count different things).
NATIONALITY_NOUNS = frozenset("scot scots brit brits swede swedes dane danes finn finns pole poles turk turks serb "
                              "serbs croat croats kiwi kiwis".split())
#: Plural nouns of people by their role: a capitalised word before one qualifies it ("City officials",
#: "State regulators") and names no one.
ROLE_NOUNS = DESCRIBED | frozenset(
    "officers workers employees students voters leaders lawmakers crews firefighters investigators prosecutors "
    "regulators inspectors engineers doctors nurses teachers managers executives analysts".split())


def _dateline_end(tokens: _Tokens, start: int) -> int:
    """The index of the dash that closes a dateline opening the sentence ("HARLOW SPRINGS, Ind. —",
    "BOSTON (AP) —", "KATHMANDU, July 16 (Himal Wire) -"), or -1: the place a report was filed from, and the
    agency that filed it, are no one a count is about."""
    for k in range(min(start, DATELINE_REACH)):
        token = tokens.text[k]
        if token in ("—", "--") or token in ("-", "–") and tokens.text[0].isupper():
            return k
        if token[0].isalpha() and not token[0].isupper():
            return -1
    return -1


DATELINE_REACH = 20


def _pair(tokens: _Tokens, k: int, agent: str) -> str:
    """The agent ending at token ``k``, with the name joined to it by "and" ("Portugal and Vietnam sign five
    agreements" and "Vietnam and Portugal sign six" are the same two agents), in alphabetical order."""
    first = k
    while first > 0 and tokens.text[first - 1][:1].isupper() and tokens.text[first - 1].isalpha():
        first -= 1
    if first > 1 and tokens.lower[first - 1] == "and" and tokens.text[first - 2][:1].isupper() and (
            tokens.text[first - 2].isalpha()):
        return "+".join(sorted((tokens.lower[first - 2], agent)))
    return agent


def _before(tokens: _Tokens, start: int) -> Iterator[int]:
    """The tokens before ``start``, nearest first, past any apposition set off by commas: in "Raymond
    Delgado, the former Newark city councilman convicted of taking bribes, was sentenced to 20 years",
    Delgado comes after "was", not Newark."""
    k = start - 1
    while k >= 0:
        if tokens.text[k] == ",":
            opening = _apposition_opening(tokens, k)
            if opening is not None:
                k = opening - 1
                continue
        yield k
        k -= 1


def _apposition_opening(tokens: _Tokens, closing: int) -> int | None:
    """The comma that opens an apposition (", the …", ", a …") or a participle's clause (", unveiled by
    Apple on Tuesday,") closed by the comma at ``closing``, if any."""
    after = tokens.lower[closing + 1] if closing + 1 < len(tokens.lower) else ""
    for k in range(closing - 1, max(closing - APPOSITION_REACH, 0), -1):
        if tokens.text[k] in CLAUSE_MARKS:
            first = tokens.text[k + 1]
            # a participle's clause only before the verb it interrupts: not ", nabbed 26 pirates with six rifles, …"
            opens = first.lower() in ("the", "a", "an") or (
                (first.endswith("ed") and first.isalpha() or first in IRREGULAR_PARTICIPLES) and first.islower()
                and after in FINITE_VERBS)
            return k if tokens.text[k] == "," and opens else None
    return None


def _counted(tokens: _Tokens, k: int) -> bool:
    """Whether the word at ``k`` is another quantity's noun ("11 points, 11 rebounds"): it governs nothing."""
    return k > 0 and (tokens.text[k - 1][:1].isdigit() or tokens.lower[k - 1] in NUMBER_WORDS)


def _comma_after(tokens: _Tokens) -> bool:
    """Whether the first word is set off by a comma ("Elsewhere, …"), not opening an apposition
    ("McDermott, a junior, now has 2,129 points")."""
    return len(tokens.text) > 2 and tokens.text[1] == "," and tokens.lower[2] not in _APPOSITION


def _possessed(tokens: _Tokens, k: int) -> bool:
    """Whether the capitalised word at ``k`` follows a possessive, numbers aside: it then qualifies a
    noun ("his four NFL seasons", "via her Twitter feed") and names no one who did anything."""
    k -= 1
    while k >= 0 and (tokens.lower[k] in NUMBER_WORDS or tokens.text[k][:1].isdigit()):
        k -= 1
    return k >= 0 and tokens.lower[k] in POSSESSIVES


def _placed(tokens: _Tokens, k: int, prepositions: frozenset[str] = PLACE_PREPOSITIONS) -> bool:
    """Whether the capitalised word at ``k`` ends a name after "of" or "from" ("of North Carolina"), or
    (``prepositions``) another preposition; a place's region after a comma goes with it ("from Sioux
    Falls, South Dakota")."""
    while k > 0 and tokens.text[k - 1][:1].isupper() and tokens.text[k - 1].isalpha():
        k -= 1
    if k > 1 and tokens.text[k - 1] == "," and tokens.text[k - 2][:1].isupper():
        return _placed(tokens, k - 2, prepositions)
    if prepositions is LOCATIVES and k > 1 and tokens.lower[k - 1] == "the":
        k -= 1  # "plunged into the Trishuli River", "skidded off the Prithvi Highway": where
    return k > 0 and tokens.lower[k - 1] in prepositions


def full_names(text: str) -> Callable[[str], bool]:
    """Whether ``text`` writes a (lower-case) surname after a given name somewhere: "Doug McDermott",
    "North Carolina's Tyler Hansbrough", but not "beat Drake".  Each surname is looked up once."""
    from factcheck.extract.names import given_names
    from factcheck.normalize.places import is_place

    lower = text.lower()
    given = given_names()

    @lru_cache(maxsize=None)
    def named(surname: str) -> bool:
        at = lower.find(surname)
        while at != -1:
            end = at + len(surname)
            if at > 1 and text[at - 1] in " \u00a0" and text[at].isupper() and not lower[end:end + 1].isalpha():
                before = text[max(0, at - 40):at - 1].rsplit(None, 1)[-1:]
                if before and before[0][:1].isupper() and before[0].lower() in given and not is_place(
                        f"{before[0]} {text[at:end]}"):
                    return True
            at = lower.find(surname, end)
        return False

    return named


#: A word with a capital inside it opening a sentence ("McDermott", "DeShawn"): a name wherever it stands.
_CAMEL = re.compile(r"^\W*[A-Z][a-z]+[A-Z]")


def written_as_name(text: str) -> Callable[[str], bool]:
    """Whether ``text`` writes a (lower-case) word capitalised inside a sentence and never in lower case:
    "Hansbrough" in "… said Hansbrough", not "Fine" of "Fine particulate matter reached 312 micrograms"
    nor "Rescuers" when "rescuers" comes again.  Each word is looked up once."""
    lower = text.lower()

    @lru_cache(maxsize=None)
    def written(word: str) -> bool:
        inside = False
        at = lower.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not lower[at - 1].isalpha()) and not lower[end:end + 1].isalpha():
                if text[at].islower():
                    return False
                inside = inside or at > 1 and text[at - 1] == " " and (text[at - 2].isalnum() or text[at - 2] in ",;:")
            at = lower.find(word, end)
        return inside

    return written


def _fate_of(q: Quantity) -> str | None:
    """What befell the people a count counts ("!dead", "!hurt"), if its sentence says."""
    return next((word for word in q.context if word[0] == "!"), None)


def _key_noun(q: Quantity, fate: str | None) -> str:
    """What a quantity's key says it counts: its noun, as SAME_COUNT compares it, or "person" for people of a
    toll ("11 miners died", as "the death toll rose to nine" does; "arresting 11 suspects")."""
    noun = SAME_COUNT.get(q.unit, q.unit)
    return "person" if q.attribute == "count" and noun in PEOPLE_NOUNS and fate in _TOLLS else noun


#: The fates whose counts of people are one toll whatever the people's trade: "11 miners died" and "the death toll
#: rose to nine", "arresting 11 suspects" and "arresting 14 people" (not the hurt: "31 students were hurt" may be
#: a part of "45 people injured").
_TOLLS = frozenset(("!dead", "!held"))


def _told_unit(q: Quantity) -> str:
    """What a quantity counts or measures, as ``beside`` names it: the unit, or the counted noun's key."""
    return q.unit if q.attribute == "amount" else SAME_COUNT.get(q.unit, q.unit)


def _shift(q: Quantity, offset: int) -> Quantity:
    return Quantity(q.start + offset, q.end + offset, q.text, q.interval, q.unit, q.noun, q.attribute, q.context,
                    q.agent, q.governor, q.opening, q.located)


def game_scores(text: str) -> tuple[str, ...]:
    """The final scores ``text`` gives, low first ("a 91-73 victory" is "73-91"), so either team's view of
    one game is one score."""
    found = set()
    for m in _SCORES.finditer(text):
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        low, high = sorted((int(first), int(second)))
        found.add(f"{low}-{high}")
    return tuple(sorted(found))


#: A sentence that opens on a day: "On Jan. 21, nine people died when a minibus plunged off the road".
_DAY_OPENING = re.compile(r"(?:On|In|By)\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s+(\d{4}))?,")
#: A sentence opening on a day more than this many days before its report's publication tells of another
#: occasion than the story's (a weekday misread, a late report are within a week).
EARLIER_DAYS = 7


#: A sentence opening on a year: "In 2025, 19 cyclists were killed on Irish roads".
_YEAR_OPENING = re.compile(r"In (?:([A-Z][a-z]{2,8})\.?\s+)?((?:19|20)\d\d),")


def _earlier_occasion(text: str, published: str | None) -> bool:
    """Whether ``text`` opens on a day more than ``EARLIER_DAYS`` before ``published`` (ISO), or on a year
    before its year: its counts are another occasion's ("On Jan. 21, nine people died when a minibus
    plunged …" in a February report, "In 2025, 19 cyclists were killed" or "In December 2022, …" in 2026)."""
    if published and text[:3] == "In " and (opening := _YEAR_OPENING.match(text)) and (
            opening.group(1) is None or opening.group(1).lower() in MONTHS):
        return opening.group(2) < published[:4]  # "In 2025, 19 cyclists were killed", "In December 2022," in 2026
    found = _DAY_OPENING.match(text) if published and text[:2] in ("On", "In", "By") else None
    if found is None or found.group(1).lower() not in MONTHS:
        return False
    month = month_index(found.group(1))
    reported = dt.date.fromisoformat(published)
    year = int(found.group(3)) if found.group(3) else reported.year
    try:
        day = dt.date(year, month, int(found.group(2)))
        if not found.group(3) and day > reported:
            day = dt.date(year - 1, month, day.day)  # "On Dec. 30," in a January report: the year before
    except ValueError:
        return False  # "On Feb. 30,"
    return (reported - day).days > EARLIER_DAYS


#: A further share, which counts nothing by itself but is a part of a total: "an 8 percent raise this year and a
#: further 7 percent in 2026" (15 percent over two years).
_FURTHER = re.compile(r"\b(?:an?\s+(?:further|additional|extra)|another)\s+(\d+(?:\.\d+)?)\s*"
                      r"(?:percent\b|per cent\b|%)")
#: A count with its noun left out after another: "three state rescue teams and two more from Virginia".
_MORE = re.compile(r",?\s+(?:and|plus)\s+(\w+)\s+more\b")
#: Another's count of the same noun, the noun left out: "Harbor State operates 89 branches and Northgate 53,".
_GAPPED = re.compile(r",?\s+and\s+(?:[A-Z][\w.’'&-]*\s+){1,3}(\d[\d,]*)(?=\s*(?:[,;]|\.(?!\d)|$))")


#: Where a sentence joins a clause of its own: "… affected about 300 services, but the last full-day strike was
#: in 2019".
_CLAUSE_JOIN = re.compile(r";|,\s+(?:but|while|whereas|although|though)\s")


def _clause_years(text: str, published: str | None) -> Callable[[int], tuple[str, ...]]:
    """For an offset of ``text``, the years its clause names ("this year" and "last year" too, from
    ``published``), or else the sentence's; never a year after ``published``: a year still to come is when
    something ends or is due, no other occasion ("until June 2031")."""
    def named(part: str) -> tuple[str, ...]:
        found = set(_YEARS.findall(part))
        if published and "year" in part:  # "a budget of 21 billion koruna this year" / "for 2025 was 18.6 billion"
            lower = part.lower()
            if "this year" in lower:
                found.add(published[:4])
            if "last year" in lower:
                found.add(str(int(published[:4]) - 1))
        return tuple(year for year in sorted(found) if not published or year <= published[:4])

    whole = named(text)
    if len(whole) < 2:
        return lambda _offset: whole
    cuts = [0, *(m.start() for m in _CLAUSE_JOIN.finditer(text)), len(text)]
    clauses = [(low, high, named(text[low:high])) for low, high in zip(cuts, cuts[1:])]
    return lambda offset: next((own or whole for low, high, own in clauses if low <= offset < high), whole)


def quantity_facts(path: str, sentence: Sentence, said_by: str | None,
                   quantities: list[Quantity] | None = None, published: str | None = None,
                   named: Callable[[str], bool] | None = None,
                   written: Callable[[str], bool] | None = None) -> list[Fact]:
    """The quantities of one sentence (``quantities`` if found already) as facts (kind "quantity"); a running
    count carries ``published``, its document's publication date (ISO), as ``REPORTED``.

    A count whose sentence opens on a day more than a week before ``published``, or a toll (a count with a
    fate) whose sentence names only years two or more before it ("a riot … in September 2022 injured nine
    people" in 2026), is another occasion's: marked ``OTHER``.

    ``beside`` holds the other amounts of the sentence ("a four-year, $142 million deal": "142000000 USD"
    beside the four years), for an amount also its spans of time ("by 14.5 per cent over three years": "3
    year"), and for a count also the other counts of its noun of its fate or of none ("Four coast guard vessels,
    two navy ships": "4 ship" beside the two ships; "carrying 68 passengers and four crew": "4 person" beside
    the passengers aboard).

    A count whose agent the document writes after a given name somewhere (``named``, from
    :func:`full_names`) is a person's ("Doug McDermott" … "McDermott … 23 points"), marked ``PERSON``;
    not a span of time, since "Mendes went back to prison for 2-1/2 years" is no count of Mendes's.

    An agent that is its sentence's first word is tentative, marked "?", unless the document writes it as a
    name inside a sentence (``written``, from :func:`written_as_name`) or after a given name, or it has a
    capital inside it ("McDermott"): "Rescuers pulled 12 people" may name no one."""
    facts = []
    earlier = _earlier_occasion(sentence.text, published)
    told_years = _clause_years(sentence.text, published)
    scores = game_scores(sentence.text)
    found = find_quantities(sentence.text, sentence.start) if quantities is None else quantities
    told = {q.start: (q.attribute == "amount", f"{q.interval.canonical} {_told_unit(q)}", _fate_of(q)) for q in found}
    for further in _FURTHER.finditer(sentence.text):  # "an 8 percent raise this year and a further 7 percent"
        told[sentence.start + further.start(1)] = (True, f"{interval(float(further.group(1))).canonical} %", None)
    for q in found:  # "three state rescue teams and two more from Virginia", "89 branches and Northgate 53"
        at = q.end - sentence.start
        elided = _MORE.match(sentence.text, at) or _GAPPED.match(sentence.text, at) if q.attribute == "count" else None
        number = parse_number([elided.group(1).replace(",", "")]) if elided else None
        if number is not None:
            told[q.end] = (False, f"{interval(number).canonical} {_told_unit(q)}", _fate_of(q))
    for q in found:
        years = told_years(q.start - sentence.start)
        if (q.opening and written is not None and not written(q.agent) and not (named and named(q.agent))
                and not _CAMEL.search(sentence.text, 0, q.start - sentence.start)):
            q = replace(q, agent=f"?{q.agent}", opening=False)
        value = q.interval.canonical + (f" {q.unit}" if q.attribute == "amount" else "")
        fate = _fate_of(q)  # "kills two, injures five": no five of seven hurt
        beside = tuple(sorted({other for start, (amount, other, other_fate) in told.items() if start != q.start
                               and (amount or other.endswith(f" {_told_unit(q)}") and other_fate in (fate, None)
                                    or q.attribute == "amount" and other.rsplit(" ", 1)[-1] in DURATIONS)}))
        reported = ((REPORTED, published),) if published and RUNNING.intersection(q.context) else ()
        so_far = ((SO_FAR, True),) if RUNNING.intersection(q.context) and _SO_FAR.search(
            sentence.text, max(0, q.start - sentence.start - SO_FAR_REACH),
            q.end - sentence.start + SO_FAR_REACH) else ()  # "Police have now detained four people": until now
        person = (q.agent is not None and q.attribute == "count" and q.unit not in DURATIONS and named is not None
                  and named(q.agent))
        fated = any(w[0] == "!" for w in q.context)
        past = fated and published is not None and years and all(int(y) <= int(published[:4]) - 2 for y in years)
        context = q.context + (OTHER,) if (earlier or past) and OTHER not in q.context else q.context
        data = (("agent", q.agent), ("context", context), ("exact", q.interval.exact), ("governor", q.governor),
                ("high", q.interval.high), ("interval", q.interval), *((("located", True),) if q.located else ()),
                ("low", q.interval.low),
                *(((PERSON, True),) if person else ()), *reported, ("scores", scores), *so_far, ("unit", q.unit),
                ("years", years), *((("beside", beside),) if beside else ()))
        facts.append(Fact(path, q.start, q.end, "quantity", q.attribute, q.noun,
                          ("quantity", _key_noun(q, fate)), value,
                          q.text, q.text, sentence.text, said_by, data))
    return facts
