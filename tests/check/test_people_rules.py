"""The people and names rules on multi-document corpora: what fires, with which values, and what does not."""
from __future__ import annotations

from conftest import assert_conflicts, conflicts

from factcheck.normalize.titles import compatible, parse_title


def title(text: str):
    parsed = parse_title(text.split())
    assert parsed is not None, text
    return parsed


def test_titles_that_agree():
    for left, right in [("spokeswoman", "Russian Foreign Ministry spokesperson"), ("lawyer", "attorney"),
                        ("former President", "Prime Minister"), ("U.S. Secretary of State", "Secretary"),
                        ("Superior Court Judge", "Judge"), ("Kremlin aide", "President"),
                        ("assistant coach", "coach"), ("lawyer", "spokesman"), ("CEO", "Chief Executive"),
                        ("Apple CEO", "chief executive officer"), ("running back", "tailback"),
                        ("wide receiver", "receiver"), ("quarterbacks coach", "head coach"),
                        ("Cardinal", "archbishop"), ("Police Chief", "chief"), ("Senator", "lawyer"),
                        ("Fire Chief", "spokesman"), ("prison warden", "Warden"), ("former coach", "athletics director"),
                        ("charge d'affaires", "chargé d'affaires"), ("former ambassador", "chargé d'affaires"),
                        ("union president", "Transport Minister"), ("party president", "President"),
                        ("university president", "governor"), ("city clerk", "lawyer"),
                        ("union treasurer", "mayor"), ("Deputy Prosecuting Attorney", "Prosecutor"),
                        ("Crown prosecutor", "prosecutor"),
                        ("chief public health officer", "public health officer"),
                        ("Chief Magistrate", "Magistrate"), ("senior official", "chief official"),
                        ("Deputy mayor", "city's vice president"), ("Vice President", "Deputy President"),
                        ("city's president", "mayor"), ("Tourism and Antiquities Minister", "Antiquities Minister"),
                        ("Foreign Affairs Minister", "Foreign Minister"),
                        ("Culture, Tourism and Sport Minister", "Sport Minister"),
                        ("Senior Prosecution Counsel", "prosecutor"), ("party chairman", "party leader"),
                        ("union chair", "union president"), ("chairman", "secretary-general")]:
        assert compatible(title(left), title(right)), (left, right)


def test_titles_that_conflict():
    for left, right in [("Prime Minister", "Foreign Minister"), ("Judge", "Prosecutor"), ("Deputy", "Sergeant"),
                        ("Sheriff", "Undersheriff"), ("Attorney General", "Solicitor General"),
                        ("Vice President", "President"), ("Deputy Foreign Minister", "Foreign Minister"),
                        ("CEO", "CFO"), ("chief executive", "chief operating officer"), ("quarterback", "linebacker"),
                        ("coach", "wide receiver"), ("Police Chief", "Sheriff"), ("Judge", "Senator"),
                        ("judge", "spokesman"), ("Warden", "Deputy Warden"), ("Fire Chief", "Police Chief"),
                        ("coach", "athletic director"), ("U.S. Marshal", "Sheriff"),
                        ("ambassador", "chargé d'affaires"), ("union president", "union secretary"),
                        ("company chief executive", "chief financial officer"), ("central bank governor", "finance minister"),
                        ("director", "deputy director"), ("deputy chief", "chief"),
                        ("City Comptroller", "City Clerk"), ("treasurer", "mayor"),
                        ("chief product officer", "chief technology officer"),
                        ("chief information security officer", "CTO"), ("CISO", "chief marketing officer"),
                        ("Prosecuting Attorney", "Judge"), ("winger", "coach"),
                        ("chief provincial public health officer", "deputy chief provincial public health officer"),
                        ("vice-president", "President"), ("Vice-Chancellor", "Chancellor"),
                        ("Chief Magistrate", "Senior Resident Magistrate"),
                        ("executive vice president", "senior vice president"),
                        ("city's president", "deputy mayor"),
                        ("Deputy Construction Minister", "Deputy Transport Minister"),
                        ("State Revenue Minister", "Health Minister"), ("Enterprise Minister", "Health Minister"),
                        ("Tourism and Antiquities Minister", "Culture Minister"),
                        ("Foreign Affairs Minister", "Defence Minister"), ("Municipal manager", "Mayor"),
                        ("Democratic Party chairman", "Democratic Party secretary-general"),
                        ("union chair", "union treasurer")]:
        assert not compatible(title(left), title(right)), (left, right)


def test_an_office_of_an_organisation_or_a_second_office_held_at_once_is_no_conflict():
    assert conflicts({"a.md": "“Pray,” said Liow Tiong Lai, the president of the Malaysian Chinese Association (MCA).",
                      "b.md": "Malaysian Transport Minister Liow Tiong Lai says the search goes on."}) == []
    assert conflicts({"a.md": "Transport Minister Hishammuddin Hussein, who is also the country's defence minister, "
                              "spoke.",
                      "b.md": "Acting Transport Minister Hishammuddin Hussein said the search goes on."}) == []
    assert_conflicts({"a.md": "“Stay out,” said Mark Doyle, state secretary of the union.",
                      "b.md": "Union president Mark Doyle said workers would stay out."},
                     "person-title-mismatch", {"president", "state secretary"})


def test_title_mismatch_names_both_titles():
    assert_conflicts({"a.md": "Prime Minister Costas Karamanlis has called for calm.",
                      "b.md": "However, Foreign Minister Costas Karamanlis has called for calm."},
                     "person-title-mismatch", {"prime minister", "foreign minister"})


def test_titles_that_say_what_their_holder_does_are_two_jobs_when_they_share_no_function():
    assert_conflicts({"a.md": "Ayaka Shimizu, the company's launch director, said the rocket was safe.",
                      "b.md": "Ayaka Shimizu, the company's chief technology officer, said the rocket was safe."},
                     "person-title-mismatch", {"company launch director", "chief technology officer"})
    assert_conflicts({"a.md": "Daniyar Bekov, head of flight safety at Tengri Airways, said so.",
                      "b.md": "Tengri Airways chief operating officer Daniyar Bekov said so."},
                     "person-title-mismatch", {"safety head", "chief operating officer"})
    assert_conflicts({"a.md": "Stefano Guidetti, president of the Parmigiano Reggiano Consortium, said so.",
                      "b.md": "Stefano Guidetti, director general of the Parmigiano Reggiano Consortium, said so."},
                     "person-title-mismatch", {"president", "director-general"})
    # one function said two ways; a function word in a body's name; a director of no stated function
    assert_conflicts({"a.md": "Ann Moss, the director of communications at Acme, said so.",
                      "b.md": "Acme communications director Ann Moss said so."}, "person-title-mismatch")
    assert_conflicts({"a.md": "Tom Hart, the director of the Digital Rights Foundation, said so.",
                      "b.md": "Tom Hart, chief executive of the Digital Rights Foundation, said so."},
                     "person-title-mismatch")
    assert_conflicts({"a.md": "Acme director Ann Moss said so.", "b.md": "Acme CFO Ann Moss said so."},
                     "person-title-mismatch")


def test_a_general_secretary_is_a_secretary_general_and_a_police_commissioner_a_police_chief():
    assert_conflicts({"a.md": "Aisha Bello, the association's general secretary, said talks had failed.",
                      "b.md": "Aisha Bello, the association's secretary-general, said talks had failed."},
                     "person-title-mismatch")
    assert_conflicts({"a.md": "Copperbelt Province Police Commissioner Lombe Chileshe said so.",
                      "b.md": "Lombe Chileshe, the provincial police chief, said so."}, "person-title-mismatch")
    # a general secretary is not the president; a deputy commissioner is not the chief
    assert_conflicts({"a.md": "Aisha Bello, the association's general secretary, said talks had failed.",
                      "b.md": "Aisha Bello, the association's president, said talks had failed."},
                     "person-title-mismatch", {"secretary-general", "president"})
    assert_conflicts({"a.md": "Deputy Police Commissioner Lombe Chileshe said so.",
                      "b.md": "Lombe Chileshe, the provincial police chief, said so."},
                     "person-title-mismatch", {"deputy commissioner", "police chief"})


def test_an_undersecretary_a_district_collector_and_the_heads_of_two_bodies_are_offices_of_their_own():
    assert_conflicts({"a.md": "Trade Undersecretary Camila Fuentes, 46, led the talks.",
                      "b.md": "Agriculture Minister Camila Fuentes led the talks."},
                     "person-title-mismatch", {"undersecretary", "agriculture minister"})
    assert_conflicts({"a.md": "District Collector Priya Nair told reporters the bridge was old.",
                      "b.md": "Superintendent of Police Priya Nair said the bridge was old."},
                     "person-title-mismatch", {"district collector", "superintendent"})
    assert_conflicts({"a.md": "Johan Berg, head of the Västmanland police investigation unit, said so.",
                      "b.md": "Johan Berg, the museum's head of security, said so."},
                     "person-title-mismatch", {"police head", "museum security head"})
    # one body named twice, a head of no body named: one job
    assert_conflicts({"a.md": "Johan Berg, head of the museum, said so.",
                      "b.md": "Johan Berg, the museum's head of security, said so."}, "person-title-mismatch")
    assert_conflicts({"a.md": "Johan Berg, the head of security, said so.",
                      "b.md": "Johan Berg, the museum's head of security, said so."}, "person-title-mismatch")


def test_the_head_of_a_body_no_state_office_governs_holds_no_such_office():
    assert_conflicts({"a.md": "Kari Bjørnstad, head of the Red Cross rescue team in Lyngen, said so.",
                      "b.md": "Kari Bjørnstad, the mayor of Lyngen, said so."},
                     "person-title-mismatch", {"head", "mayor"})
    assert_conflicts({"a.md": "Álvaro Fuenzalida, director of the national disaster agency, said so.",
                      "b.md": "Interior Minister Álvaro Fuenzalida said so."},
                     "person-title-mismatch", {"agency director", "interior minister"})
    # a president of a body that is no country may be called its head
    assert_conflicts({"a.md": "FIDE deputy president Mirela Ionescu praised the event.",
                      "b.md": "Mirela Ionescu, deputy head of the International Chess Federation, said so."},
                     "person-title-mismatch")
    assert_conflicts({"a.md": "Kenyan Deputy President Mirela Ionescu praised the event.",
                      "b.md": "Mirela Ionescu, deputy head of the International Chess Federation, said so."},
                     "person-title-mismatch", {"deputy head", "deputy president"})
    # what an office governs, its holder may head; a head of nothing named says nothing
    assert_conflicts({"a.md": "Ana Ruiz, head of the delegation, said so.",
                      "b.md": "Foreign Minister Ana Ruiz said so."}, "person-title-mismatch")
    assert_conflicts({"a.md": "Ana Ruiz, head of the ruling party, said so.",
                      "b.md": "President Ana Ruiz said so."}, "person-title-mismatch")
    assert_conflicts({"a.md": "Park director Ana Ruiz said so.",
                      "b.md": "Mayor Ana Ruiz said so."}, "person-title-mismatch")


def test_the_chief_of_a_police_or_fire_force_is_no_mayor():
    assert_conflicts({"a.md": "Dale Whitford, the district's fire chief, said the town was safe.",
                      "b.md": "Logan Lake Mayor Dale Whitford said the town was safe."},
                     "person-title-mismatch", {"fire chief", "mayor"})
    # the chief may speak for the force
    assert_conflicts({"a.md": "Dale Whitford, the district's fire chief, said the town was safe.",
                      "b.md": "Dale Whitford, a spokesman for the fire service, said the town was safe."},
                     "person-title-mismatch")


def test_a_state_secretary_is_no_minister_and_a_companys_president_runs_it():
    assert_conflicts({"a.md": "Officials met. State Secretary for Higher Education Gergely Fodor said so.",
                      "b.md": "Officials met. Minister of Culture and Innovation Gergely Fodor said so."},
                     "person-title-mismatch", {"state secretary", "culture and innovation minister"})
    assert_conflicts({"a.md": "Officials met. Minister of Health John Smith said so.",
                      "b.md": "Officials met. Minister of Finance John Smith said so."},
                     "person-title-mismatch", {"health minister", "finance minister"})
    assert_conflicts({"a.md": "Lee Dong-wook, president of Hanul Chemical, bowed in apology.",
                      "b.md": "Lee Dong-wook, the plant's head of safety, apologised."},
                     "person-title-mismatch", {"president", "safety head"})
    # a company's president is its chief executive too
    assert_conflicts({"a.md": "Lee Dong-wook, president of Hanul Chemical, bowed in apology.",
                      "b.md": "Lee Dong-wook, chief executive of Hanul Chemical, apologised."}, "person-title-mismatch")


def test_age_mismatch_allows_the_years_between_publications():
    assert_conflicts({"a.md": ("Jose Luis Orozco, 27, was arrested.", "2005-06-25"),
                      "b.md": ("Jose Luis Orozco, 29, was found guilty.", "2007-04-04")}, "person-age-mismatch")
    assert_conflicts({"a.md": ("Jose Luis Orozco, 27, was arrested.", "2005-06-25"),
                      "b.md": ("Jose Luis Orozco, 30, was found guilty.", "2007-04-04")},
                     "person-age-mismatch", {"27", "30"})
    assert_conflicts({"a.md": "John Jenkin, 23, was arrested.", "b.md": "John Jenkin, 24, was charged."},
                     "person-age-mismatch")
    assert_conflicts({"a.md": "John Jenkin, 23, was arrested.", "b.md": "John Jenkin, 26, was charged."},
                     "person-age-mismatch", {"23", "26"})


def test_a_lieutenant_commander_is_no_commander_and_van_loon_is_pieter_van_loon():
    assert_conflicts({"a.md": "Coast guard spokesman Lt. Cmdr. Nikos Alexiou told reporters.",
                      "b.md": "Coast guard spokesman Commander Nikos Alexiou said the ferry was slow."},
                     "person-title-mismatch", {"lieutenant commander", "commander"})
    assert_conflicts({"a.md": "Lieutenant Governor Anna Ruiz spoke.", "b.md": "Governor Anna Ruiz spoke."},
                     "person-title-mismatch", {"lieutenant governor", "governor"})
    assert_conflicts({"a.md": "Lt. Col. Anna Ruiz spoke.", "b.md": "Lieutenant Colonel Anna Ruiz spoke."},
                     "person-title-mismatch")
    assert_conflicts({"a.md": "Castlebridge sacked head coach Pieter van Loon on Monday. Van Loon, 52, was hired.",
                      "b.md": "Pieter van Loon, 54, was sacked on Monday."}, "person-age-mismatch", {"52", "54"})
    # an epithet opening the next sentence is the person named before, though that sentence names another
    assert_conflicts({"a.md": "Castlebridge sacked head coach Pieter van Loon on Monday. Van Loon, 52, was hired.",
                      "b.md": "Castlebridge dismissed head coach Pieter van Loon on March 9. The 54-year-old had "
                              "been in charge since 2025, when he was hired to succeed Lee Stanton."},
                     "person-age-mismatch", {"52", "54"})
    assert_conflicts({"a.md": "Castlebridge dismissed head coach Pieter van Loon. The 54-year-old, Lee Stanton, "
                              "was named caretaker.", "b.md": "Pieter van Loon, 52, was sacked on Monday."},
                     "person-age-mismatch")


def test_age_one_year_off_is_a_warning_only_when_both_dates_rule_out_a_birthday():
    def severities(a: tuple[str, str], b: tuple[str, str]) -> list[tuple[str, set[str]]]:
        return [(c.severity, set(c.values)) for c in conflicts({"a.md": a, "b.md": b}, "person-age-mismatch")]

    same_day = severities(("Marcus Tillman, 27, is averaging 24 points.", "2026-02-03"),
                          ("Marcus Tillman, 28, agreed to an extension.", "2026-02-03"))
    assert same_day == [("warning", {"27", "28"})]
    younger_later = severities(("Marcus Tillman, 28, was traded.", "2025-02-03"),
                               ("Marcus Tillman, 27, agreed to an extension.", "2025-06-03"))
    assert younger_later == [("warning", {"27", "28"})]
    stale_a_year_on = severities(("Marcus Tillman, 27, was traded.", "2025-02-03"),
                                 ("Marcus Tillman, 27, retired.", "2026-03-03"))
    assert stale_a_year_on == []
    assert severities(("Marcus Tillman, 27, was traded.", "2026-02-03"),
                      ("Marcus Tillman, 29, agreed to an extension.", "2026-02-03")) == [("error", {"27", "29"})]
    # a birthday in one day is possible but unlikely; in a month or more, likely enough; without dates one
    # year is allowed
    assert severities(("Marcus Tillman, 27, was traded.", "2026-02-03"),
                      ("Marcus Tillman, 28, agreed to an extension.", "2026-02-04")) == [("warning", {"27", "28"})]
    assert severities(("Marcus Tillman, 27, was traded.", "2026-02-03"),
                      ("Marcus Tillman, 28, agreed to an extension.", "2026-03-05")) == []
    assert severities(("Marcus Tillman, 27, was traded.", ""), ("Marcus Tillman, 28, signed.", "")) == []


def test_a_given_name_spelled_two_ways_across_sources_but_not_a_short_form_or_a_nickname():
    [found] = conflicts({"a.md": "Deputy Minister Datuk Rosnah Idris signed the pact.",
                         "b.md": "Deputy Minister Datuk Rosmah Idris signed the pact."}, "name-given-spelling")
    assert (found.severity, set(found.values)) == ("error", {"Rosnah", "Rosmah"})
    [found] = conflicts({"a.md": "Foreign Minister Sergey Lavrov arrived.",
                         "b.md": "Foreign Minister Sergei Lavrov arrived."}, "name-given-spelling")
    assert (found.severity, set(found.values)) == ("info", {"Sergey", "Sergei"})
    for a, b in (("Alex", "Alexander"), ("Jim", "James"), ("J.", "John"), ("Kate", "Katie")):
        assert conflicts({"a.md": f"Coach {a} Oler spoke.", "b.md": f"Coach {b} Oler spoke."},
                         "name-given-spelling") == []
    # a document that uses both spellings is not set against one that uses one
    assert conflicts({"a.md": "Coach Rosnah Idris spoke. Coach Rosmah Idris left.",
                      "b.md": "Coach Rosnah Idris spoke."}, "name-given-spelling") == []


def test_a_title_before_an_honorific_is_the_persons():
    assert_conflicts({"a.md": "Health Minister Dr. John Smith said so.",
                      "b.md": "Finance Minister John Smith said so."},
                     "person-title-mismatch", {"health minister", "finance minister"})


def test_spelling_inside_one_document_is_a_warning_across_sources_a_misspelling_is_an_error():
    one = "Alexander Darchiyev, a seasoned diplomat, was named. Alexander Darchiev, 64, arrives soon."
    [found] = conflicts({"a.txt": one})
    assert (found.rule, found.severity, set(found.values)) == ("name-spelling-in-document", "warning",
                                                                {"Darchiev", "Darchiyev"})
    [found] = conflicts({"a.txt": "Tyler Hansbrough scored. Hansbrough said so.", "b.txt": "Tyler Hansrough scored."})
    assert (found.rule, found.severity, {c.source for c in found.claims}) == (
        "name-spelling-across-sources", "error", {"a.txt", "b.txt"})
    [found] = conflicts({"a.txt": "Lawyer Alexis Kouyias said so.", "b.txt": "Lawyer Alexis Kougias said so."})
    assert (found.rule, found.severity, found.details) == (
        "name-spelling-across-sources", "info", (("why", "same consonants 'ks'"),))


def test_nicknames_and_short_forms_are_not_spelling_variants():
    assert conflicts({"a.txt": "Federal agent David Wilhelm was killed.", "b.txt": "Federal agent Dave Wilhelm was killed."}) == []
    assert conflicts({"a.txt": "Starting center Gregory Echenique scored 11 points.",
                      "b.txt": "Greg Echenique had 11 points off the bench."}) == []
    assert conflicts({"a.txt": "Vassilis Saraliotis was charged.", "b.txt": "Vassilios Saraliotis, 31, was charged."}) == []


def test_a_bare_surname_matched_through_another_document_lowers_the_title_conflict():
    (found,) = conflicts({"a.txt": "President Bush said the quarantine may be extended.",
                          "b.txt": "Gov. Jeb Bush also asked President Clinton to reverse the order."},
                         "person-title-mismatch")
    assert (found.severity, set(found.values)) == ("warning", {"governor", "president"})
    (found,) = conflicts({"a.txt": "Foreign Minister Lavrov arrived. Sergei Lavrov spoke.",
                          "b.txt": "Defense Minister Sergei Lavrov arrived."}, "person-title-mismatch")
    assert found.severity == "error"  # a.txt names him in full itself


def test_an_office_of_a_body_named_by_an_acronym_is_an_organisations():
    assert_conflicts({"a.md": "“We will not accept it,” said Rui Carvalho, president of the SNE.",
                      "b.md": "Rui Carvalho, the union's general secretary, said the workers had no choice."},
                     "person-title-mismatch", {"president", "secretary-general"})
    # a country's acronym is no organisation: its president holds a state office, no union's
    assert conflicts({"a.md": "“We will not accept it,” said Joe Biden, president of the US.",
                      "b.md": "Joe Biden, the union's general secretary, said the workers had no choice."}) == []


def test_a_minister_of_two_portfolios_holds_each_of_them_and_no_other():
    assert_conflicts({"a.md": "Tourism and Antiquities Minister Hisham Abdel-Fattah opened the museum.",
                      "b.md": "Culture Minister Hisham Abdel-Fattah opened the museum."},
                     "person-title-mismatch", {"antiquities and tourism minister", "culture minister"})
    assert conflicts({"a.md": "Tourism and Antiquities Minister Hisham Abdel-Fattah opened the museum.",
                      "b.md": "Antiquities Minister Hisham Abdel-Fattah opened the museum."},
                     "person-title-mismatch") == []
    assert conflicts({"a.md": "Officials met. Minister of Tourism and Antiquities Hisham Abdel-Fattah opened it.",
                      "b.md": "Tourism Minister Hisham Abdel-Fattah opened the museum."}, "person-title-mismatch") == []


def test_a_curator_or_an_economist_is_not_who_runs_the_body_nor_a_manager_of_another_function():
    assert not compatible(title("chief curator"), title("museum director"))
    assert not compatible(title("chief economist"), title("technical manager"))
    assert compatible(title("chief curator"), title("curator"))
    assert compatible(title("chief curator"), title("director"))  # of what, unsaid
    assert_conflicts({"a.md": "“It is fragile,” said museum director Karen Holm.",
                      "b.md": "Its chief curator, Karen Holm, said the objects were fragile."},
                     "person-title-mismatch", {"museum director", "curator"})
    # who argues a case is no police officer
    assert not compatible(title("Commonwealth prosecutor"), title("Detective Superintendent"))
    assert compatible(title("prosecutor"), title("police spokesman"))
    # "for" names a minister's or a commissioner's portfolio as "of" does
    assert_conflicts({"a.md": "Niamh Cassidy, the Minister for Education, said so.",
                      "b.md": "Niamh Cassidy, the Minister for Public Expenditure, said so."},
                     "person-title-mismatch", {"education minister", "expenditure minister"})
    assert_conflicts({"a.md": "Hadiza Gwarzo, the state's commissioner for health, said so.",
                      "b.md": "Hadiza Gwarzo, the state's commissioner for education, said so."},
                     "person-title-mismatch", {"health commissioner", "education commissioner"})
    assert_conflicts({"a.md": "Niamh Cassidy, the Minister for Education, said so.",
                      "b.md": "Education Minister Niamh Cassidy said so."}, "person-title-mismatch")
    # professions: each a job of its own
    assert not compatible(title("chief geologist"), title("chief operating officer"))
    assert not compatible(title("chief arbiter"), title("tournament director"))
    assert not compatible(title("head keeper"), title("park director"))
    assert not compatible(title("head primate keeper"), title("chief veterinarian"))
    assert not compatible(title("county archaeologist"), title("museum director"))
    assert compatible(title("chief geologist"), title("geologist"))
    assert compatible(title("general counsel"), title("chief legal officer"))
    assert_conflicts({"a.md": "Marcus Bell, the company's head of human resources, said so.",
                      "b.md": "Marcus Bell, Corvana's general counsel, said so."},
                     "person-title-mismatch", {"company human resources head", "chief legal officer"})
    assert_conflicts({"a.md": "Rui Carvalho, the cooperative's president, said so.",
                      "b.md": "Rui Carvalho, the cooperative's chief winemaker, said so."},
                     "person-title-mismatch", {"president", "winemaker"})
    assert_conflicts({"a.md": "Tanzania sent its Minister of Livestock and Fisheries, Rehema Mollel.",
                      "b.md": "Tanzanian Foreign Minister Rehema Mollel spoke."},
                     "person-title-mismatch", {"fisheries and livestock minister", "foreign minister"})


def test_a_head_coach_is_no_batting_coach_and_a_long_portfolio_with_commas_is_read():
    assert not compatible(title("Head coach"), title("Batting coach"))
    assert not compatible(title("assistant coach"), title("head coach"))
    assert compatible(title("coach"), title("Batting coach"))  # what they coach, unsaid
    assert compatible(title("bowling coach"), title("Bowling coach"))
    assert compatible(title("former head coach"), title("batting coach"))
    assert_conflicts({"a.md": "Head coach Dinesh Gunaratne said the camp helped.",
                      "b.md": "Batting coach Dinesh Gunaratne credited the camp."},
                     "person-title-mismatch", {"head coach", "batting coach"})
    assert_conflicts({"a.md": "Minister of Agriculture, Water and Land Reform Petrina Haingura told guests so.",
                      "b.md": "Petrina Haingura, the deputy minister of agriculture, water and land reform, said so."},
                     "person-title-mismatch", {"minister", "deputy agriculture minister"})


def test_a_prefect_a_spokesperson_and_a_festivals_programme_director_hold_offices_of_their_own():
    assert not compatible(title("prefect"), title("deputy prefect"))
    assert not compatible(title("prefect"), title("mayor"))
    assert not compatible(title("coastguard spokesman"), title("coastguard's operations chief"))
    assert compatible(title("police spokesman"), title("police sergeant"))
    assert compatible(title("spokeswoman"), title("deputy director"))  # of what, unsaid
    assert not compatible(title("festival's programme director"), title("festival's executive director"))
    assert compatible(title("programme director"), title("director"))
    assert_conflicts({"a.md": "Hong Kong head coach Rhys Morgan said the side was brave.",
                      "b.md": "The side was brave, said Rhys Morgan, Hong Kong's attack coach."},
                     "person-title-mismatch", {"head coach", "attack coach"})


def test_a_secretary_general_runs_a_body_and_is_no_chief_of_one_of_its_functions():
    assert_conflicts({"a.md": '"It came too late," said Fadzil Rahman, the Perikatan Nasional secretary-general.',
                      "b.md": "Perikatan Nasional information chief Fadzil Rahman said it came too late."},
                     "person-title-mismatch", {"secretary-general", "information chief"})
    # the body's chief of no function, or its chief executive, may be its secretary-general; a treasurer
    # is its finance chief
    assert_conflicts({"a.md": "Fadzil Rahman, the party's secretary-general, said so.",
                      "b.md": "Party chief Fadzil Rahman said so."}, "person-title-mismatch")
    assert_conflicts({"a.md": "Fadzil Rahman, the party's treasurer, said so.",
                      "b.md": "Party finance chief Fadzil Rahman said so."}, "person-title-mismatch")


def test_an_administrator_general_a_district_officer_and_an_inspector_general_are_offices():
    assert_conflicts({"a.md": '"We keep finding it," said Lieve De Clercq, administrator-general of Belgian customs.',
                      "b.md": "Lieve De Clercq, a spokeswoman for Belgian customs, said so."},
                     "person-title-mismatch", {"administrator-general", "spokesperson"})
    assert_conflicts({"a.md": "Chief District Officer Dilli Poudel told reporters at the site.",
                      "b.md": "Deputy Superintendent of Police Dilli Poudel said rescuers went on foot."},
                     "person-title-mismatch", {"district administrator", "deputy superintendent"})
    assert not compatible(title("Inspector General"), title("Inspector"))
    assert compatible(title("Inspector-General"), title("Inspector General"))


def test_a_spokesperson_is_not_who_runs_the_body_they_speak_for():
    assert not compatible(title("Conred director"), title("spokesman"))
    assert not compatible(title("agency chief"), title("spokeswoman"))
    assert compatible(title("communications director"), title("spokesman"))  # who speaks for a body
    assert compatible(title("director"), title("spokesman"))  # of what, unsaid
    assert compatible(title("deputy director"), title("spokesman"))
    assert_conflicts({"a.md": "“Stay away,” said Héctor Sandoval, spokesman for Conred, the disaster agency.",
                      "b.md": "Conred director Héctor Sandoval told reporters the hole was unstable."},
                     "person-title-mismatch", {"spokesperson", "director"})


def test_a_body_s_chair_or_president_is_not_its_treasurer_or_secretary_general():
    assert not compatible(title("charity's chairwoman"), title("treasurer"))
    assert compatible(title("charity's chairwoman"), title("city treasurer"))  # of the city, not the charity
    assert_conflicts({"a.md": "“They are crumbs,” said Joseph Chewe, general secretary of the Mineworkers Union of"
                              " Zambia.",
                      "b.md": "MUZ president Joseph Chewe said the company was making record profits."},
                     "person-title-mismatch", {"secretary-general", "president"})
    # initials that are not the union's: another body's president, who may well be the union's officer too
    assert conflicts({"a.md": "“They are crumbs,” said Joseph Chewe, general secretary of the Mineworkers Union of"
                              " Zambia.",
                      "b.md": "ZCTU president Joseph Chewe said the company was making record profits."},
                     "person-title-mismatch") == []


def test_a_university_s_offices_are_offices_of_their_own():
    assert not compatible(title("University proctor"), title("university's pro-vice-chancellor"))
    assert not compatible(title("rector"), title("vice-rector"))
    assert not compatible(title("registrar"), title("provost"))
    assert compatible(title("university proctor"), title("spokesman"))  # one of another kind, held besides
    assert_conflicts({"a.md": "University proctor Saifuddin Ahmed said about 250 students were evacuated.",
                      "b.md": "The university's pro-vice-chancellor Saifuddin Ahmed said 246 students left."},
                     "person-title-mismatch", {"proctor", "pro-vice-chancellor"})


def test_more_portfolios_and_a_racing_steward():
    assert not compatible(title("Sindh Labour Minister"), title("Sindh Industries Minister"))
    assert compatible(title("Industries Minister"), title("Trade and Industries Minister"))
    assert not compatible(title("Racing Victoria chief steward"), title("Racing Victoria chief executive"))
    assert compatible(title("chief steward"), title("steward"))


def test_a_given_name_written_alone_is_the_one_person_of_that_given_name():
    a = "Raymond Kowalczyk claimed the prize with his wife, Linda, 64, looking on."
    b = "His wife, Linda Kowalczyk, 61, said the couple had no plans to move."
    assert_conflicts({"a.md": a, "b.md": b}, "person-age-mismatch", {"64", "61"})
    # a given name alone spells no surname: no spelling conflict with the full name
    assert conflicts({"a.md": a, "b.md": b}, "name-spelling-across-sources") == []
    assert conflicts({"a.md": a, "b.md": b}, "name-spelling-in-document") == []
    # two people of that given name: the name alone is neither's
    b = "His wife, Linda Kowalczyk, 61, and their neighbour Linda Nowak, 70, said they had no plans to move."
    assert conflicts({"a.md": a, "b.md": b}, "person-age-mismatch") == []
