"""Words that name events, grouped by the kind of event they name.

An event type is what alignment compares: "talks", "meeting" and "met" are one
type because sources use them for the same occasion; "shot" and "killed" are
one because a report of one is a report of the other.  Reporting verbs ("said",
"told") are deliberately absent: the day something was said is not the day of
the event it is about.
"""
from __future__ import annotations

EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "talks": (
        "talks", "negotiations", "negotiation", "discussions", "consultations", "meeting", "meetings",
        "met", "meet", "meets", "convened", "convene", "round", "summit", "conference", "session",
    ),
    "call": ("call", "phone", "telephone"),
    "visit": ("visit", "visited", "visits", "visiting", "trip", "tour"),
    "announcement": (
        "announced", "announcement", "announces", "canceled", "cancelled", "cancellation", "cancels",
        "unveiled", "unveils", "unveiling", "introduced", "declared",
    ),
    "election": ("election", "elections", "by-election", "by-elections", "runoff", "run-off", "vote", "voted",
                 "referendum", "polls", "elected", "ballot", "approved", "rejected"),
    "attack": (
        "attack", "attacked", "attacks", "bombing", "bombed", "explosion", "blast", "raid", "raided",
        "ambush", "ambushed", "piracy", "hijacked", "hijacking", "intercepted", "foiled", "thwarted",
        "assault", "assaulted", "cyberattack", "hack", "hacked", "intrusion", "breach",
        "coup", "stormed", "storming",
    ),
    "killing": (
        "shot", "shooting", "shootings", "killed", "killing", "killings", "murder", "murdered",
        "murders", "slain", "stabbed", "stabbing", "gunned", "opened", "fired", "assassination", "assassinated",
        "massacre", "massacred", "rampage", "wounded", "wounding",
    ),
    "death": ("died", "death", "dies", "passed", "dead", "hanged"),
    "robbery": ("robbery", "robbed", "heist", "theft", "break-in", "burglary", "burglarized", "smash-and-grab", "holdup",
                "looted", "stole", "stolen", "steal", "stealing", "thieves", "robbers", "burglars"),
    "arrest": ("arrested", "arrest", "arrests", "detained", "detention", "apprehended", "captured", "capture", "capturing",
               "custody"),
    "escape": ("escaped", "escape", "escapes", "fled", "fleeing", "flee", "broke"),
    "kidnapping": ("kidnapped", "kidnapping", "kidnap", "abducted", "abduction", "snatched", "hostage", "hostages",
                   "hostage-taking", "standoff"),
    "charge": ("charged", "charges", "indicted", "indictment"),
    "conviction": ("convicted", "conviction", "guilty", "verdict", "acquitted"),
    "sentencing": ("sentenced", "sentencing", "sentence"),
    "trial": ("trial", "hearing", "deliberated", "deliberations", "arraigned", "arraignment", "pleaded", "testified"),
    "protest": ("riot", "riots", "rioted", "rioting", "protest", "protests", "protested", "vigil", "demonstration", "rally", "march"),
    "disaster": ("earthquake", "quake", "tsunami", "flood", "flooding", "storm", "hurricane", "fire", "blaze", "crash",
                 "crashed", "temblor", "wildfire", "avalanche", "landslide", "eruption", "erupted", "erupting", "tornado",
                 "typhoon", "cyclone", "sank", "sinking", "capsized", "capsizing", "shipwreck", "derailed", "derailment",
                 "jumped", "plunged", "aground", "collided", "collision", "thunderstorm", "hailstorm", "supercell",
                 "blizzard", "mudslide", "accident", "collapse", "collapsed", "caved", "leak", "leaked", "spill",
                 "spilled", "came", "landfall", "stampede", "crush", "slammed", "gave", "meteor", "meteorite",
                 "fireball", "fissure", "slide", "sinkhole", "sinkholes", "floodwaters", "ploughed", "plowed",
                 "rammed", "smashed"),
    # "came off the tracks", "slammed ashore", a dam that "gave way" (see events); a typhoon's landfall, a crowd's
    # crush; a meteor's fall; a slide that "hit" or "buried"; a truck that "ploughed into" a bus (see events)
    "release": ("released", "freed", "release", "rescued", "rescue"),
    "resignation": ("resigned", "resignation", "resigns", "fired", "dismissed", "dismissal", "sacked", "ousted",
                    "ouster"),
    "appointment": ("appointed", "named", "nominated", "nomination", "sworn", "oath", "inaugurated", "inauguration"),
    "admission": ("rehab", "rehabilitation", "checked", "hospitalized", "hospitalised"),
    "illness": ("aneurysm", "seizure", "overdose"),  # and a heart attack (see events)
    "signing": ("signed", "signing", "sign"),  # a bill into law, an agreement, a contract; "to sign" (see events)
    "landing": ("landing", "landed"),  # "made an emergency landing in Hanover"
    # "had departed from Tobruk"; "left Tobruk", "leaving the Dalmatian port" (see events)
    "departure": ("departed", "departure", "sailed", "left", "leaving"),
    "reopening": ("reopen", "reopened", "reopens", "reopening", "resume", "resumed", "resumes", "resumption",
                  "return", "returned", "returns"),  # "return to classrooms" (see events)
    # and "walked off the job", "downed tools", "stopped work" (see events)
    "strike": ("strike", "strikes", "walkout", "walkouts", "stoppage", "stopped"),
    "lockout": ("lockout", "lockouts", "locked"),  # an employer's stoppage, and workers "locked out" (see events)
    "inspection": ("inspection", "inspected"),  # "the plant was last inspected on January 9"
    "closure": ("closure", "closed"),  # and a road "closed to traffic" (see events)
    "outage": ("outage", "outages", "blackout", "blackouts", "lost"),  # "lost power" (see events)
    # a tournament's one last game, and "won the … Championship" (see events); not its other games, which only
    # their teams tell apart
    "final": ("final", "won", "win", "victory"),
    # a game told with its score: "beat Georgia 29-24", "won 29-24", "lost 2-1 to Porto" (see events)
    "game": ("beat", "defeated", "drew", "thrashed", "edged", "routed", "downed"),
    # an order, a ban or a curfew "lifted" (see events)
    "lifting": ("lifting",),
    "award": ("awarded",),  # a prize given, and one "won … for best film" (see events)
    "recount": ("recount", "recounts"),
    # a motion, a lawsuit, a complaint or a petition "filed" (see events); not people who "filed out"
    "filing": ("filed",),
    # a first appearance: a company's on an exchange ("made its debut on the Nigerian Exchange", "its first day of
    # trading", "listed on the exchange"; see events), a player's, a film's
    "debut": ("debut", "debuted", "debuts", "ipo", "flotation", "trading", "listed"),
    "notice": ("notice", "advisory"),  # "issued a boil-water notice on Tuesday"
    "ceremony": ("ceremony", "ceremonies", "handover"),  # "handed them over at a ceremony on Monday"
    # "the mosaic was uncovered on August 19", "first exposed the main panel" (not "exposed to": see events), "The
    # leak was detected on Sunday", swarms "first sighted on March 29"
    "discovery": ("discovered", "discovery", "uncovered", "unearthed", "exposed", "detected", "spotted", "sighted",
                  "noticed"),  # and oil villagers "first saw" (see events)
    # a court's decision ("ruled on Tuesday to suspend the licence"); not "ruled out" (see events)
    "ruling": ("ruled",),  # the verb only: "the ruling" is talked of on other days ("will fight Wednesday's ruling")
    "appeal": ("overturned", "upheld", "quashed"),  # a higher court's ruling on a lower one's
    "pardon": ("pardon", "pardons", "pardoned", "amnesty", "clemency"),  # "granted special pardons to 2,188 people"
    # an auction, a sale ("the top lot of an evening sale on November 25"), a lot "sold for HK$381 million" (see events)
    "sale": ("auction", "auctioned", "sale", "sold"),
    "launch": ("launched", "launch", "launches", "opened", "released", "liftoff", "blastoff", "lifted", "blasted",
               "live", "rocketed"),
}

#: word (lower case) → event type; a word listed twice keeps its first type.
TRIGGERS: dict[str, str] = {}
for _type, _words in EVENT_WORDS.items():
    for _word in _words:
        TRIGGERS.setdefault(_word, _type)

#: Every event type.
TYPES = frozenset(EVENT_WORDS)

#: Words that name an event only as nouns, so only after a determiner or a date ("a hearing", "the march").
NOUN_ONLY = frozenset(
    "hearing march fire play match call round final release sentence trip tour session vote court phone strike "
    "strikes landing notice advisory sale".split()
)
NOUN_LEADERS = frozenset(
    "a an the this that its his her their our bail first second third final next last latest same new "
    "opening preliminary sentencing phone telephone weekend day's week's".split()
)

#: Auxiliaries: a date before one belongs to the verb they carry, not to an event word after them.
AUXILIARIES = frozenset("was were is are had has have would did does do be been being".split())

#: Words that put an event in the future of the text: such dates are compared only with each other.
FUTURE_WORDS = frozenset("will scheduled planned plan plans expected expect expects upcoming due possible forecast "
                          "predicted".split())

#: Words that make the following trigger a distinct occurrence of its type.
ORDINALS: dict[str, int] = {
    "first": 1, "initial": 1, "inaugural": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

#: Words that end a clause: a date past one of them rarely dates a trigger before it.
REPORTING_VERBS = frozenset(
    "said says told stated claimed added reported wrote tweeted posted confirmed noted insisted explained "
    "spoke speaks speaking recalled showed".split()
)

#: Lower-case words inside a place's name, between two capitalised ones: "Rio de Janeiro", "Dar es Salaam",
#: "Mar del Plata", "Sharm el-Sheikh".
PLACE_PARTICLES = r"(?:(?:of|de|del|da|do|dos|das|des|di|du|es|el|als)\s+|al-|el-)"

#: Capitalised words that are not places even after "in" or "at".
NOT_PLACES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That These Those "
    "His Her Their Its Our My Your Which What When Where Who Mr Mrs Ms Dr Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec Christmas Easter Ramadan I He She We They It "
    # mountain ranges span countries (the gazetteer's "Andes" is a town in Colombia)
    "Andes Alps Himalayas Himalaya Rockies Appalachians Pyrenees Urals Carpathians Caucasus Dolomites".split()
)

#: Words that make a capitalised name a venue's: "the Boris Paichadze Dinamo Arena", "Dublin Castle".
VENUE_WORDS = frozenset("Stadium Arena Hall Hotel Centre Center Castle House Palace Opera Theatre Theater Museum "
                        "Gallery Cathedral Basilica Mosque Temple Church Fortress Auditorium Pavilion Hospital Clinic "
                        "Airport Station Embassy Library School University College".split())

#: Last words of an occasion's name, no place: "at the Adriatic Film Festival", "at the World Economic Forum".
OCCASIONS = frozenset("Festival Championship Championships Cup Games Olympics Summit Conference Awards Fair Expo "
                      "Forum Biennale Tournament Open".split())

#: Last words of a body that sits somewhere, not of a place: "in the Rhode Island Senate", "at the Supreme Court".
BODIES = frozenset(
    "Senate Legislature Assembly Congress Parliament Cabinet Council Committee Commission Court Ministry "
    "Department Party".split()
)

#: Month names and their abbreviations, and weekday names, lower case: calendar words, never names or nouns.
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: A weekday name in any case, as a regular-expression fragment.
WEEKDAY_PATTERN = r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b"
#: Capital letters, accented ones too, for a regular expression's character class: "Łódź", "Örebro".
UPPER = ("A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿ"
         "ŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ")

#: A place right after these describes them, not an event: "officials in Washington", "based in Utah".
DESCRIBED = frozenset(
    "embassy ministry officials official authorities spokesman spokeswoman spokesperson office consulate "
    "correspondent reporter reporters headquarters headquartered based resident residents citizens people "
    "lives living live born professor university".split()
)
