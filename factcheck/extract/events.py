"""Event dates: attach each date in a sentence to the event it dates.

An event is identified by its type (from the trigger word), its place ("in
Istanbul", "the Riyadh meeting") and its ordinal ("the second meeting").
Dates said of nothing we recognise as an event stay plain date mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.dates import DateMention
from factcheck.extract.names import FUNCTION_WORDS, is_given, title_case
from factcheck.extract.lexicon import (
    AUXILIARIES,
    BODIES,
    EVENT_WORDS,
    FUTURE_WORDS,
    MONTHS,
    NOT_PLACES,
    NOUN_LEADERS,
    NOUN_ONLY,
    ORDINALS,
    PLACE_PARTICLES,
    REPORTING_VERBS,
    TRIGGERS,
    TYPES,
    VENUE_WORDS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
)
from factcheck.model import Sentence
from factcheck.normalize.titles import is_head

_PLACE = re.compile(
    r"(?<![\w-])(?:in|at|near|outside)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+(?:suburb|exurb|enclave)\s+of\s+)?"  # "the Salt Lake City suburb of Sandy"
    rf"((?:[A-Z][\w’'.-]*)(?:\s+{PLACE_PARTICLES}?[A-Z][\w’'.-]*)*)"
)
#: Words after which a place says where someone or something is, not where anything happened ("based in
#: Springfield"); not "people in Springfield", who may well be where it happened.
_DESCRIBING = re.compile(r"\b(?:based|headquartered|born|lives|living|resident|residents)\s+$")
_PLACE_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z]+)\s+$")
_DEMONYM = re.compile(r"(?:ian|an|ese|ish|i)$")
MAX_TRIGGER_DISTANCE = 90
SUBJECT_REACH = 180  # how far a date may follow the event its sentence opens with (see ``_SUBJECT_BEFORE``)
KILLER_REACH = 45  # how far before "killed" a disaster may stand to be what killed
#: What parts a disaster from a "killed" after it: a comma, a relative clause ("The storm that hit the coast killed
#: 19 on Monday" dates the deaths).
_BETWEEN_KILLER = re.compile(r",|\b(?:that|which|who)\b")
SAID_REACH = 4  # "said Sunday", "said on Sunday"
MAX_PLACE_DISTANCE = 60
AFTER_PENALTY = 2  # a time adjunct usually follows what it dates: "shot ... on Saturday"
ADJACENT = 4
TOPIC_REACH = 60
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[;()]|(?<!\d):(?!\d)")  # not the colon of a time ("04:17")
_BREAKS = frozenset(";:()")
WINDOW = 200
FUTURE_REACH = 60
#: What may stand between a lead word and the event word it names: a determiner, two modifiers.
_LEAD_TAIL = r"(?:(?:the|a|an|this|that|his|her|their|its|last|two|(?:\w+\.)+)\s+)?(?:[a-z]+\s+){0,2}$"
#: "enraged over the fatal shooting", "talking about the visit", "presented on Thursday during the trial": an
#: event named as what a clause is about or the setting of what it says.
#: It takes only a date that follows it closely ("about the slated visit of X in September"); a date
#: further on ("... poured into the streets for a third night Wednesday") dates what the clause says.
_TOPIC = re.compile(r"\b(?:over|about|against|during|amid|throughout)\s+" + _LEAD_TAIL)
#: An event named as what someone reacts to ("Iran Saturday condemned the bombing", "the Council condemned
#: the bombing … on Thursday") or what follows it ("victims of the attacks"): it takes no date, since the
#: dates beside it are the reaction's.
_REACTION = re.compile(
    r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)"
    r"|mourn(?:s|ed|ing)?|discuss(?:es|ed|ing)?|investigat(?:e|es|ed|ing)|blam(?:e|es|ed|ing)"
    r"|commemorat(?:e|es|ed|ing)|recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|prais(?:e|es|ed|ing)"
    r"|welcom(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|call(?:s|ed|ing)"
    r"|announc(?:e|es|ed|ing)|confirm(?:s|ed|ing)?"
    r"|(?:victims|survivors|wake|aftermath|anniversary|investigation|probe|response|reaction|condolences)"
    r"\s+(?:of|into|to|for)"
    r"|(?:toll|count)\s+(?:from|of|in))\s+" + _LEAD_TAIL)  # "the death toll from the capsizing rose on Sunday"
#: An event named as what someone is charged with or found guilty of ("guilty of two counts of murder
#: Thursday", "arrested on suspicion of arson"): the date beside it is the charge's or the verdict's.
_CHARGED = re.compile(
    r"\b(?:counts?|charges?|charged|accused|convicted|guilty|suspicion|suspects?|suspected|acquitted|indicted"
    r"|innocent|wanted)"
    r"\s+(?:of|with|in|for)\s+(?:(?:an?|the|two|three|\w+-degree|attempted|felony|capital|aggravated|\w+)\s+){0,3}$")
#: Inflections that do not name their stem's event: "called the murder wrong", "called for an inquiry".
NOT_TRIGGERS = frozenset((
    "called", "calling", "phones",  # "lock away their phones": devices, not calls
    # a game's verbs are sensed by their score (see verb_sense); their other forms are none: "by beating Bradley"
    "beating", "beaten", "beats", "defeating", "defeats", "drawing", "drawn", "draws", "edging", "edges",
    "routing", "routes", "downing", "downs", "thrashing", "winning", "wins", "winner", "winners",
    "lived", "lives", "living", "liver", "filing", "filings", "files"))  # "went live" only (see verb_sense)
#: How far from its trigger a name may stand to count as one of an event's participants.
PARTICIPANT_REACH = 80
#: Marks a participant that may not be a person ("Twitter", "Academy Awards"): see resolve.
MAYBE = "?"
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+(?:[A-Z][a-z]+|['’-][A-Za-z]+)*)*\b")
#: Last words of a capitalised run that name no participant: titles, calendar and organisation words.
NOT_PARTICIPANTS = frozenset(
    "the a an this that these those his her their its he she they we it in on at for with after before when "
    "while but and or if as by from to of said says president vice secretary minister prime foreign defense "
    "state general king queen prince leader chief ambassador spokesman spokeswoman spokesperson governor "
    "senator representative mayor judge officer police department ministry government officials official "
    "navy army forces force military troops coast guard party court agency bank embassy nations union "
    "naval command ship service services office center centre company corp inc group club team university "
    "school hospital church airport street avenue road county city river sea gulf island islands bay "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "mr mrs ms dr gov sen rep gen col lt sgt capt deputy sheriff attorney committee council house "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
    "last next first second third earlier later also however meanwhile".split()
)
#: What makes "broke" an escape: "broke out of jail", "broke free".
#: Verbs that take an object: after a noun and before a preposition, their past participle opens a reduced
#: relative clause ("A convicted sex offender sentenced to life in prison pulled a gun ... Monday"), which
#: says who someone is, not what happened on the sentence's dates.
_PASSIVE_ONLY = frozenset("sentenced convicted charged accused arrested indicted detained jailed acquitted".split())
_PREPOSITION_AFTER = re.compile(r"\s+(?:to|of|with|in|on|for|by|at|after|over)\b")
_BROKE_FREE = re.compile(r"\s+(?:out\s+of|free|loose|away)\b")
#: An event set for a day: "set sentencing for April 30", "set a trial date for June 3".
_SET_EVENT_FOR = re.compile(r"\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?([a-z]+)(?:\s+dates?)?\s+for\b")


def _set_event_for(text: str, end: int) -> bool:
    found = _SET_EVENT_FOR.match(text, end)
    return found is not None and trigger_type(found.group(1)) is not None


#: What makes "broke" a break-in: "broke into", "broke a ground-floor window".
_BROKE_IN = re.compile(
    r"\s+(?:into\b|(?:a|the|an|two|several)\s+(?:[\w-]+\s+){0,2}(?:window|door|gate|display case)s?\b)")
#: What makes "found" the end of a captivity: "was found alive Wednesday".
_ALIVE = re.compile(r"\s+(?:alive|safe|unharmed)\b")
#: What makes "found" a discovery: a thing found ("found the drugs", "found 1.2 tonnes of cocaine"), not a
#: finding ("found that", "found it hard") or a verdict ("found the man guilty" reads a verdict a few words on).
_FOUND_WHAT = re.compile(r" (?:the|a|an|\d[\d,.]*|two|three|four|five|six|more|some|several|dozens|hundreds|"
                         r"thousands)\b(?![^.;,]{0,40}\b(?:guilty|innocent|liable|responsible|dead|alive|unharmed|"
                         r"safe|not)\b)")
#: What makes a motion a vote: "a no-confidence motion", "a censure motion".
_CONFIDENCE = frozenset(("no-confidence", "confidence", "censure", "impeachment"))
#: Who chooses in a vote: "electors … chose", "delegates picked".
_ELECTORS = re.compile(r"\b(?:[Ee]lectors|[Vv]oters|[Dd]elegates|[Ee]lectoral [Cc]ollege)\b[^;:]*$")
#: Event types whose word before "killed" is what killed: an avalanche, an explosion.
_KILLERS = frozenset(("disaster", "attack"))
#: What makes "set" a departure: a ship that "set off from Passau".
_SET_OFF_FROM = re.compile(r" (?:off|sail|out) from\b")
#: Verbs before "office" that take it up: "will take office", "took office", "assumed office".
_TAKE = frozenset("take takes took taking taken assume assumes assumed assuming".split())
#: What makes "set" speak of an event to come, after a form of "be": "the inauguration is set for Feb. 14".
_WOULD_HAVE = re.compile(r"\s+(?:\w+\s+)?have\b")  # "would have turned 40", "would never have …": no future
_SET_FOR = re.compile(r"\s+(?:for|to)\b")
_AUXILIARY_BE = frozenset("is are was were be been".split())
#: A determiner after a verb: what it acts on follows ("opened a new store").
#: A place that opens of itself, named before "opened" in its clause: "The new hospital opened on Monday".
_FACILITY_BEFORE = re.compile(r"\b(?:[Hh]ospital|[Cc]linic|[Ss]chool|[Mm]useum|[Bb]ridge|[Aa]irport|[Ss]tadium|[Ss]tore"
                              r"|[Ss]hop|[Mm]all|[Ff]actory|[Pp]lant|[Tt]erminal|[Ee]xpressway|[Hh]ighway|[Mm]otorway"
                              r"|[Tt]unnel|[Rr]ailway|[Ll]ibrary|[Rr]estaurant|[Hh]otel|[Cc]entre|[Cc]enter|[Pp]ort"
                              r"|[Mm]ine|[Bb]ranch|[Ll]ine|[Mm]etro|[Ss]ubway|[Ss]tation|[Ii]nstitute|[Ll]aboratory"
                              r"|[Ff]acility|[Cc]ampus|[Bb]uilding|[Pp]ark|[Mm]arket|[Tt]heatre|[Tt]heater|[Gg]allery"
                              r"|[Ww]ing|[Ww]ard|[Aa]nnex|[Pp]avilion"
                              r")s?\b[^,;:.()]*$")  # "the Centre for Ocean Research was officially opened"
_OBJECT_AFTER = re.compile(r" (?:a|an|the|its|his|her|their|our|two|three|four|five|six|several)\b")
#: Who votes: "approved" or "rejected" after one of these in its clause is a vote.
_VOTING_BODY = re.compile(r"\b(?:[Cc]ouncil|[Bb]oard|[Ll]egislature|[Ll]awmakers|[Ss]enate|[Pp]arliament|[Cc]ommission"
                          r"|[Vv]oters|[Cc]ommittee|[Aa]ssembly|[Ss]hareholders|[Cc]ongress|[Jj]ury)\b[^;:]*$")
#: Words before "conviction" or "sentence" that make it an appeal's subject, dated by the appeal.
_APPEALED = frozenset("upheld upholds uphold upholding overturned overturn overturns overturning reversed reverses "
                      "vacated vacates affirmed affirms appealed appealing appeal appeals challenged challenging "
                      "tossed quashed".split())
#: A plea that is a conviction: "pleaded guilty", "pleaded no contest" (not "pleaded not guilty").
_PLEADED_GUILTY = re.compile(r"\s+(?:\w+ly\s+)?(?:guilty|no\s+contest|nolo\s+contendere)\b")
#: What makes "checked" an admission: "checked into rehab", "checked herself into a clinic".
_CHECKED_INTO = re.compile(r"\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?(?:in|into|in\s+to)\b")
#: A date after these is when something was counted or said, never an event's ("figures as of Monday").
_FIRED_OBJECT = re.compile(r"\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|"
                           r"eight|nine|ten|several|some|dozens\s+of|hundreds\s+of)\s+)?(?:(?:head|assistant|general)\s+)?"
                           r"([A-Za-z]+)")
_STAFF = frozenset("manager managers employee employees worker workers staff staffer staffers".split())
_FIRST_SINCE = re.compile(r"\b(?:first|[a-z]{3,}est)\s+(?:[\w'’-]+\s+){0,5}since\s+$")
#: A span that runs up to the day it is told, after "over", "in" or "during": "over the past decade", "in the
#: last five years".
_SPAN_TO_NOW = re.compile(r"(?i)(?:the\s+)?(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:decades?|years|months|weeks|"
                          r"centur(?:y|ies))\b")
_OVER = re.compile(r"\b(?:over|in|during|for|throughout|within)\s+$")
_BY_NAMED_DAY = re.compile(r"\bby\s+(?:[A-Z][\w'’]*\s+){0,2}[A-Z][\w'’]*,\s+$")
#: A tally's date ("had burned 18,000 acres by Monday") or where a span ends ("rain would persist until Friday").
_AS_OF = re.compile(r"\b(?:as of|as at|by|until|till|through)\s+$")
#: A full date set between a headline and the text, not in a clause of its own: "… in Suburban Detroit Apr 9,
#: 2007 There is breaking news", "September 15, 2013 11:26 pm Australian climbers …".  It dates the page.
_STAMP_AFTER = re.compile(r"\s*(?:\d{1,2}\s*[:.]\s*\d\d\b|[A-Z“\"|•·]|$)")
_STAMP_BEFORE = re.compile(r"\b(?i:on|in|since|by|until|till|from|to|of|and|or|through|before|after|between|"
                           r"during|for|at|dated|than)\s+$")
_YEAR_DIGITS = re.compile(r"\b\d{4}$")
#: "PUBLISHED: 16:05 GMT, 9 June 2013", "Updated 9:28 AM EDT, Sep 10, 2012": a label or a clock time before.
_STAMP_LABEL = re.compile(r"(?:\b(?i:published|updated|posted|modified)\b\s*:?|\b\d{1,2}[:.]\d\d\s*(?i:[ap]\.?m\.?)?"
                          rf"\s+[A-Z]{{2,4}}\s*,)\s*(?:{WEEKDAY_PATTERN},?\s*)?$")
#: A dateline's date, the day the report was filed, not an event's: "TASHKENT, Aug 15 (CAN) - A leak …",
#: "ZAGREB, Oct 16 (Reuters) -".
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s+$")
_DATELINE_AFTER = re.compile(r",?\s*(?:\d{4}\s*)?(?:\([^()]{1,40}\)\s*)?[-—–]{1,2}\s")
_LINE_START = re.compile(rf"[\s,.\-—]*(?:{WEEKDAY_PATTERN}[\s,.\-—]*)?")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SUFFIXES = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ly", ""))
CLAUSE_WORDS = frozenset("after before when while because although though since until but who whom whose which where".split())
_DETERMINERS = frozenset(("a", "an", "the"))
_RELATIVES = frozenset(("who", "whom", "whose", "which", "where"))
#: Clause words that open a clause of its own, which a date after them belongs to (a relative clause's
#: dates still belong to the noun it describes).
_SUBORDINATORS = CLAUSE_WORDS - _RELATIVES
#: Disasters that last for days: a date beside one that crews fight or are sent to ("firefighters were
#: assigned to the blaze Monday", "crews battled the fire Tuesday") is a day of the work, not of the fire;
#: only a verb of its start ("the fire, which started July 10", "broke out Saturday") dates it then.
_LASTING = frozenset(("fire", "blaze", "wildfire", "wildfires", "bushfire", "bushfires", "flood", "flooding", "floods",
                      "drought"))
#: Disasters that go on for days: dated only by their start ("sparked by lightning on Aug. 9").
_DAYS_ON_END = frozenset(("wildfire", "wildfires", "bushfire", "bushfires", "drought"))
_TENDED = re.compile(r"\b(?:to|on|against|fight|fighting|fought|battle|battled|battling|contain|contained|containing"
                     r"|work|worked|working|drive|drove|driven|driving|push|pushed|pushing"
                     r"|near|around|from|of|at)\s+(?:the|a|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: What a lasting disaster does on a day of it: "The fire grew by about 3,100 hectares on Saturday".
_SPREADING = re.compile(r"\s+(?:(?:was|were|had|has)\s+)?(?:grew|grows|growing|spread|spreads|spreading|raged|rages|"
                        r"raging|burned|burns|burning|advanced|advancing|jumped|crept|moved|threatened|threatening)\b",
                        re.I)
_ONSET = re.compile(r"\b(?:start(?:ed|s|ing)?|began|begun|begins?|broke out|break(?:s|ing)? out|erupted|ignited"
                    r"|sparked|(?:was|were) (?:first )?(?:reported|spotted|discovered)|struck|hit|swept|burst)\b")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "last", "next", "its", "their", "his", "her"})


@dataclass(frozen=True)
class EventDate:
    """A date and the event it dates, with where and which one."""

    mention: DateMention
    type: str
    trigger: str
    place: str | None
    ordinal: int | None
    planned: bool = False
    participants: tuple[str, ...] = ()  # the names around it, lower case: who took part, as far as we can tell


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str
    type: str  # an event type, or "say", "ordinal", "aux", "future", "verb" (a past tense), "mark" (a clause's end)
    clause: int
    topic: bool = False  # after "over", "about", "against": what the clause is about
    reaction: bool = False  # after "condemned", "victims of": what someone reacts to, never dated here
    charged: bool = False  # "suspected of killing": a date no other event word takes is the deed's


#: What makes "exposed" no discovery: "were exposed to smoke", "exposed on Monday to toxic fumes".
_EXPOSED_TO = re.compile(r"(?:\s+[\w,]+){0,3}?\s+to\b")
#: What a court "set aside": "set aside the environmental authorisation", "set aside his conviction".
_SET_ASIDE = re.compile(r" aside (?:the|a|an|its|his|her|their)\b")
_COURTS = r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Jj]ustices?|[Bb]ench)\b"
_COURT = re.compile(_COURTS)
#: A court as the subject right before "ordered": "A provincial court on Thursday ordered", "the judge ordered".
_COURT_BEFORE = re.compile(_COURTS + r"[^,;.]{0,30}$")
#: What dates "ruling" or "judgment" as a noun: "The ruling, issued on November 5", "a judgment handed down Monday".
_ISSUED = re.compile(r",? (?:(?:which|that) was )?(?:issued|handed down|delivered|published|released|given)\b")
#: What a year names when these follow it: "the 2025-26 fiscal year", "the 2024 season".
_PERIOD_NAMED = re.compile(r"(?:[-–/]\d{2,4})?\s+(?:(?:fiscal|financial|budget|budgetary|tax|school|academic)\s+"
                           r"years?|season|campaign|edition)\b")


def event_dates(sentence: Sentence, mentions: list[DateMention]) -> list[EventDate]:
    """The event each date mention in ``sentence`` dates, where one is named.

    A date takes the nearest event word of its own clause; a reporting verb
    nearer than any event word ("X said on Tuesday") takes it away from events.
    An event word dates once (the nearest date wins) unless each of its dates
    names its own place ("first in Riyadh on February 18 and later in
    Istanbul on April 10").
    """
    words = _words(sentence, mentions)
    triggers = [w for w in words if w.type in TYPES]
    places = _places(sentence)
    quoted = [(sentence.start + m.start(), sentence.start + m.end()) for m in _QUOTED.finditer(sentence.text)]
    options: list[tuple[float, int, int, DateMention, _Word]] = []
    unplaced: list[int] = []  # dates no event word may take
    for index, mention in enumerate(mentions):
        if mention.value.granularity in ("ref", "unknown") or any(a < mention.start < b for a, b in quoted):
            continue
        if _AS_OF.search(sentence.text, max(mention.start - sentence.start - 9, 0), mention.start - sentence.start):
            continue
        if _BY_NAMED_DAY.search(sentence.text, max(mention.start - sentence.start - 40, 0),
                                mention.start - sentence.start):
            continue  # "signed by Presidents Day, Feb. 16": a deadline
        if _FIRST_SINCE.search(sentence.text, max(mention.start - sentence.start - 60, 0),
                               mention.start - sentence.start):
            continue  # "the first strike at the operator since 2015": the day of an earlier one
        if page_stamp(sentence.text, mention.start - sentence.start, mention.end - sentence.start):
            continue
        if mention.start - sentence.start <= 40 and _DATELINE_BEFORE.fullmatch(
                sentence.text, 0, mention.start - sentence.start) and _DATELINE_AFTER.match(
                sentence.text, mention.end - sentence.start):
            continue
        if _PERIOD_NAMED.match(sentence.text, mention.end - sentence.start):
            continue  # "the budget for the 2025-26 fiscal year": a year something is for, no event's day
        if _SPAN_TO_NOW.match(mention.text) and _OVER.search(sentence.text, max(mention.start - sentence.start - 12, 0),
                                                             mention.start - sentence.start):
            continue  # "120 people have died in avalanches over the past decade": a span up to now, no day
        attributive, head = _modifies(words, mention, sentence)
        if attributive:
            ranked = [(0.0, head)] if head is not None else []
        else:
            clause = _clause_of(words, mention.start)
            ranked = _ranked_triggers(words, mention, clause, sentence, mentions)
            if not ranked and any(w.type == "say" and w.clause == clause and 0 <= mention.start - w.end <= SAID_REACH
                                  for w in words):
                continue  # "seven people were killed when …, officials said Sunday": the day it was said
            opening = next((w for w in words if w.type == "mark" and w.clause == clause and w.text in _SUBORDINATORS),
                           None)
            if not ranked and opening is not None:
                # "shot and killed a teen after police say he pointed a gun on Friday": a clause opened by
                # "after" with no event word of its own tells when the clause before it happened
                ranked = _ranked_triggers(words, mention, _clause_of(words, opening.start - 1), sentence, mentions)
            described = _described(words, mention, sentence)
            if described is not None:
                # "the strong earthquake that struck Peru's southern coast early Saturday": the clause tells of
                # the event named right before it
                ranked = [(0.0, described)] + [(d, w) for d, w in ranked if w is not described]
        if not ranked and not attributive:
            antecedent = _antecedent(words, mention)
            ranked = [(0.0, antecedent)] if antecedent is not None else []
        options.extend((distance, rank, index, mention, word) for rank, (distance, word) in enumerate(ranked))
        if not ranked and not attributive:
            unplaced.append(index)
    # "Police on Friday arrested a man suspected of killing a cyclist … on Wednesday night": a date that
    # no event word takes, close after what someone is suspected or accused of, is that event's.
    for index in unplaced:
        mention = mentions[index]
        charged = [w for w in words if w.charged and w.end <= mention.start and mention.start - w.end <= TOPIC_REACH
                   and w.clause == _clause_of(words, mention.start)]
        if charged:
            options.append((float(mention.start - charged[-1].end), 0, index, mention, charged[-1]))
    # Nearest pairs first: a date whose nearest event word dates another, nearer date takes its next one
    # ("found guilty of murder Thursday in the 2012 shooting": 2012 dates the shooting, Thursday the verdict).
    options.sort(key=lambda option: option[:3])
    taken: set[int] = set()
    chosen: dict[tuple[int, str | None], EventDate] = {}
    # event words that date nothing here, decided once each: another occasion, a lasting disaster worked on,
    # an event that goes on
    undated = {w.start for w in {option[4] for option in options}
               if _tended(sentence, w) or _other_occasion(sentence.text, w.start - sentence.start)
               or _ONGOING.match(sentence.text, w.end - sentence.start)
               or _going_on(sentence.text, w.start - sentence.start, w.end - sentence.start, w.type)}
    for _distance, _rank, index, mention, trigger in options:
        if index in taken or trigger.start in undated:
            continue
        if trigger.type in _DAY_BY_DAY and trigger.end < mention.start and _ENDED.search(
                sentence.text, max(0, mention.start - sentence.start - 24), mention.start - sentence.start):
            continue  # "A strike that shut down the network ended early on Thursday": the day it ended
        own_place = _adjacent_place(places, mention)
        slot = (trigger.start, own_place)
        if slot in chosen or own_place is None and any(start == trigger.start for start, _ in chosen):
            continue  # a second date takes an event word only with a place of its own
        in_clause = [p for p in places if _clause_of(words, p[0]) == trigger.clause]
        place = own_place or _nearest_place(in_clause, mention, trigger, triggers) or place_before(sentence, trigger)
        planned = _planned(sentence, words, mention, trigger)
        chosen[slot] = EventDate(mention, trigger.type, trigger.text, place, _ordinal(words, mention, trigger),
                                 planned, () if trigger.type in _UNPEOPLED
                                 else _participants(sentence, trigger, mention, places))
        taken.add(index)
    return sorted(chosen.values(), key=lambda e: e.mention.start)


#: Words before an event word that make it another occurrence than the one a story reports: "a separate
#: police shooting on Feb. 3", "the last ministerial meeting, in November 2023", "more thunderstorms were
#: possible on Friday".  Not "earlier" or "prior":
#: "two prior meetings: the first on February 18 in Riyadh" are compared as such; nor "another", which
#: mostly goes on a series the document dates in full ("a Monday vigil …; another protest on Wednesday").
_OTHER_OCCASION = re.compile(r"\b(?i:separate|unrelated|(?:the|its|their) last|more|further)"
                             r"\s+(?:[a-z][\w-]*,?\s+){0,2}$")


def _other_occasion(text: str, start: int) -> bool:
    """Whether the event word at ``start`` of ``text`` is named as another occurrence of its kind."""
    return _OTHER_OCCASION.search(text, max(start - 40, 0), start) is not None


#: What goes on past its first day: "The strike continues today", "the walkout entered its second day on
#: Thursday" date a day of it, not the day it happened.
_ONGOING = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:continues|continued|continuing|goes on|went on|entered|enters|"
                      r"entering|dragged on|drags on|stretched into|stretches into|remains|remained)\b")


#: Words before an event word that make it last past its first day: "continued a 72-hour strike", "a three-day
#: strike … on Thursday" (a day of it), but not when it starts then: "began a three-day strike on Monday".
_CONTINUED = re.compile(r"\b(?:continu(?:e|es|ed|ing)|extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?)\s+"
                        r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DAYS_LONG = re.compile(r"\b(?:\w+-(?:day|week|month)|(?:[3-9]\d|\d{3})-hour|(?:forty|fifty|sixty|seventy)[\w-]*-hour)"
                        r"\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_STARTED = re.compile(r"\b(?:began|begin|begins|beginning|start|started|starts|starting|launched|launch|launches|"
                      r"called|call|calls|announced|threatened|will|plan|plans|planned)\b[^,;.]*$", re.IGNORECASE)
#: A start told right after the event word: "the two-day strike, which began at midnight on Wednesday".
_STARTING = re.compile(r"\W*(?:(?:which|that)\s+)?(?:began|begins|started|starts|beginning|starting)\b")
#: Events told by a length of days that are dated by any of them ("a three-day strike … on Thursday"); talks and
#: summits are dated by their first ("a two-day summit on Monday").
_DAY_BY_DAY = frozenset(("strike", "protest", "outage"))
#: A verb of an event's start right before its date, after the event word and a long subject.
#: What stands before an event word that is its sentence's subject: an article and a few words, after a
#: dateline at most ("KATHMANDU, July 16 (Himal Wire) - A landslide", "A powerful earthquake").
_SUBJECT_BEFORE = re.compile(r"(?:[^\n]{0,80}? [-–—] )?(?:An?|The) (?:[\w-]+ ){0,2}")
_BEGAN = re.compile(r"\b(?:opened|began|started|got under way|got underway|kicked off|resumed)(?:\s+(?:on|in))?\s*$")
#: What tells the day a lasting event ended, right before its date: "ended early on Thursday", "was called off on".
_ENDED = re.compile(r"\b(?:ended|ends|was called off|were called off|was lifted|was restored|were restored|"
                    r"was suspended)(?:\s+(?:early|late|abruptly))?(?:\s+(?:on|in))?\s*$")
#: Events a union, a movement or a government calls for a day: "called a second walkout for August 4", "has
#: called a snap parliamentary election for December 7".
_CALLED = frozenset(("strike", "protest", "election", "talks"))
_CALLED_FOR = re.compile(r"\bcall(?:s|ed|ing)?\s+" + _LEAD_TAIL)


def _going_on(text: str, start: int, end: int, kind: str | None) -> bool:
    """Whether the words before the event word at ``start`` make it one that goes on over days (``_CONTINUED``,
    ``_DAYS_LONG``), which a date then only catches on one of them."""
    before = text[max(start - 50, 0):start]
    if _CONTINUED.search(before):
        return True
    return (kind in _DAY_BY_DAY and _DAYS_LONG.search(before) is not None
            and _STARTED.search(text, max(start - 60, 0), start) is None and _STARTING.match(text, end) is None)


def _tended(sentence: Sentence, trigger: _Word) -> bool:
    """Whether the trigger is a lasting disaster that the sentence has people work on rather than start, or one
    that burns for days (a wildfire, a drought) told without its start."""
    lower = trigger.text.lower()
    if lower not in _LASTING:
        return False
    if _ONSET.search(sentence.text) is not None:
        return False
    if lower in _DAYS_ON_END:
        return True  # "were battling on Monday to keep a wildfire out of Logan Lake": a day of it
    before = sentence.text[max(trigger.start - sentence.start - 40, 0):trigger.start - sentence.start]
    after = sentence.text[trigger.end - sentence.start:trigger.end - sentence.start + 30]
    return _TENDED.search(before) is not None or _SPREADING.match(after) is not None


#: Event types that no one takes part in by name: the names near a quake or a capsizing are of ships,
#: islands and agencies ("the MV Santa Lucia Express capsized before dawn on Friday").
_UNPEOPLED = frozenset(("disaster",))


def _participants(sentence: Sentence, trigger: _Word, mention: DateMention,
                  places: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """The surnames of the people named within ``PARTICIPANT_REACH`` of the trigger, lower case: who met,
    called or was arrested ("Annan … meeting with Saddam Hussein" → hussein).  A name is a run of two or
    more capitalised words ("Saddam Hussein", "King Hussein") or one past the sentence's first word
    ("with Sununu"); its last word counts unless it is a title, a calendar word, an organisation word or
    a country (or its demonym).  Unless a given name comes first ("Saddam Hussein"), the name is marked
    ``MAYBE`` a person: resolution keeps it only if some document names that person in full."""
    text = sentence.text
    low = max(trigger.start - sentence.start - PARTICIPANT_REACH, 0)
    high = min(trigger.end - sentence.start + PARTICIPANT_REACH, len(text))
    taken = [(a - sentence.start, b - sentence.start) for a, b, _ in places]
    taken.append((mention.start - sentence.start, mention.end - sentence.start))
    found = set()
    for match in _NAME_RUN.finditer(text, low):
        if match.start() >= high:
            break  # a name is read whole, though it may end past the reach
        if match.start() == 0 and " " not in match.group() or any(a <= match.start() < b for a, b in taken):
            continue  # a lone first word: "Officials said", "Police arrested"
        words = match.group().split()
        last = words[-1].lower()
        if last not in NOT_PARTICIPANTS and not _is_country_word(last) and words[-1] not in VENUES:
            found.add(last if len(words) > 1 and is_given(words[0]) else MAYBE + last)
    return tuple(sorted(found))


def page_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of a sentence is a page's time stamp rather than part of a clause:
    a day with its year after a label or a clock time ("UPDATED: 06:55 GMT, 10 June 2013"), or with no
    preposition before it and a clock time, a capitalised word or a separator ("|") right after, or
    nothing at all when the date is the whole line."""
    if not _YEAR_DIGITS.search(text, start, end):
        return False
    if _STAMP_LABEL.search(text, max(start - 40, 0), start):
        return True
    if _STAMP_BEFORE.search(text, max(start - 12, 0), start):
        return False
    after = _STAMP_AFTER.match(text, end)
    return after is not None and (after.end() < len(text) or _LINE_START.fullmatch(text, 0, start) is not None)


@lru_cache(maxsize=4096)
def _is_country_word(word: str) -> bool:
    """A country or region name, or a demonym made from one ("indian", "iraqi", "russian")."""
    from factcheck.normalize.places import is_area

    stems = (word, word[:-1], word[:-2], word[:-3], word[:-1] + "a", word[:-3] + "a")
    return any(len(stem) > 2 and is_area(stem) for stem in stems)


class Clauses:
    """Which clause a scan of a sentence is in: each break opens a new one, but after a closing bracket
    the clause the bracket interrupted goes on ("struck at 04:17 local time (0917 GMT) on Sunday")."""

    __slots__ = ("current", "last", "aside")

    def __init__(self) -> None:
        self.current = self.last = 0
        self.aside: int | None = None

    def open(self) -> int:
        self.last += 1
        self.current = self.last
        return self.current

    def passing(self, token: str) -> bool:
        """Moves past a break token; whether it closed a bracket (and the clause before it goes on)."""
        if token == ")" and self.aside is not None:
            self.current, self.aside = self.aside, None
            return True
        self.aside = self.current if token == "(" else None
        self.open()
        return False


def _words(sentence: Sentence, mentions: list[DateMention]) -> list[_Word]:
    """The event words, reporting verbs and ordinals near the mentions, with their clause."""
    text = sentence.text
    low = max(min(m.start for m in mentions) - sentence.start - WINDOW, 0)
    high = min(max(m.end for m in mentions) - sentence.start + WINDOW, len(text))
    words = []
    clauses = Clauses()
    clause = 0
    previous = before = ""
    relative = False  # inside ", who …," / ", which …,": the next comma closes it
    last_end = low
    for match in _TOKEN.finditer(text, low, high):
        token = match.group()
        lower, role = _role(token)
        if relative and "," in text[last_end:match.start()]:
            clause = clauses.open()  # "Palin, who was not there at the time of the fire, stopped by Saturday"
            relative = False
            previous = before = ""
            words.append(_Word(sentence.start + last_end, sentence.start + last_end, ",", "mark", clause))
        last_end = match.end()
        if role is _BREAK:
            resumed = clauses.passing(token)
            clause = clauses.current
            if resumed:  # a mark, so that a date after the bracket is in the clause again
                words.append(_Word(sentence.start + match.start(), sentence.start + match.start(), ")", "mark", clause))
            relative = lower in _RELATIVES and text.endswith(", ", 0, match.start())
            if lower in _SUBORDINATORS:  # "will pay more after the council on Tuesday approved …": the vote's
                at = sentence.start + match.start()
                words.append(_Word(at, at, lower, "mark", clause))
            previous = before = ""
            continue
        if role is _PARTICIPLE and text.endswith(", ", 0, match.start()):
            clause = clauses.open()  # ", capturing 23 of the raiders": a date before the comma dates its clause
        kind = "verb" if role is _VERB else word_type(lower) if role is not None else None
        if kind in TYPES and token[0].isupper() and not token.isupper() and _named(
                text, match.start(), match.end(), kind):
            kind = None  # "Rally officials", "the Fire Department": a name, unless a headline or "Hurricane Hugo"
        if kind == "aux" and lower == "would" and not _WOULD_HAVE.match(text, match.end()):
            kind = "future"  # "said pickup of storm debris would start May 23": still to come when said
        if kind is None and lower in ("interview", "interviews"):
            kind = "say"  # "In an interview Monday, Brody said …": the day of what was said
        elif kind == "call" and text.startswith(" interview", match.end()):
            kind = "say"  # "said in a telephone interview Monday": the date of what was said
        elif lower == "conference" and previous in ("news", "press"):
            kind = "say"  # "welcomed the figures at a news conference Friday": said, not talks
        elif kind == "say" and lower == "reported" and previous in ("was", "were", "first"):
            kind = None  # "the fire was reported about 2 p.m. Saturday": when it was found, not a report's day
        elif lower == "found" and _ALIVE.match(text, match.end()):
            kind = "release"  # "was found alive Wednesday": the end of a captivity
        elif lower == "set" and _SET_OFF_FROM.match(text, match.end()):
            kind = "departure"  # "The ship had set off from Passau, in southern Germany, on June 7"
        elif lower == "office" and previous in _TAKE:
            kind = "appointment"  # "will take office on September 1": the day an office is taken up
        elif lower in ("raid", "raids") and any(w.type == "arrest" and w.clause == clause for w in words[-3:]):
            kind = None  # "were arrested in a pre-dawn raid on March 6": the arrest is dated, no attack
        elif lower in ("raid", "raids") and any(w.type == "robbery" for w in words):
            kind = "robbery"  # "stole five paintings from a museum before dawn on Thursday, in a raid": the theft
        elif lower == "found" and _FOUND_WHAT.match(text, match.end()):
            kind = "discovery"  # "Officers found the drugs on February 19"; not "found that", "found guilty"
        elif lower == "motion" and previous in _CONFIDENCE:
            kind = "election"  # "survived a no-confidence motion on Wednesday": a vote
        elif lower == "saw" and previous == "first":
            kind = "discovery"  # "Villagers said they first saw oil on the water on Friday, June 6"
        elif lower in ("chose", "picked") and _ELECTORS.search(text, max(0, match.start() - 40), match.start()):
            kind = "election"  # "after electors on Wednesday, May 14, chose Professor Wróblewska as rector"
        elif lower == "set" and _SET_ASIDE.match(text, match.end()) and _COURT.search(
                text, max(0, match.start() - 80), match.start()):
            kind = "ruling"  # "The High Court on Tuesday set aside the authorisation": a court's decision
        elif lower == "ordered" and _COURT_BEFORE.search(text, max(0, match.start() - 50), match.start()):
            kind = "ruling"  # "A provincial court on Thursday ordered the operator to pay": a court's decision
        elif lower in ("ruling", "judgment", "judgement") and _ISSUED.match(text, match.end()):
            kind = "ruling"  # "The ruling, issued on November 5 by the court": the noun dated as it is given
        elif lower == "set" and (_SET_FOR.match(text, match.end()) and previous in _AUXILIARY_BE
                                 or _set_event_for(text, match.end())):
            # "the inauguration is set for Feb. 14", "The judge set sentencing for April 30": still to come
            # ("set fire to" is none)
            kind = "future"
        elif lower == "broke" and _BROKE_IN.match(text, match.end()):
            kind = "robbery"  # "broke a ground-floor window at the museum about 3:40 a.m. Tuesday": a break-in
        elif lower == "broke" and not _BROKE_FREE.match(text, match.end()):
            kind = None  # "negotiations broke off", "as dawn broke": no escape
        elif lower == "passed":  # "passed away" is a death, "lawmakers on Tuesday passed a law" a vote; "The
            # bill passed the Senate 22-8 in April" neither (the Senate's vote is told elsewhere)
            kind = "death" if text.startswith(" away", match.end()) else "election" if _VOTING_BODY.search(
                text, max(match.start() - 60, 0), match.start()) else None
        elif lower == "attack" and previous == "heart":
            kind = "illness"  # "suffered a heart attack on December 2": no attack
        elif lower == "guilty" and previous == "not":
            kind = None  # "pleaded not guilty", "found not guilty": no conviction
        elif lower in ("pleaded", "pled") and _PLEADED_GUILTY.match(text, match.end()):
            kind = "conviction"  # "pleaded no contest to a drunken driving charge in 2006"
        elif kind in ("conviction", "sentencing") and (previous in _APPEALED or before in _APPEALED):
            kind = None  # "the Court of Appeals on Tuesday upheld the conviction": an appeal, not the conviction
        elif lower in ("approved", "rejected") and not _VOTING_BODY.search(text, max(match.start() - 60, 0),
                                                                             match.start()):
            kind = None  # "the council on Tuesday approved the budget" is a vote; "the FDA approved the drug" is none
        elif kind == "killing" and lower in ("killed", "kills", "killing") and (any(
                word_type(w) in _KILLERS for w in (previous, before)) or any(
                w.type in _KILLERS and w.clause == clause and sentence.start + match.start() - w.end <= KILLER_REACH
                and not _BETWEEN_KILLER.search(text, w.end - sentence.start, match.start()) for w in words[-3:])):
            kind = None  # "An avalanche killed three skiers on Friday", "A crush outside a packed football stadium
            # killed several fans on Sunday", "A reactor explosion killed 11 workers": the avalanche, the crush,
            # the explosion is dated
        elif kind == "reopening" and lower.startswith("resum") and any(
                word_type(w) in TYPES and word_type(w) != "reopening" for w in (previous, before)):
            kind = None  # "talks will resume on November 12": what resumes is dated, the talks
        elif kind == "reopening" and (lower in ("reopen", "resume") and not (
                previous in ("will", "would") or previous == "to" and before in _PLANNING)
                or lower.endswith("ing") and previous not in _ARTICLES and previous not in ("its", "their")):
            kind = None  # "agreed on Wednesday to reopen a crossing", "said that reopening it would help"
        elif kind == "discovery" and (word_type(previous) in TYPES or lower == "exposed" and _EXPOSED_TO.match(
                text, match.end())):
            kind = None  # "a break-in discovered Wednesday morning": the break-in is dated; "exposed to smoke"
        elif kind == "discovery" and lower in _NOTICED and any(
                w.type in TYPES and w.type != "discovery" and w.clause == clause for w in words[-4:]):
            kind = None  # "The intrusion was detected early on Sunday", "The leak, first spotted on October 10": the
            # intrusion, the leak are dated
        elif kind == "ceremony" and (word_type(previous) in TYPES or any(
                w.type in TYPES and w.clause == clause for w in words)):
            # "a signing ceremony"; "signed the agreement on October 22 at a ceremony in Dar es Salaam": the
            # signing is dated
            kind = None
        elif lower == "striking" and _WORKERS_AFTER.match(text, match.end()):
            kind = None  # "several hundred striking workers rallied on Wednesday": the rally, not the strike
        elif lower == "fire" and previous in _GUNFIRE:
            kind = None  # "exchanging fire with soldiers": shots, no blaze
        elif kind == "disaster" and talks_collapsed(lower, text, match.end(), any(
                w.type == "talks" and w.clause == clause for w in words[-3:])):
            kind = None  # "wage talks in Frankfurt collapsed", "the collapse of wage negotiations": the talks failed
        elif kind == "disaster" and _DISASTER_MODIFIES.match(text, match.end()):
            kind = None  # "a storm warning issued by Kazhydromet on Monday": the warning is dated, no storm
        elif lower == "launched" and (previous in _ASSAULTS or before in _ASSAULTS or _ASSAULT_AFTER.match(
                text, match.end())):
            kind = "attack"  # "a coup attempt launched in the early hours of Friday", "launched an offensive"
        elif kind == "illness" and lower.startswith("seizure") and text.startswith(" of", match.end()):
            kind = None  # "record seizures of methamphetamine": drugs taken, no fit
        elif lower in SENSED:
            kind = verb_sense(lower, text, match.end())
        elif lower == "checked" and not _CHECKED_INTO.match(text, match.end()):
            kind = None  # "police checked the car": no admission
        elif lower == "fired" and _fired_someone(text, match.end()):
            kind = "resignation"  # "fired head coach Maurice Cheeks": a dismissal, not shots
        if kind in TYPES and lower in NOUN_ONLY and not _noun_position(text, match.start(), previous, before):
            kind = None
        elif kind == "final" and _REACHED.search(text, max(0, match.start() - 60), match.start()):
            kind = None  # "reached the final by beating Bradley on Thursday": a game before the final
        elif lower == "final" and _NOUN_AFTER_FINAL.match(text, match.end()):
            kind = None  # "4 percent in the final year", "the final day of talks": no tournament's final
        elif kind in TYPES and previous in _ARTICLES and lower.endswith(("ed", "en")) and _NOUN_AFTER.match(
                text, match.end()):
            kind = None  # "released the hijacked bulk carrier on Sunday": a participle that describes a noun
        elif lower == "elected" and _ELECTED_WHO.match(text, match.end()):
            kind = None  # "detained one of the city's most senior elected officials on Thursday": no election
        if kind is not None:
            lead = max(match.start() - 40, 0)
            topic = kind in TYPES and (_TOPIC.search(text, lead, match.start()) is not None
                                       or _reduced_relative(text, match.start(), match.end(), lower, previous))
            charged = (kind in TYPES and not topic and _CHARGED.search(text, lead, match.start()) is not None)
            # only a deed, "suspected of killing a cyclist"; "a suspect in a shooting" may be of another one
            deed = charged and lower.endswith("ing") and previous not in ("a", "an", "the")
            reaction = charged or kind in TYPES and not topic and _REACTION.search(text, lead, match.start()) is not None
            if reaction and not charged and kind in _CALLED and _CALLED_FOR.search(text, lead, match.start()) and (
                    text.startswith(" for ", match.end())):
                reaction = False  # "has called a second walkout for August 4": the walkout's day, not a reaction
            words.append(_Word(sentence.start + match.start(), sentence.start + match.end(), token, kind, clause,
                               topic, reaction, deed))
        before, previous = previous, lower
    return words


_BREAK, _PARTICIPLE, _STEERING, _VERB = "break", "participle", "steering", "verb"
_ARTICLES = frozenset(("the", "a", "an"))
#: A lower-case word after a participle, a noun it describes: "the hijacked bulk carrier", "a convicted felon".
#: People that "elected" describes rather than a vote that elected them: "senior elected officials".
_ELECTED_WHO = re.compile(r" (?:officials?|representatives?|leaders?|members?|councillors?|councilors?|lawmakers?"
                          r"|bod(?:y|ies)|governments?|mayors?|officers?|politicians?)\b")
_NOUN_AFTER = re.compile(
    r" (?!(?:by|in|on|at|to|for|from|with|and|or|after|before|when|as|of|last|this|early|late)\b)[a-z]")


#: Words of noticing something: when an event word comes before them in their clause, that event is dated.
_NOTICED = frozenset(("discovered", "detected", "spotted", "sighted", "noticed"))
#: People that "striking" describes: "striking workers", "striking rail drivers".
_WORKERS_AFTER = re.compile(r" (?:[a-z]+ )?(?:workers|drivers|employees|staff|miners|teachers|nurses|doctors|pilots|"
                            r"dockers|members|unionists|crews|conductors)\b")
#: Nouns a disaster's word may describe, naming no disaster of its own: "a storm warning", "flood defences", "fire
#: crews", "the crash barrier".
_DISASTER_MODIFIES = re.compile(r" (?:warnings?|alerts?|alarms?|drills?|season|risks?|zones?|defen[cs]es|barriers?|"
                                r"stations?|safety|hazards?|watch|forecasts?|insurance|preparedness|exercises?|"
                                r"services?|department|brigades?|crews?|fighters|trucks?|engines?|doors?|exits?|codes?|"
                                r"sirens?|shelters?|plans?|tests?)\b")
#: Words before "fire" that make it shots: "exchanging fire", "returned fire", "came under fire".
_GUNFIRE = frozenset("exchanging exchanged exchange returned returning under heavy gun sniper opened".split())
#: What "launched" launches when it is an attack: "a coup attempt launched", "launched an offensive".
_ASSAULTS = frozenset("attempt attack attacks offensive assault raid raids coup strikes".split())
_ASSAULT_AFTER = re.compile(r" (?:an?|the|its|their|his|her) (?:[\w-]+ )?(?:attack|offensive|assault|raid|coup|strikes?)\b")
#: Words before "to reopen" or "to resume" that make it a plan with a day of its own ("scheduled to reopen
#: on Monday"); after other verbs the day is theirs ("agreed on Wednesday to reopen the border"), and so
#: it is after "and" ("pledged to restore flights and reopen trade, officials said on Thursday").
_PLANNING = frozenset("scheduled expected due set planned plans plan poised slated going".split())
#: Event words whose type the words after them decide (see ``verb_sense``).
SENSED = frozenset(("filed", "live", "lifting", "win", "beat", "defeated", "drew", "thrashed", "edged", "routed",
                    "downed", "leaving", "trading", "listed", "opened", "inaugurated", "inauguration", "victory",
                    "lifted", "blasted", "rocketed", "death", "jumped", "plunged", "walked", "broke", "lost",
                    "won", "ruled", "return", "returned", "returns", "came", "left", "sign", "slammed", "crush",
                    "gave", "stopped", "locked", "closed", "trial", "slide", "sold", "ploughed", "plowed", "rammed",
                    "smashed", "rescue"))
#: What makes "came" or "left" a derailment: "came off the tracks", "left the rails".
_OFF_THE_RAILS = {"came": re.compile(r" off (?:the|its) (?:tracks|rails|track|line)\b"),
                  "left": re.compile(r" the (?:tracks|rails)\b")}
#: What makes "slammed" (or "ploughed", "rammed", "smashed") a disaster: a storm "slammed ashore", a bus "slammed
#: into a wall", a haul truck that "ploughed into a crew bus".
_SLAMMED = re.compile(r" (?:ashore|into)\b")
_SLAMMING = frozenset(("slammed", "ploughed", "plowed", "rammed", "smashed"))
#: Who rescue, named after "rescue": "rescue officials said", "rescue teams" (no one rescued).
_RESCUERS = re.compile(r" (?:officials?|workers?|teams?|crews?|services?|operations?|efforts?|personnel|units?"
                       r"|squads?|agency|authorities|coordination|centre|center|boats?|helicopters?|dogs?)\b")
#: What makes "gave" a disaster: a dam or a bridge that "gave way" (not one that "gave way to" another).
_GAVE_WAY = re.compile(r" way\b(?! to\b)")
#: What makes "sold" a sale: a price after it, "sold for HK$381 million, about US$49 million".
_SOLD_FOR = re.compile(r" (?:at auction )?for (?:(?:about|around|nearly|almost|more than|over|a record|an?) )*"
                       r"(?:[A-Z]{0,3}[$€£¥]|\d)")
#: What makes "stopped" a strike: workers who "stopped work on August 4".
_STOPPED_WORK = re.compile(r" work(?:ing)?\b")
#: What makes "locked" a lockout: dockers "locked out" of their terminals, not users "locked out" of accounts.
_LOCKED_OUT = re.compile(r" out\b(?! of (?:their|its|his|her|the) (?:[\w-]+ )?(?:accounts?|systems?|computers?|"
                         r"files?|phones?|devices?|homes?|cars?)\b)")
#: What a road or an airport is "closed to": traffic, flights, the public.
_CLOSED_TO = re.compile(r" to (?:(?:all|most|the|some) )?(?:traffic|the public|visitors|flights|passengers|vehicles|"
                        r"motorists|shipping|tourists|air traffic)\b")
#: Nouns after "trial" that make it a test, not a court's: "a trial trench", "trial runs", "trial operations".
_TRIAL_OF_A_THING = re.compile(r" (?:trench|trenches|run|runs|operations?|period|phase|basis|version|flights?|tests?|"
                               r"scheme|project|programme|program|stage|services?|production|batch|balloon|lessons?|"
                               r"pit|pits|excavations?)\b")
#: What makes "slide" a disaster: a slide that "hit Ratamata", "buried 14 houses" (not "the slide in prices").
_SLIDE_STRUCK = re.compile(r" (?:hit|buried|struck|swept|engulfed|destroyed|smashed|flattened|tore|ripped|roared|"
                           r"crashed|slammed|came down|occurred|happened)\b")
#: Talks whose "collapse" is no disaster: "the collapse of wage negotiations in Berlin".
_OF_TALKS = re.compile(r" of (?:the )?(?:[\w-]+ )?(?:talks|negotiations|discussions|ceasefire|truce|deal|coalition|"
                       r"government|agreement)\b")
#: What makes "crush" no disaster: "a crush on her".
_CRUSH_ON = re.compile(r" on\s+(?:him|her|them|me|you|[A-Z])")
#: What makes "left" a departure: a place's name after it, "left Tobruk on August 16" (not "left Monday").
#: Verbs of a game's result, told with its score (``_SCORE_AFTER``).
_GAME_VERBS = frozenset(EVENT_WORDS["game"])
#: A score within a few words: "beat Georgia 29-24", "won 29-24", "drew 1-1 with Porto".
_SCORE_AFTER = re.compile(r"(?: (?:[A-Z][\w’'.-]*|the|a|an|[a-z]+-[a-z]+)){0,4},? \d{1,3}[-–]\d{1,3}\b(?![-–/]\d)")
_SCORE_BEFORE = re.compile(r"\b\d{1,3}[-–]\d{1,3} (?:[a-z]+ )?$")
#: What "lifted" lifts when it ends a measure: "lifted an evacuation order", "The ban was lifted".
_MEASURES = (r"(?:order|orders|ban|bans|curfew|restrictions|alert|warning|lockdown|blockade|embargo|sanctions|"
             r"suspension|moratorium|state of emergency)")
_LIFTED_WHAT = re.compile(r" (?:an?|the|its|their|all) (?:[\w-]+ ){0,2}" + _MEASURES + r"\b")
_FILINGS = r"(?:motion|lawsuit|suit|complaint|petition|appeal|claim|application|charges|case|request|objection)s?"
_FILED_WHAT = re.compile(r" (?:(?:an?|the|its|their|his|her|a formal|a new) (?:[\w-]+ ){0,2}" + _FILINGS
                         + r"|for (?:bankruptcy|divorce|insolvency|protection))\b")
_WHAT_FILED = re.compile(r"\b" + _FILINGS + r",? (?:(?:was|were|had been|has been|have been|first) )?$")
_WENT_LIVE = re.compile(r"\b(?:went|goes|go|going|gone)\s+$")
_OF_MEASURE = re.compile(r" of (?:an?|the|its|their|all) (?:[\w-]+ ){0,2}" + _MEASURES + r"\b")
_WHAT_LIFTED = re.compile(r"\b" + _MEASURES + r" (?:was|were|has been|had been|have been) $")
_LEFT_PLACE = re.compile(r" (?:the\s+(?:[A-Z][\w-]+\s+)?(?:port|harbour|harbor|airport|base|station)\b|"
                         r"(?:the\s+port\s+of\s+)?(?!(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|"
                         r"A|An|His|Her|Their)\b)[A-Z][a-z]+)")
#: Words before "sign" that make it the verb: "plan to sign the agreement", "will sign".
_TO_SIGN = re.compile(r"\b(?:to|will|would|shall|must|can|could|may)\s+(?:formally\s+|then\s+)?$", re.IGNORECASE)
#: What makes "walked" a strike: "walked off the job", "walked out" (not "walked out of the meeting").
_OFF_THE_JOB = re.compile(r" (?:off the job|out(?! of))\b")
#: What makes "jumped" or "plunged" a crash: "jumped the tracks", "plunged into a ravine", "plunged off a bridge",
#: "plunged roughly 200 metres into a ravine".
_OFF_THE_ROAD = re.compile(r" (?:the (?:tracks|rails)|(?:(?:about|around|roughly|some|nearly|almost|more than) )?"
                           r"(?:\d[\d,.]* ?(?:metres|meters|m|feet|ft)\.? )?"
                           r"(?:into|off|down|from) (?:a|an|the) (?:[\w-]+ )?"
                           r"(?:ravine|gorge|canyon|river|cliff|bridge|embankment|sea|lake|valley|precipice|road))\b")
#: Where people go back to when a place reopens: "Students will return to classrooms on Tuesday".
_BACK_TO = re.compile(r" to (?:the |their )?(?:school|schools|class|classes|classroom|classrooms|lessons|campus"
                      r"|work)\b")
#: A noun after "final" that makes it an adjective: "the final year", "the final round of talks".
_NOUN_AFTER_FINAL = re.compile(r" (?!(?:on|in|at|of|against|between|and|or|was|is|will|would|for|to|with|after|"
                               r"before|this|next|last)\b)[a-z]{3,}\b")
#: What makes "won" an award: "won the Golden Lighthouse for best film", "won the Booker Prize", "won an award".
_AWARD_WON = re.compile(r" (?:the|an?|its|their|his|her) (?:[\w’'-]+ ){0,5}?(?:[Aa]wards?|[Pp]rizes?|for best)\b")
#: A race or tournament named by capitalised words (not a body one wins seats in): "the Volta als Pirineus",
#: "the Ljubljana Marathon"; not "the Senate", "the Democratic nomination".
_RACE_NAME = (r"(?!(?:Senate|House|Assembly|Parliament|Presidency|Democratic|Republican|Labour|Conservative|Liberal)\b)"
              r"[A-Z][\w’'-]+(?: (?:[A-Z][\w’'-]+|de|del|als|di|du|of))*(?![\w’'-]*(?: [a-z]+)? (?:seat|seats|vote|votes|"
              r"nomination|primary|majority|election|race)\b)")
#: What makes "won" a tournament's final: "won the West Asian Football Federation Championship", "won the title".
_TITLE_WON = re.compile(r" (?:the|its|their|his|her) (?:(?:[\w’'-]+ ){0,5}?(?:Cup|Championships?|title|trophy|final|"
                        r"crown|[Tt]ournament)\b|" + _RACE_NAME + ")")
#: What makes "trading" a debut, and "listed": "on their first day of trading", "listed on the Lagos exchange".
_FIRST_DAY_OF = re.compile(r"\bfirst (?:day|session) of $")
_ON_AN_EXCHANGE = re.compile(r" (?:on|in) (?:the )?(?:[A-Z][\w-]* ){0,3}(?:[Ss]tock )?(?:[Ee]xchange|[Bb]ourse|Nasdaq|NYSE)\b")
#: What makes "victory" a final: "sealed overall victory in the Volta als Pirineus".
_VICTORY_IN = re.compile(r" in the " + _RACE_NAME)
#: What "opened" to opens something new: "was opened to traffic", "opened to the public on Monday".
_OPENED_TO = re.compile(r" to (?:traffic|the public|visitors|passengers|vehicles|motorists|shipping|students|patients)\b")
#: What "inauguration of" opens rather than installs: "the inauguration of the new terminal".
_OF_A_THING = re.compile(r" of (?:the|a|an|its|their) (?:[\w-]+ )?[a-z]")
#: What makes "lost" an outage: "lost power", "lost their electricity".
_POWER = re.compile(r" (?:(?:their|its|all)\s+)?(?:power|electricity)\b")
#: What makes "broke" no escape: "a fire broke out on Monday" started; "broke out of jail" is one.
_BROKE_OUT = re.compile(r" out(?! of)\b")
#: What makes "lifted", "blasted" or "rocketed" a launch: "lifted off", "rocketed into orbit".
_ALOFT = re.compile(r" (?:off|into (?:orbit|space)|aloft)\b")


def talks_collapsed(lower: str, text: str, end: int, talks_before: bool) -> bool:
    """Whether "collapsed" or "collapse" ending at ``end`` tells of talks that failed, no disaster: talks just
    before it in its clause (``talks_before``: "wage talks in Frankfurt collapsed"), or talks it is "of" ("the
    collapse of wage negotiations")."""
    return lower in ("collapsed", "collapse") and (talks_before or _OF_TALKS.match(text, end) is not None)


def verb_sense(lower: str, text: str, end: int) -> str | None:
    """The event type of a word of ``SENSED`` ending at ``end`` in ``text``: "opened fire" kills, "opened a
    store" and "the new hospital opened on Monday" launch, "the talks opened Tuesday" names no event of its
    own; "lifted off" and "rocketed into orbit" launch, "lifted the ban" and "shares rocketed" do not;
    "jumped the tracks" and "plunged into a ravine" are crashes, "shares plunged" none; "walked off the job"
    strikes; "the death toll" is no death; "broke out of jail" escapes, "fighting broke out" does not; "lost power" is an outage; "won the Championship"
    is a final; "ruled out" is no ruling; a train that "came off the tracks" or "left the rails" and a storm that
    "slammed ashore" are disasters, a boat that "left Tobruk" departed; "to sign" signs, "a sign of" does not."""
    if lower == "death":
        return None if text.startswith(" toll", end) else "death"
    if lower in _OFF_THE_RAILS and _OFF_THE_RAILS[lower].match(text, end):
        return "disaster"
    if lower in ("left", "leaving"):
        return "departure" if _LEFT_PLACE.match(text, end) else None  # "left Tobruk", "leaving the Dalmatian port"
    if lower == "downed" and text.startswith(" tools", end):
        return "strike"  # "dock workers downed tools on October 9"
    if lower in _GAME_VERBS:
        return "game" if _SCORE_AFTER.match(text, end) else None  # "beat Georgia 29-24", not "beat the odds"
    if lower == "lifted" and (_LIFTED_WHAT.match(text, end) or _WHAT_LIFTED.search(text, max(0, end - 60), end - 6)):
        return "lifting"  # "lifted an evacuation order", "The order was lifted at noon on Thursday"
    if lower == "filed":
        # "filed the motion on June 3", "The motion, filed on May 27", "filed for bankruptcy"
        return "filing" if _FILED_WHAT.match(text, end) or _WHAT_FILED.search(text, max(0, end - 50), end - 5) else None
    if lower == "live":
        return "launch" if _WENT_LIVE.search(text, max(0, end - 14), end - 4) else None  # "the system went live"
    if lower == "lifting":
        if _ALOFT.match(text, end):
            return "launch"  # "with an H3 rocket lifting off from the Tanegashima Space Center"
        return "lifting" if _OF_MEASURE.match(text, end) else None  # "the lifting of the curfew"; not "weight lifting"
    if lower in _SLAMMING:
        return "disaster" if _SLAMMED.match(text, end) else None  # "slammed ashore", "ploughed into a crew bus"
    if lower == "rescue":
        return None if _RESCUERS.match(text, end) else "release"  # not "rescue officials said", "rescue teams"
    if lower == "slide":
        return "disaster" if _SLIDE_STRUCK.match(text, end) else None  # "The slide hit Ratamata late on Monday"
    if lower == "crush":
        return None if _CRUSH_ON.match(text, end) else "disaster"  # "the crush at the gates"; not "a crush on her"
    if lower == "came":
        return None
    if lower == "gave":
        return "disaster" if _GAVE_WAY.match(text, end) else None  # "the tailings dam gave way at about 4 a.m."
    if lower == "sold":
        return "sale" if _SOLD_FOR.match(text, end) else None  # "sold for HK$381 million"; not "sold 500 copies"
    if lower == "stopped":
        return "strike" if _STOPPED_WORK.match(text, end) else None  # "1,800 workers stopped work on August 4"
    if lower == "locked":
        return "lockout" if _LOCKED_OUT.match(text, end) else None  # "dockers locked out since Friday, June 6"
    if lower == "closed":
        return "closure" if _CLOSED_TO.match(text, end) else None  # "the runway was closed to traffic"; not "shares
        # closed higher"
    if lower == "trial":
        return None if _TRIAL_OF_A_THING.match(text, end) else "trial"  # "a trial trench", "trial operations"
    if lower == "sign":
        return "signing" if _TO_SIGN.search(text, max(0, end - 24), end - 4) else None  # not "a sign of"
    if lower == "opened":
        if text.startswith(" fire", end):
            return "killing"
        if (_OBJECT_AFTER.match(text, end) or _OPENED_TO.match(text, end)
                or _FACILITY_BEFORE.search(text, max(0, end - 90), end - 6)):
            return "launch"  # "opened a store"; "was opened to traffic"; "a specialist hospital … opened on Monday"
        return None
    if lower in ("inaugurated", "inauguration"):
        # "inaugurated a long-awaited bridge", "the inauguration of the new terminal" open something; "was
        # inaugurated as president", "the inauguration of President Ruto" install someone
        return "launch" if (_OBJECT_AFTER if lower == "inaugurated" else _OF_A_THING).match(text, end) else "appointment"
    if lower == "trading":
        return "debut" if _FIRST_DAY_OF.search(text, max(0, end - 40), end - 7) else None  # "first day of trading"
    if lower == "listed":
        return "debut" if _ON_AN_EXCHANGE.match(text, end) else None  # "listed on the Nigerian Exchange"
    if lower == "victory":
        return "final" if _VICTORY_IN.match(text, end) else None  # "sealed overall victory in the Volta als Pirineus"
    if lower in ("jumped", "plunged"):
        return "disaster" if _OFF_THE_ROAD.match(text, end) else None  # not "shares plunged", "jumped in"
    if lower == "walked":
        return "strike" if _OFF_THE_JOB.match(text, end) else None
    if lower in ("won", "win", "lost") and _SCORE_AFTER.match(text, end) or lower in (
            "win", "victory") and _SCORE_BEFORE.search(text, max(0, end - len(lower) - 16), end - len(lower)):
        return "game"  # "to win 29-24", "lost 2-1 to Porto on Sunday", "a 29-24 win": a game told with its score
    if lower == "win":
        return "final" if _TITLE_WON.match(text, end) else None  # "to win the title"; not "a win for common sense"
    if lower == "won":
        if _AWARD_WON.match(text, end):
            return "award"  # "won the Golden Lighthouse for best film", "won the Booker Prize"
        return "final" if _TITLE_WON.match(text, end) else None  # "won the West Asian Championship", not "won 2-1"
    if lower == "lost":
        return "outage" if _POWER.match(text, end) else None  # "lost power", not "lost the game"
    if lower == "broke":
        return None if _BROKE_OUT.match(text, end) else "escape"  # "a fire broke out", not "broke out of jail"
    if lower == "ruled":
        return None if text.startswith(" out", end) else "ruling"  # "ruled out a return" decides nothing
    if lower in ("return", "returned", "returns"):
        return "reopening" if _BACK_TO.match(text, end) else None  # "will return to classrooms on Tuesday"
    return "launch" if _ALOFT.match(text, end) else None


def _reduced_relative(text: str, start: int, end: int, lower: str, previous: str) -> bool:
    """Whether the event word at ``start`` opens a reduced relative clause: "offender sentenced to life",
    a past participle of ``_PASSIVE_ONLY`` right after a lower-case noun and before a preposition.
    Like an event named as a topic, it then takes only a date that closely follows it ("the man
    arrested Monday")."""
    return (lower in _PASSIVE_ONLY and previous.isalpha() and previous not in FUNCTION_WORDS
            and previous not in AUXILIARIES and text[start - len(previous) - 1:start - 1].islower()
            and _PREPOSITION_AFTER.match(text, end) is not None)


@lru_cache(maxsize=65536)
def _role(token: str) -> tuple[str, str | None]:
    """A token in lower case, and its part in attachment: it breaks a clause, it is a lower-case
    participle (which opens a clause after a comma), it may steer (an event word, a reporting verb,
    an ordinal, an auxiliary), or None."""
    lower = token.lower()
    if token in _BREAKS or lower in CLAUSE_WORDS:
        return lower, _BREAK
    if token.endswith("ing") and token.islower():
        return lower, _PARTICIPLE
    if word_type(lower) is not None:
        return lower, _STEERING
    return lower, (_VERB if token.endswith("ed") and token.islower() else None)


def _named(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a capitalised event word of type ``kind`` at ``start:end`` is part of a name ("Rally had net income", "the
    Fire Department"): a word, a number or a comma before it (not the start of the text, a dateline's
    dash or a quote), in a text that is not a headline.  The name of an attack, a killing or a disaster is
    no such name: the word ending one ("the Boston Marathon Bombing on April 15") or naming a storm
    ("Hurricane Hugo")."""
    before = text[:start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] == ","):
        return False
    if kind in _NAMED_EVENTS and _CAPITALISED_END.search(before) and not _CAPITALISED_NEXT.match(text, end):
        return False
    if kind == "disaster" and _STORM_NAME.match(text, end):
        return False
    return not _headline(text)


_headline = lru_cache(maxsize=1024)(title_case)  # asked for each capitalised event word of a sentence


#: Event types whose names end with their event word ("the Boston Marathon Bombing", "the Camp Fire"); names
#: ending with other event words are organisations ("the Missouri Valley Conference", "the Supreme Court").
_NAMED_EVENTS = frozenset({"attack", "killing", "disaster"})
#: A capitalised word at the end of a text, and one at the start of another.
_CAPITALISED_END = re.compile(r"\b[A-Z][a-z]+$")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")
#: The name after a capitalised disaster word that names the disaster: "Hurricane Hugo", "Typhoon Haiyan".
_STORM_NAME = re.compile(r"\s+(?!(?:Department|Service|Center|Centre|Station|Brigade|Chief|Commissioner|Marshal"
                         r"|Warning|Watch)\b)[A-Z][a-z]+")


def _fired_someone(text: str, end: int) -> bool:
    """Whether "fired" takes a person: a title or a name after it ("fired head coach Maurice Cheeks",
    "fired Cheeks"), not shots, a place or a day ("fired at", "fired two shots", "fired Tuesday")."""
    found = _FIRED_OBJECT.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    if word[0].isupper():
        return word.lower() not in MONTHS and word.lower() not in WEEKDAYS
    return is_head(word) or word in _STAFF


#: What is said of a final by a team that plays in it later: "reached the final", "a place in the final".
_REACHED = re.compile(r"\b(?:reach\w*|advanc\w*|book\w*|progress\w*|qualif\w*|mov\w+ on|through|place|spot|"
                      r"berth|into|semi-?finals?|to)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}\Z")
#: A determiner and a name right before a word: what it is an event of ("the Champions League final").
_NAMED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[A-Z][\w’'-]*\s+){1,4}\Z")


_CAUGHT = frozenset(("caught", "catch", "catches", "catching"))


def _noun_position(text: str, start: int, previous: str, before: str = "") -> bool:
    """Whether a word that is an event only as a noun ("a hearing", "the march", "a spectacular fire")
    stands as one: after a determiner, with one lower-case word between at most."""
    if previous in NOUN_LEADERS or before in _DETERMINERS and previous.replace("-", "").isalpha():
        return True  # "the march", "a spectacular fire", "the two-day strike"
    if previous == "on" and text.startswith("strike", start):
        return True  # "went on strike Monday"
    if previous in _CAUGHT and text.startswith("fire", start):
        return True  # "a ferry that caught fire off the island of Andros late on Saturday"
    if _NAMED_BEFORE.search(text, max(0, start - 60), start):
        return True  # "the West Asian Championship final", "the Champions League match"
    return text[:start].rstrip()[-1:].isdigit() and not previous


def _planned(sentence: Sentence, words: list[_Word], mention: DateMention, trigger: _Word) -> bool:
    """Whether the clause speaks of the event as still to come ("will meet on Monday", "scheduled for")."""
    low = min(trigger.start, mention.start)
    at = trigger.start - sentence.start
    if trigger.type in _CALLED and sentence.text.startswith(" for ", trigger.end - sentence.start) and (
            _CALLED_FOR.search(sentence.text, max(at - 40, 0), at)):
        return True  # "has called a walkout for August 4": still to come when called
    return any(w.type == "future" and w.clause == trigger.clause and w.start >= low - FUTURE_REACH
               and (not _attributive(sentence, w) or next((x for x in words if x.start > w.start and x.type in TYPES),
                                                          None) is trigger)
               for w in words if w.start < max(trigger.end, mention.end))


def _described(words: list[_Word], mention: DateMention, sentence: Sentence) -> _Word | None:
    """The event word a date's "that" clause tells the day of: "the earthquake that struck the coast early
    Saturday", "the shooting that happened on Friday", "the two-day strike, which began at midnight on
    Wednesday"."""
    at = mention.start - sentence.start
    found = _THAT_HAPPENED.search(sentence.text, max(at - 90, 0), at)
    if found is None:
        return None
    start, verb_end = sentence.start + found.start(1), sentence.start + found.end(2)
    if any(w.type in TYPES and verb_end <= w.start < mention.start for w in words):
        return None  # "the storm that hit the coast killed 19 on Monday": the day of the killing
    word = next((w for w in words if w.start == start and w.type in TYPES), None)
    if word is None or _CHARGED.search(sentence.text, max(found.start(1) - 40, 0), found.start(1)):
        return None  # "a suspect in a shooting that occurred …": maybe another one
    return word


#: An event word, "that", and a verb of its happening, up to a date: the clause dates the event word.
_THAT_HAPPENED = re.compile(r"\b([a-z]+)(?: that|, which) (?:[a-z]+ )?(struck|hit|happened|occurred|began|started|"
                            r"erupted|took place|rocked|shook|broke out)\b[^,;:]*$")


def _attributive(sentence: Sentence, word: _Word) -> bool:
    """Whether a word comes right after a determiner ("a planned vigil"): then it plans the next event word only."""
    at = word.start - sentence.start
    before = sentence.text[max(at - 8, 0):at].split()
    return bool(before) and before[-1].lower() in DETERMINERS


@lru_cache(maxsize=65536)
def word_type(word: str) -> str | None:
    """"say", "ordinal", an event type (trying inflections: "murdering" → murder), or None."""
    if word in REPORTING_VERBS:
        return "say"
    if word in ORDINALS:
        return "ordinal"
    if word in FUTURE_WORDS:
        return "future"
    if word in AUXILIARIES:
        return "aux"
    return trigger_type(word)


def trigger_type(word: str) -> str | None:
    """The event type a lower-case word names, trying simple inflections ("murdering" → murder)."""
    if word in TRIGGERS:
        return TRIGGERS[word]
    if word in NOT_TRIGGERS:
        return None
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)] + replacement
            if stem in TRIGGERS:
                return TRIGGERS[stem]
    return None


def _clause_of(words: list[_Word], offset: int) -> int:
    """The clause of ``offset``: that of the nearest scanned word before it (else after it)."""
    clause = words[0].clause if words else 0
    for word in words:
        if word.start > offset:
            break
        if word.type != "verb":  # "The fire, which started Friday, …": the clause is still the fire's
            clause = word.clause
    return clause


def _ranked_triggers(words: list[_Word], mention: DateMention, clause: int,
                     sentence: Sentence, mentions: list[DateMention]) -> list[tuple[float, _Word]]:
    """The event words of the mention's clause that it may date, nearest first (a word after the date
    counts ``AFTER_PENALTY`` times as far), up to the first reporting verb: a date nearer to "said" than
    to any event word is the day something was said."""
    text = sentence.text
    base = sentence.start
    ranked: list[tuple[float, _Word]] = []
    # An auxiliary, or a verb right after the date ("Jurors on Thursday watched video of the shooting"):
    # the date belongs to that verb, not to an event word after it.
    auxiliaries = [w for w in words if w.clause == clause and (
        w.type in ("aux", "future") or w.type == "verb" and 0 <= w.start - mention.end <= 2)]
    for word in words:
        if word.type not in TYPES and word.type != "say" or word.clause != clause:
            continue
        if mention.start <= word.start < mention.end:
            continue
        if word.start >= mention.end and any(mention.end <= w.start < word.start for w in auxiliaries):
            continue  # "two men on Tuesday were discussing the shooting": the date belongs to another verb
        if word.type == "say" and word.start >= mention.end and "," in text[mention.end - base:word.start - base]:
            continue  # "he died on Wednesday, said a spokesman": the date is of what was said, not of saying it
        # the search ends on the event word's first letter, which the pattern's look-ahead must reach
        if word.start >= mention.end and _AND_VERB.search(text, mention.end - base, word.start - base + 1) and (
                _event_verb_before(words, mention, clause)
                or any(0 <= other.start - word.end <= AND_REACH for other in mentions)):
            # "declared an emergency on Friday and visited the area Saturday": the visit has its own day;
            # "broke a window at the museum about 3:40 a.m. Monday and fled": Monday is the first verb's
            continue
        distance = _gap(word.start, word.end, mention.start, mention.end)
        if distance > MAX_TRIGGER_DISTANCE and word.end <= mention.start and word.type in TYPES and _BEGAN.search(
                text, max(0, mention.start - base - 30), mention.start - base):
            # "The talks between the Ituri Popular Movement (MPI) and the Djugu Self-Defence Forces (FAD) opened
            # on Sunday": a long subject, then the verb of its start
            distance = MAX_TRIGGER_DISTANCE
        elif distance > MAX_TRIGGER_DISTANCE and word.end <= mention.start and distance <= SUBJECT_REACH and (
                word.type in TYPES and _SUBJECT_BEFORE.fullmatch(text, 0, word.start - base)):
            # "A landslide triggered by days of monsoon rain buried 14 houses in the hill village of Ratamata
            # in Myagdi district early on Tuesday": the sentence's subject, then a long predicate with its date
            distance = MAX_TRIGGER_DISTANCE
        if word.reaction or distance > MAX_TRIGGER_DISTANCE or word.topic and (
                word.start >= mention.end or distance > TOPIC_REACH):
            continue
        ranked.append((distance * AFTER_PENALTY if word.start >= mention.end else distance, word))
    ranked.sort(key=lambda pair: (pair[0], pair[1].start))
    for position, (_distance, word) in enumerate(ranked):
        if word.type == "say":
            return ranked[:position]
    return ranked


def _event_verb_before(words: list[_Word], mention: DateMention, clause: int) -> bool:
    """Whether the verb nearest before the date in its clause is an event word ("broke a window at the
    museum about 3:40 a.m. Monday and fled": Monday is the break-in's)."""
    nearest = None
    for w in words:
        if w.end > mention.start:
            break
        if w.clause == clause and (w.type in TYPES or w.type == "verb"):
            nearest = w
    return nearest is not None and nearest.type in TYPES


def _modifies(words: list[_Word], mention: DateMention, sentence: Sentence) -> tuple[bool, _Word | None]:
    """Whether the date modifies the noun after it, and that noun when it names an event: a possessive
    ("Saturday night's debate", "Wednesday's ruling") or a date between a determiner and a noun ("the
    Dec. 21, 1988, bombing", "a Monday evening vigil", "the Feb. 23 accord") dates only that noun: the
    event it names, whatever verb stands nearer, or none."""
    text, base = sentence.text, sentence.start
    possessive = _POSSESSIVE.match(text, mention.end - base) is not None or mention.text.endswith(("'s", "’s"))
    if mention.text[-8:].lower() == "-century":
        return True, None  # "a 17th-century Dutch still life": the age of a thing, never an event's date
    if not possessive and _DETERMINED.search(text, max(mention.start - base - 8, 0), mention.start - base) is None:
        return False, None
    for word in words:
        if word.start >= mention.end and word.type in TYPES:
            if _MODIFIERS.fullmatch(text, mention.end - base, word.start - base):
                return True, word
            break
    if possessive:
        return True, None
    if _HEADED.match(mention.text):
        return False, None  # "the 27th of February", "the 1990s": the determiner is the date's own
    after = _NEXT_WORD.match(text, mention.end - base)
    return after is not None and after.group(1) not in _NOT_NOUNS and not after.group(1).endswith("ed"), None


#: How far after a verb that follows "and" a date of its own may be.
AND_REACH = 60
#: "and" right before an event word (one adverb between at most): "on Friday and visited", "and then fled".
_AND_VERB = re.compile(r"\band\s+(?:[a-z]+ly\s+|then\s+|later\s+)?(?=[a-z]+$)")
#: The lower-case word after a date, past the comma that closes a full one.
_NEXT_WORD = re.compile(r",?\s+([a-z]+)\b")
#: Dates a determiner belongs to: a day by its ordinal, a decade.
_HEADED = re.compile(r"\d+(?:st|nd|rd|th)\b|\d+0['’]?s\b")
#: Words after "the <date>" that show the date is no modifier: "the 27th of", "the 1990s and", "the 1990s saw".
_NOT_NOUNS = frozenset(
    "of in on at to and or but for with by from as that which when while than after before until since "
    "was were is are has have had will would could said says saw the a an he she it they we his her its their".split())
#: A possessive after a date: "Saturday's", "Saturday night’s".
_POSSESSIVE = re.compile(r"['’]s\b")
#: A determiner or a possessive right before a date: "the 1998 bombing", "a Monday vigil", "Saddam's
#: August 1988 cease-fire".
_DETERMINED = re.compile(r"(?:\b(?i:the|a|an|this|last|its|their|his|her)|[\w.]['’]s)\s+$")
#: What may stand between a modifying date and its noun: a possessive, the comma closing a full date,
#: two modifiers ("the 1998 abortion clinic bombing", "last year's Madrid summit").
_MODIFIERS = re.compile(r"(?:['’]s)?,?\s+(?:[A-Za-z][\w.-]*\s+){0,2}")


def _antecedent(words: list[_Word], mention: DateMention) -> _Word | None:
    """For "the second on February 27": the trigger the ordinal refers back to."""
    before = [w for w in words if w.end <= mention.start]
    ordinal_near = any(w.type == "ordinal" and mention.start - w.end <= 12 for w in before[-3:])
    if not ordinal_near:
        return None
    for word in reversed(before):
        if word.type in TYPES:
            return word
    return None


def _places(sentence: Sentence) -> list[tuple[int, int, str]]:
    found = []
    for match in _PLACE.finditer(sentence.text):
        if _DESCRIBING.search(sentence.text, max(match.start() - 25, 0), match.start()):
            continue  # "Harlan Valley Health, based in Springfield, said …": where it is, not where anything happened
        name = _clean_place(match.group(1))
        if name:
            found.append((sentence.start + match.start(1), sentence.start + match.end(1), name))
    return found


#: Words of a venue's name: an event told at two venues of one town is one event told two ways, and the
#: venue is compared as a site, not as the place that keys the event.
VENUES = VENUE_WORDS | {"Mall", "Prison", "Jail"}


def _clean_place(name: str) -> str | None:
    words = re.sub(r"[’']s?$", "", name).split()
    owner = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if owner is not None:
        words = [*words[:owner], words[owner][:-2]]  # "in Zadar's Forum square": in Zadar
    if words and words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]
    while words and words[0] in NOT_PLACES:
        words = words[1:]
    while words and words[-1] in NOT_PLACES:
        words = words[:-1]
    if not words or any(w in NOT_PLACES or w in VENUES for w in words) or words[-1] in BODIES:
        return None  # nor a venue: "at the Boris Paichadze Dinamo Arena" / "at the Mikheil Meskhi Stadium"
    if len(words) == 1 and _DEMONYM.search(words[0]) and _is_demonym(words[0]):
        return None  # "at a guesthouse in the Ethiopian capital": no place named
    return " ".join(words)


@lru_cache(maxsize=4096)
def _is_demonym(word: str) -> bool:
    from factcheck.normalize.places import is_demonym  # the gazetteer only when a place reads like one

    return is_demonym(word)


def _adjacent_place(places: list[tuple[int, int, str]], mention: DateMention) -> str | None:
    for start, end, name in places:
        if _gap(start, end, mention.start, mention.end) <= ADJACENT:
            return name
    return None


def _nearest_place(
    places: list[tuple[int, int, str]], mention: DateMention, trigger: _Word, triggers: list[_Word]
) -> str | None:
    """The place named next to the date, or next to its trigger and no other trigger."""
    best: tuple[int, str] | None = None
    for start, end, name in places:
        to_date = _gap(start, end, mention.start, mention.end)
        to_trigger = _gap(start, end, trigger.start, trigger.end)
        to_other = min((_gap(start, end, w.start, w.end) for w in triggers if w is not trigger), default=10**6)
        if to_date > ADJACENT and to_trigger > to_other:
            continue
        distance = min(to_date, to_trigger)
        if distance <= MAX_PLACE_DISTANCE and (best is None or distance < best[0]):
            best = (distance, name)
    return best[1] if best else None


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(b_start - a_end, a_start - b_end, 0)


def _ordinal(words: list[_Word], mention: DateMention, trigger: _Word) -> int | None:
    for word in words:
        if word.type != "ordinal":
            continue
        number = ORDINALS[word.text.lower()]
        if 0 <= trigger.start - word.end <= 25 or 0 <= mention.start - word.end <= 6:
            return number
    return None


def place_before(sentence: Sentence, trigger: _Word) -> str | None:
    """A capitalised modifier right before a trigger: "the Riyadh meeting" → Riyadh.

    Only after a determiner ("the", "a", "last"…), so neither a subject
    ("Zakharova announced") nor a longer name ("the White House meeting") nor
    a demonym ("the Russian talks") is taken for a place.
    """
    match = _PLACE_BEFORE.search(sentence.text, 0, trigger.start - sentence.start)
    if match is None:
        return None
    name = match.group(1)
    before = sentence.text[:match.start(1)].split()
    if not before or before[-1].lower() not in DETERMINERS:
        return None
    if name in NOT_PLACES or _DEMONYM.search(name):
        return None
    return name
