"""Person mentions: titles, ages and name spellings, and what is none of them."""
from __future__ import annotations

from conftest import facts_of


def people(text: str, attribute: str, published: str | None = None) -> list[tuple[str, str]]:
    kind = "name" if attribute == "spelling" else "person"
    return [(f.subject, f.value) for f in facts_of(text, kind, published) if f.attribute == attribute]


def test_title_before_the_name_with_qualifiers():
    assert people("According to Russian Foreign Ministry spokeswoman Maria Zakharova, it was off.", "title") == [
        ("Maria Zakharova", "spokesperson")]
    assert people("Kremlin aide Yuri Ushakov said so.", "title") == [("Yuri Ushakov", "adviser")]
    assert people("The paper quoted former President Dmitry Medvedev.", "title") == [
        ("Dmitry Medvedev", "former president")]
    assert people("Texas Attorney General Greg Abbott told reporters.", "title") == [
        ("Greg Abbott", "attorney general")]


def test_an_arabic_surname_keeps_its_article():
    assert people("Iraqi Foreign Minister Mohammed Hadi al-Jubouri arrived.", "title") == [
        ("Mohammed al-Jubouri", "foreign minister")]
    assert people("Faris al-Dulaimi, Iraq's ambassador to Kuwait, attended.", "title") == [
        ("Faris al-Dulaimi", "ambassador")]
    assert people("Kuwait's Foreign Minister Abdulaziz al-Mutairi spoke. Al-Mutairi said so.", "spelling") == [
        ("Abdulaziz al-Mutairi", "al-Mutairi"), ("Abdulaziz al-Mutairi", "Al-Mutairi")]


def test_title_in_an_appositive():
    text = "Sonata Coulter, Deputy Assistant Secretary of State for Russia and Central Europe, led the talks."
    assert people(text, "title") == [("Sonata Coulter", "deputy assistant secretary of state")]
    assert people("“No,” said Alexis Kouyias, the lawyer for the officers.", "title") == [("Alexis Kouyias", "lawyer")]


def test_an_office_one_serves_as_and_a_title_of_four_words():
    assert people("Vance co-founded Lumora with Marcus Bell, who serves as chief product officer, in 2019.",
                  "title") == [("Marcus Bell", "chief product officer")]
    assert people("Marcus Bell, who served as mayor, spoke.", "title") == [("Marcus Bell", "former mayor")]
    assert people("“No,” chief information security officer Priya Raman said.", "title") == [
        ("Priya Raman", "chief information security officer")]


def test_a_title_set_off_before_the_name_by_commas():
    assert people("The board's vice chair, Raymond Oduya, led the emergency session.", "title") == [
        ("Raymond Oduya", "vice chair")]
    assert people("He thanked the mayor, John Smith, and left.", "title") == [("John Smith", "mayor")]
    # no title word before the comma, or no comma closing the name
    assert people("He told the reporters, John Smith, and others.", "title") == []
    assert people("The board's vice chair, Raymond Oduya led the session.", "title") == []


def test_a_rank_before_a_lower_case_title_of_two_words_is_kept():
    assert people("“We would rather be cautious,” said deputy utilities director Marcus Bell.", "title") == [
        ("Marcus Bell", "deputy director")]
    assert people("“We would rather be cautious,” said the utilities director Marcus Bell.", "title") == [
        ("Marcus Bell", "director")]


def test_of_two_titles_joined_by_and_the_office_after_and_is_taken():
    assert people("Priya Raman, Vantora's co-founder and chief executive, will join Crestline.", "title") == [
        ("Priya Raman", "chief executive")]
    # "former" before the first title is the second one's too
    assert people("Gurbanguly Berdymukhamedov, a former dentist and health minister, ran.", "title") == [
        ("Gurbanguly Berdymukhamedov", "former health minister")]
    # a second person after "and" keeps their own title
    assert people("Ann Lee, a lawyer and Tom Hart, a judge, met.", "title") == [
        ("Ann Lee", "lawyer"), ("Tom Hart", "judge")]
    assert people("Ann Lee, wife and mother, said so.", "title") == []


def test_a_title_of_two_words_before_a_name_is_not_part_of_the_name():
    text = "Cardinal Freight Systems Inc Chief Executive Richard Ambrose resigned on Monday."
    assert people(text, "title") == [("Richard Ambrose", "chief executive")]
    assert people(text, "spelling") == [("Richard Ambrose", "Ambrose")]


def test_abbreviated_ranks_are_titles():
    assert people("“It was big,” said Maj. Denise Harlow of the Savannah Police Department.", "title") == [
        ("Denise Harlow", "major")]
    assert people("Det. Ann Lee and Supt. Tom Hart said so.", "title") == [
        ("Ann Lee", "detective"), ("Tom Hart", "superintendent")]


def test_a_participle_clause_is_not_an_appositive_title():
    assert people("Madeleine Albright, echoing the president, said the United States would stay.", "title") == []
    assert people("Madeleine Albright, citing a report, said so.", "title") == []
    assert people("Gen. Wesley Clark, retired commander of NATO, said so.", "title") != []


def test_a_title_followed_by_another_name_belongs_to_that_name():
    text = "Officials stopped the game to allow Ford, coach Roy Williams and director Dick Baddour to speak."
    assert ("Ford", "coach") not in people(text, "title")
    assert ("Roy Williams", "coach") in people(text, "title")


def test_an_age_in_an_apposition_after_the_name():
    assert people("Elizabeth Harmon, a 52-year-old veteran of the Sacramento Police Department, was sworn in.",
                  "age") == [("Elizabeth Harmon", "52")]
    assert people("Ann Lee, an 81-year-old retired teacher, died.", "age") == [("Ann Lee", "81")]


def test_ages_after_and_before_the_name():
    assert people("Alexander Darchiev, 64, a seasoned diplomat, was named.", "age") == [("Alexander Darchiev", "64")]
    assert people("Winston Blackmore, 52, and James Oler, 44, were arrested.", "age") == [
        ("Winston Blackmore", "52"), ("James Oler", "44")]
    assert people("Police shot 16-year-old Kimani Gray on Saturday.", "age") == [("Kimani Gray", "16")]
    assert people("Kimani (Kiki) Gray, 12, was killed.", "age") == [("Kimani Gray", "12")]
    assert people("The suspect Gary Gomes (35) was held.", "age") == [("Gary Gomes", "35")]
    # up to three words between the age and the name, a nationality among them; not past "and"
    assert people("The captain, 57-year-old Polish national Tomasz Wiśniewski, spoke.", "age") == [
        ("Tomasz Wiśniewski", "57")]
    assert people("The 41-year-old Brazilian striker Carlos Mendes scored twice.", "age") == [("Carlos Mendes", "41")]
    assert people("A 30-year-old man and Tom Hart were hurt.", "age") == []
    assert people("A 30-year-old woman told Tom Hart about it.", "age") == []


def test_an_age_said_away_from_the_name_of_the_one_person_named():
    obituary = "Raymond A. Lacerda, a former mayor, died Sunday at his home in Cranston. He was 81."
    assert people(obituary, "age") == [("Raymond Lacerda", "81")]
    assert people("Ray Lacerda died Nov. 18 at his home at the age of 81.", "age") == [("Ray Lacerda", "81")]
    assert people("# Raymond Lacerda, former Cranston mayor, dies at 81", "age") == [("Raymond Lacerda", "81")]
    assert people('Raymond "Ray" Lacerda died Saturday. She was 82.', "age") == [("Raymond Lacerda", "82")]
    text = "Dawson Reyes is stepping away from the stage. The 37-year-old country star announced it yesterday."
    assert people(text, "age") == [("Dawson Reyes", "37")]
    text = "Tyler Brannigan signed. At 32, Brannigan is coming off the best season for the Cleveland Guardians."
    assert people(text, "age") == [("Tyler Brannigan", "32")]


def test_an_age_away_from_the_name_with_no_one_person_to_be_of_is_no_age():
    assert people("Ann Lee met Tom Hart on Sunday. He was 81.", "age") == []  # two people: whose?
    assert people("The rain stopped on Sunday. He was 81.", "age") == []
    assert people("Ann Lee died Sunday. He was 81 when the mill closed.", "age") == []  # not only an age
    assert people("Ann Lee, 52, left at the age of 30.", "age") == [("Ann Lee", "52")]  # her age is given
    assert people("Ann Lee met Tom Hart. The 37-year-old country star left.", "age") == []  # two people
    assert people("Salah Abdeslam's brother died. The 31-year-old had rented a car.", "age") == []  # the brother
    assert people("Ann Lee sang. The 37-year-old singer Tom Hart left.", "age") == [("Tom Hart", "37")]
    # an acronym or a nationality after the age, and the subject of a sentence naming others after a comma
    assert people("Minister Declan Mulryan resigned. The 58-year-old TD for Cork had faced pressure.", "age") == [
        ("Declan Mulryan", "58")]
    assert people("MADRID (Courtside Sports Service) — Elena Kovač won on May 2, beating Spain's Marta Salgardo. "
                  "The 23-year-old Croatian needed two hours.", "age") == [("Elena Kovač", "23")]
    assert people("Ann Lee said the oak was felled at the age of 300.", "age") == []  # no one is 300
    assert people("Ann Lee, who retired at 65, died at 81%.", "age") == []


def test_numbers_that_are_not_ages():
    assert people("In 2016, 64 people were hurt.", "age") == []
    assert people("Maria Zakharova paid $64 for it.", "age") == []
    assert people("Ortiz, a 15-year veteran of the department, was shot.", "age") == []
    assert people("Washington, 2025: the talks went on.", "age") == []


def test_words_that_are_not_people():
    assert people("The State Department said the talks were off.", "title") == []
    assert people("The Foreign Ministry said the talks were off.", "spelling") == []
    assert people("Officials in Saudi Arabia and Los Angeles County agreed.", "spelling") == []
    # a demonym, a prize or an award show named after a given name
    assert people("The 40-year-old Australian actor will host.", "age") == []
    assert people("The 26-year-old Kenyan runner won.", "age") == []
    assert people("He has hosted the Tony Awards three times.", "spelling") == []
    assert people("Susan, 40, and Jordan, 12, were hurt.", "age") == [("Susan", "40"), ("Jordan", "12")]


def test_surname_only_mentions_follow_a_full_name_in_the_document():
    text = "Tyler Hansbrough scored 20 points. Later, Hansbrough said it was special."
    assert [v for _, v in people(text, "spelling")] == ["Hansbrough", "Hansbrough"]
    assert people("Moscow said the talks were off.", "spelling") == []


def test_headlines_do_not_make_people_of_capitalised_words():
    assert people("Will TikTok Survive the Ban", "spelling") == []


def test_a_long_title_of_or_for_something_before_the_name():
    def titles(text):
        return [(f.subject, f.value, f.text) for f in facts_of(text, "person") if f.attribute == "title"]

    assert titles("Officials met. State Secretary for Higher Education Gergely Fodor said the offer stood.") == [
        ("Gergely Fodor", "state secretary", "State Secretary for Higher Education")]
    assert titles("Officials met. Minister of Culture and Innovation Gergely Fodor said the offer stood.") == [
        ("Gergely Fodor", "culture and innovation minister", "Minister of Culture and Innovation")]
    assert titles("Officials met. Director of Maritime Services Keston Ramdial said the ship was safe.") == [
        ("Keston Ramdial", "director", "Director of Maritime Services")]
    # not an office: the name of a body before a name
    assert titles("Officials met. Bank of America Tom Hart said so.") == []
    # a lower-case possessive inside an office does not cut it short
    assert titles("“No,” said Nikos Toskas, Greece’s deputy citizen’s protection minister, on Saturday.") == [
        ("Nikos Toskas", "deputy minister", "Greece’s deputy citizen’s protection minister")]


def test_a_role_word_before_a_given_name_is_not_part_of_the_name():
    text = "Receptionist Madeline Kafoury, 70, and Paul Riva, 47, were shot."
    assert people(text, "age") == [("Madeline Kafoury", "70"), ("Paul Riva", "47")]
    # a given name first, or only two words: the run is the name
    assert people("Mary Ann Smith, 40, was shot.", "age") == [("Mary Smith", "40")]
    assert people("Sheikh Mohammed, 60, spoke.", "age") == [("Sheikh Mohammed", "60")]
    # a family name written first is no role, accented or known as one
    assert people("Đào Minh Khôi, 52, spoke.", "age") == [("Đào Khôi", "52")]
    assert people("Tran Minh Anh, 52, spoke.", "age") == [("Tran Anh", "52")]
    # a name that qualifies the noun after it is not the person of the age before it
    assert people("He is a 38-year-old Troy resident who was fired.", "age") == []
    assert people("Police shot 16-year-old Kimani Gray on Saturday.", "age") == [("Kimani Gray", "16")]


def test_a_middle_initial_is_part_of_the_name_even_m():
    assert people("He helped bring down President Richard M. Nixon by resisting.", "title") == [
        ("Richard Nixon", "president")]
    assert people("Former FBI official W. Mark Felt, 91, died.", "age") == [("Mark Felt", "91")]


def test_an_appositive_title_that_ends_the_sentence_and_a_district_administrator():
    assert people("Staff detected the intrusion, said Priya Raman, the university's chief privacy officer.",
                  "title") == [("Priya Raman", "chief privacy officer")]
    assert people("District administrator Katrin Vogel said early on Monday that the dike held.", "title") == [
        ("Katrin Vogel", "district administrator")]


def test_an_age_in_an_epithet_after_the_name():
    people = [(f.subject, f.value) for f in facts_of("A court sentenced Levan Abashidze, the 52-year-old founder of "
                                                     "the site, to four years.", "person") if f.attribute == "age"]
    assert people == [("Levan Abashidze", "52")]
    assert [f for f in facts_of("Levan Abashidze, the 52 members said, was late.", "person")
            if f.attribute == "age"] == []


def test_an_epithet_age_set_off_by_a_comma_and_a_players_position_before_the_name():
    text = ("Winger Josaia Ravulo was the star of the match. The 26-year-old, from Sigatoka, scored nine tries.")
    assert people(text, "age") == [("Josaia Ravulo", "26")]
    assert people(text, "title") == [("Josaia Ravulo", "winger")]
    assert people("Ann Lee met Tom Hart. The 26-year-old, from Sigatoka, scored.", "age") == []  # whose?


def test_a_lone_name_with_an_age_described_and_an_office_named_by_whose_it_is():
    text = "The dead were identified as Suparman, a 67-year-old farmer, and a sand miner whose name was not released."
    assert people(text, "age") == [("Suparman", "67")]
    assert people("The flight landed in Paris, a 40-minute trip away.", "age") == []
    text = "Rodrigo Fuentes, Salar Andino's chairman, told reporters the deal was done."
    assert people(text, "title") == [("Rodrigo Fuentes", "chair")]
    text = "The bonus was approved, said Samir Haddad, vice-president of the Jordan Football Association."
    assert people(text, "title") == [("Samir Haddad", "vice president")]
    # a title that ends before a possessive of common words is not carried on: "the city's police union"
    text = "Dana Reyes, a lawyer for the city's police union, said so."
    assert people(text, "title") == [("Dana Reyes", "lawyer")]


def test_an_age_described_by_a_nationality_after_a_lone_name_and_a_nationality_that_is_no_name():
    text = "Ahmad, a 24-year-old Syrian from Deir ez-Zor who asked that his surname not be used, said he was weak."
    assert people(text, "age") == [("Ahmad", "24")]
    assert people("Ahmad, a 24-year-old Jakarta resident, said so.", "age") == []  # a name after the age: whose?
    # "Dane" is a given name, but after an age it says where a person is from, as "Australian" does
    assert people("Aberdeen appointed Anders Holmgaard, handing the 46-year-old Dane a contract.", "age") == []
    assert people("Police said Tom Hart, 41, hit the 30-year-old Dane.", "age") == [("Tom Hart", "41")]
    assert people("The club signed 16-year-old Dane Smith on Monday.", "age") == [("Dane Smith", "16")]


def test_an_epithet_age_before_a_verb_is_of_the_one_person_named_before():
    text = "Pieter Dekker was sacked on Monday. The 54-year-old had been in charge since September."
    assert people(text, "age") == [("Pieter Dekker", "54")]
    # a possessor is not the person the epithet describes, with the possessive in the name's span or not
    assert people("Salah Abdeslam's brother died. The 31-year-old had rented a car.", "age") == []
    assert people("Ann Lee met Tom Hart on Sunday. The 54-year-old had left.", "age") == []  # two people


def test_a_run_with_a_word_of_an_organisation_names_no_person():
    text = "Sipho Mahlangu, who is leading the Mine Rescue Services team at the site, said divers could not enter."
    assert people(text, "spelling") == [("Sipho Mahlangu", "Mahlangu")]
    assert people("Rescue teams were led by Tom Hart of Mine Rescue Services, who said so.", "spelling") == [
        ("Tom Hart", "Hart")]


def test_a_title_set_off_before_a_name_may_be_capitalised_name_what_it_is_of_and_end_the_sentence():
    assert people("Tanzania was represented by its Minister of Livestock and Fisheries, Rehema Mollel.", "title") == [
        ("Rehema Mollel", "fisheries and livestock minister")]
    assert people("Its chief curator, Karen Holm, said the objects were fragile.", "title") == [
        ("Karen Holm", "curator")]
    assert people("He thanked its Board, Karen Holm and others.", "title") == []


def test_hyphened_offices_jobs_and_the_body_a_lower_case_title_names():
    assert people("The case was led by Deputy Attorney-General Nana Yeboah.", "title") == [
        ("Nana Yeboah", "deputy attorney general")]
    assert people("Mauricio Pardo, the bank's chief economist, said rates would fall.", "title") == [
        ("Mauricio Pardo", "economist")]
    assert people("Technical manager Mauricio Pardo said rates would fall.", "title") == [
        ("Mauricio Pardo", "technology manager")]
    assert people("“It is fragile,” said museum director Karen Holm.", "title") == [
        ("Karen Holm", "museum director")]
    assert people("“It is fragile,” said director Karen Holm.", "title") == [("Karen Holm", "director")]


def test_a_country_before_or_after_a_name_marks_a_person_and_a_municipality_makes_no_demonym():
    text = ("Kenya's Daniel Kiprop Mutai won the marathon. Mutai, 27, stopped the clock first. The women's race "
            "went to Meseret Alemu of Ethiopia, who ran alone. Ethiopia's Hirut Bekele was second.")
    assert people(text, "age") == [("Daniel Mutai", "27")]
    assert [s for s, _ in people(text, "spelling")] == [
        "Daniel Mutai", "Daniel Mutai", "Meseret Alemu", "Hirut Bekele"]
    assert people("Britain's Royal Navy seized the ship.", "spelling") == []


def test_a_title_set_off_before_a_name_may_list_the_portfolios_it_is_for():
    assert people("Ghana's deputy minister for tourism, arts and culture, Kwame Asamoah-Boateng, spoke.", "title") == [
        ("Kwame Asamoah-Boateng", "deputy arts and culture and tourism minister")]
    assert people("He thanked the minister for coming, Kwame Mensah and others.", "title") == []


def test_a_name_after_of_is_no_title_whatever_its_last_word():
    assert people("Tshering Wangmo, director of the National Center for Hydrology, said so.", "title") == [
        ("Tshering Wangmo", "director")]
    assert people("Ana Ruiz, Secretary of State, said so.", "title") == [("Ana Ruiz", "secretary of state")]
    assert people("Ana Ruiz, chief of police, said so.", "title") == [("Ana Ruiz", "police chief")]


def test_an_office_of_police_or_staff_ends_before_the_name():
    found = [(f.subject, f.text) for f in facts_of("Deputy Superintendent of Police Dilli Raman Poudel said so.",
                                                   "person") if f.attribute == "title"]
    assert found == [("Raman Poudel", "Deputy Superintendent of Police")]
    assert people("Inspector General of Police Ahmed Ali said so.", "title") == [("Ahmed Ali", "inspector general")]
    assert people("Perikatan Nasional information chief Fadzil Rahman said so.", "title") == [
        ("Fadzil Rahman", "information chief")]
