"""Titles and roles: "Russian Foreign Ministry spokeswoman" → a comparable :class:`Title`.

A title is reduced to its *head* (the office: "spokesperson", "foreign
minister" is head "minister" with portfolio "foreign"), its *rank* modifiers
("deputy", "assistant", "vice": they change the office), and everything else
as free qualifiers ("Russian", "Foreign Ministry", "Superior Court": they only
make a title more specific).  Synonyms share one head (spokesman =
spokeswoman = spokesperson, lawyer = attorney).  Two titles conflict only when
they name different offices of one family (a judge is not a prosecutor, a
sheriff is not an undersheriff); roles of different families can be held at
once, except a judge's (no other office, not even a police officer's), a
coach's or a player's (no office outside sport) and a police rank with an
office such as mayor or senator; generic words ("official",
"leader", "diplomat") and "former" titles never conflict, and an office held
in an organisation ("union president", "the president of the Rotary Club")
conflicts only with another organisation's office ("state secretary of the
union"), never with a state's.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

#: Surface words (lower case, also two- and three-word compounds) → canonical head.
HEADS: dict[str, str] = {
    # government
    "president": "president", "prime minister": "prime minister", "premier": "prime minister", "pm": "prime minister",
    "minister": "minister", "secretary": "minister", "secretary of state": "secretary of state",
    "state secretary": "state secretary",  # a junior minister in much of Europe ("State Secretary for …")
    "undersecretary": "undersecretary", "under-secretary": "undersecretary",  # a junior minister
    "district collector": "district collector",  # an Indian district's administrator ("District Collector Priya Nair")
    "secretary-general": "secretary-general", "general secretary": "secretary-general",
    "director general": "director-general",
    "director-general": "director-general", "administrator-general": "administrator-general",
    "administrator general": "administrator-general", "chancellor": "chancellor", "governor": "governor",
    "prefect": "prefect", "sub-prefect": "sub-prefect",
    "mayor": "mayor", "senator": "senator", "sen.": "senator", "congressman": "representative",
    "congresswoman": "representative", "representative": "representative", "ambassador": "ambassador",
    "chargé d'affaires": "chargé d'affaires", "charge d'affaires": "chargé d'affaires",
    "comptroller": "comptroller", "clerk": "clerk", "treasurer": "treasurer", "auditor": "auditor",
    "district administrator": "district administrator", "county administrator": "county administrator",
    "chief district officer": "district administrator",  # a Nepali district's administrator
    "city manager": "city manager", "municipal manager": "city manager",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "press secretary": "spokesperson", "attorney general": "attorney general", "attorney-general": "attorney general",
    "solicitor general": "solicitor general", "solicitor-general": "solicitor general", "king": "king",
    "queen": "queen", "prince": "prince",
    "princess": "princess", "pope": "pope", "speaker": "speaker", "gov.": "governor", "pres.": "president",
    # courts and law
    "judge": "judge", "justice": "judge", "magistrate": "magistrate", "prosecutor": "prosecutor",
    "district attorney": "prosecutor", "d.a.": "prosecutor", "da": "prosecutor", "lawyer": "lawyer",
    "prosecuting attorney": "prosecutor", "state attorney": "prosecutor", "crown prosecutor": "prosecutor",
    "public prosecutor": "prosecutor", "crown counsel": "prosecutor", "prosecution counsel": "prosecutor",
    "prosecuting counsel": "prosecutor", "prosecution lawyer": "prosecutor", "prosecuting lawyer": "prosecutor",
    "attorney": "lawyer", "counsel": "lawyer", "barrister": "lawyer", "solicitor": "lawyer",
    "defense attorney": "lawyer", "defence lawyer": "lawyer", "public defender": "lawyer",
    # police and armed forces (ranks are shared)
    "sheriff": "sheriff", "undersheriff": "undersheriff", "deputy": "deputy", "deputy sheriff": "deputy",
    "sergeant": "sergeant", "sgt.": "sergeant", "constable": "constable", "inspector": "inspector",
    "inspector general": "inspector general", "inspector-general": "inspector general",
    "superintendent": "superintendent", "lieutenant": "lieutenant", "lt.": "lieutenant",
    "captain": "captain", "capt.": "captain", "colonel": "colonel", "col.": "colonel",
    "general": "general", "gen.": "general", "major": "major", "maj.": "major", "admiral": "admiral",
    "adm.": "admiral", "corporal": "corporal", "cpl.": "corporal", "trooper": "trooper", "commissioner": "commissioner",
    "supt.": "superintendent", "insp.": "inspector", "det.": "detective", "cmdr.": "commander",
    "police chief": "police chief", "chief of police": "police chief", "fire chief": "fire chief",
    "chief fire officer": "fire chief",
    "warden": "warden", "marshal": "marshal",
    # companies
    "ceo": "chief executive", "chief executive": "chief executive", "chief executive officer": "chief executive",
    "cfo": "chief financial officer", "chief financial officer": "chief financial officer",
    "coo": "chief operating officer", "chief operating officer": "chief operating officer",
    "cto": "chief technology officer", "chief technology officer": "chief technology officer",
    "general counsel": "chief legal officer",  # a company's top lawyer
    "cio": "chief information officer", "ciso": "chief information security officer", "cmo": "chief marketing officer",
    **{f"chief {area} officer": f"chief {area} officer" for area in (
        "product", "marketing", "information", "information security", "security", "safety", "revenue", "people",
        "legal", "medical", "nursing", "commercial", "strategy", "digital", "data", "risk", "compliance", "science",
        "scientific", "investment", "administrative", "communications", "sustainability", "diversity", "privacy",
        "human resources", "business", "growth", "customer", "experience", "innovation", "creative", "content")},
    # churches: their titles stack ("Cardinal Dolan, the archbishop of New York")
    "cardinal": "cardinal", "archbishop": "archbishop", "priest": "priest", "rabbi": "rabbi", "imam": "imam",
    # sport: coaches, officials and the positions players hold
    "coach": "coach", "referee": "referee", "umpire": "umpire",
    "athletic director": "athletic director", "athletics director": "athletic director",
    "quarterback": "quarterback", "running back": "running back", "halfback": "running back",
    "tailback": "running back", "fullback": "fullback", "wide receiver": "wide receiver",
    "receiver": "wide receiver", "wideout": "wide receiver", "tight end": "tight end",
    "linebacker": "linebacker", "cornerback": "cornerback", "defensive end": "defensive end",
    "kicker": "kicker", "punter": "punter", "goalkeeper": "goalkeeper", "goalie": "goalkeeper",
    "goaltender": "goalkeeper", "striker": "striker", "midfielder": "midfielder", "defenseman": "defenseman",
    "pitcher": "pitcher", "catcher": "catcher", "shortstop": "shortstop", "outfielder": "outfielder",
    "point guard": "point guard", "shooting guard": "shooting guard",
    "winger": "winger", "defender": "defender", "fly-half": "fly-half",
    "scrum-half": "scrum-half", "flanker": "flanker", "batsman": "batsman", "bowler": "bowler",
    "wicketkeeper": "wicketkeeper", "setter": "setter", "libero": "libero",
    # generic: a person holds these alongside any office
    "aide": "adviser", "adviser": "adviser", "advisor": "adviser", "envoy": "envoy", "diplomat": "diplomat",
    "official": "official", "leader": "leader", "head": "head", "chief": "chief", "director": "director",
    "chairman": "chair", "chairwoman": "chair", "chair": "chair", "officer": "officer", "agent": "agent",
    "detective": "detective", "commander": "commander", "rep.": "representative",
    "member": "member", "lawmaker": "lawmaker", "negotiator": "negotiator", "player": "player",
    "guard": "guard", "forward": "forward", "center": "center", "centre": "center",
    "policeman": "officer", "policewoman": "officer", "bishop": "bishop", "pastor": "pastor",
    "mp": "lawmaker", "councillor": "councillor", "councilman": "councillor", "councilwoman": "councillor",
    "forecaster": "forecaster", "meteorologist": "forecaster", "manager": "manager",
    "economist": "economist", "curator": "curator",
    # professions: jobs of their own (see JOBS)
    "geologist": "geologist", "archaeologist": "archaeologist", "archeologist": "archaeologist",
    "winemaker": "winemaker", "arbiter": "arbiter", "architect": "architect", "epidemiologist": "epidemiologist",
    "veterinarian": "veterinarian", "vet": "veterinarian", "pathologist": "pathologist", "surveyor": "surveyor",
    "keeper": "keeper", "zookeeper": "keeper", "engineer": "engineer", "steward": "steward",
    "school principal": "principal", "headteacher": "principal", "head teacher": "principal",
    "headmaster": "principal", "headmistress": "principal",
    # universities: offices of their own (a "chancellor" may be a country's, so it stays one of state)
    "rector": "rector", "proctor": "proctor", "registrar": "registrar", "provost": "provost",
    "pro-vice-chancellor": "pro-vice-chancellor", "pro vice-chancellor": "pro-vice-chancellor",
    "pro-vice chancellor": "pro-vice-chancellor",
}

#: Heads whose differences matter, by family; a head in no family is generic.
FAMILIES: dict[str, str] = {
    **{h: "government" for h in (
        "president", "prime minister", "minister", "secretary of state", "state secretary", "undersecretary",
        "district collector", "secretary-general",
        "director-general", "administrator-general", "chancellor", "governor", "mayor", "senator", "representative",
        "ambassador",
        "chargé d'affaires", "spokesperson",
        "comptroller", "clerk", "treasurer", "auditor", "district administrator", "county administrator",
        "city manager", "attorney general", "solicitor general", "king", "queen", "prince", "princess", "pope",
        "speaker", "prefect", "sub-prefect")},
    **{h: "law" for h in ("judge", "magistrate", "prosecutor", "lawyer")},
    **{h: "force" for h in (
        "sheriff", "undersheriff", "deputy", "sergeant", "constable", "inspector", "inspector general",
        "superintendent",
        "lieutenant", "captain", "colonel", "general", "major", "admiral", "corporal", "trooper",
        "commissioner", "police chief", "fire chief", "warden", "marshal")},
    **{h: "company" for h in (
        "chief executive", "chief financial officer", "chief operating officer", "chief technology officer",
        *(head for head in HEADS.values() if head.startswith("chief ") and head.endswith(" officer")))},
    **{h: "university" for h in ("rector", "proctor", "registrar", "provost", "pro-vice-chancellor")},
    **{h: "sport" for h in (
        "coach", "athletic director", "referee", "umpire", "quarterback", "running back", "fullback", "wide receiver", "tight end",
        "linebacker", "cornerback", "defensive end", "kicker", "punter", "goalkeeper", "striker", "midfielder",
        "defenseman", "pitcher", "catcher", "shortstop", "outfielder", "point guard", "shooting guard", "winger",
        "defender", "fly-half", "scrum-half", "flanker", "batsman", "bowler", "wicketkeeper", "setter",
        "libero")},
}

#: Offices that exclude every other one, whatever its family: a sitting judge is no senator or spokesman.
EXCLUSIVE = frozenset({"judge", "magistrate"})
#: Generic roles that still exclude an EXCLUSIVE office: a judge is no police officer or detective.
POLICE_ROLES = frozenset({"officer", "detective", "agent"})
#: Who argues a case in court, and who polices: no one is both.
COUNSEL = frozenset({"prosecutor", "lawyer"})
POLICING = frozenset({"sergeant", "constable", "lieutenant", "corporal", "trooper", "inspector", "superintendent",
                      "detective", "police chief", "sheriff", "undersheriff"})
#: Police ranks, and the offices (held by election or appointment) that none of them holds at once; a
#: spokesperson may well be a sergeant, and a general a minister.
POLICE_RANKS = frozenset({"deputy", "sergeant", "constable", "lieutenant", "captain", "corporal", "trooper",
                          "inspector", "superintendent"})
#: Heads of a police or fire force, who hold none of the OFFICES either.
FORCE_CHIEFS = frozenset({"police chief", "fire chief", "sheriff", "undersheriff", "warden", "marshal"})
OFFICES = frozenset({"president", "prime minister", "minister", "chancellor", "governor", "mayor", "senator",
                     "representative", "ambassador", "attorney general", "king", "queen", "prince", "princess",
                     "pope", "speaker", "secretary-general", "district collector", "district administrator",
                     "county administrator"})

#: Modifiers that make another office: a deputy minister is not the minister.
RANKS = frozenset({"deputy", "vice", "assistant", "under", "associate", "vice-president"})
#: Words that make another rank of the head after them: a lieutenant commander, a major general, a rear
#: admiral, a lieutenant governor.
COMPOUND_RANKS = {"lieutenant": "lieutenant", "lt": "lieutenant", "lt.": "lieutenant", "major": "major",
                  "maj": "major", "maj.": "major", "brigadier": "brigadier", "rear": "rear"}
COMPOUNDED = frozenset(("commander", "colonel", "general", "admiral", "governor"))
#: Families where a bare title means the office itself ("President" is not "Vice President"); elsewhere
#: it is loose usage ("coach" for an assistant coach, "prosecutor" for a deputy district attorney).
RANKED_FAMILIES = frozenset({"government", "force", "university"})
#: Heads of no family whose rank still makes another office: a deputy director is not the director.
RANKED_HEADS = frozenset({"director", "chief", "head", "chair", "commander"})
#: Words that end a title's time: "former President" is not "President".
PAST = frozenset({"former", "ex", "ex-", "then", "then-", "late", "outgoing", "erstwhile", "previous"})
#: Portfolios that tell ministers apart ("Foreign Minister" vs "Defence Minister").
PORTFOLIOS: dict[str, str] = {
    "foreign": "foreign", "defence": "defense", "defense": "defense", "interior": "interior",
    "finance": "finance", "justice": "justice", "health": "health", "education": "education",
    "economy": "economy", "economic": "economy", "energy": "energy", "trade": "trade",
    "agriculture": "agriculture", "transport": "transport", "home": "home", "labour": "labor",
    "labor": "labor", "culture": "culture", "environment": "environment", "treasury": "treasury",
    "environmental": "environment", "transportation": "transport", "construction": "construction",
    "revenue": "revenue", "tourism": "tourism", "antiquities": "antiquities", "heritage": "heritage",
    "housing": "housing", "water": "water", "fisheries": "fisheries", "mining": "mining", "mines": "mining",
    "petroleum": "petroleum", "oil": "petroleum", "communications": "communications",
    "information": "information", "telecommunications": "telecommunications", "sports": "sport", "sport": "sport",
    "youth": "youth", "industry": "industry", "commerce": "commerce", "planning": "planning",
    "infrastructure": "infrastructure", "works": "works", "lands": "land", "land": "land", "forestry": "forestry",
    "immigration": "immigration", "science": "science", "technology": "technology", "digital": "digital",
    "aviation": "aviation", "maritime": "maritime", "railways": "railways", "police": "police",
    "veterans": "veterans", "investment": "investment", "employment": "employment", "welfare": "welfare",
    "women": "women", "climate": "climate", "tax": "tax", "budget": "budget", "power": "power",
    "electricity": "power", "religious": "religion", "religion": "religion", "fishing": "fisheries",
    "enterprise": "enterprise", "business": "business", "innovation": "innovation", "children": "children",
    "family": "family", "social": "social", "arts": "arts", "media": "media", "livestock": "livestock",
    "expenditure": "expenditure", "industries": "industry", "irrigation": "irrigation", "wildlife": "wildlife",
    "security": "security", "sanitation": "sanitation", "railway": "railways", "minerals": "mining",
}
#: Joins two portfolios of one minister: "Tourism and Antiquities Minister" holds both.
PORTFOLIO_JOINS = frozenset(("and", "&", ",", ""))  # "": a comma, once a word's trailing comma is stripped

#: What a coach coaches, or whether they lead: "head coach", "batting coach", "goalkeeping coach".
COACHING = frozenset("head batting bowling fielding goalkeeping goalkeeper fitness conditioning strength defensive "
                     "offensive defence defense attack forwards backs scrum kicking skills pitching hitting throwing "
                     "technical".split())


#: Lower-case words that may stand in a title before its head ("federal agent").
QUALIFIER_WORDS = frozenset(
    "foreign deputy assistant vice associate acting former ex then late chief senior top "
    "federal state county district superior supreme high appeals appellate circuit court interim "
    "presidential prime attorney solicitor general ministry police defense defence interior finance "
    "justice health education foreign-policy security national press public special "
    # the body whose head a title names: "said museum director Karen Holm"
    "museum hospital university school agency bank company club institute foundation union party church "
    "festival project".split()
) | COACHING  # what a coach coaches: "head coach Rhys Morgan", "batting coach Dinesh Gunaratne"


@dataclass(frozen=True, order=True)
class Title:
    """A normalized title: the office (rank + portfolio + head) and how it was qualified."""

    head: str
    rank: tuple[str, ...] = ()
    portfolio: str = ""
    qualifiers: tuple[str, ...] = ()
    former: bool = False

    @property
    def value(self) -> str:
        """The comparable form, e.g. "deputy assistant secretary of state", "former president"."""
        parts = (["former"] if self.former else []) + list(self.rank)
        if not self.generic and not self.head.startswith(tuple(GRADES)):
            parts += [grade for grade in self.qualifiers if grade in GRADES]  # "senior magistrate"
        if self.portfolio:
            parts.append(self.portfolio)
        if self.head in FUNCTIONAL_HEADS:  # what it heads, and its function: "museum security head"
            parts += sorted(BODIES.intersection(self.qualifiers)) + sorted(functions(self))
        if self.head == "coach":  # what a coach coaches: "batting coach", "head coach"
            parts += sorted(COACHING.intersection(self.qualifiers))
        return " ".join(parts + [self.head])

    @property
    def generic(self) -> bool:
        return self.head not in FAMILIES or self.held

    @property
    def held(self) -> bool:
        """A state's office named as an organisation's: "union president", "secretary of the union"."""
        return FAMILIES.get(self.head) == "government" and not ORGANISATIONS.isdisjoint(self.qualifiers)


#: Qualifiers that make a state's office ("president", "secretary") an organisation's.
ORGANISATIONS = frozenset(
    "union unions club association party company corp. corp inc. inc university college foundation federation "
    "league society chamber church team board firm group organisation organization institute network alliance "
    "coalition movement charity consortium cooperative co-operative "
    # the last word of a company's name: "president of Hanul Chemical"
    "chemical chemicals airways airlines motors holdings industries technologies systems electronics "
    "pharmaceuticals".split())


#: Ranks written joined to their office: "vice-president", "deputy-governor".
_JOINED_RANKS = ("vice-", "deputy-", "assistant-", "under-")


def _unjoined(words: Sequence[str]) -> Sequence[str]:
    """The words with a rank joined to the last one by a hyphen set apart: "vice-president" → "vice", "president"."""
    last = words[-1].lower() if words else ""
    if last.startswith(_JOINED_RANKS) and last.split("-", 1)[1].strip("’'") in HEADS:
        rank, office = words[-1].split("-", 1)
        return (*words[:-1], rank, office)
    return words


def head_at_end(words: Sequence[str]) -> tuple[str, int] | None:
    """The canonical head that ``words`` end with, and how many words it takes."""
    lowered = [w.lower().strip("’'") for w in _unjoined(words)[-4:]]
    for size in (4, 3, 2, 1):
        if len(lowered) >= size:
            phrase = " ".join(lowered[-size:])
            if phrase in HEADS:
                return HEADS[phrase], size
    return None


@lru_cache(maxsize=16384)
def is_head(word: str) -> bool:
    return word.lower().strip("’'") in HEADS


def parse_title(words: Sequence[str]) -> Title | None:
    """A title from its words, head last ("Russian", "Foreign", "Ministry", "spokeswoman")."""
    return _parse_title(tuple(words))


@lru_cache(maxsize=16384)
def _parse_title(words: tuple[str, ...]) -> Title | None:
    """:func:`parse_title` on a hashable key: the same few titles recur across a corpus, and a
    :class:`Title` is immutable, so one parse serves every mention."""
    words = tuple(_unjoined(words))
    found = head_at_end(words)
    if found is None:
        return None
    head, size = found
    before = [_bare(w) for w in words[: len(words) - size]]
    if head == "sheriff" and before and before[-1] == "deputy":
        head, before = "deputy", before[:-1]
    if head == "minister" and before and before[-1] == "prime":
        head, before = "prime minister", before[:-1]
    former = any(w in PAST or w.startswith(("ex-", "then-")) for w in before)
    rank = tuple(w for w in before if w in RANKS)
    if before and before[-1] in COMPOUND_RANKS and head in COMPOUNDED:
        rank += (COMPOUND_RANKS[before[-1]],)  # "Lt. Cmdr." is no commander, "Lieutenant Governor" no governor
    held = _portfolios(before) if head == "minister" else ()
    portfolio = " and ".join(sorted(set(PORTFOLIOS[w] for w in held)))
    qualifiers = tuple(w for w in before if w not in RANKS and w not in PAST and w not in held
                       and not (held and w in PORTFOLIO_JOINS) and not (w in COMPOUND_RANKS and head in COMPOUNDED))
    return Title(head, rank, portfolio, qualifiers, former)


def _portfolios(before: Sequence[str]) -> tuple[str, ...]:
    """The portfolio words a minister's title ends with: "health" of "Health Minister", "tourism" and
    "antiquities" of "Tourism and Antiquities Minister", "foreign" of "Foreign Affairs Minister"."""
    words = list(before[:-1] if before and before[-1] == "affairs" else before)
    return tuple(reversed(_joined_portfolios(words[::-1])))


def portfolios_of(held: Sequence[str]) -> str:
    """The portfolios named after "of": "health" of "Minister of Health", "antiquities and tourism" of
    "Minister of Tourism and Antiquities"."""
    # its "and" may be gone: "of", "tourism", "antiquities"; "for Public Expenditure" is for expenditure
    words = [w for w in held if w not in ("the", "state", "public")]
    return " and ".join(sorted({PORTFOLIOS[w] for w in _joined_portfolios(words, listed=True)}))


def _joined_portfolios(words: Sequence[str], listed: bool = False) -> list[str]:
    """The portfolio words that ``words`` open with, one alone or several joined ("tourism", "and",
    "antiquities"; "culture", "tourism", "and", "sport", a comma lost); side by side only once a join was
    seen, or when ``listed``."""
    if not words or words[0] not in PORTFOLIOS:
        return []
    held, i, joined = [words[0]], 1, listed
    while i < len(words):
        if words[i] in PORTFOLIO_JOINS and i + 1 < len(words) and words[i + 1] in PORTFOLIOS:
            held.append(words[i + 1])
            i, joined = i + 2, True
        elif joined and words[i] in PORTFOLIOS:
            held.append(words[i])
            i += 1
        else:
            break
    return held


def share_portfolio(a: str, b: str) -> bool:
    """Whether two ministers' portfolios have one in common ("tourism and antiquities" / "tourism")."""
    return not set(a.split(" and ")).isdisjoint(b.split(" and "))


def _bare(word: str) -> str:
    """Lower case, without a possessive or a trailing comma: "Sheriff's" → "sheriff"."""
    word = word.lower().rstrip(",")
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def compatible(a: Title, b: Title) -> bool:
    """Whether one person can be described by both titles."""
    if a.former or b.former:
        return True
    functions_a, functions_b = functions(a), functions(b)
    if functions_a and functions_b and functions_a.isdisjoint(functions_b):
        return False  # "the company's launch director" is not its chief technology officer
    if a.head in JOBS and _runs_a_body(b) or b.head in JOBS and _runs_a_body(a):
        return False  # "museum director" is not its "chief curator"
    if a.head == "spokesperson" and _runs_named_body(b) or b.head == "spokesperson" and _runs_named_body(a):
        return False  # "spokesman for Conred" is not "Conred director"
    if a.head in FUNCTIONAL_HEADS and b.head in FUNCTIONAL_HEADS and _other_bodies(a, b):
        return False  # "head of the Västmanland police investigation unit" is not "the museum's head of security"
    if _heads_a_body(a) and _state_office(b) or _heads_a_body(b) and _state_office(a):
        return False  # "director of the national disaster agency" is not the interior minister
    (head_a, portfolio_a), (head_b, portfolio_b) = _office(a), _office(b)
    if head_a == head_b == "coach" and _coaching(a) and _coaching(b) and _coaching(a) != _coaching(b):
        return False  # a head coach is no batting coach, an assistant coach no head coach
    if head_a == head_b:
        if _ranks(a) != _ranks(b) and (a.rank and b.rank or FAMILIES.get(head_a) in RANKED_FAMILIES
                                           or head_a in RANKED_HEADS or _chief(a) and _chief(b)):
            return False
        if not a.generic and _grades(a) and _grades(b) and _grades(a) != _grades(b):
            return False  # "Chief Magistrate" is no "Senior Resident Magistrate"
        return not (portfolio_a and portfolio_b and not share_portfolio(portfolio_a, portfolio_b))
    if head_a in EXCLUSIVE and head_b in POLICE_ROLES or head_b in EXCLUSIVE and head_a in POLICE_ROLES:
        return False  # "Judge Brad Baehr" is no highway patrol officer
    if head_a in COUNSEL and head_b in POLICING or head_b in COUNSEL and head_a in POLICING:
        return False  # "the Commonwealth prosecutor handling the case" is no "Detective Superintendent"
    if a.held and b.held or _chair_and_officer(a, b) or _chair_and_officer(b, a):
        return False  # "union president" and "state secretary of the union": two offices of the union
    if a.generic or b.generic:
        return True
    if head_a in EXCLUSIVE or head_b in EXCLUSIVE:
        return False
    if FAMILIES[a.head] == "sport" or FAMILIES[b.head] == "sport":
        return False  # a coach or a player holds no office of another family: "Coach Sean Payton" is no commissioner
    if head_a in POLICE_RANKS and head_b in OFFICES or head_b in POLICE_RANKS and head_a in OFFICES:
        return False  # "Police Capt. Tom Tennant" is no mayor
    if head_a in FORCE_CHIEFS and head_b in OFFICES or head_b in FORCE_CHIEFS and head_a in OFFICES:
        return False  # "the district's fire chief" is not the mayor
    return FAMILIES[a.head] != FAMILIES[b.head]


#: What an executive does, by the words that name it in a title: "chief technology officer", "head of flight
#: safety", "communications director".  Two titles with functions and none in common are two jobs.
FUNCTIONS: dict[str, str] = {
    **dict.fromkeys(("technology", "technical", "tech", "engineering", "hardware", "software"), "technology"),
    **dict.fromkeys(("finance", "financial"), "finance"),
    **dict.fromkeys(("operations", "operating", "operational"), "operations"),
    **dict.fromkeys(("communications", "communication", "media"), "communications"),
    **dict.fromkeys(("marketing", "brand"), "marketing"),
    **dict.fromkeys(("sales", "commercial", "revenue"), "sales"),
    **dict.fromkeys(("research", "science", "scientific"), "research"),
    **dict.fromkeys(("medical", "clinical"), "medical"),
    **dict.fromkeys(("executive", "managing"), "executive"),  # "chief executive", "managing director"
    **dict.fromkeys(("programme", "program", "programming", "artistic"), "programming"),  # a festival's
    **{word: word for word in ("safety", "security", "legal", "nursing", "launch", "product", "investment", "risk",
                               "compliance", "privacy", "strategy", "data", "digital", "information",
                               "sustainability", "procurement", "investigations")},
    "people": "human resources", "hr": "human resources", "personnel": "human resources",
    "human resources": "human resources",
}
_HUMAN_RESOURCES = "human resources"
#: Heads that are a job of their own, whatever their qualifiers say.
JOBS = frozenset(("forecaster", "economist", "curator", "geologist", "archaeologist", "winemaker", "arbiter",
                  "architect", "epidemiologist", "veterinarian", "pathologist", "surveyor", "principal", "keeper",
                  "engineer", "steward"))
#: Heads whose qualifiers say their function; a company's chief officers say it in their head.
FUNCTIONAL_HEADS = frozenset({"director", "head", "chief", "manager"})


#: Kinds of body whose head or director a title may name: two heads of bodies of no kind in common are two jobs.
BODIES = frozenset("police museum hospital university school committee commission agency ministry department court "
                   "bank council army navy airline company club institute foundation union party church "
                   "tournament race festival olympiad zoo park".split())


#: Words of what a state's office governs: its holder may head them ("President …, head of the ruling party").
GOVERNED = frozenset("government state city municipality ministry department delegation party cabinet country nation "
                     "council region province county district town village administration office commission "
                     "committee".split())
_OF_WORDS = frozenset(("of", "the", "a", "an", "in", "for", "and"))


#: Offices of an organisation that its chair does not hold: "Democratic Party secretary-general" is not its chairman.
_OFFICERS = frozenset(("secretary-general", "treasurer"))
#: What those officers do: a secretary-general runs a body's business, a treasurer its money.
_OFFICER_FUNCTIONS = {"secretary-general": "executive", "treasurer": "finance"}


def _chair_and_officer(chair: Title, officer: Title) -> bool:
    """The chair of an organisation and its secretary-general or treasurer: two offices of one body ("the
    charity's chairwoman" and "treasurer"; "MUZ president" and "general secretary of the Mineworkers Union of
    Zambia")."""
    if officer.head not in _OFFICERS:
        return False
    if chair.head == "chair" and not ORGANISATIONS.isdisjoint(chair.qualifiers):
        return officer.held or not officer.qualifiers
    return chair.head in ("chair", "president") and not chair.rank and _one_body(chair, officer)


def _one_body(a: Title, b: Title) -> bool:
    """Whether one title names its body by the initials of the name the other spells out ("MUZ" and "of the
    Mineworkers Union of Zambia")."""
    for short, long in ((a, b), (b, a)):
        words = [w for w in long.qualifiers if w not in _OF_WORDS]
        initials = "".join(w[0] for w in words if w[0].isalpha())
        if len(initials) >= 2 and initials in short.qualifiers:
            return True
    return False


def _heads_a_body(title: Title) -> bool:
    """A head, director, chief or manager of something named that no state office governs: "head of the Red Cross
    rescue team in Lyngen", "director of the prison", not "head of the delegation"."""
    named = [w for w in title.qualifiers if w not in _OF_WORDS]
    return (title.head in FUNCTIONAL_HEADS and "of" in title.qualifiers and bool(named)
            and GOVERNED.isdisjoint(named))


def _state_office(title: Title) -> bool:
    """An office of state, not one a body's head may hold: "the interior minister", "President Ruto"; not "FIDE
    deputy president" or "company president", a president of something that is no country."""
    from factcheck.normalize.places import is_area, is_demonym

    if _office(title)[0] not in OFFICES or title.held:
        return False
    named = [w for w in title.qualifiers if w not in _OF_WORDS]
    return not (title.head == "president" and named and not any(is_area(w) or is_demonym(w) for w in named))


def _other_bodies(a: Title, b: Title) -> bool:
    """Both titles name the kind of body they head, and no kind is in both."""
    left, right = BODIES.intersection(a.qualifiers), BODIES.intersection(b.qualifiers)
    return bool(left and right and left.isdisjoint(right))


def functions(title: Title) -> frozenset[str]:
    """What the title's holder does, when it says ("launch director" → launch; "chief technology officer"
    → technology; "chief executive" → executive), else nothing ("director", "head of the agency")."""
    if FAMILIES.get(title.head) == "company":
        area = title.head.removeprefix("chief ").removesuffix(" officer")
        words = area.split()
        found = {FUNCTIONS[w] for w in words if w in FUNCTIONS}
        return frozenset(found or {area})
    if title.head == "president" and title.held and not title.rank:
        return frozenset(("executive",))  # a company's or a union's president runs it
    if title.head in JOBS:
        return frozenset((title.head,))  # "the agency's lead forecaster" is no executive director
    if title.head == "spokesperson":
        return frozenset(("communications",))  # "coastguard spokesman" is not its operations chief
    if title.head in _OFFICER_FUNCTIONS:
        return frozenset((_OFFICER_FUNCTIONS[title.head],))  # "the party's secretary-general" is no "information chief"
    if title.head not in FUNCTIONAL_HEADS or title.rank:
        return frozenset()
    words = tuple(_HUMAN_RESOURCES if (w, n) == ("human", "resources") else w
                  for w, n in zip(title.qualifiers, (*title.qualifiers[1:], "")))  # one function of two words
    before, after = (words[:words.index("of")], words[words.index("of") + 1:]) if "of" in words else (words, ())
    found = {FUNCTIONS[w] for w in before if w in FUNCTIONS}
    for word in after[:3]:  # "head of flight safety at …"; not "director of the Digital Rights Foundation"
        if word in _FUNCTION_STOPS:
            break
        if word in FUNCTIONS:
            found.add(FUNCTIONS[word])
    return frozenset(found)


def _runs_a_body(title: Title) -> bool:
    """A director, head or chief of a body, who says no function of their own: "museum director"."""
    return (title.head in _RUNS and not title.rank and not BODIES.isdisjoint(title.qualifiers)
            and not functions(title))


_RUNS = frozenset(("director", "head", "chief"))


def _runs_named_body(title: Title) -> bool:
    """A director, head or chief of a body it names, who says no function of their own ("Conred director",
    "head of the agency"): no one's spokesperson. (A small town's fire chief may well be its fire department's
    spokesman.)"""
    return (title.head in _RUNS and not title.rank and not functions(title)
            and any(w not in _OF_WORDS for w in title.qualifiers))


_FUNCTION_STOPS = frozenset(("the", "a", "an", "at", "for", "in", "and", "with", "of"))


def _coaching(title: Title) -> frozenset[str]:
    """What a coach's title says they coach, an assistant's rank included ("assistant head coach")."""
    return COACHING.intersection(title.qualifiers) | frozenset(r for r in title.rank if r == "assistant")


#: Words that grade one office: a chief, a senior and a principal magistrate hold three ranks of it.
GRADES = frozenset({"chief", "senior", "principal", "executive"})


def _grades(title: Title) -> frozenset[str]:
    return GRADES.intersection(title.qualifiers)


def _chief(title: Title) -> bool:
    """Whether the title is a chief's, whose deputy holds another office: "chief provincial public health
    officer" is not "deputy chief provincial public health officer"."""
    return "chief" in title.qualifiers


def _ranks(title: Title) -> frozenset[str]:
    """A title's ranks, a vice and a deputy being one: "vice mayor" is "deputy mayor"."""
    return frozenset("deputy" if rank == "vice" else rank for rank in title.rank)


#: Words that make a president a town's: in Polish and other cities the mayor is the city's president.
_TOWNS = frozenset(("city", "town", "municipal", "municipality"))


def _office(title: Title) -> tuple[str, str]:
    """Head and portfolio, with equivalent offices merged (Secretary of State = foreign minister, a city's
    president = its mayor)."""
    if title.head == "secretary of state":
        return "minister", "foreign"
    if title.head == "president" and not _TOWNS.isdisjoint(title.qualifiers):
        return "mayor", title.portfolio
    if title.head == "commissioner" and "police" in title.qualifiers and not title.rank:
        return "police chief", title.portfolio  # "Provincial Police Commissioner" heads its police
    return title.head, title.portfolio
