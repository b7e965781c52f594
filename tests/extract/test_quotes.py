import pytest

from factcheck.extract.quotes import find_quotes, normalize_words, surname


def speakers(text):
    return [(q.words.rstrip(",."), q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("“We hope the pause will not be long,” said Maria Zakharova.", "We hope the pause will not be long", "Maria Zakharova"),
        ("“The pause is too long,” Zakharova said.", "The pause is too long", "Zakharova"),
        ("“The driver did not stop,” said Sgt. Pete Simpson, a police spokesman.", "The driver did not stop",
         "Pete Simpson"),
        ("“We are saddened,” said Dr. Ann Lee.", "We are saddened", "Ann Lee"),
        ("“The case is closed,” said U.S. Attorney John Smith.", "The case is closed", "John Smith"),
        ("“We were lucky,” said Mayor Michael Hancock.", "We were lucky", "Michael Hancock"),
        ("“We were lucky,” King said.", "We were lucky", "King"),  # a surname that is also a title
        ("“Hugh is the ideal host,” producer Laurence Mark said.", "Hugh is the ideal host", "Laurence Mark"),
        ("“He regrets it,” his manager, Jane Marcus, said.", "He regrets it", "Jane Marcus"),
        ("“We are sad,” police spokesman Bruce Borihanh said.", "We are sad", "Bruce Borihanh"),
        ("“It is a miracle,” said her uncle, Tom Smart.", "It is a miracle", "Tom Smart"),
        ("“It is a miracle,” said a neighbor, who asked not to be named.", "It is a miracle", None),
        ("Zakharova stated, “We are ready to continue.”", "We are ready to continue", "Zakharova"),
        ("According to Maria Zakharova, “the talks are over.”", "the talks are over", "Maria Zakharova"),
        ("Lavrov called the talks “constructive and useful” on Monday.", "constructive and useful", "Lavrov"),
        ('"We will not stop," said John Smith.', "We will not stop", "John Smith"),
        ("“The U.S. canceled,” said Russian Foreign Ministry spokesperson Maria Zakharova.", "The U.S. canceled", "Maria Zakharova"),
        ("Oppal said Blackmore is married. “This is a complex issue,” he told reporters.", "This is a complex issue", "Oppal"),
        ("Chief executive Dana Whitaker introduced the laptop in San Francisco, telling about 3,000 people that it "
         "was “the biggest redesign in a decade.”", "the biggest redesign in a decade", "Dana Whitaker"),
        ("In San Francisco, Dana Whitaker introduced the laptop, telling buyers it was “the best yet.”",
         "the best yet", "Dana Whitaker"),
        ("Mayor Michael Hancock ordered flags lowered, calling the shooting “a senseless act of violence.”",
         "a senseless act of violence", "Michael Hancock"),
        ("“We will see it,” Raymond Okoye, NASA's associate administrator for science, said in a statement.",
         "We will see it", "Raymond Okoye"),
        ("“We will see it,” Elena Marsh, 48, the project scientist at the U.S. lab, said.", "We will see it",
         "Elena Marsh"),
        ("“We will see it,” Okoye, Marsh and Lee said.", "We will see it", None),  # three of them
        ("“Every ship is a sign of trust,” al-Jubouri told reporters.", "Every ship is a sign of trust", "al-Jubouri"),
        ("“Our goalie bailed us out,” Lakers head coach Gary Tompkins said.", "Our goalie bailed us out",
         "Gary Tompkins"),
        ("“We will see,” White House spokesman Josh Earnest said.", "We will see", "Josh Earnest"),
        # a second quote right after the first one's attribution goes on with the same speaker
        ("“Teams fold,” Kessler said. “We didn't flinch. Not once.”", "We didn't flinch. Not once", "Kessler"),
        ("“Teams fold,” Kessler said.\n\n“We didn't flinch. Not once.”", "We didn't flinch. Not once", None),
        ("“Teams fold,” Kessler said. Fans cheered. “We didn't flinch. Not once.”", "We didn't flinch. Not once",
         None),
        ("“We will see it,” he said. Then Okoye, the boss, said no.", "We will see it", None),  # another sentence
        # a body after the name is whom the speaker serves, a short title before it no name
        ("“This was planned,” said Inspector Claudio Riquelme of the PDI.", "This was planned", "Claudio Riquelme"),
        ("“It was enormous,” said Brig. Marek Zawadzki, the fire commander.", "It was enormous", "Marek Zawadzki"),
        # a quote after a colon is the sentence's subject's
        ("Park director Helen Marsh was quick to reassure the public: “She was more frightened of us than we "
         "ever were of her.”", "She was more frightened of us than we ever were of her", "Helen Marsh"),
        ("Head keeper Tom Baxter, who helped track her, said: “She was more frightened of us.”",
         "She was more frightened of us", "Tom Baxter"),
        ("Officials gave a warning on Monday: “Stay indoors.”", "Stay indoors", None),
        # a partial quote after a name set off by commas, or after the sentence's subject and its apposition
        ("A park spokesperson, Jess Nguyen, said the leopard was “calm, fed and back to her usual self.”",
         "calm, fed and back to her usual self", "Jess Nguyen"),
        ("Dr. Ioana Muresan, director of the county health directorate, said the outbreak had been “entirely "
         "predictable” given falling vaccination rates.", "entirely predictable", "Ioana Muresan"),
    ],
)
def test_speakers(text, words, speaker):
    assert (words, speaker) in speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks addressed these “irritants” and more.",  # a scare quote
        "It was “constructive.”",
    ],
)
def test_scare_quotes_are_not_quotes(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“No comment,” a spokesman said.",
        "“We will see what happens next,” officials said.",
        "He said “this is fine by me” yesterday.",
        "The laptop was unveiled in San Francisco, with the company telling buyers it was “the best yet.”",
        "“There is no record of him leaving the country,” said the Turkish official.",  # a demonym is no name
        "It's claimed that officials knew and that there was “no record of him leaving the country.”",
        "The Malaysian PM said on Monday it had to be concluded “with deep sadness and regret” that it ended.",
    ],
)
def test_quotes_without_a_named_speaker(text):
    assert [q.speaker for q in find_quotes(text)] == [None]


def test_a_pronoun_is_the_person_named_after_a_title_that_opens_the_sentence_before():
    text = ("“I made mistakes,” Holub said. Premier Lukáš Vrána accepted the resignation and said money must be "
            "spent with care. “Anyone who forgets that has no place in government,” he said.")
    assert speakers(text)[-1] == ("Anyone who forgets that has no place in government", "Lukáš Vrána")


def test_a_given_name_written_with_accents_is_known():
    text = ("Analyst Tomás Ibarra, who covers mining at a Buenos Aires brokerage, said investors should wait. "
            "“A large resource is only half the story,” he said.")
    assert speakers(text) == [("A large resource is only half the story", "Tomás Ibarra")]


def test_a_pronoun_is_the_person_a_sentence_opens_with_described_by_a_possessed_title():
    text = ("Emeka Obi, the WHO's immunisation officer for the northwest zone, said Islamic clerics had helped. "
            "“People notice,” he said.")
    assert speakers(text) == [("People notice", "Emeka Obi")]
    text = "Kwabena Mensah, the company's chief executive, said Accra Holdings had agreed. “We are done,” he said."
    assert speakers(text) == [("We are done", "Kwabena Mensah")]


def test_a_pronoun_is_the_one_person_the_sentence_before_gives_an_age():
    text = ("Among the first in line was Bùi Thị Lan, 67, a retired teacher who arrived at Nam Thăng Long "
            "station at 4 a.m. “I have waited ten years,” she said.")
    assert speakers(text) == [("I have waited ten years", "Bùi Thị Lan")]


def test_a_speaker_named_by_office_is_the_one_person_the_text_gave_that_office():
    text = ("Judge Helena Matos Ribeiro, of the 9th Federal Court, suspended the licence. "
            "“The licence was granted without genuine consultation,” the judge wrote in her decision.")
    assert speakers(text) == [("The licence was granted without genuine consultation", "Helena Matos Ribeiro")]
    text = "Ann Lee, the county's chief judge, spoke first. “We are done here,” said the judge."
    assert speakers(text) == [("We are done here", "Ann Lee")]
    # two judges, or none named: whose?
    text = "Judge Ann Lee and Judge Tom Hart sat. “We are done here,” the judge said."
    assert speakers(text) == [("We are done here", None)]
    assert speakers("The court sat late. “We are done here,” the judge said.") == [("We are done here", None)]


def test_a_speaker_called_by_nationality_is_the_one_person_the_text_gave_that_country():
    text = ("Lasha Beridze of Georgia won the world title. “This medal belongs to my coach,” the Georgian said.")
    assert speakers(text) == [("This medal belongs to my coach", "Lasha Beridze")]
    text = "Georgian Lasha Beridze won. “This medal belongs to my coach,” the Georgian said afterwards."
    assert speakers(text) == [("This medal belongs to my coach", "Lasha Beridze")]
    # two Georgians, or none named: whose?
    text = "Lasha Beridze of Georgia beat Irakli Tsiklauri of Georgia. “This medal is mine,” the Georgian said."
    assert speakers(text) == [("This medal is mine", None)]
    assert speakers("Lasha Beridze won. “This medal is mine,” the Georgian said.") == [("This medal is mine", None)]


def test_a_pronoun_after_a_sentence_opened_by_an_age_is_the_person_named_before_it():
    text = ("Esther Nkhoma was elected speaker. The 59-year-old lawyer, raised in Malawi's Southern Region, is the "
            "second woman to hold the post. She pledged to run the house impartially. “This chair belongs to every "
            "Malawian,” she told lawmakers.")
    assert speakers(text) == [("This chair belongs to every Malawian", "Esther Nkhoma")]
    # a place's region is no one
    text = "Delegates came from Malawi's Southern Region. “This chair belongs to every Malawian,” she said."
    assert speakers(text) == [("This chair belongs to every Malawian", None)]


def test_a_pronoun_is_the_one_person_named_after_an_honorific_before_a_group_that_spoke():
    text = ("Researchers said corals began spawning on October 12.\n\nThe survey was led by Dr. Sainimere Tuilau of "
            "the University of the South Pacific, who said the results were good. “We went in expecting a patchy "
            "spawn,” she said.")
    assert speakers(text) == [("We went in expecting a patchy spawn", "Sainimere Tuilau")]


def test_pronoun_is_not_resolved_to_a_place_or_a_saints_name():
    text = ("It is thought Abaaoud, once a student at one of Brussels' high schools, Saint Pierre d'Uccle, "
            "encouraged his sibling.\n\n“All my life, I have seen the blood flow,” he said in a video.")
    assert speakers(text)[-1] == ("All my life, I have seen the blood flow", "Abaaoud")


def test_pronoun_is_not_resolved_to_a_place_after_said():
    text = "Howard also said Georgia prosecutors need leeway. “The community has spoken,” he said."
    assert speakers(text) == [("The community has spoken", "Howard")]


def test_normalizing():
    assert normalize_words("We’re  ready, he said!") == "we're ready he said"
    assert surname("Maria Zakharova") == surname("Zakharova") == "zakharova"


def test_a_pronoun_is_the_person_the_sentence_before_opens_with():
    text = ("Officer Brad Baehr said Vincent Jackson was cited for driving on probation. "
            "Jackson issued a statement released through the team. “I was stopped by an officer,” he said.")
    assert speakers(text)[-1] == ("I was stopped by an officer", "Jackson")
    # a bare word opening the sentence is no antecedent unless the text gives it as someone's surname
    text = ("Officer Brad Baehr said Jackson was cited. Yesterday brought no news. “I was stopped,” he said.")
    assert speakers(text)[-1] == ("I was stopped", "Brad Baehr")


def test_a_pronoun_is_the_subject_past_an_apposition_an_age_or_a_role_word():
    text = ("Ben Kessler, an analyst at Halvorsen Capital, said executives were bracing for a downturn. "
            "“They are cutting into muscle,” he said.")
    assert speakers(text)[-1] == ("They are cutting into muscle", "Ben Kessler")
    text = ("Helen Marquardt won. Marquardt, 58, celebrated with supporters at a tap house in Sparks, where she "
            "thanked volunteers.\n\n“Reno voted tonight for a city that works,” she told the crowd.")
    assert speakers(text)[-1] == ("Reno voted tonight for a city that works", "Marquardt")
    text = ("Passenger Alicia Moreno, 29, said the car shook. “People were thrown on top of each other,” she said.")
    assert speakers(text)[-1] == ("People were thrown on top of each other", "Alicia Moreno")
    text = ("“We won,” Brandt said.\n\nNorthern Sierra coach Gary Lindqvist lamented the slow start. "
            "“You can't spot a team 13 at the half,” he said.")
    assert speakers(text)[-1] == ("You can't spot a team 13 at the half", "Gary Lindqvist")
    text = "“We won,” Brandt said. Police said Smith ran. “It was fast,” he said."
    assert speakers(text)[-1][1] != "Smith"  # "Police said": no title before the name
    text = ("“Not one plant will close,” Wolff said.\n\nHenrik Lindqvist, 62, Baltica's chief executive, "
            "will chair the board. “Together we can offer them that,” he said.")
    assert speakers(text)[-1] == ("Together we can offer them that", "Henrik Lindqvist")  # past an age and a role
    text = ("“It fell,” Mamani said.\n\nMinister Benavides visited Tinco on Tuesday and pledged funds. "
            "“We will not leave these families alone,” she said.")
    assert speakers(text)[-1] == ("We will not leave these families alone", "Benavides")  # a title says who
    text = ("“We acted,” Ramaila said.\n\nWater and Sanitation Minister Lerato Mokoena, who toured the works on "
            "Wednesday, said engineers would audit the plant. “Mokopane is not the only town,” she said.")
    assert speakers(text)[-1] == ("Mokopane is not the only town", "Lerato Mokoena")  # after a title: a full name
    text = "Governor Luz Marina Arango of Arauca said that “it is the same people who pay” each time."
    assert speakers(text)[-1] == ("it is the same people who pay", "Luz Marina Arango")  # not her province


def test_a_pronoun_after_a_quote_that_ends_a_paragraph_is_the_next_sentences_subject():
    text = ("“It does not explain nine years of forgery,” Judge Paul Metzger said. “It never will.”\n\n"
            "Daniel Kowalsky apologized to the victims. “I am ashamed of what I did,” he said.")
    assert speakers(text)[-1] == ("I am ashamed of what I did", "Daniel Kowalsky")


def test_a_pronoun_is_the_person_named_after_a_title_and_with_an_initial():
    text = ("A gunman fired from a car, Officer Jose Estrada said.\n\nPolice Superintendent Garry F. McCarthy "
            "promised more officers. “We will not let these gangs take over our streets,” he said.")
    assert speakers(text)[-1] == ("We will not let these gangs take over our streets", "Garry F McCarthy")


def test_a_pronoun_is_not_an_organisation_or_an_acronym():
    text = ("The German Chancellor, Angela Merkel, fighting accusations, said the crisis showed the need for an "
            "overhaul of the EU's fiscal rules. “The future of Europe is at stake,” she told a debate.")
    assert speakers(text) == [("The future of Europe is at stake", "Angela Merkel")]


def test_he_is_the_one_person_the_sentence_before_names_in_full():
    text = ("“The constitution does not permit it,” Judge Eleanor Whitcombe wrote for the majority. In a dissent, "
            "Judge Paul Ostrander accused the majority of overreach. “Compactness is a measure, not a command,” "
            "he wrote.")
    assert speakers(text)[-1] == ("Compactness is a measure, not a command", "Paul Ostrander")


def test_a_company_and_a_title_before_a_name_that_opens_a_sentence():
    text = ("Northgate CEO Linda Marchetti, 59, who will serve as president of the combined bank, described the two "
            "as natural partners. “These are two banks with the same DNA,” she said in an interview.")
    assert speakers(text) == [("These are two banks with the same DNA", "Linda Marchetti")]


def test_a_surname_shaped_like_a_demonym_or_a_place_is_a_person_once_written_after_a_given_name():
    text = ("Dr. Ioana Muresan spoke first. Muresan put it bluntly at the briefing: “Every child is a risk.” "
            "The mayor, Ricardo Ventura, was charged. In a video, Ventura denied any wrongdoing. “I have never "
            "taken a single centavo,” he said.")
    assert speakers(text) == [("Every child is a risk", "Muresan"), ("I have never taken a single centavo", "Ventura")]


def test_a_one_word_speaker_that_opens_the_one_longer_name_before_is_that_person():
    # a family name or a chief's title written first: "Seiuli" is Seiuli Tofilau Sione, "Xi" is Xi Jinping
    text = ("Director-General of Health Seiuli Tofilau Sione told a news conference the girl had died. "
            "“Our hearts go out to her family,” Seiuli said.")
    assert speakers(text) == [("Our hearts go out to her family", "Seiuli Tofilau Sione")]
    text = "Xi Jinping met the delegation. “We are partners,” Xi said."
    assert speakers(text) == [("We are partners", "Xi Jinping")]
    text = "Jordan Hale scored twice. “It was easy,” Jordan said."
    assert speakers(text) == [("It was easy", "Jordan Hale")]
    # not a surname the text writes after a given name, not one of two longer names
    text = "Emmanuel Boakye arrived at Boakye Holdings. “I am innocent,” Boakye said."
    assert speakers(text) == [("I am innocent", "Boakye")]
    text = "Michael Jordan watched Jordan Hale score. “It was easy,” Jordan said."
    assert speakers(text) == [("It was easy", "Jordan")]
    text = "Kim Jong Un and Kim Yo Jong arrived. “We are ready,” Kim said."
    assert speakers(text) == [("We are ready", "Kim")]


def test_a_pronoun_is_the_person_named_after_whose_they_are():
    text = ("“Public office is a trust,” Justice Mensah said before passing sentence.\n\n"
            "Boakye's lead counsel, Kwesi Amponsah-Darko, said his client would appeal. "
            "“We respectfully disagree with the findings,” he said.")
    assert speakers(text)[-1] == ("We respectfully disagree with the findings", "Kwesi Amponsah-Darko")


def test_a_pronoun_is_a_subject_the_text_gives_in_full_or_describes_as_a_person():
    # two surnames after a given name written before ("Marcelo Quiroga Baca"), and no place after "the"
    text = ("Rojas beat former senator Marcelo Quiroga Baca. “It is a new era,” Rojas said. Quiroga Baca "
            "accepted defeat but said his party would challenge results in the Chapare. “We accept the will of "
            "the people,” he said.")
    assert speakers(text)[-1] == ("We accept the will of the people", "Quiroga Baca")
    # a name no given-name list knows, described as a person right after it
    text = ("“The dzud is the worst in years,” said Purevdorj Erdenebat, the agency head.\n\n"
            "Dorjsuren Batbayar, a herder in Tosontsengel district, said 300 of his sheep had died. "
            "“In the morning we go out and count the dead ones,” he said.")
    assert speakers(text)[-1] == ("In the morning we go out and count the dead ones", "Dorjsuren Batbayar")
    # a place so described is no one: the last speaker stays
    text = ("“The dzud is the worst in years,” said Purevdorj Erdenebat.\n\nZavkhan Province, a remote region, "
            "lost 40 percent of its herds. “We need hay,” he said.")
    assert speakers(text)[-1] == ("We need hay", "Purevdorj Erdenebat")


def test_a_pronoun_after_a_sentence_opened_by_the_same_pronoun_goes_back_to_who_that_is():
    text = ("“They have convicted a newspaper,” Abashidze said.\n\nHis lawyer, Irakli Mchedlishvili, told "
            "reporters the defence would appeal. He said the court had disregarded bank records. “We will go to "
            "the Court of Appeals,” he said.")
    assert speakers(text)[-1] == ("We will go to the Court of Appeals", "Irakli Mchedlishvili")
    # a sentence that opens with a name is no chain
    text = ("His lawyer, Irakli Mchedlishvili, told reporters the defence would appeal. Levan Abashidze said the "
            "court was wrong. “We will go to the Court of Appeals,” he said.")
    assert speakers(text)[-1] == ("We will go to the Court of Appeals", "Levan Abashidze")


def test_a_title_of_up_to_six_words_before_the_speakers_name():
    text = ("“We remain very optimistic about 2026,” managing director and chief executive Adaeze Okonkwo-Bello "
            "told analysts.")
    assert speakers(text) == [("We remain very optimistic about 2026", "Adaeze Okonkwo-Bello")]
    text = "“We remain optimistic,” the bank said in a long statement that Adaeze Okonkwo-Bello said was fair."
    assert speakers(text)[0][1] != "Adaeze Okonkwo-Bello"


def test_a_long_title_of_capitalised_words_before_the_speakers_name():
    text = ("“Housing is a right, not a luxury asset,” Minister of Housing and Urban Agenda Elena Vidal Sarasola "
            "told deputies.")
    assert speakers(text) == [("Housing is a right, not a luxury asset", "Elena Vidal Sarasola")]
    # no given name among the last words: no speaker
    text = "“Housing is a right,” the Ministry of Housing and Urban Agenda told deputies."
    assert speakers(text) == [("Housing is a right", None)]


def test_a_pronoun_is_a_surname_given_an_age_or_a_full_name_past_its_title_words():
    text = ("“It was close,” city clerk Nathalie Gervais said.\n\nBeaulieu, 61, conceded shortly before 10 p.m. "
            "and said he would not seek a recount. “The process was fair,” he said.")
    assert speakers(text)[-1] == ("The process was fair", "Beaulieu")
    text = ("Mwansa said the section had been inspected on Monday.\n\nMines and Minerals Development Minister Grace "
            "Tembo said inspectors had sealed the area. “If we find that corners were cut, there will be "
            "consequences,” she said.")
    assert speakers(text)[-1] == ("If we find that corners were cut, there will be consequences", "Grace Tembo")
    # a bare word with no age is still no one
    text = "“It was close,” Nathalie Gervais said.\n\nYesterday brought no news. “It is over,” he said."
    assert speakers(text)[-1] == ("It is over", "Nathalie Gervais")


def test_a_pronoun_is_a_subject_given_a_title_or_a_role_of_some_body():
    text = ("Deputy Commissioner Abul Kalam Azad said a probe committee would report.\n\nNazma Parvin, president of "
            "the National Garment Workers' Alliance, demanded arrests. “Thousands of units still operate without "
            "fire exits,” she said.")
    assert speakers(text)[-1] == ("Thousands of units still operate without fire exits", "Nazma Parvin")
    text = ("Customs chief Rawiri Tapsell said the haul was large.\n\nMele Taufa, policy manager at the NZ Drug "
            "Foundation, said enforcement would not solve it. “Seizures like this are important,” she said.")
    assert speakers(text)[-1] == ("Seizures like this are important", "Mele Taufa")
    # a place set off by commas is no one: the last speaker named stays the one
    text = ("Customs chief Rawiri Tapsell said the haul was large.\n\nManzanillo Harbor, part of the Colima coast, "
            "handled the cargo. “It was hidden well,” he said.")
    assert speakers(text)[-1] == ("It was hidden well", "Rawiri Tapsell")


def test_an_accented_capital_opens_a_name_and_an_age_may_follow_it():
    assert speakers('"We will not rest," Łódź Mayor Hanna Zielińska said after visiting the site.') == [
        ("We will not rest", "Łódź Mayor Hanna Zielińska")]
    assert speakers('"This strike is about safety," SINTAV president Inês Carvalho, 49, told reporters.') == [
        ("This strike is about safety", "Inês Carvalho")]
    # a number that is no age, a lower-case word: no speaker
    assert speakers('"This strike is about safety," the union said in 49 statements.') == [
        ("This strike is about safety", None)]


def test_a_pronoun_is_the_full_name_after_a_title_that_opens_the_sentence_before():
    text = ('Union spokeswoman Thandeka Mokoena of the National Union of Mineworkers said the union wanted answers. '
            '"Everyone knew there was water in those tunnels," she said.')
    assert speakers(text) == [("Everyone knew there was water in those tunnels", "Thandeka Mokoena")]
    # a title before a place is no person's
    text = ('Union spokeswoman Thandeka Mokoena of Port Elizabeth said the union wanted answers. '
            '"Everyone knew there was water in those tunnels," she said.')
    assert speakers(text) == [("Everyone knew there was water in those tunnels", "Thandeka Mokoena")]


def test_a_pronoun_after_a_speaker_named_by_office_only_is_no_one_named():
    text = ("Reading her judgment, the judge said prosecutors had proved that Darko approved payments for dams in "
            "the Upper East and North East regions. “The accused treated public money as his own,” she said.")
    assert speakers(text) == [("The accused treated public money as his own", None)]
    text = ("Judge Ama Owusu said prosecutors had proved that Darko approved payments. “The accused treated public "
            "money as his own,” she said.")
    assert speakers(text) == [("The accused treated public money as his own", "Ama Owusu")]
