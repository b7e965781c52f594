from factcheck.align.quotes import altered_ending
from factcheck.check.kinds.misquote import word_diff
from factcheck.extract.attribution import attribution, is_hedged
from tests.conftest import assert_conflicts, conflicts


def test_quantity_mismatch_on_the_same_thing():
    assert_conflicts({"a.txt": "Russia raised the issue of six diplomatic properties seized by the U.S.",
                      "b.txt": "Russia raised the issue of five diplomatic properties seized by Washington."},
                     "quantity-mismatch", {"6", "5"})


def test_a_value_rounded_to_fewer_decimals_agrees_with_the_precise_one():
    assert_conflicts({"a.txt": "Turnout in the parliamentary election was 93.87%, the commission said.",
                      "b.txt": "Turnout in the parliamentary election was 93.9 percent, the commission said."},
                     "amount-mismatch")
    assert_conflicts({"a.txt": "HP will buy EDS for $13.9 billion in cash, the company said.",
                      "b.txt": "HP will buy EDS for $13.94 billion in cash, the company said."}, "amount-mismatch")
    # beyond the last written decimal they differ, and whole numbers are not rounded
    assert_conflicts({"a.txt": "Turnout in the parliamentary election was 93.87%, the commission said.",
                      "b.txt": "Turnout in the parliamentary election was 93.8 percent, the commission said."},
                     "amount-mismatch", {"93.87 %", "93.8 %"})
    assert_conflicts({"a.txt": "Russia raised the issue of 23 diplomatic properties seized by the U.S.",
                      "b.txt": "Russia raised the issue of 24 diplomatic properties seized by Washington."},
                     "quantity-mismatch", {"23", "24"})


def test_compatible_quantities_do_not_conflict():
    assert_conflicts({"a.txt": "The talks in Istanbul lasted over six hours.",
                      "b.txt": "The Istanbul talks lasted seven hours."}, "quantity-mismatch")
    assert_conflicts({"a.txt": "Shy Ely put up 23 points against the Tar Heels.",
                      "b.txt": "Shy Ely scored more than 20 points for the Purple Aces."}, "quantity-mismatch")


def test_different_players_are_not_compared():
    assert_conflicts({"a.txt": "Blackmore is charged with marrying 20 women, while Oler is accused of marrying two women.",
                      "b.txt": "Oler is accused of marrying 2 women, and Blackmore of marrying 20 women."},
                     "quantity-mismatch")


MCDERMOTT = ("Doug McDermott put on a show as usual, scoring {} points and becoming the school's all-time leader.",
             "McDermott grabbed 10 rebounds and had {} points in a ridiculous individual performance against Illinois.")


def test_a_named_players_count_is_compared_whatever_else_the_sentences_say():
    assert_conflicts({"a.txt": MCDERMOTT[0].format(23), "b.txt": MCDERMOTT[1].format(37)}, "quantity-mismatch",
                     {"23", "37"})
    assert_conflicts({"a.txt": MCDERMOTT[0].format(23), "b.txt": MCDERMOTT[1].format(23)}, "quantity-mismatch")


def test_counts_of_a_named_player_stay_apart_when_far_apart_of_time_or_of_someone_else():
    career = "Doug McDermott now has 2,129 points in his career, passing the record."
    assert_conflicts({"a.txt": MCDERMOTT[0].format(23), "b.txt": career}, "quantity-mismatch")
    served = ("Manuel Mendes went back to prison for 2-1/2 years and was recently released.",
              "Mendes, who spent 6 years in prison in all, was freed in March.")
    assert_conflicts({"a.txt": served[0], "b.txt": served[1]}, "quantity-mismatch")
    other = "Jackie Carmichael grabbed 10 rebounds and had 37 points in a ridiculous individual performance."
    assert_conflicts({"a.txt": MCDERMOTT[0].format(23), "b.txt": other}, "quantity-mismatch")
    unnamed = "Drake put on a show as usual, scoring 23 points and taking the lead.", \
        "Drake grabbed 10 rebounds and had 37 points in a ridiculous performance against Illinois."
    assert_conflicts({"a.txt": unnamed[0], "b.txt": unnamed[1]}, "quantity-mismatch")


def test_a_players_counts_in_games_of_other_final_scores_are_of_other_games():
    game = "Tyler Hansbrough scored {} points to help the Tar Heels (10-0) to a {} victory over Evansville."
    other = "Tyler Hansbrough had 24 points as the Tar Heels bounced back with a 108-70 rout of Oregon."
    assert_conflicts({"a.txt": game.format(20, "91-73"), "b.txt": other}, "quantity-mismatch")
    same = "Hansbrough finished with 24 points, and North Carolina beat Evansville 91-73 on Thursday."
    assert_conflicts({"a.txt": game.format(20, "91-73"), "b.txt": same}, "quantity-mismatch", {"20", "24"})
    assert_conflicts({"a.txt": game.format(20, "91-73"), "b.txt": "Hansbrough finished with 24 points."},
                     "quantity-mismatch", {"20", "24"})


def _toll(texts: dict[str, tuple[str, str]]) -> list[tuple[str, list[str]]]:
    return [(c.severity, sorted(c.values)) for c in conflicts(texts, "quantity-mismatch")]


BLAST = "A bomb blast in the market killed {} people on Saturday, police said."


def test_a_toll_a_later_report_gives_higher_is_an_update_reported_as_a_warning():
    assert _toll({"a.md": (BLAST.format(12), "2013-03-10"), "b.md": (BLAST.format(15), "2013-03-11")}) == [
        ("warning", ["12", "15"])]
    wounded = "Officials said {} people were wounded in the blast."
    assert _toll({"a.md": (wounded.format(11), "2013-03-10"), "b.md": (wounded.format(30), "2013-03-12")}) == [
        ("warning", ["11", "30"])]


def test_a_toll_that_falls_or_differs_on_one_day_or_undated_is_a_contradiction():
    assert _toll({"a.md": (BLAST.format(15), "2013-03-10"), "b.md": (BLAST.format(12), "2013-03-11")}) == [
        ("error", ["12", "15"])]  # a later report with fewer dead
    assert _toll({"a.md": (BLAST.format(12), "2013-03-10"), "b.md": (BLAST.format(15), "2013-03-10")}) == [
        ("error", ["12", "15"])]
    assert _toll({"a.md": (BLAST.format(12), ""), "b.md": (BLAST.format(15), "2013-03-11")}) == [
        ("error", ["12", "15"])]
    # one report of the same day as the first, and higher: that pair is no update
    assert _toll({"a.md": (BLAST.format(12), "2013-03-10"), "b.md": (BLAST.format(15), "2013-03-11"),
                  "c.md": (BLAST.format(19), "2013-03-10")}) == [("error", ["12", "15", "19"])]


def test_a_fire_contained_more_in_a_later_report_is_an_update_and_less_a_contradiction():
    contained = "The Cold Springs Fire was {}% contained, according to the incident management team."

    def found(first: int, second: int) -> list[tuple[str, list[str]]]:
        return [(c.severity, sorted(c.values)) for c in conflicts(
            {"a.md": (contained.format(first), "2021-07-12"), "b.md": (contained.format(second), "2021-07-15")},
            "amount-mismatch")]

    assert found(5, 35) == [("warning", ["35 %", "5 %"])]
    assert found(35, 5) == [("error", ["35 %", "5 %"])]


def test_only_tolls_rise_between_reports():
    properties = "Russia raised the issue of {} diplomatic properties seized by the U.S."
    assert _toll({"a.md": (properties.format("five"), "2025-02-27"),
                  "b.md": (properties.format("six"), "2025-03-01")}) == [("error", ["5", "6"])]


def test_running_counts_carry_their_documents_date_and_nothing_else_does():
    from factcheck.extract.quantities import REPORTED
    from tests.conftest import facts_of

    text = "A blast killed 12 people and damaged 40 cars. Police brought 3 dogs."
    dated = facts_of(text, "quantity", "2013-03-10")
    assert [(f.text, f.get(REPORTED)) for f in dated] == [
        ("12 people", "2013-03-10"), ("40 cars", "2013-03-10"), ("3 dogs", None)]
    assert [f.get(REPORTED) for f in facts_of(text, "quantity")] == [None, None, None]


def test_homes_destroyed_rise_like_tolls_and_are_not_homes_damaged():
    fire = "The wildfire destroyed {} homes above Santa Barbara."
    assert _toll({"a.md": (fire.format(80), "2008-11-15"), "b.md": (fire.format("more than 100"), "2008-11-16")}) == [
        ("warning", ["80", ">100"])]
    assert _toll({"a.md": (fire.format(100), "2008-11-15"), "b.md": (fire.format(80), "2008-11-16")}) == [
        ("error", ["100", "80"])]
    damaged = "The wildfire damaged 300 homes above Santa Barbara."
    assert _toll({"a.md": (fire.format(80), "2008-11-15"), "b.md": (damaged, "2008-11-15")}) == []


def test_a_part_of_play_narrows_a_count_only_after_an_ordinal():
    assert_conflicts({"a.txt": "Echenique scored 11 points in the second half.", "b.txt": "Echenique scored 14 points."},
                     "quantity-mismatch")
    assert_conflicts({"a.txt": "Out of the 288 candidates running for the 125 seats, more than half are members.",
                      "b.txt": "Almost all of the 576 candidates running for 125 seats came from one party."},
                     "quantity-mismatch", {"288", "576"})


EARNINGS_A = (
    "Acme Corp said on Tuesday its third-quarter net income fell 16% to $123.1 million, or $1.02 a share, "
    "from $145.7 million, or $1.18 a share, a year earlier.\n\n"
    "Revenue rose 4% to $2.1 billion, helped by price increases of about 6% in North America. Analysts had "
    "expected earnings of $1.05 a share on revenue of $2.08 billion.\n\n"
    "The company cut its quarterly dividend to 25 cents a share from 30 cents and said it would buy back "
    "$500 million of stock over two years.\n\n"
    "Acme shares fell 3% to $41.50 in New York trading. The company has 120 million shares outstanding."
)
EARNINGS_B = (
    "Acme Corp. reported a 16 percent drop in third-quarter profit on Tuesday as higher costs offset sales.\n\n"
    "Net income was $123.1 million, or $1.02 per share, compared with $145.7 million, or $1.18 per share, in "
    "the same period last year. Revenue climbed 4 percent to $2.1 billion.\n\n"
    "Analysts surveyed by FactSet expected $1.05 per share. Acme lowered its quarterly dividend to 25 cents "
    "per share and announced a $500 million share repurchase.\n\n"
    "Its stock slid 3 percent to $41.50 in afternoon trading."
)


def test_an_earnings_story_told_twice_agrees():
    """Totals, per-share figures, share prices and last year's figures are each compared with their own kind."""
    assert_conflicts({"a.txt": EARNINGS_A, "b.txt": EARNINGS_B}, "amount-mismatch")


def test_an_earnings_story_with_four_figures_changed():
    changed = (EARNINGS_B.replace("$1.02 per share", "$1.12 per share").replace("to $2.1 billion", "to $2.4 billion")
               .replace("dividend to 25 cents", "dividend to 20 cents").replace("a 16 percent", "an 18 percent"))
    assert_conflicts({"a.txt": EARNINGS_A, "b.txt": changed}, "amount-mismatch",
                     {"16 %", "18 %"}, {"2100000000 USD", "2400000000 USD"},
                     {"1.02 USD/share", "1.12 USD/share"}, {"0.25 USD/share", "0.2 USD/share"})


def test_revenue_profit_and_share_price_are_never_one_amount():
    assert_conflicts({"a.txt": "Revenue fell 6% to $1.27 billion in the quarter, the company said.",
                      "b.txt": "Profit fell to $84.3 million, and shares fell nearly 9 percent, the company said."},
                     "amount-mismatch")
    assert_conflicts({"a.txt": "Revenue fell 6% to $1.27 billion in the quarter, the company said.",
                      "b.txt": "Revenue fell 8% to $1.25 billion in the quarter, the company said."},
                     "amount-mismatch", {"6 %", "8 %"}, {"1270000000 USD", "1250000000 USD"})


def test_a_verb_that_is_both_measure_and_governor_counts_once():
    a = ("The spending plan adds $4.6 million for the police department, including money to hire 20 additional "
         "officers, and keeps all of the city's libraries open.\n\nThe budget also sets aside $1.5 million to begin "
         "replacing the city's aging fleet of snowplows and puts $800,000 toward a pilot program for youth summer jobs.")
    b = ("The budget puts $4.1 million toward the police department, enough to hire 20 more officers, a priority "
         "for council members.\n\nThe budget includes $1.5 million to start replacing snowplows and $800,000 for a "
         "youth summer jobs pilot program.")
    assert_conflicts({"a.txt": a, "b.txt": b}, "amount-mismatch", {"4600000 USD", "4100000 USD"})


def test_nouns_that_count_the_same_things_are_compared():
    assert_conflicts({"a.txt": "The floods forced about 3,400 people from their homes, authorities said on Tuesday.",
                      "b.txt": "The floods forced some 4,300 residents from their homes, officials said Tuesday."},
                     "quantity-mismatch", {"~3400", "~4300"})
    assert_conflicts({"a.txt": "Corvane said it would cut 1,200 jobs in its sales division.",
                      "b.txt": "Corvane will cut 1,400 positions in its sales division."},
                     "quantity-mismatch", {"1200", "1400"})
    assert_conflicts({"a.txt": "The coalition fell after five lawmakers from the Homeland Alliance quit on Wednesday.",
                      "b.txt": "The coalition fell after seven legislators from the Homeland Alliance quit on Wednesday."},
                     "quantity-mismatch", {"5", "7"})
    assert_conflicts({"a.txt": "The storm destroyed 42 homes in the valley, officials said.",
                      "b.txt": "The storm destroyed 24 houses in the valley, officials said."},
                     "quantity-mismatch", {"42", "24"})
    # other nouns stay apart
    assert_conflicts({"a.txt": "The floods forced 3,400 people from their homes, authorities said.",
                      "b.txt": "The floods forced 4,300 cattle from their pens, authorities said."}, "quantity-mismatch")


def test_counts_of_others_are_compared_with_counts_of_others_only():
    assert_conflicts({"a.txt": "The gunman killed a sophomore. Three other students, ages 14 to 16, were wounded.",
                      "b.txt": "The gunman killed a sophomore and wounded four other students."},
                     "quantity-mismatch", {"3", "4"})
    assert_conflicts({"a.txt": "Police arrested two other men in the raid on Friday.",
                      "b.txt": "Police arrested five men in the raid on Friday."}, "quantity-mismatch")


def test_the_dead_and_the_injured_are_counted_apart():
    assert_conflicts({"a.txt": "The bombings killed 258 people and injured 5,500 people.",
                      "b.txt": "Six people were also killed and 50 people were injured in the bombings."},
                     "quantity-mismatch", {"258", "6"}, {"5500", "50"})
    assert_conflicts({"a.txt": "The bombings in Nairobi injured more than 5,500 people.",
                      "b.txt": "Six people were also killed in the bombings in Nairobi."}, "quantity-mismatch")


def test_a_quantity_told_in_other_words_in_its_second_document_is_still_matched():
    courier = ("# Former councilman sentenced to 25 years for bribery scheme\n\n"
               "A federal judge on Thursday sentenced former city councilman Raymond Delgado to 25 years in prison "
               "for running a bribery scheme.")
    ledger = ("# Delgado gets 20 years in Newark corruption case\n\n"
              "Raymond Delgado, the former Newark city councilman convicted of taking bribes, was sentenced on "
              "Wednesday to 20 years in federal prison.")
    assert_conflicts({"a.md": courier, "b.md": ledger}, "quantity-mismatch", {"25", "20"})
    assert_conflicts({"a.md": courier, "b.md": ledger.replace("20 years", "25 years")}, "quantity-mismatch")


def test_a_price_is_a_price_whichever_word_gives_it():
    assert_conflicts({"a.txt": "Apple on Tuesday unveiled the MacBook Air, which will sell for $1,799 when it ships.",
                      "b.txt": "The MacBook Air, unveiled by Apple on Tuesday, is priced at $1,999 and ships soon."},
                     "amount-mismatch", {"1799 USD", "1999 USD"})
    assert_conflicts({"a.txt": "Apple on Tuesday unveiled the MacBook Air, which will sell for $1,799 when it ships.",
                      "b.txt": "The MacBook Air, unveiled by Apple on Tuesday, is priced at $1,799 and ships soon."},
                     "amount-mismatch")


def test_a_deal_priced_differently_is_an_amount_mismatch_whatever_the_companys_suffix():
    assert_conflicts({"a.md": "Hewlett-Packard said on Tuesday it would acquire Electronic Data Systems Corp. for "
                              "$13.9 billion in cash, its biggest purchase since it bought Compaq.",
                      "b.md": "Hewlett-Packard agreed on Tuesday to acquire Electronic Data Systems for $12.6 "
                              "billion, or $23 a share, to expand its computer services business."},
                     "amount-mismatch", {"13900000000 USD", "12600000000 USD"})


def test_tallies_of_a_vote_told_in_words_and_in_digits_are_compared():
    assert_conflicts({"a.md": "The budget passed by 108 votes to 83, with the coalition voting as a bloc.",
                      "b.md": "In the 200-seat lower house, 106 deputies voted in favour and 83 against."},
                     "quantity-mismatch", {"108", "106"})
    assert_conflicts({"a.md": "The council approved the stadium subsidy 7-2 on Tuesday.",
                      "b.md": "Council members voted 6-3 to approve the subsidy."},
                     "quantity-mismatch", {"7", "6"}, {"2", "3"})


def test_counts_said_with_words_of_one_meaning_are_compared_and_a_periods_share_is_not_the_whole():
    assert_conflicts({"a.md": "Meteorite hunters have recovered 11 fragments of the fireball near Saskatoon.",
                      "b.md": "A university team has found 17 fragments of the meteorite on the prairie."},
                     "quantity-mismatch", {"11", "17"})
    assert_conflicts({"a.md": "The forged paintings fetched a combined €7.4 million at auction.",
                      "b.md": "The forged works sold at auction for a total of €4.7 million."},
                     "amount-mismatch", {"7400000 EUR", "4700000 EUR"})
    assert_conflicts({"a.md": "Nine people were arrested after the failed coup, police said.",
                      "b.md": "Police have made 11 arrests after the failed coup."}, "quantity-mismatch", {"9", "11"})
    assert_conflicts({"a.md": "The deal gives nurses a 9.5 percent pay rise over three years.",
                      "b.md": "Under its terms, nurses' pay will rise by 3.5 percent in the first year."},
                     "amount-mismatch")


def test_a_sentence_a_contract_and_a_year_still_to_come_line_up_spans():
    # "a 25-year sentence" is governed as "sentenced to 20 years" is
    assert_conflicts({"a.md": ("Kessler had served about six years of a 25-year sentence for armed robbery.",
                               "2025-06-02"),
                      "b.md": ("Kessler, 34, was sentenced in 2019 to 20 years in prison.", "2025-06-02")},
                     "quantity-mismatch", {"25", "20"})
    # a contract is a deal, and a year still to come is when it ends, no other occasion
    assert_conflicts({"a.md": ("He signed a five-year contract running until June 2031.", "2026-07-01"),
                      "b.md": ("He has signed a four-year deal with the club that runs until 2030.", "2026-07-01")},
                     "quantity-mismatch", {"5", "4"})
    # a total and its parts told in another document: 8 percent now and a further 7 percent next year
    assert_conflicts({"a.md": ("The pilots are seeking a 15 percent pay increase over two years.", "2025-10-16"),
                      "b.md": ("The union is demanding an 8 percent raise this year and a further 7 percent in 2026.",
                               "2025-10-16")}, "amount-mismatch")


def test_others_befallen_are_people_and_the_dead_are_no_part_of_the_hurt():
    found = conflicts({"a.md": ("Avalanche at Sable Ridge kills two, injures five. Two skiers were killed and five "
                                "others injured on Saturday when an avalanche swept through a run.", "2026-02-08"),
                       "b.md": ("The avalanche killed two skiers and injured seven on Saturday.", "2026-02-08")},
                      "quantity-mismatch")
    assert [sorted(c.values) for c in found] == [["5", "7"]]


def test_how_many_live_in_a_place_is_no_count_of_evacuees():
    assert_conflicts({"a.md": "Nearly 2,000 residents of Pine Hollow and Cedar Flat were ordered to evacuate.",
                      "b.md": "The fire ignited near Cedar Flat, a ranching community of about 400 people, and "
                              "residents were ordered to evacuate."}, "quantity-mismatch")
    assert_conflicts({"a.md": "Cedar Flat, a town of about 400 people, was evacuated.",
                      "b.md": "Cedar Flat, a town of 4,000 people, was evacuated."}, "quantity-mismatch",
                     {"~400", "4000"})


def test_about_a_percentage_reaches_five_percent_of_it_or_one_point():
    assert_conflicts({"a.md": "About 71 percent of the shares outstanding were represented at the meeting.",
                      "b.md": "Turnout was 64 per cent of the outstanding shares at the meeting."},
                     "amount-mismatch", {"~71 %", "64 %"})
    assert_conflicts({"a.md": "Turnout was nearly 68 percent, the commission said.",
                      "b.md": "Turnout stood at 67.6%, the commission said."}, "amount-mismatch")
    assert_conflicts({"a.md": "Shares of the company rose about 2 percent on Monday.",
                      "b.md": "Shares of the company rose 2.9% on Monday."}, "amount-mismatch")


def test_a_count_in_a_sentence_opening_on_an_earlier_year_is_another_occasions():
    assert_conflicts({"a.md": ("Seven cyclists have died on Irish roads so far this year, Garda figures show.",
                               "2026-05-11"),
                      "b.md": ("In 2025, 19 cyclists were killed on Irish roads, Garda figures show.", "2026-05-12")},
                     "quantity-mismatch")
    # "this year" is the year of publication: a budget this year is not the budget for 2025
    assert_conflicts({"a.md": ("The ministry has a budget of 21 billion koruna this year.", "2026-03-02"),
                      "b.md": ("The ministry's budget for 2025 was 18.6 billion koruna.", "2026-03-03")},
                     "amount-mismatch")
    assert_conflicts({"a.md": ("The ministry has a budget of 21 billion koruna this year.", "2026-03-02"),
                      "b.md": ("The ministry's budget for 2026 is 18.6 billion koruna.", "2026-03-03")},
                     "amount-mismatch", {"21000000000 CZK", "18600000000 CZK"})
    assert_conflicts({"a.md": ("In 2026, seven cyclists were killed on Irish roads.", "2026-05-11"),
                      "b.md": ("In 2026, nine cyclists were killed on Irish roads.", "2026-05-12")},
                     "quantity-mismatch", {"7", "9"})


def test_a_span_for_which_something_lasts_after_an_event_is_how_long_it_lasted():
    assert_conflicts({"a.md": "Daniel Chesire has been banned for four years after testing positive for EPO.",
                      "b.md": "Daniel Chesire had been banned for three years for using the blood booster EPO."},
                     "quantity-mismatch", {"4", "3"})


def test_a_sentences_first_word_that_may_be_no_name_keeps_no_count_apart():
    assert_conflicts({"a.md": "Rescuers pulled 12 people from the collapsed building on Monday.",
                      "b.md": "Firefighters pulled 14 people from the collapsed building on Monday."},
                     "quantity-mismatch", {"12", "14"})
    # names the documents write as names still do
    assert_conflicts({"a.md": "Police said Harlow pulled 12 people from the collapsed building. Harlow is a hero.",
                      "b.md": "Police said Brandt pulled 14 people from the collapsed building. Brandt is a hero."},
                     "quantity-mismatch")


def test_a_span_between_two_events_is_not_how_long_something_lasted():
    assert_conflicts({"a.md": "The operation comes two years after the capture of Bernardo Provenzano.",
                      "b.md": "Bernardo Provenzano was captured in April 2006 after 43 years as a fugitive."},
                     "quantity-mismatch")
    assert_conflicts({"a.md": "The operation comes two years after the capture of Bernardo Provenzano.",
                      "b.md": "The operation comes five years after the capture of Bernardo Provenzano."},
                     "quantity-mismatch", {"2", "5"})
    # two spans that share nothing but "ago" are of two things
    assert_conflicts({"a.md": "Ortiz married his second wife six weeks ago.",
                      "b.md": "The store opened two weeks ago."}, "quantity-mismatch")


FERRY = ("A passenger ferry carrying 200 people capsized off the coast of South Sulawesi on Tuesday, killing {} "
         "people, officials said.",
         "The KM Bahari Jaya sank off South Sulawesi on Tuesday with 200 people on board.\n\n"
         "In all, {} people died in the disaster, said the chief of the rescue office.")


def test_one_toll_in_other_words_is_compared_and_never_with_those_aboard():
    assert_conflicts({"a.txt": FERRY[0].format(45), "b.txt": FERRY[1].format(38)}, "quantity-mismatch", {"45", "38"})
    assert_conflicts({"a.txt": FERRY[0].format(45), "b.txt": FERRY[1].format(45)}, "quantity-mismatch")


def test_counts_in_sentences_that_name_only_other_years_are_of_other_occasions():
    assert_conflicts({"a.txt": "The 2008 fire in the canyon destroyed 40 homes, officials said.",
                      "b.txt": "The 2009 fire in the canyon destroyed 12 homes, officials said."}, "quantity-mismatch")
    assert_conflicts({"a.txt": "The 2008 fire in the canyon destroyed 40 homes, officials said.",
                      "b.txt": "The fire in the canyon destroyed 12 homes, officials said."},
                     "quantity-mismatch", {"40", "12"})


def test_hedged_side_lowers_severity():
    found = conflicts({"a.txt": "Russia raised the issue of six diplomatic properties seized by the U.S.",
                       "b.txt": "Russia reportedly raised the issue of five diplomatic properties seized by the U.S."},
                      "quantity-mismatch")
    assert [c.severity for c in found] == ["warning"]
    assert any(c.attribution == "reportedly" for c in found[0].claims)


def test_misattribution_names_both_speakers():
    (conflict,) = conflicts({"a.txt": "“I never dreamed I'd be the all-time leading scorer,” Hansbrough said.",
                             "b.txt": "“I never dreamed I'd be the all-time leading scorer,” Haarsma said."},
                            "quote-misattribution")
    assert set(conflict.values) == {"hansbrough", "haarsma"}


def test_a_speakers_rank_is_no_other_speaker():
    said = "“The driver did not stop, did not call 911, did nothing to help,” {}."
    texts = {"a.txt": said.format("said Sgt. Pete Simpson, a police spokesman"),
             "b.txt": said.format("Lt. Pete Simpson said")}
    assert_conflicts(texts, "quote-misattribution")
    assert_conflicts(texts, "person-title-mismatch", {"sergeant", "lieutenant"})
    texts["b.txt"] = said.format("said Capt. Ann Lee")
    assert_conflicts(texts, "quote-misattribution", {"pete simpson", "ann lee"})


def test_two_people_of_one_surname_are_two_speakers():
    said = "“We never gave up hope that she would come home to us,” {}."
    texts = {"a.txt": said.format("her father, Ed Smart, told reporters"), "b.txt": said.format("said her uncle, Tom Smart")}
    assert_conflicts(texts, "quote-misattribution", {"ed smart", "tom smart"})
    texts["b.txt"] = said.format("Smart said")  # no given name: it may be either
    assert_conflicts(texts, "quote-misattribution")
    texts["b.txt"] = said.format("said her father, Edward Smart")
    assert_conflicts(texts, "quote-misattribution")


def test_a_speaker_named_by_a_given_name_alone_may_be_the_one_named_in_full():
    said = "“We've had some hard years, and people in this city were good to us,” {}."
    texts = {"a.txt": said.format("said his wife, Linda, 64"), "b.txt": said.format("said Linda Kowalczyk")}
    assert_conflicts(texts, "quote-misattribution")
    texts["b.txt"] = said.format("said Maria Kowalczyk")  # another given name: another speaker
    assert_conflicts(texts, "quote-misattribution", {"linda", "maria kowalczyk"})


def test_misattribution_of_a_fragment():
    assert_conflicts({"a.txt": "“I felt like there was a lot of pressure,” said Hansbrough.",
                      "b.txt": "“I was nervous because I felt like there was a lot of pressure,” said Haarsma."},
                     "quote-misattribution", {"hansbrough", "haarsma"})


def test_misquote_carries_a_word_diff():
    (conflict,) = conflicts({"a.txt": "“The talks were constructive and businesslike,” said Maria Zakharova.",
                             "b.txt": "“The talks were productive and businesslike,” Zakharova said."}, "misquote")
    diff = dict(conflict.details)["diff"]
    assert "[-constructive-]" in diff and "{+productive+}" in diff
    assert diff in conflict.message


def test_a_count_changed_inside_a_misquote_is_that_misquote_not_a_count_conflict_too():
    found = conflicts({"a.txt": "“The farmers have waited three seasons to be paid,” Justice Abena Mensah said.",
                       "b.txt": "“The farmers have waited two seasons to be paid,” Justice Abena Mensah said."})
    assert "misquote" in {c.rule for c in found} and "quantity-mismatch" not in {c.rule for c in found}
    # out of quotes, the count conflict stands
    found = conflicts({"a.txt": "The farmers have waited three seasons to be paid, Justice Abena Mensah said.",
                       "b.txt": "The farmers have waited two seasons to be paid, Justice Abena Mensah said."})
    assert "quantity-mismatch" in {c.rule for c in found} and "misquote" not in {c.rule for c in found}


def test_fragment_is_not_a_misquote():
    assert_conflicts({"a.txt": "“We hope that the pause taken by them will not become too long,” said Maria Zakharova.",
                      "b.txt": "“The pause taken by them will not become too long,” Zakharova said."}, "misquote")


def test_word_diff():
    assert word_diff("the talks were constructive and useful", "the talks were productive and useful") == \
        "the talks were [-constructive-] {+productive+} and useful"


def test_attribution_and_hedging():
    assert attribution("According to Russian officials, the US canceled talks.") == "according to Russian officials"
    assert attribution("The talks reportedly lasted six hours.") == "reportedly"
    assert attribution("The pirates are from Somalia, Sinha said.") == "Sinha said"
    assert attribution("The teen was shot on Friday.") is None
    assert is_hedged("reportedly") and not is_hedged("Sinha said")


def test_definite_counts_of_one_noun_are_the_same_set():
    assert_conflicts({"a.txt": "Local news reported that two of the three victims died.",
                      "b.txt": "A spokeswoman for the hospital said the seven victims were taken there."},
                     "quantity-mismatch", {"3", "7"})
    # without the article, counts of a noun in unrelated sentences are not lined up
    assert_conflicts({"a.txt": "Local news reported that three victims died.",
                      "b.txt": "A spokeswoman for the hospital said seven victims were taken there."},
                     "quantity-mismatch")


def test_a_shared_governor_and_words_line_up_a_measure():
    assert_conflicts({"a.txt": "The quake struck inland at a depth of just 10 kilometers in the Bener Meriah district.",
                      "b.txt": "The quake hit at a depth of 23 kilometers in the Northern Province of Aceh."},
                     "quantity-mismatch", {"10", "23"})


def test_a_count_noun_before_a_count_is_no_governor():
    assert_conflicts({"a.txt": "Gregory Echenique finished with a double-double (11 points, 11 rebounds).",
                      "b.txt": "He finished the day with a career-high 14 points and 6 rebounds on the glass."},
                     "quantity-mismatch")


def test_a_possessive_owner_or_an_apposition_names_whose_count_it_is():
    assert_conflicts({"a.txt": "McDermott, a junior, now has 2,129 points.",
                      "b.txt": "McDermott broke Rodney Buford's school scoring record of 2,116 points."},
                     "quantity-mismatch")
    assert_conflicts({"a.txt": "EYP MCF is headquartered in New York and has approximately 350 employees.",
                      "b.txt": "Headquartered in New York, EYP MCF has approximately 703 employees."},
                     "quantity-mismatch", {"~350", "~703"})


def test_a_span_of_time_said_as_a_modifier_meets_the_same_span_said_as_a_count():
    assert_conflicts({"a.md": "Gomes received a 12-year sentence for the robbery.",
                      "b.md": "Gomes was sentenced to 10 years for the robbery."}, "quantity-mismatch", {"10", "12"})
    assert_conflicts({"a.md": "Teixeira agreed to an eight-year, $180 million deal with the Yankees.",
                      "b.md": "The Yankees gave Teixeira a seven-year contract worth $180 million."},
                     "quantity-mismatch", {"7", "8"})
    # another team's offer is another count
    assert_conflicts({"a.md": "The Nationals made Teixeira a six-year offer.",
                      "b.md": "Teixeira signed with the Yankees for eight years."}, "quantity-mismatch")
    # a term of office is no span of a sentence
    assert_conflicts({"a.md": "Smith, who served a two-year term as mayor, was sentenced Friday.",
                      "b.md": "Smith was sentenced to 10 years in prison on Friday."}, "quantity-mismatch")


def test_the_same_amount_beside_two_counts_lines_them_up():
    a = ("The Baltimore Orioles agreed Tuesday to a five-year, $142 million contract with Tyler Brannigan, "
         "the club's front office said.")
    b = ("The Orioles reached agreement Tuesday with the right-hander on a four-year, $142 million deal, the "
         "biggest contract the franchise has ever given a pitcher.")
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch", {"5", "4"})
    # another amount beside them: nothing lines them up but their words
    c = b.replace("$142 million", "$120 million").replace("reached agreement", "came to terms").replace(
        "deal", "extension")
    assert_conflicts({"a.md": a, "c.md": c}, "quantity-mismatch")


def test_a_total_is_not_contradicted_by_its_parts():
    a = "Keystone estimated the damage at $20 million, including the building and the stock inside."
    b = ("The company said it expected damage of about $12 million to the building and $8 million in inventory, "
         "though it cautioned that the figures were preliminary.")
    assert_conflicts({"a.md": a, "b.md": b}, "amount-mismatch")
    c = b.replace("$8 million", "$3 million")  # parts that do not make the total
    assert_conflicts({"a.md": a, "c.md": c}, "amount-mismatch", {"20000000 USD", "~12000000 USD"})
    # a part beside its total in one sentence: some of the other amounts make the total, not all of them
    a = ("Lumora Analytics lands $120 million even as it trims staff. Lumora said on Wednesday that it had closed a "
         "$120 million Series C round led by Northgate Ventures.")
    b = ("The round totals $120 million: $90 million in equity led by Menlo Park-based Northgate Ventures and $30 "
         "million in debt.")
    assert_conflicts({"a.md": a, "b.md": b}, "amount-mismatch")


def test_verbs_that_say_one_thing_of_a_count_are_one_word():
    a = "Corvane will cut 1,200 jobs."
    assert_conflicts({"a.md": a, "b.md": "Corvane will eliminate 1,400 positions."}, "quantity-mismatch",
                     {"1200", "1400"})
    assert_conflicts({"a.md": a, "c.md": "Corvane will add 1,400 positions."}, "quantity-mismatch")  # no cut
    # jobs are workers, laying off is cutting, an announcement is what was announced
    assert_conflicts({"a.md": "Lumora said it would cut 140 jobs, an announcement that surprised customers.",
                      "b.md": "Lumora said it is laying off 180 employees, in a reorganization announced alongside "
                              "a new round."}, "quantity-mismatch", {"140", "180"})
    # a ransom demanded is a ransom sought
    assert_conflicts({"a.md": "A ransomware group has demanded $4.5 million in cryptocurrency from the hospital.",
                      "b.md": "The ransomware group is seeking $3.5 million, according to the ransom note."},
                     "amount-mismatch", {"4500000 USD", "3500000 USD"})


def test_a_count_and_the_count_its_sentence_adds_with_two_more_make_a_total():
    a = "Katherine Aldridge said five rescue teams with about 40 members in total were rotating through the mine."
    b = ("Kate Aldridge told reporters that three state rescue teams and two more from neighboring Virginia were "
         "rotating through the mine.")
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch")
    assert_conflicts({"a.md": a, "c.md": b.replace(" and two more from neighboring Virginia", "")},
                     "quantity-mismatch", {"5", "3"})


def test_people_of_one_fate_share_the_verb_said_before_or_after():
    a = ("Dutch customs officers found 4.1 tonnes of cocaine hidden among crates of bananas at the port of Rotterdam, "
         "and police arrested six suspects in raids across the southern Netherlands, prosecutors said on Friday.")
    b = ("A crane operator who worked at one of Rotterdam's container terminals is among eight suspects arrested "
         "after customs officers uncovered 4,100 kilograms of cocaine in a shipment of bananas.")
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch", {"6", "8"})
    # the injured and those taken to hospital are counted apart
    assert_conflicts({"a.md": "Six people were killed and 23 people were taken to hospitals, officials said.",
                      "b.md": "Another 31 people were hospitalized."}, "quantity-mismatch", {"23", "31"})
    assert_conflicts({"a.md": "Six people were killed and 31 people were injured, officials said.",
                      "b.md": "Another 23 people were hospitalized."}, "quantity-mismatch")


def test_a_vote_tally_is_compared_side_by_side():
    a = "The bill passed the Senate 22-8 in April and cleared the House 41-17 earlier this month."
    b = "The measure passed the Senate on a 19-11 vote this spring after a lengthy floor debate."
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch", {"22", "19"}, {"8", "11"})
    assert_conflicts({"a.md": a, "c.md": b.replace("19-11", "22-8")}, "quantity-mismatch")


def test_a_count_is_not_contradicted_by_its_parts_or_by_what_remains():
    a = "Four coast guard vessels, two navy ships and a military helicopter joined the search."
    b = "Six ships and a helicopter joined the search, and fishermen joined with their own boats."
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch")
    c = "Nine ships and a helicopter joined the search, and fishermen joined with their own boats."
    assert_conflicts({"a.md": a, "c.md": c}, "quantity-mismatch", {"2", "9"})
    assert_conflicts({"a.md": "Kimaiyo broke away from the lead pack after 20 miles and won the marathon.",
                      "b.md": "Kimaiyo broke away from the lead pack with two miles to go and won the marathon."},
                     "quantity-mismatch")


def test_the_same_value_with_a_word_in_common_is_the_likelier_match():
    a = ("That is a 29% premium to Brightwater's Friday close. Brightwater shares jumped 21% in premarket trading "
         "on Monday, while Halcyon shares slipped about 2%.")
    b = ("Holders will receive $47.50 for each share, a price 29 percent above where the stock ended trading Friday, "
         "Halcyon shares said.")
    assert_conflicts({"a.md": a, "b.md": b}, "amount-mismatch")


def test_a_count_in_a_sentence_opening_on_an_earlier_day_is_another_occasion():
    a = ("A bus plunged into an Andean ravine on Thursday, killing at least 14 people.", "2025-02-14")
    b = ("On Jan. 21, nine people died when a minibus plunged off the road near Nazca.", "2025-02-14")
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch")
    # a day within the week of the report is the story's own
    c = (b[0].replace("On Jan. 21,", "On Feb. 13,"), "2025-02-14")
    assert_conflicts({"a.md": a, "c.md": c}, "quantity-mismatch", {">=14", "9"})


def test_a_count_another_name_gives_with_its_noun_left_out_is_a_part():
    a = "The combined bank will operate 142 branches across Maine and New Hampshire."
    b = "Harbor State operates 89 branches and Northgate 53, across Maine and New Hampshire."
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch")
    assert_conflicts({"a.md": a, "c.md": b.replace(" and Northgate 53", "")}, "quantity-mismatch", {"142", "89"})


def test_a_toll_of_a_year_long_past_is_another_occasion():
    a = ("A riot at Coldwater Ridge State Prison on Saturday injured 17 people.", "2026-03-02")
    b = ("A riot at Dalton Creek State Prison in September 2022 injured nine people.", "2026-03-02")
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch")
    c = (b[0].replace("September 2022", "September"), "2026-03-02")
    assert_conflicts({"a.md": a, "c.md": c}, "quantity-mismatch", {"17", "9"})



def test_a_years_sales_and_a_products_are_not_one_amount_and_revenue_is_sales():
    a = ("Revenue for the first quarter fell 6.2 percent to CHF 4.12 billion, the company said. Newer products "
         "include Lumiveq, a treatment approved last year, whose sales more than doubled to CHF 310 million.")
    b = ("Sales in the January-to-March period came in at 4.12 billion Swiss francs, a drop from a year earlier. "
         "Lumiveq generated 310 million francs of sales.")
    assert_conflicts({"a.txt": a, "b.txt": b}, "amount-mismatch")
    # the quarter's sales told in other words still meet
    c = "Sales for the first quarter fell to 4.21 billion Swiss francs, the company said."
    assert_conflicts({"a.txt": a, "c.txt": c}, "amount-mismatch", {"4120000000 CHF", "4210000000 CHF"})


def test_lower_bounds_that_differ_are_a_warning_and_a_value_above_a_bound_agrees():
    found = conflicts({"a.txt": "At least 14 people died in the typhoon, officials said.",
                       "b.txt": "At least 19 people died in the typhoon, officials said."}, "quantity-mismatch")
    assert [(c.severity, sorted(c.values)) for c in found] == [("warning", [">=14", ">=19"])]
    assert_conflicts({"a.txt": "Nine people died in the typhoon, officials said.",
                      "b.txt": "At least seven people died in the typhoon, officials said."}, "quantity-mismatch")
    found = conflicts({"a.txt": "At least 14 people died in the typhoon, officials said.",
                       "b.txt": "Eleven people died in the typhoon, officials said."}, "quantity-mismatch")
    assert [c.severity for c in found] == ["error"]  # eleven is below the bound: no both-true


def test_a_toll_without_a_noun_meets_the_dead_counted_by_their_trade():
    a = "Rescuers confirmed that 11 miners died in the underground collapse at the copper mine, the company said."
    b = ("Teams recovered the last bodies at the copper mine, bringing the death toll from this week's underground "
         "collapse to nine, the government said.")
    assert_conflicts({"a.txt": a, "b.txt": b}, "quantity-mismatch", {"11", "9"})
    # injured firefighters are no count of residents under an evacuation order: they only meet as people of a toll
    c = "Three firefighters were injured early on Sunday, Tom Reyes of the fire service said."
    d = "About 1,940 residents remained under an evacuation order early on Sunday, Tom Reyes said."
    assert_conflicts({"c.txt": c, "d.txt": d}, "quantity-mismatch")


def test_an_amount_each_of_several_gets_is_not_their_total():
    a = "Samir Haddad said each of the 23 players would also receive a bonus of 10,000 dinars from the association."
    b = "The association will also pay a bonus totalling 230,000 dinars to the squad, Samir Haddad said."
    assert_conflicts({"a.txt": a, "b.txt": b}, "amount-mismatch")
    # a rate per shift is no workforce
    c = "The factory employs about 2,400 workers across two shifts, according to its website."
    d = "The factory, which employs about 1,200 workers per shift, was running a night shift."
    assert_conflicts({"c.txt": c, "d.txt": d}, "quantity-mismatch")


def test_a_sentence_opening_on_a_month_of_a_past_year_tells_of_another_occasion():
    a = ("Mount Semeru erupted on Thursday, killing two people and forcing more than 4,000 residents from their "
         "homes, officials said.", "2026-08-21")
    b = ("In December 2022, its status was raised after an eruption that forced nearly 2,000 people to leave their "
         "homes.", "2026-08-21")
    assert_conflicts({"a.txt": a, "b.txt": b}, "quantity-mismatch")
    c = ("On Thursday, an eruption forced nearly 2,000 people to leave their homes, officials said.", "2026-08-21")
    assert_conflicts({"a.txt": a, "c.txt": c}, "quantity-mismatch", {">4000", "<~2000"})


def test_the_words_a_counted_noun_is_modified_by_are_words_of_its_context():
    a = "The company opened 11 community resource centers."
    b = "The utility set up 17 community resource centers."
    assert_conflicts({"a.txt": a, "b.txt": b}, "quantity-mismatch", {"11", "17"})
    # other words make other centers
    c = "The utility set up 17 community health centers."
    assert_conflicts({"a.txt": a, "c.txt": c}, "quantity-mismatch")


def test_words_that_say_one_thing_of_a_count_meet_hurt_and_injured_power_and_electricity():
    a = "Seven passengers were treated for minor injuries after smoke filled the cabin, the airline said."
    b = "Eleven passengers were hurt sliding down the emergency chutes after smoke filled the cabin."
    assert_conflicts({"a.txt": a, "b.txt": b}, "quantity-mismatch", {"7", "11"})
    c = "About 112,000 households lost electricity in Gothenburg on Monday."
    d = "The outage left 94,000 households in Gothenburg without power."
    assert_conflicts({"c.txt": c, "d.txt": d}, "quantity-mismatch", {"~112000", "94000"})


def test_ages_of_people_a_story_does_not_name_are_compared_by_what_is_said_of_them():
    a = "Police detained a 34-year-old crane operator from Spijkenisse at the port on Tuesday."
    b = "The 43-year-old crane operator, from Spijkenisse, was detained at the port."
    assert_conflicts({"a.txt": a, "b.txt": b}, "quantity-mismatch", {"34", "43"})
    c = "A 51-year-old crane operator from Breda was praised for his work at the museum."
    assert_conflicts({"a.txt": a, "c.txt": c}, "quantity-mismatch")


def test_the_years_of_a_counts_own_clause_tell_its_occasion():
    a = ("The last full-day strike on the network, in 2019, cancelled 870 services.", "2026-07-17")
    b = ("A partial stoppage in March 2025 affected about 300 services, but the last full-day strike was in 2019.",
         "2026-07-17")
    assert_conflicts({"a.txt": a, "b.txt": b}, "quantity-mismatch")
    c = ("A full-day strike in 2019 cancelled about 300 services, but the network has grown since 2022.",
         "2026-07-17")
    assert_conflicts({"a.txt": a, "c.txt": c}, "quantity-mismatch", {"870", "~300"})


def test_a_speaker_called_by_the_given_name_of_the_one_person_bearing_it_is_that_person():
    a = ("Wildlife officer Hafiz Rahman led the rescue. “She was exhausted and crying for her mother,” Mohd Hafiz "
         "told reporters.")
    b = "“She was exhausted and crying for her mother,” said Hafiz Rahman, the state wildlife director."
    assert_conflicts({"a.txt": a, "b.txt": b}, "quote-misattribution")
    c = "“She was exhausted and crying for her mother,” said Aminah Yusof, a ranger."
    assert len(conflicts({"a.txt": a, "c.txt": c}, "quote-misattribution")) == 1


def test_an_amount_followed_by_last_year_is_money_of_that_year():
    assert_conflicts({"a.txt": "Bilateral trade between the two countries was worth $7.8 billion last year, with "
                               "copper accounting for most exports.",
                      "b.txt": "Bilateral trade was worth $9.1 billion last year, according to official figures."},
                     "amount-mismatch", {"7800000000 USD", "9100000000 USD"})


def test_a_part_of_a_possessed_whole_counts_the_whole_s_noun():
    assert_conflicts({"a.txt": "The airline cancelled 214 of its 390 flights on Thursday as cabin crew walked out.",
                      "b.txt": "The airline scrapped 340 of its 390 flights on Thursday as the cabin crew strike "
                               "began."},
                     "quantity-mismatch", {"214", "340"})
    # the same part in both: nothing to report, and the whole is no part
    assert_conflicts({"a.txt": "The airline cancelled 214 of its 390 flights on Thursday as cabin crew walked out.",
                      "b.txt": "The airline scrapped 214 of its 390 flights on Thursday as the cabin crew strike "
                               "began."},
                     "quantity-mismatch")


def test_a_place_after_to_is_where_a_count_went_not_whose_it_is():
    assert_conflicts({"a.txt": "Six carriages of the Galunggung Express, which was travelling from Bandung to Banjar "
                               "carrying 486 passengers, left the rails near Cibatu.",
                      "b.txt": "The Galunggung Express, carrying 312 passengers from Bandung to Banjar, came off the "
                               "tracks late on Saturday."},
                     "quantity-mismatch", {"312", "486"})


def test_the_size_of_a_change_is_not_what_the_amount_measures():
    assert_conflicts({"a.txt": "The bank lowered the rate by 25 basis points to 2.75 per cent, a move expected by most "
                               "economists.",
                      "b.txt": "The reduction by the Reserve Bank of New Zealand took the official cash rate to 2.50 "
                               "per cent."},
                     "amount-mismatch", {"2.5 %", "2.75 %"})


def test_one_narrowed_noun_lines_up_counts_with_fewer_words_in_common():
    assert_conflicts({"a.txt": "About 4,000 resident doctors at public hospitals in Lagos State have stopped work over "
                               "months of unpaid allowances.",
                      "b.txt": "Public hospitals in Lagos State remained short of staff on Friday as some 1,800 "
                               "resident doctors continued a strike over unpaid allowances."},
                     "quantity-mismatch", {"~1800", "~4000"})
    # other doctors, and the same words: not one count
    assert_conflicts({"a.txt": "About 4,000 resident doctors at public hospitals in Lagos State have stopped work over "
                               "months of unpaid allowances.",
                      "b.txt": "Public hospitals in Lagos State remained short of staff on Friday as some 1,800 "
                               "senior doctors continued a strike over unpaid allowances."},
                     "quantity-mismatch")


def test_a_narrowed_noun_is_compared_up_to_the_word_after_its_of():
    assert_conflicts({"a.txt": "Transandes estimated that 2,400 barrels of crude escaped before the flow was stopped.",
                      "b.txt": "The company estimated that 1,100 barrels of crude spilled before technicians closed "
                               "valves upstream and downstream."},
                     "quantity-mismatch", {"2400", "1100"})
    # barrels of another thing: not one count
    assert_conflicts({"a.txt": "Transandes estimated that 2,400 barrels of crude escaped before the flow was stopped.",
                      "b.txt": "The company estimated that 1,100 barrels of water spilled before technicians closed "
                               "valves upstream and downstream."},
                     "quantity-mismatch")


def test_the_people_a_company_employs_are_its_workers():
    assert_conflicts({"a.txt": "The plant, which produces resins and solvents, employs about 180 people, the company "
                               "said.",
                      "b.txt": "The company employs around 420 workers at the plant, according to local unions."},
                     "quantity-mismatch", {"~180", "~420"})
    # people it evacuated are no workers
    assert_conflicts({"a.txt": "The plant, which produces resins and solvents, evacuated about 180 people, the company "
                               "said.",
                      "b.txt": "The company employs around 420 workers at the plant, according to local unions."},
                     "quantity-mismatch")


def test_two_quotes_that_open_on_one_altered_sentence_are_a_misquote():
    assert_conflicts({"a.txt": '"We believe the gang had help from inside the bank. Someone told them when the vault '
                               'would be open," said Commissioner Raúl Benítez.',
                      "b.txt": '"We do not believe the gang had help from inside the bank. They studied the branch '
                               'for weeks," said Commissioner Raúl Benítez.'},
                     "misquote", {"we believe the gang had help from inside the bank someone told them when the vault "
                                  "would be open",
                                  "we do not believe the gang had help from inside the bank they studied the branch "
                                  "for weeks"})
    # the same opening sentence, other words after it: two parts of one statement
    assert_conflicts({"a.txt": '"We believe the gang had help from inside the bank. Someone told them when the vault '
                               'would be open," said Commissioner Raúl Benítez.',
                      "b.txt": '"We believe the gang had help from inside the bank. They studied the branch '
                               'for weeks," said Commissioner Raúl Benítez.'},
                     "misquote")


def test_an_age_set_off_by_commas_after_the_person_noun_is_that_persons():
    assert_conflicts({"a.txt": "The 54-year-old driver of the Line 8 tram was treated for shock.",
                      "b.txt": "The driver, 49, who has worked for BVB for 22 years, was treated for shock."},
                     "quantity-mismatch", {"54", "49"})
    # a driver of no article, a count after a comma: no age
    assert_conflicts({"a.txt": "The 54-year-old driver of the Line 8 tram was treated for shock.",
                      "b.txt": "A driver, 49, who has worked for BVB for 22 years, was treated for shock."},
                     "quantity-mismatch")


def test_all_of_a_count_is_the_whole_set_as_the_is():
    assert_conflicts({"a.txt": "All 21 crew members, most of them Indonesian nationals, were reported unharmed.",
                      "b.txt": "None of the 17 crew members were seriously hurt, the company said."},
                     "quantity-mismatch", {"21", "17"})
    # some of them: no whole set
    assert_conflicts({"a.txt": "Some 21 crew members, most of them Indonesian nationals, were reported unharmed.",
                      "b.txt": "None of the 17 crew members were seriously hurt, the company said."},
                     "quantity-mismatch")


def test_people_moved_into_schools_before_a_storm_were_evacuated():
    assert_conflicts({"a.txt": "Provincial authorities had moved some 86,000 residents of coastal villages into "
                               "schools and churches before the typhoon hit.",
                      "b.txt": "Civil defence officials said 48,000 people had been evacuated before the storm "
                               "arrived."},
                     "quantity-mismatch", {"~86000", "48000"})
    # moved elsewhere than to a refuge: no evacuees
    assert_conflicts({"a.txt": "The company had moved some 86,000 residents' records onto a new server before the "
                               "typhoon hit.",
                      "b.txt": "Civil defence officials said 48,000 people had been evacuated before the storm "
                               "arrived."},
                     "quantity-mismatch")


def test_two_amounts_over_the_same_span_of_time_line_up_on_fewer_shared_words():
    assert_conflicts({"a.md": "Teachers reached a pay agreement with the ministry late on Wednesday that would lift "
                              "salaries by 14.5 per cent over three years, ending 18 months of bruising talks.",
                      "b.md": "Teachers will vote on a pay offer that would raise their salaries by 12.5 per cent over "
                              "three years, after union and government negotiators reached agreement."},
                     "amount-mismatch", {"14.5 %", "12.5 %"})
    # over different spans, two rises are two rises
    assert conflicts({"a.md": "Teachers reached a pay agreement with the ministry late on Wednesday that would lift "
                              "salaries by 14.5 per cent over three years, ending 18 months of bruising talks.",
                      "b.md": "Teachers will vote on a pay offer that would raise their salaries by 12.5 per cent over "
                              "two years, after union and government negotiators reached agreement."},
                     "amount-mismatch") == []


def test_a_count_of_last_month_of_that_name_is_an_earlier_one():
    text = {"a.md": ("Corvana Systems, the Austin-based maker of data software, said on Tuesday it would cut "
                     "about 1,400 jobs, or roughly 11 percent of its workforce.\n\n"
                     "The layoffs are the second round at Corvana. The company eliminated about 600 positions "
                     "last April, when it closed an engineering office."),
            "b.md": ("Corvana Systems will eliminate about 1,400 jobs, the Austin company announced on January 14, "
                     "making it the latest firm to shrink.\n\n"
                     "The reductions come less than a year after the company cut about 600 positions and closed "
                     "its engineering office in April 2024.")}
    assert conflicts(text, "quantity-mismatch") == []


def test_a_river_or_a_road_where_people_died_is_no_one_whose_toll_it_is():
    assert_conflicts({"a.md": "A bus plunged into the Trishuli River in Dhading district shortly before 8 a.m. on "
                              "Saturday, killing 23 people and injuring 28, police said.",
                      "b.md": "A bus plunged off the Prithvi Highway in Tanahun district shortly before 8 a.m. on "
                              "Saturday, killing 19 people and injuring 28 others, police said."},
                     "quantity-mismatch", {"23", "19"})
    # a country's figure stays its own
    assert conflicts({"a.md": "A bus plunged into a gorge in Nepal on Saturday, killing 23 people, police said.",
                      "b.md": "A bus plunged into a gorge in India on Saturday, killing 19 people, police said."},
                     "quantity-mismatch") == []


def test_two_agents_are_one_when_a_side_names_the_others_among_its_words():
    assert_conflicts({"a.md": "A provincial court on Thursday ordered the operator of the Xe Pian Tai hydropower "
                              "dam in southern Laos to pay $3.8m in compensation to villagers whose rice fields "
                              "were flooded.",
                      "b.md": "A court in southern Laos has ordered the developer of the Xe Pian Tai hydropower dam to "
                              "pay US$5.3 million in compensation to families who lost their farmland."},
                     "amount-mismatch", {"3800000 USD", "5300000 USD"})
    # a named person's count stays the person's
    assert conflicts({"a.md": "Richard Carter scored 14 points and Seth VanDeest scored 13 for the Bulldogs.",
                      "b.md": "Seth VanDeest led Drake with 13 points, while Richard Carter added 11 for the "
                              "Bulldogs."},
                     "quantity-mismatch") == []


def test_two_figures_of_what_neither_side_names_of_the_other_are_two():
    text = {"a.md": "Annual consumer price inflation stood at 4.1% in May, according to the statistics institute.",
            "b.md": "The decision was unanimous. The rate had stood at 6.25%.\n\n"
                    "Consumer prices rose 3.8% in the 12 months to May, official data showed."}
    assert_conflicts(text, "amount-mismatch", {"4.1 %", "3.8 %"})  # not the rate's 6.25%


def test_counts_each_document_gives_once_are_one_count_though_they_share_no_word():
    assert_conflicts({"a.md": "The bill passed with 54 votes in the 101-seat parliament after a walkout.",
                      "b.md": "The law received 56 votes in the 101-member legislature."},
                     "quantity-mismatch", {"54", "56"})
    # a document that counts the noun twice, values far apart, or nouns too common: no pairing
    assert_conflicts({"a.md": "The bill passed with 54 votes. Nine votes were cast against it.",
                      "b.md": "The law received 56 votes in the legislature."}, "quantity-mismatch")
    assert_conflicts({"a.md": "The bill passed with 54 votes after a walkout.",
                      "b.md": "The law received 120 votes from the ruling bloc."}, "quantity-mismatch")
    assert_conflicts({"a.md": "The hearing lasted six hours.", "b.md": "Deputies debated for seven hours."},
                     "quantity-mismatch")


def test_the_one_toll_of_a_fate_each_document_gives_is_one_toll_though_they_share_no_word():
    arrested = ("Shops along Creek Road closed their shutters as the crowd passed. Police said they arrested 17 "
                "people for unlawful assembly and damaging property.")
    detained = ("STONE TOWN, Zanzibar — Authorities in Zanzibar said 27 people were detained after a protest over "
                "ferry fares outside the Malindi port terminal ended in clashes with riot police.")
    assert_conflicts({"a.md": arrested, "b.md": detained}, "quantity-mismatch", {"17", "27"})
    # two arrest counts in one document, or counts of two fates: whose is whose?
    twice = arrested + " A day later officers detained nine people at the harbour gates for looting."
    assert not [c for c in conflicts({"a.md": twice, "b.md": detained}, "quantity-mismatch") if "17" in c.values]
    assert_conflicts({"a.md": arrested, "b.md": detained.replace("detained", "injured")}, "quantity-mismatch")
    # what each narrows the counted land to does not part one toll of burned land
    assert_conflicts({"a.md": "By Wednesday morning the blaze had scorched 750 hectares of pine forest and garrigue, "
                               "the regional fire service said.",
                      "b.md": "A fast-moving wildfire north of Marseille has burned through 1,200 hectares of forest "
                               "and scrub, driving residents from their homes."},
                     "quantity-mismatch", {"750", "1200"})


def test_lone_counts_are_paired_only_in_a_few_documents():
    texts = {f"{n:02}.md": f"The council in town {n} approved the plan with {10 + n} votes." for n in range(11)}
    texts["a.md"] = "The bill passed with 14 votes after a walkout."
    assert [c for c in conflicts(texts, "quantity-mismatch") if any(cl.source == "a.md" for cl in c.claims)] == []


def test_parts_of_a_whole_are_compared_with_parts_only():
    assert_conflicts({"a.md": "The alliance took 31 of the council's 55 seats.",
                      "b.md": "The alliance won control of the council, taking 33 of the 55 seats."},
                     "quantity-mismatch", {"31", "33"})
    assert_conflicts({"a.md": "The alliance took 31 of the council's 55 seats.",
                      "b.md": "The alliance now holds 31 seats on the council."}, "quantity-mismatch")


def test_passengers_are_people_and_with_the_crew_make_all_on_board():
    assert_conflicts({"a.md": "The bus was carrying 52 passengers from Potosí to Sucre when it left the road.",
                      "b.md": "A passenger bus carrying 46 people plunged off a mountain highway near Sucre."},
                     "quantity-mismatch", {"52", "46"})
    # the passengers and the crew are the people on board
    assert conflicts({"a.md": "The turboprop, carrying 68 passengers and four crew, took off from Nairobi.",
                      "b.md": "All 72 people on board the turboprop from Nairobi were evacuated."},
                     "quantity-mismatch") == []


def test_a_unit_written_short_is_compared_with_the_unit_written_out():
    assert_conflicts({"a.txt": "Customs officers seized 40 kg of cocaine hidden in a banana shipment.",
                      "b.txt": "Customs officers seized 46 kilograms of cocaine hidden in bananas."},
                     "quantity-mismatch", {"40", "46"})
    assert_conflicts({"a.txt": "The storm dumped 200 mm of rain on the capital overnight.",
                      "b.txt": "The storm dumped 200 millimetres of rain on the capital overnight."},
                     "quantity-mismatch")
    # a speed in miles an hour and one in kilometres an hour are two units, never compared
    assert_conflicts({"a.txt": "The typhoon struck with sustained winds of 185 km/h.",
                      "b.txt": "The typhoon struck with sustained winds of 115 mph."}, "quantity-mismatch")
    assert_conflicts({"a.txt": "The typhoon struck with sustained winds of 185 km/h.",
                      "b.txt": "The typhoon struck with sustained winds of 165 kilometres per hour."},
                     "quantity-mismatch", {"185", "165"})


def test_a_lone_count_placed_where_it_happened_pairs_with_the_other_story_s_lone_count():
    a = "A sinkhole opened beneath a busy street in Guatemala City late on Friday, swallowing six cars."
    b = "GUATEMALA CITY (HNS) - Four cars plunged into a sinkhole that opened on a street in the capital."
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch", {"6", "4"})
    # a place the other story does not name may be another place's count
    b = "QUETZALTENANGO (HNS) - Four cars plunged into a sinkhole that opened on a street in the city."
    assert conflicts({"a.md": a, "b.md": b}, "quantity-mismatch") == []


def test_suspects_held_are_the_people_held():
    assert_conflicts({"a.md": "Soldiers raided a drug factory near Kutkai, seizing pills and arresting 11 suspects.",
                      "b.md": "Security forces dismantled a drug production site, arresting 14 people on Friday."},
                     "quantity-mismatch", {"11", "14"})


def test_people_driven_from_their_homes_are_the_people_evacuated():
    a = ("Firefighters battled a wildfire that has forced about 1,850 residents from their homes.\n\n"
         "In August 2023 a fire forced more than 12,000 people to leave their homes.")
    b = ("A forest fire remained out of control on Tenerife on Tuesday, with 2,400 residents evacuated.\n\n"
         "In August 2023 a huge fire forced more than 12,000 people from their homes.")
    assert_conflicts({"a.md": (a, "2025-08-12"), "b.md": (b, "2025-08-12")}, "quantity-mismatch",
                     {"~1850", "2400"})
    # a valley a flood ran down is where, not whose count
    assert_conflicts({"a.md": "THIMPHU, Bhutan — Authorities in Bhutan evacuated more than 2,300 people after a "
                              "glacial lake burst its banks.",
                      "b.md": "PUNAKHA, Bhutan — Floodwaters from a burst glacial lake roared down the Pho Chhu valley "
                              "on Sunday, forcing about 1,600 people to flee their homes."},
                     "quantity-mismatch", {">2300", "~1600"})


def test_a_toll_told_as_the_sum_until_now_is_only_an_update_of_a_smaller_one():
    a = ("Police have now detained four people in connection with the bank robbery.", "2025-08-07")
    b = ("Two suspects were arrested on Thursday over the bank robbery, police said.", "2025-08-08")
    assert [c.severity for c in conflicts({"a.md": a, "b.md": b}, "quantity-mismatch")] == ["warning"]
    # the same counts, neither told as a sum: a contradiction
    a = ("Police detained four people on Thursday in connection with the bank robbery.", "2025-08-07")
    assert [c.severity for c in conflicts({"a.md": a, "b.md": b}, "quantity-mismatch")] == ["error"]


def test_a_crew_held_on_board_is_the_crew_aboard():
    assert_conflicts({"a.md": "Armed men hijacked a bulk carrier and were holding its 22 crew members on board.",
                      "b.md": "Somali pirates have seized a bulk carrier with 24 crew aboard in the Indian Ocean."},
                     "quantity-mismatch", {"22", "24"})


def test_personal_information_and_personal_details_are_one_thing_stolen():
    a = "Hackers had stolen personal information belonging to 2.8 million current and former customers."
    b = "Hackers have stolen the personal details of 1.8 million Austral Connect customers, the telco confirmed."
    assert_conflicts({"a.md": a, "b.md": b}, "quantity-mismatch", {"2800000", "1800000"})


def test_one_sentence_given_two_endings_is_a_misquote():
    a = "“Eighteen months of my life were stolen by a political witch hunt,” Halmi told reporters."
    b = "“Eighteen months of my life were stolen by a careless investigation,” Halmi said."
    assert_conflicts({"a.txt": a, "b.txt": b}, "misquote",
                     {"eighteen months of my life were stolen by a political witch hunt",
                      "eighteen months of my life were stolen by a careless investigation"})
    # a few words alike at the start only: two things said
    assert_conflicts({"a.txt": "“We will keep searching for as long as it takes,” Benson said.",
                      "b.txt": "“We will keep the shelter open through the weekend,” Benson said."}, "misquote")
    # one much longer than the other: more said after the same words, not one sentence's other ending
    short = "we will keep searching until every family knows why"
    long = "we will keep searching until every family knows the truth about the people they love and the storm"
    assert altered_ending(short, short.replace("why", "how"), short, short)
    assert not altered_ending(short, long, short, long)
