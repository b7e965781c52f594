import pytest

from factcheck.extract.quantities import FORECAST, OTHER, PRIOR, find_quantities, game_scores


def found(sentence):
    return [(q.text, q.interval.canonical, q.unit) for q in find_quantities(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russia raised the issue of six diplomatic properties.", ("six diplomatic properties", "6", "property")),
        ("The talks lasted over six hours.", ("over six hours", ">6", "hour")),
        ("The deal is worth $100 billion.", ("$100 billion", "100000000000", "USD")),
        ("They held two rounds of talks.", ("two rounds of talks", "2", "round")),
        ("Police said more than 300 people gathered.", ("more than 300 people", ">300", "person")),
        ("The navy captured 23 pirates.", ("23 pirates", "23", "pirate")),
        ("He grabbed eleven rebounds.", ("eleven rebounds", "11", "rebound")),
        ("Turnout rose to 45% this year.", ("45%", "45", "%")),
        ("The union rejected the 5.4 per cent offer.", ("5.4 per cent", "5.4", "%")),
        ("Nashville sent two first-round draft picks to Seattle.", ("two first-round draft picks", "2", "pick")),
        ("Nearly 98 people were hurt.", ("Nearly 98 people", "<~98", "person")),
        ("About 100 people were hurt.", ("About 100 people", "~100", "person")),
        ("He served 9 months of a 2-1/2 year sentence.", ("9 months", "9", "month")),
        ("Teixeira has a six-year offer.", ("six-year", "6", "year")),  # years, as "six years" counts them
        ("He received a 2-1/2 year sentence.", ("2-1/2 year", "2.5", "year")),
        ("He converted a three-point play.", ("three-point", "3", "point-play")),  # no count of points
        ("He finished with another 20-point, 9-rebound performance.", ("20-point", "20", "point")),
        ("The gunman killed four co-workers.", ("four co-workers", "4", "co-worker")),  # one hyphenated noun
        ("He had a 9-rebound performance.", ("9-rebound", "9", "rebound")),
        ("It was a 12-game winning streak.", ("12-game", "12", "game-winning")),
        ("He served a two-year term as mayor.", ("two-year", "2", "year-term")),  # a term of office
        ("Net income was $123.1 million, or $1.02 a share.", ("$1.02 a share", "1.02", "USD/share")),
        ("The dividend is 25 cents a share.", ("25 cents a share", "0.25", "USD/share")),
        ("He averaged 12 points per game.", ("12 points per game", "12", "point/game")),
        ("Net income was $1.9 million a year earlier.", ("$1.9 million", "1900000", "USD")),  # a time, not a rate
        ("Costs rose by about 10 cents.", ("about 10 cents", "~0.1", "USD")),
        # two modifiers of one noun; a second noun is no modifier
        ("Data of 38,000 current and former students leaked.",
         ("38,000 current and former students", "38000", "student")),
        ("Six men and women were hurt.", ("Six men", "6", "man")),
        # a number with no noun, of people something befell
        ("Two fans died and at least 52 were hurt.", ("at least 52", ">=52", "person")),
        ("Of the 40 passengers, 12 have been arrested.", ("12", "12", "person")),
        # a group's size after "of", with no noun after the number
        ("The ship, with a crew of 14, sailed in fog.", ("14", "14", "crew")),
        ("A crowd of 24,600 watched the first half.", ("24,600", "24600", "crowd")),
        ("A crowd of 200 protesters gathered.", ("200 protesters", "200", "protester")),  # the noun after counts
    ],
)
def test_quantities(sentence, expected):
    assert expected in found(sentence)


def test_several_in_one_sentence():
    assert [q[0] for q in found("The navy seized 31 magazines and 923 rounds of ammunition.")] == [
        "31 magazines", "923 rounds of ammunition"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were held on June 16, 2025.",  # dates and years
        "Between 2016 and 2018 the embassy shrank.",  # years
        "Alexander Darchiev, 64, was appointed.",  # an age
        "The 12-year-old Kimani Gray was shot.",  # an age of a named person: the people extractor's
        "The 54-year-old had been in charge.",
        "Darchiev was 64 years old.",  # an age
        "Call 555-1234 for details.",  # a phone number
        "The game ended 91-73 at 4:43 p.m.",  # a score and a time
        "He went 7-for-14 from the field.",
        "Danny Green had 14, including the 1,000th of his career.",  # no noun; an ordinal
        "One of the men fled.",  # "one" as a pronoun
        "He scored four straight points.",  # a part of another count
        "Those 10 points tied the record.",  # a restated count
        "He hit a 3-pointer.",
        "For the past two months, the father has demanded his return.",  # a span up to now
        "He will stay for the next two weeks.",
        "The 52 were told to wait.",  # no noun, and nothing befell them
        "He was one of 14 to finish.",  # "of" after no group
    ],
)
def test_not_quantities(sentence):
    assert found(sentence) == []


def context(sentence, text):
    (quantity,) = [q for q in find_quantities(sentence) if q.text == text]
    return quantity.context


def test_an_amount_knows_what_it_measures():
    assert "@revenu" in context("Revenue rose 4% to $2.1 billion.", "$2.1 billion")
    assert "@los" in context("It reported a third-quarter loss of $70.7 million.", "$70.7 million")
    assert not [w for w in context("Analysts at FactSet expected $1.05 per share.", "$1.05 per share") if w[0] == "@"]  # a name
    assert not [w for w in context("He scored 23 points.", "23 points") if w[0] == "@"]  # a count has its noun
    # a whole of which a part is meant measures nothing the verb before says
    assert "@lost" in context("Investors lost $78 million.", "$78 million")
    assert not [w for w in context("She said she lost most of the $400,000 she had saved.", "$400,000")
                if w[0] == "@"]


def test_a_relative_clause_in_the_past_perfect_is_no_context():
    found = context("Rescuers found the bodies of three people who had been reported missing.", "three people")
    assert "miss" not in found and "body" in found
    assert "miss" in context("Rescuers are searching for three people who were reported missing.", "three people")


def test_the_earlier_value_of_a_change_is_marked():
    sentence = "Net income fell to $123.1 million from $145.7 million."
    assert PRIOR in context(sentence, "$145.7 million")
    assert PRIOR not in context(sentence, "$123.1 million")
    assert PRIOR in context("Sales were $5 million, compared with $4 million.", "$4 million")
    assert PRIOR in context("It earned $1.9 million a year earlier.", "$1.9 million")
    assert PRIOR not in context("It earned $1.9 million in the quarter.", "$1.9 million")
    assert PRIOR in context("It won 25 seats, down from the 33 seats it won four years ago.", "33 seats")


def test_an_expected_value_is_marked():
    assert FORECAST in context("Analysts had expected revenue of $2.08 billion.", "$2.08 billion")
    assert FORECAST in context("A party or coalition needs 41 seats to govern.", "41 seats")  # a need
    assert FORECAST in context("It would give Radulovic the 41 seats he needs.", "41 seats")
    assert FORECAST not in context("The party won 41 seats.", "41 seats")
    assert FORECAST not in context("Revenue was $2.1 billion, more than analysts expected.", "$2.1 billion")


def test_what_befell_the_people_counted():
    sentence = "The bombings killed 258 people and injured 5,500 people, and 40 people were missing."
    assert "!dead" in context(sentence, "258 people")
    assert "!hurt" in context(sentence, "5,500 people")
    assert "!missing" in context(sentence, "40 people")
    assert "!dead" in context("Six people were also killed.", "Six people")
    assert not [w for w in context("Six people gathered outside.", "Six people") if w[0] == "!"]


def test_offsets_point_into_the_sentence():
    sentence = "Officials said 23 pirates were held."
    (quantity,) = find_quantities(sentence, 100)
    assert sentence[quantity.start - 100:quantity.end - 100] == "23 pirates"


def agent(sentence, text):
    (quantity,) = [q for q in find_quantities(sentence) if q.text == text]
    return quantity.agent


def test_the_agent_is_who_the_number_is_about():
    assert agent("Tyler Hansbrough of North Carolina scored 20 points.", "20 points") == "hansbrough"
    assert agent("Dante Whitfield, 22, a senior from Sioux Falls, South Dakota, grabbed 11 rebounds.",
                 "11 rebounds") == "whitfield"  # a place's region is no name
    assert agent("Elsewhere, at least 24 members of one family were killed.", "at least 24 members") is None
    assert agent("Service in Egypt was down by 80 percent.", "80 percent") == "egypt"  # Egypt's figure
    # a clause of its own: the name before "after" is the other clause's subject
    assert agent("Regulators gave Deltamar Energy a week after an estimated 6,000 barrels of crude leaked.",
                 "an estimated 6,000 barrels of crude leaked") is None
    assert agent("EYP MCF is headquartered in New York and has 350 employees.", "350 employees") == "mcf"
    assert agent("A spokeswoman for Beaumont Hospital said the seven victims were taken there.",
                 "seven victims") is None  # who speaks is not whose count it is
    assert agent("Reports of the offer varied, though WCVB-TV claims it was eight years.", "eight years") is None
    assert agent("Ty Lawson added 16 points.", "16 points") == "lawson"  # "added" a count, not words
    assert agent("McDermott broke Rodney Buford’s record of 2,116 points.", "2,116 points") == "buford"
    assert agent("McDermott, a junior, now has 2,129 points.", "2,129 points") == "mcdermott"
    assert agent("Raymond Delgado, the former Newark city councilman convicted of taking bribes, was sentenced "
                 "on Wednesday to 20 years.", "20 years") == "delgado"  # past the apposition
    assert agent("Former councilman sentenced to 25 years.", "25 years") is None  # a title word, no name
    assert agent("# Fired worker kills five in Aurora warehouse shooting", "five") is None  # a heading's first word
    assert agent("The councilman, Delgado, got 20 years.", "20 years") == "delgado"  # a name set off is no apposition
    assert agent("Civic Renewal, led by economist Andrija Radulovic, took 36.4% of the vote.",
                 "36.4%") == "renewal"  # past a participle's clause before the verb it interrupts
    assert agent("The MacBook Air, unveiled by Apple on Tuesday, is priced at $1,999.", "$1,999") == "air"
    # a dateline is where the report was filed, and a capitalised word before a role noun names no one
    assert agent("HARLOW SPRINGS, Ind. — About 28,000 people were told to boil their water.",
                 "About 28,000 people") is None
    assert agent("City officials on Wednesday ordered all 38,000 residents to boil their water.",
                 "38,000 residents") is None
    # a nationality names no one: "the Scot" is who Morrow is
    assert agent("Sources said the Scot will receive a settlement worth about £2.5 million.",
                 "about £2.5 million") is None
    # two names joined by "and" are one agent, whatever their order
    assert agent("Portugal and Vietnam signed five agreements on Wednesday.", "five agreements") == "portugal+vietnam"
    assert agent("Vietnam and Portugal sign six agreements.", "six agreements") == "portugal+vietnam"
    # past ", bound for …," and the port it left: the ferry's passengers
    assert agent("The MV Aurora Dos, bound for Caticlan in Aklan province, left Roxas port on the evening of June 15 "
                 "with 168 passengers.", "168 passengers") == "dos"
    assert agent("The storm left Houston with 3,000 homes damaged.", "3,000 homes") == "houston"  # no other name
    assert agent("The navy said Sukanya, nabbed 26 pirates with six rifles, 12 magazines and 300 rounds.",
                 "300 rounds") == "sukanya"  # ", nabbed …," is no participle's clause: no verb follows it


def test_a_name_suffix_or_a_word_after_a_possessive_is_not_the_agent():
    assert agent("HP said it would acquire Electronic Data Systems Corp. for $13.9 billion.", "$13.9 billion") == \
        "systems"  # a company's suffix
    assert agent("Police said Anthony LaCalamita III, 38, targeted four managers.", "four managers") == "lacalamita"
    assert agent("Jackson enjoyed the best of his four NFL seasons with 59 catches.", "59 catches") == "jackson"
    # without the possessive the capitalised word is whose number it is
    assert agent("Jackson said the NFL fined 59 players.", "59 players") == "nfl"


def test_a_common_nouns_possessive_right_before_the_number_is_whose_count_it_is():
    assert agent("Saar will run Lumera within Arcturus's cloud division, and all of the company's 184 employees are "
                 "expected to join.", "184 employees") is None
    assert agent("Louisville's Earl Clark finished his team's victory with 25 points.", "25 points") == "clark"


def test_a_name_that_says_where_of_what_kind_or_of_which_money_is_not_the_agent():
    assert agent("A Philippine-flagged tanker carrying about 800,000 liters ran aground.",
                 "about 800,000 liters") is None
    assert agent("A blast hit a building in the central Polish city of Lodz on Sunday, killing three people.",
                 "three people") is None
    assert agent("Sales came in at 4.12 billion Swiss francs, a 4.2% drop from a year earlier.", "4.2%") is None
    assert agent("Valtris AG will eliminate 1,200 positions.", "1,200 positions") == "valtris"
    assert agent("Revenue fell 6.2 percent to CHF 4.12 billion.", "6.2 percent") is None  # a sum, no recipient
    # a dateline of many words is still no one's, and names keep their accented letters
    assert agent("CASTELO BRANCO, Portugal (Correio Atlântico English Service) — Some 3,400 people had been "
                 "evacuated.", "Some 3,400 people") is None
    # closed by a hyphen, and the agency that filed it
    assert agent("KATHMANDU, July 16 (Himal Wire) - A landslide buried 14 houses in a hill village.",
                 "14 houses") is None
    assert agent("Team Rovers - a club of Leeds - signed 14 players.", "14 players") == "rovers"  # no dateline


def test_a_count_whose_agent_the_document_names_with_a_given_name_is_a_persons():
    from factcheck.extract import extract_document
    from factcheck.model import Document

    text = ("Doug McDermott scored 23 points against Drake.\n\nDrake had 53 points, and McDermott 10 rebounds.\n\n"
            "He made 5 trips.\n")
    facts = [f for f in extract_document(Document("a.txt", text)) if f.kind == "quantity"]
    assert [(f.text, f.get("agent"), f.get("person")) for f in facts] == [
        ("23 points", "mcdermott", True), ("53 points", "drake", None), ("10 rebounds", "mcdermott", True),
        ("5 trips", None, None)]


def test_a_first_word_is_a_tentative_agent_unless_the_document_writes_it_as_a_name_elsewhere():
    from factcheck.extract import extract_document
    from factcheck.model import Document

    def agents(text: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.get("agent")) for f in extract_document(Document("a.txt", text)) if f.kind == "quantity"]

    assert agents("Fine particulate matter reached 312 micrograms per cubic metre.\n") == [("312 micrograms", "?fine")]
    assert agents("Rescuers pulled 12 people from the rubble.\n\nThe rescuers were tired.\n") == [
        ("12 people", "?rescuers")]
    assert agents("McDermott had 37 points.\n") == [("37 points", "mcdermott")]
    assert agents("Hansbrough scored 20 points.\n\nNobody stopped Hansbrough.\n") == [("20 points", "hansbrough")]


def test_a_full_name_is_a_surname_after_a_given_name():
    from factcheck.extract.quantities import full_names

    named = full_names("Doug McDermott's team beat Drake; North Carolina's Tyler Hansbrough sat. Hansbroughs "
                       "met in San Francisco.")
    assert [named(word) for word in ("mcdermott", "hansbrough", "drake", "carolina", "team", "francisco")] == [
        True, True, False, False, False, False]  # "San Francisco" is a city, though "San" is a given name


def test_a_number_that_ends_a_name_counts_nothing():
    assert found("Whitaker said the Aero 14 battery lasts up to 18 hours.") == [("up to 18 hours", "<=18", "hour")]
    assert found("A roof fall at Blackfork No. 3 trapped five workers.") == [("five workers", "5", "worker")]
    # "all" before a count is no restatement of a part
    assert found("Officials ordered all 38,000 residents to boil water.") == [("38,000 residents", "38000", "resident")]
    assert found("Pan Am Flight 103 killed 259 people.") == [("259 people", "259", "person")]
    # a name in a list before its own count still counts
    assert found("He scored 20 points, Smith 14 points.") == [("20 points", "20", "point"), ("14 points", "14", "point")]


def test_people_aboard_are_counted_apart_from_the_dead():
    def fate(sentence, text):
        (quantity,) = [q for q in find_quantities(sentence) if q.text == text]
        return [w for w in quantity.context if w.startswith("!")]

    assert fate("A ferry carrying 200 people capsized, killing 45 people.", "200 people") == ["!aboard"]
    assert fate("A ferry carrying 200 people capsized, killing 45 people.", "45 people") == ["!dead"]
    assert fate("The ferry sank with 200 people on board.", "200 people") == ["!aboard"]
    assert fate("The ferry left port with 200 people in the morning.", "200 people") == []
    assert fate("Seventeen coal miners remained trapped underground.", "Seventeen coal miners") == ["!trapped"]
    assert fate("The blast killed one man, flattening 11 homes.", "11 homes") == ["!destroyed"]
    assert fate("Pipeline blast kills retired teacher, flattens 11 homes outside Columbus", "11 homes") == [
        "!destroyed"]
    assert fate("Seven workers remain unaccounted for after the fire.", "Seven workers") == ["!missing"]
    # people taken to hospital are counted apart from the injured: "31 hurt, 23 of them hospitalized"
    assert fate("Another 31 people were hospitalized.", "31 people") == ["!hospital"]
    assert fate("23 people were taken to hospitals, officials said.", "23 people") == ["!hospital"]
    assert fate("23 people were taken to a shelter.", "23 people") == []
    assert fate("31 people were injured.", "31 people") == ["!hurt"]
    # past the crew named after the passengers, their fate is theirs too
    assert fate("All 324 passengers and the crew were rescued off Tinos.", "324 passengers") == ["!rescued"]
    assert fate("All 324 passengers and the ship were inspected; 12 passengers were rescued.",
                "324 passengers") == []


def test_a_part_of_play_after_an_ordinal_is_still_no_count():
    assert found("He added three first-half goals.") == []


def test_a_death_toll_counts_the_dead_with_no_noun_after_the_number():
    (toll,) = find_quantities("The confirmed death toll stands at 17, officials said.")
    assert (toll.text, toll.unit, "!dead" in toll.context) == ("17", "person", True)
    assert [q.unit for q in find_quantities("The road toll is 5 dollars.")] == ["USD"]
    assert find_quantities("The injury toll rose to 40.") == []


def test_a_verb_of_fate_counts_people_with_no_noun_after_the_number():
    assert found("Gunman kills four at Denver warehouse") == [("four", "4", "person")]
    assert found("The bombing killed 12 and wounded at least 40.") == [("12", "12", "person"),
                                                                     ("at least 40", ">=40", "person")]
    assert found("He killed time for 2 hours.") == [("2 hours", "2", "hour")]
    assert found("The dead numbered 40.") == []  # no verb of fate before the number


def test_a_vote_tally_counts_the_winning_and_the_losing_side():
    tallies = [(q.text, q.unit, q.agent) for q in find_quantities(
        "The bill passed the Senate 22-8 in April and cleared the House 41-17 earlier this month.")]
    assert tallies == [("22", "winning vote", "senate"), ("8", "losing vote", "senate"),
                       ("41", "winning vote", "house"), ("17", "losing vote", "house")]
    assert found("The board rejected the plan 4-5.") == [("4", "4", "losing vote"), ("5", "5", "winning vote")]
    assert found("The measure passed on a 19-11 vote.") == [("19", "19", "winning vote"), ("11", "11", "losing vote")]
    # no vote word: a score, a record, a range; nor a time after a vote word
    assert found("North Carolina beat Evansville 91-73 on Thursday.") == []
    assert found("The Tar Heels (10-0) voted for the plan.") == []
    assert found("The vote came at 10-11 p.m.") == []


def test_a_unanimous_vote_has_no_one_on_its_losing_side():
    assert found("The five-member board's decision was unanimous, the bank said.") == [
        ("unanimous", "0", "losing vote")]
    assert found("The board voted unanimously to cut rates.") == [("unanimously", "0", "losing vote")]
    assert found("The council voted 5-0, a unanimous decision.") == [
        ("5", "5", "winning vote"), ("0", "0", "losing vote")]
    assert found("She won unanimous praise from critics.") == []  # no vote


def test_a_vote_tally_told_in_words():
    assert found("The budget passed by 108 votes to 83.") == [("108", "108", "winning vote"), ("83", "83", "losing vote")]
    assert found("In the lower house, 106 deputies voted in favour and 83 against.") == [
        ("106", "106", "winning vote"), ("83", "83", "losing vote")]
    assert found("It passed by a vote of 12 to 5.") == [("12", "12", "winning vote"), ("5", "5", "losing vote")]
    assert found("The budget passed by nine votes to five.") == [
        ("nine", "9", "winning vote"), ("five", "5", "losing vote")]
    # no tally: a count to a count of something else, voters for someone
    assert found("He scored 10 points to 8 for Smith.") == [("10 points", "10", "point")]
    assert found("In 2020, 45 people voted for him and 30 against.") == [("45 people", "45", "person")]


@pytest.mark.parametrize("text, scores", [
    ("The Tar Heels (10-0) remain unbeaten with a 91-73 victory over Evansville.", ("73-91",)),
    ("North Carolina beat Evansville 91-73 on Thursday.", ("73-91",)),
    ("They lost to Duke, 80-75, on Sunday, and won a 3-1 decision a week later.", ("1-3", "75-80")),
    ("Chelsea drew 1-1 with Arsenal.", ("1-1",)),
    ("The Tar Heels (10-0) won again.", ()),  # a record, not a score
    ("He went 7-for-14 from the field.", ()),
    ("Between 10-15 people died in the 2-1/2 hour fire.", ()),
    ("An AK-47 and a 9-mm pistol were found.", ()),
])
def test_final_scores_of_a_sentence(text: str, scores: tuple[str, ...]) -> None:
    assert game_scores(text) == scores


@pytest.mark.parametrize("sentence, expected", [
    ("It will cost 5 to 6 million dollars.", [("5 to 6 million dollars", "5000000-6000000", "USD")]),
    ("Some 3 to 4 thousand people came.", [("Some 3 to 4 thousand people", "3000-4000", "person")]),
    # a smaller number after "to" ends no range
    ("New York committed $423.5 million to three free agents.",
     [("$423.5 million", "423500000", "USD"), ("three free agents", "3", "agent")]),
    ("Rates fell from 6% to 5.5%.", [("6%", "6", "%"), ("5.5%", "5.5", "%")]),
    # animals counted without an "-s"
    ("An estimated 54,000 farmed salmon escaped.", [("An estimated 54,000 farmed salmon", "~54000", "salmon")]),
    # "all N of its" counts the whole; "N of the" is a part, read as a part (compared only with parts), and the whole
    ("The district said all 38 of its schools would close.", [("38 of its schools", "38", "school")]),
    ("Five of the seven suspects were freed.", [("Five of the seven suspects", "5", "suspect"),
                                                ("seven suspects", "7", "suspect")]),
    # a sign on both ends is one range; a change "from" one amount to another is none
    ("They sold it for €12 to €18 a bottle.", [("€12 to €18", "12-18", "EUR")]),
    ("The price rose from $20 to $30.", [("$20", "20", "USD"), ("$30", "30", "USD")]),
    # "over" a span of time that money is paid across is no "more than"
    ("They signed Sabathia for $161 million over seven years.",
     [("$161 million", "161000000", "USD"), ("seven years", "7", "year")]),
    ("It paid $82.5 million to A.J. Burnett over five years.",
     [("$82.5 million", "82500000", "USD"), ("five years", "5", "year")]),
    ("The talks lasted over six hours.", [("over six hours", ">6", "hour")]),
    # "next" after the noun is no part of another count ("two more years", "four straight points" are)
    ("The Senate votes on its own $888 billion version next week.",
     [("$888 billion version next week", "888000000000", "USD")]),
    ("He will serve two more years.", []),
])
def test_ranges_and_spans_paid_over(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("He received 4.7 million reais in bribes.", [("4.7 million reais", "4700000", "BRL")]),
    ("Sales were 4.12 billion Swiss francs.", [("4.12 billion Swiss francs", "4120000000", "CHF")]),
    ("The plan has a deficit of 286 billion koruna.", [("286 billion koruna", "286000000000", "CZK")]),
    ("The NZ$1.49 billion (US$890 million) contract was approved.",
     [("NZ$1.49 billion", "1490000000", "NZD"), ("US$890 million", "890000000", "USD")]),
    ("Australia set aside A$90 million.", [("A$90 million", "90000000", "AUD")]),
    ("It cost 50 Hong Kong dollars.", [("50 Hong Kong dollars", "50", "HKD")]),
    ("He paid 500 yen.", [("500 yen", "500", "JPY")]),
    # not money: an adjective "real", crowns of no named country
    ("Two real estate agents were arrested.", [("Two real estate agents", "2", "agent")]),
    ("The plan has a deficit of 268 billion crowns.", [("268 billion crowns", "268000000000", "crown")]),
])
def test_currencies_of_other_countries(sentence, expected):
    assert found(sentence) == expected


def test_nouns_of_fate_count_people_and_hyphened_modifiers_are_one_word():
    (deaths,) = find_quantities("The government has confirmed 14 heat-related deaths so far.")
    assert (deaths.text, deaths.unit, deaths.noun, "!dead" in deaths.context) == (
        "14 heat-related deaths", "person", "heat-related death", True)
    (arrests,) = find_quantities("Authorities have made 11 arrests following the failed attempt.")
    assert (arrests.unit, "!held" in arrests.context) == ("person", True)
    assert found("The storm left about 160,000 homes and businesses without power.") == [
        ("about 160,000 homes and businesses", "~160000", "customer")]
    assert found("They arrested 5 drug-dealing suspects.") == [("5 drug-dealing suspects", "5", "suspect")]
    # a number word or a part before the hyphen keeps its own handling
    assert found("Six two-year-old children.") == []
    assert found("They got two first-round draft picks.") == [("two first-round draft picks", "2", "pick")]


def test_one_periods_share_is_marked():
    from factcheck.extract.quantities import PERIOD

    first, rest = find_quantities("Pay will rise by 3.5 percent in the first year and by 3 percent in each of the "
                                  "following two years.")[:2]
    assert (first.text, rest.text) == ("3.5 percent", "3 percent")
    assert PERIOD in first.context and PERIOD in rest.context
    (whole,) = find_quantities("The deal gives nurses a 9.5 percent pay rise over three years.")[:1]
    assert PERIOD not in whole.context


def test_an_amount_paid_to_someone_is_theirs():
    (_, paid) = find_quantities("New York committed $161 million to CC Sabathia and $82.5 million to A.J. Burnett.")
    assert (paid.text, paid.agent) == ("$82.5 million", "burnett")
    (given,) = find_quantities("The city gave $2 million to Boston.")
    assert given.agent != "boston"  # a place is where it went, not whose it is



def test_two_counts_of_one_thing_keep_to_their_own_clauses():
    sentence = ("Police conducted 168 raids, bringing 23 people in for questioning and placing 104 people "
                "under house arrest.")
    assert "hous" not in context(sentence, "23 people") and "question" in context(sentence, "23 people")
    assert "question" not in context(sentence, "104 people") and "hous" in context(sentence, "104 people")
    # with no clause between them, the words between are both counts'
    sentence = "The quake was centred 42 kilometres south of the town at a depth of 112 kilometres."
    assert "depth" in context(sentence, "112 kilometres") and "depth" in context(sentence, "42 kilometres")
    # counts of different things keep the whole window
    assert "crew" in context("The flight carried 44 passengers and five crew members.", "44 passengers")


def governor(sentence, text):
    (quantity,) = [q for q in find_quantities(sentence) if q.text == text]
    return quantity.governor


def test_a_verb_of_speech_before_that_governs_no_count():
    assert governor("The statement added that 118 people were put under house arrest.", "118 people") is None
    assert governor("Officials said Monday, adding that 53 people had been discharged.", "53 people") is None
    assert governor("Ty Lawson added 16 points.", "16 points") == "add"  # "added" a count, not words


def test_what_money_is_for_is_a_word_of_its_context():
    assert "mission" in context("The $1.1 billion mission is a joint project of NASA.", "$1.1 billion mission")
    assert "dollar" not in context("It cost 5 million dollars.", "5 million dollars")  # the currency itself


def test_temperatures_keep_their_scale_and_an_amount_each_is_no_sum():
    assert found("Temperatures fell to minus 42 degrees Celsius.") == [("42 degrees Celsius", "42", "degree celsius")]
    assert found("It dropped to minus 44 degrees Fahrenheit.") == [("44 degrees Fahrenheit", "44", "degree fahrenheit")]
    assert found("The lake is 42 degrees off the wind.") == [("42 degrees", "42", "degree")]
    bail = found("The magistrate granted the four men bail of €50,000 each.")
    assert bail[-1] == ("€50,000 each", "50000", "EUR/each")
    assert found("The magistrate set combined bail of €200,000.") == [("€200,000", "200000", "EUR")]
    assert found("Each of the men paid €500.")[0][2] == "EUR/each"  # "each" in its clause: what every one paid
    assert found("It pays compensation of $1,650 to the family of each victim.")[0][2] == "USD/each"
    assert found("The club earns €500,000 each year.")[0][2] == "EUR/year"  # a year's, no one's share
    assert found("Each of the men was charged, and the firm paid €500.")[0][2] == "EUR"  # another clause


def test_a_whole_a_part_is_counted_in_and_the_people_moved_or_treated_are_their_own_counts():
    assert "<population" in context("The government declared an emergency in 11 of the country's 21 provinces.",
                                    "21 provinces")
    assert "<population" in context("The storm hit one of Ohio's 88 counties.", "88 counties")
    assert "<population" not in context("Rescuers found two of the 12 victims.", "12 victims")  # the toll itself
    assert "!rescued" in context("Officials said 4,200 people had been moved to 38 shelters.", "4,200 people")
    assert "!hospital" in context("He said 32 people were treated in hospital for injuries.", "32 people")
    assert not {"!rescued", "!hospital"} & set(context("Officials said 4,200 people moved to the city.",
                                                      "4,200 people"))


def test_a_change_since_some_time_is_a_periods_and_a_measure_is_found_past_an_inserted_participle():
    sentence = "The stock has gained about 18 percent since the start of the year."
    assert "<period" in context(sentence, "about 18 percent")
    assert "<period" not in context("The stock gained 4.2 percent on Friday.", "4.2 percent")
    assert "<period" not in context("The fire has destroyed 500 homes since Tuesday.", "500 homes")  # a running count
    sentence = "Fee and commission income, boosted by growth in card transactions, climbed 22 percent."
    assert "@incom" in context(sentence, "22 percent")
    assert "@incom" not in context("Fee and commission income fell, and costs climbed 22 percent.", "22 percent")


@pytest.mark.parametrize("sentence, expected", [
    ("He ordered him to return GH¢46.8 million to the state.", ("GH¢46.8 million", "46800000", "GHS")),
    ("Profit before tax rose to ₦612.4bn.", ("₦612.4bn", "612400000000", "NGN")),
    ("The expressway cost ৳16,900 crore.", ("৳16,900 crore", "169000000000", "BDT")),
    ("The expressway cost Tk 16,900 crore.", ("Tk 16,900 crore", "169000000000", "BDT")),
    ("Earnings were Rs. 1,200 crore.", ("Rs. 1,200 crore", "12000000000", "INR")),
    ("About 5 lakh people attended.", ("About 5 lakh people", "~500000", "person")),
    ("Sales fell to CHF 4.12 billion.", ("CHF 4.12 billion", "4120000000", "CHF")),
    ("The fund holds 2 billion tugriks.", ("2 billion tugriks", "2000000000", "MNT")),
])
def test_currencies_of_more_countries_and_south_asian_scales(sentence, expected):
    assert found(sentence)[-1] == expected


def test_a_cent_sign_alone_and_a_capitalised_word_before_a_number_are_no_currency():
    assert [q for q in found("The stamp costs 50¢ now.") if q[2] == "GHS"] == []
    assert found("Chelsea scored 3 goals.") == [("3 goals", "3", "goal")]


def test_a_measure_is_no_time_it_is_measured_over():
    assert "@sal" in context("Sales in the January-to-March period came in at 4.12 billion Swiss francs.",
                             "4.12 billion Swiss francs")
    assert "@sal" in context("First-quarter sales fell to $4.12 billion.", "$4.12 billion")
    assert "@revenu" in context("Revenue for the quarter rose to $4.12 billion.", "$4.12 billion")


def test_what_is_done_with_money_or_a_count_after_it_is_no_noun_of_the_money():
    assert found("He ordered him to return $46.8 million paid to three firms.")[0] == ("$46.8 million", "46800000",
                                                                                        "USD")
    assert found("One firm received $11.2 million two days after it was set up.")[0][0] == "$11.2 million"
    assert found("The $1.1 billion mission launched on Friday.")[0][0] == "$1.1 billion mission"
    assert found("Voters approved a $2 billion bond issue.")[0][0] == "$2 billion bond issue"


def test_a_tally_of_votes_in_favour_and_against_told_in_words():
    assert found("The bill passed with 178 votes in favour, 169 against and three abstentions.")[:2] == [
        ("178", "178", "winning vote"), ("169", "169", "losing vote")]
    assert found("The bill got 178 votes in favour.") == [("178 votes", "178", "vote")]  # no other side


def test_a_figure_estimated_at_is_no_expectation():
    assert FORECAST not in context("The club entered administration with debts estimated at £3.1m.", "£3.1m")
    assert "estim" in context("An estimated 2,400 barrels of crude escaped.", "An estimated 2,400 barrels of crude escaped")
    assert FORECAST not in context("Mongolia is home to an estimated 1,027 snow leopards.",
                                   "an estimated 1,027 snow leopards")
    assert FORECAST in context("Analysts had estimated revenue of $2.08 billion.", "$2.08 billion")


def test_a_fate_past_an_apposition_a_rate_per_any_noun_and_dinars_of_a_named_country():
    assert "!hurt" in context("Three other students, ages 14 to 16, were wounded.", "Three other students")
    assert "!hurt" not in context("Three other students, ages 14 to 16, sat the exam.", "Three other students")
    assert found("It employs about 1,200 workers per shift.") == [("about 1,200 workers per shift", "~1200",
                                                                    "worker/shift")]
    assert found("PM2.5 reached 312 micrograms per cubic metre.")[-1][2] == "microgram"  # no rate of "cubic"
    assert found("The prize is worth about 355,000 Jordanian dinars.") == [
        ("about 355,000 Jordanian dinars", "~355000", "JOD")]
    assert found("Each will pay 230,000 dinars.")[0][2] == "dinar/each"  # dinars of no named country


def test_the_words_between_a_number_and_its_noun_are_context_but_a_units_own_are_not():
    assert {"new"} <= set(context("Vinh Coffee sold 52 million new shares.", "52 million new shares"))
    assert "squar" not in context("The search covered 23,000 square miles.", "23,000 square miles")
    assert "death" not in context("It recorded 27 deaths last year.", "27 deaths")  # a count of people


def test_a_span_with_its_smaller_part_a_years_amount_and_more_currencies():
    assert found("They were without power for eight hours and 50 minutes.") == [
        ("eight hours and 50 minutes", "8.833333", "hour")]
    assert found("The match lasted 2 hours 41 minutes.") == [("2 hours 41 minutes", "2.683333", "hour")]
    assert found("He was sentenced to two years and six months.") == [("two years and six months", "2.5", "year")]
    # a span after a comma is another: "three hours, and 40 minutes later"
    assert [q[2] for q in found("It took three hours, and 40 minutes later it ended.")] == ["hour", "minute"]
    assert found("It would reduce annual costs by about $85 million.")[0][2] == "USD/year"
    assert found("It will save $85 million annually.")[0][2] == "USD/year"
    assert found("Its annual report showed revenue of $5 million.")[0][2] == "USD"  # "annual" too far off
    assert found("They must each pay 500,000 soles in damages.")[0][2] == "PEN/each"
    assert found("It cost 5 million Kenyan shillings.")[0][2] == "KES"
    assert found("It cost 5 million shillings.")[0][2] == "shilling"  # of no named country


def test_people_treated_for_injuries_were_hurt():
    assert "!hurt" in context("Seven passengers were treated for minor injuries.", "Seven passengers")
    assert "!hurt" in context("Three officers suffered gunshot wounds.", "Three officers")
    assert "!hurt" not in context("Five patients were treated for burns in the clinic.", "Five patients")


def test_a_tally_in_words_across_a_phrase_with_numbers_in_words():
    text = "Forty-nine lawmakers in the 81-seat assembly voted in favour of the changes and 22 voted against."
    assert [(q.text, q.unit) for q in find_quantities(text)] == [
        ("Forty-nine", "winning vote"), ("81-seat", "seat-assembly"), ("22", "losing vote")]
    tally = find_quantities("Twenty-two members voted for and nine against.")
    assert [(q.interval.canonical, q.unit) for q in tally] == [("22", "winning vote"), ("9", "losing vote")]
    # no "against" after the second number: no tally
    assert [q.unit for q in find_quantities("Forty-nine lawmakers voted in favour and 22 abstained.")][0] == "lawmaker"


def test_the_age_of_someone_the_text_does_not_name_is_a_quantity_of_its_own():
    assert found("Among the dead was a 71-year-old woman who lived in the flat.") == [
        ("71-year-old woman", "71", "age-woman")]
    assert found("The 43-year-old crane operator, from Spijkenisse, was held.") == [
        ("43-year-old crane operator", "43", "age-operator")]
    assert found("The driver, a 47-year-old identified only as Marek S., was hurt.") == [
        ("47-year-old", "47", "age-driver")]
    assert found("Ann Lee, a 52-year-old veteran, spoke.") == []  # a named person's
    assert found("The 23-year-old Serb will be replaying the final.") == []  # a demonym: someone named elsewhere
    assert found("A 3-year-old program was cut.") == []  # no person
    assert found("Police have arrested a man aged 41.") == [("41", "41", "age-man")]
    assert found("Children aged 5 to 11 were vaccinated.") == []  # a group's ages


def test_rand_written_r_before_the_number():
    assert found("They were arrested over a R63.4 million contract.") == [
        ("R63.4 million contract", "63400000", "ZAR")]
    assert found("Each was fined R12,500.")[0][2] == "ZAR/each"
    assert found("The crash closed the R101 near Pretoria.") == []  # a road


def test_pesos_are_money_of_no_named_country():
    from factcheck.extract.quantities import find_quantities
    (pesos,) = find_quantities("The gang escaped with about 12 million pesos in cash.", 0)
    assert (pesos.text, pesos.unit, pesos.attribute) == ("about 12 million pesos", "peso", "amount")


def test_compounds_of_man_are_plurals():
    assert found("Five gunmen held staff and customers hostage.") == [("Five gunmen", "5", "gunman")]
    assert found("Three fishermen were rescued.") == [("Three fishermen", "3", "fisherman")]
    assert found("She bought two specimen jars.") == [("two specimen jars", "2", "jar")]


def test_a_part_of_a_whole_is_marked_a_part_and_the_whole_read_too():
    found_ = find_quantities("The alliance took 31 of the council's 55 seats.")
    assert [(q.text, q.interval.canonical, "<part" in q.context) for q in found_] == [
        ("31 of the council's 55 seats", "31", True), ("55 seats", "55", False)]


def test_a_tally_of_n_to_m_after_a_vote_word():
    assert found("Members of the legislature voted 33 to 20 to pass the budget.") == [
        ("33", "33", "winning vote"), ("20", "20", "losing vote")]
    assert found("The government used its majority to pass the spending plan 34 to 19.") == [
        ("34", "34", "winning vote"), ("19", "19", "losing vote")]
    assert found("The council voted to raise the limit from 34 to 40.") == []


def test_others_counted_alone_are_others_and_land_stripped_is_damaged():
    assert OTHER in context("The cabin fell, killing two people and injuring nine others.", "nine others")
    assert OTHER in context("Seven other passengers were hurt.", "Seven other passengers")
    assert OTHER not in context("Nine passengers were hurt.", "Nine passengers")
    assert "!damaged" in context("The insects stripped an estimated 21,000 hectares of pasture.",
                                 "an estimated 21,000 hectares of pasture")
    assert "!damaged" not in context("The farm covers 21,000 hectares of pasture.", "21,000 hectares of pasture")


def test_a_currency_whose_plural_is_its_singular_is_an_amount():
    assert found("The gunmen escaped with 482,000 lari in cash.") == [("482,000 lari", "482000", "GEL")]
    assert found("The 39.5 trillion dong project connects Ben Thanh with the city.") == [
        ("39.5 trillion dong", "39500000000000", "VND")]
    assert found("He named 5 real problems.") == [("5 real problems", "5", "problem")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The storm dumped 200 mm of rain on the city.", ("200 mm", "200", "millimetre")),
        ("Customs seized 40 kg of cocaine.", ("40 kg", "40", "kilogram")),
        ("The fire burned 1,200 ha of forest.", ("1,200 ha", "1200", "hectare")),
        ("Gusts reached 185 km/h on the coast.", ("185 km/h", "185", "kilometre/hour")),
        ("Gusts reached 185km/h on the coast.", ("185km/h", "185", "kilometre/hour")),
        ("Winds of 120 mph tore roofs off.", ("120 mph", "120", "mile/hour")),
        ("The train ran at 160 kph near the town.", ("160 kph", "160", "kilometre/hour")),
        ("The plant will deliver 450 MW of power.", ("450 MW", "450", "megawatt")),
    ],
)
def test_a_unit_written_short_is_the_unit(sentence, expected):
    assert expected in found(sentence)


def test_the_two_spellings_of_a_metric_unit_are_one_unit():
    assert found("The road is 12 kilometers long.") == [("12 kilometers", "12", "kilometre")]
    assert found("The road is 12 kilometres long.") == [("12 kilometres", "12", "kilometre")]
    assert found("The tank holds 300 liters.") == [("300 liters", "300", "litre")]


def test_a_short_unit_that_is_not_one_is_no_quantity():
    # "m" is a million as often as a metre: read as a scale, never as a unit
    assert found("The club paid $3m for him.") == [("$3m", "3000000", "USD")]
    assert found("Some 3m people live there.") == [("Some 3m people", "~3000000", "person")]
    assert [unit for _text, _value, unit in found("He ran 5 km in the heat.")] == ["kilometre"]


def test_a_plain_person_noun_after_an_apposed_one_gives_that_one_s_age():
    assert ("52-year-old man", "52", "age-driver") in found(
        "The driver, a 52-year-old man with 19 years of service, was taken to hospital.")
    assert ("52-year-old man", "52", "age-man") in found("A 52-year-old man was taken to hospital.")
    # a noun that says more than "man" keeps its own key
    assert ("52-year-old farmer", "52", "age-farmer") in found("The driver hit a 52-year-old farmer.")


def test_people_driven_from_their_homes_or_to_flee_were_evacuated():
    def fates(sentence):
        return [[w for w in q.context if w[0] == "!"] for q in find_quantities(sentence)]

    assert fates("The fire has forced about 1,850 residents from their homes.") == [["!rescued"]]
    assert fates("The flood swept the valley, forcing about 1,600 people to flee.") == [["!rescued"]]
    assert fates("The company forced 1,850 residents to work overtime.") == [[]]  # driven to work, not out
    assert fates("The storm forced 300 flights from the schedule.") == [[]]


def test_a_possessive_count_of_people_is_the_whole_of_them():
    assert found("Armed men were holding its 22 crew members on board.") == [("22 crew", "22", "crew")]
    assert found("Their three children survived the crash.") == [("three children", "3", "child")]
    # a player's count after "his" stays a part of one said elsewhere, as after "those"
    assert found("He scored his 20 points in the first half.") == []
    assert found("Those 10 workers left early.") == []


def test_a_name_between_a_number_and_its_plural_noun_is_a_modifier():
    assert found("Hackers stole the details of 1.8 million Austral Connect customers.") == [
        ("1.8 million Austral Connect customers", "1800000", "customer")]
    assert found("The crowd gathered at 10 Downing Street officials said.") == []  # an address
