"""Event places: which place an event word takes, and places that are not event places."""
from __future__ import annotations

from conftest import facts_of


def places(text, title=None):
    return [(f.subject, f.value) for f in facts_of(text, "event") if f.attribute == "place"]


def test_a_place_after_in_or_at_goes_to_the_nearest_event_word():
    assert places("Polygamy arrests made in Canada") == [("arrest", "Canada")]
    assert places("Two leaders of a community in western Iceland have been arrested.") == [("arrest", "Iceland")]
    assert places("The talks were held in Istanbul.") == [("talks", "Istanbul, Turkey")]
    assert places("Comeaux escaped from a prison van in Baytown after he pulled a gun.") == [
        ("escape", "Baytown, Texas, United States")]


def test_a_place_the_gazetteer_knows_may_modify_a_noun_after_a():
    assert places("Judge Hayden read the sentence in a Trenton courtroom.") == [
        ("sentencing", "Trenton, New Jersey, United States")]
    assert places("The talks were held at a Moscow hotel.") == [("talks", "Moscow, Russia")]
    assert places("He announced the talks in a Facebook post.") == []  # no place the gazetteer knows


def test_a_city_that_shares_its_name_with_a_province_of_another_country_hints_at_none():
    # San José is also a Costa Rican province; on its own the name is the Californian city
    assert places("Nimbus introduced the laptop at its developer conference in San Jose.") == [
        ("talks", "San Jose, California, United States")]


def test_a_city_that_one_country_all_but_owns_hints_at_that_country():
    # Salem, India is five times the size of Salem, Oregon; Portland and Gresham are American cities only
    story = ("A cyclist was killed on Southeast Powell Boulevard in Portland. He lived in Gresham.\n\n"
             "Marsh was arrested at his home in Salem early Friday.")
    assert places(story) == [("killing", "Portland, Oregon, United States"),
                             ("arrest", "Salem, Oregon, United States")]
    assert places("Marsh was arrested at his home in Salem early Friday.") == [("arrest", "Salem, India")]
    # "Birmingham" names no country: England's is only six times the size of Alabama's
    assert places("He was arrested in Birmingham. The theft happened in Salem.") == [
        ("arrest", "Birmingham, United Kingdom"), ("robbery", "Salem, India")]


def test_a_neighborhood_is_a_place_the_gazetteer_does_not_know():
    # Chicago's Englewood and Austin neighborhoods are not Englewood, Colorado and Austin, Texas
    assert places("Two men were shot and killed early Sunday in the Englewood neighborhood.") == [
        ("killing", "Englewood")]
    assert places("A boy was shot in the leg in the Austin neighborhood.") == [("killing", "Austin")]
    assert places("A boy was shot in Austin.") == [("killing", "Austin, Texas, United States")]
    # one the gazetteer knows in the region of another place of the document is that one
    assert places("A vigil was held in the East Flatbush neighborhood in Brooklyn, New York, on Monday.") == [
        ("protest", "East Flatbush, New York, United States"), ("protest", "Brooklyn, New York, United States")]


def test_a_town_word_keeps_a_name_whole():
    # "Fountain City" is a Knoxville neighborhood, not Fountain, Colorado
    assert places("She was shot in the parking lot of her complex in the Fountain City neighborhood.") == [
        ("killing", "Fountain City")]
    assert places("He was arrested in Paris Hills.") == [("arrest", "Paris Hills")]  # not Paris, France


def test_a_mountain_range_is_no_town():
    assert places("A bus plunged into a ravine in the Andes on Monday.") == []  # not Andes, Colombia


def test_a_persons_surname_is_no_place():
    text = "Dante Rhodes was unarmed. Within seconds, Kowalczyk shouts at Rhodes and fires five rounds."
    assert places(text) == []
    assert places("Garrow was convicted in Moultrie killing. Kendra Moultrie was 27.") == []
    assert places("Garrow was convicted in Knoxville. Kendra Moultrie was 27.") == [
        ("conviction", "Knoxville, Tennessee, United States")]


def test_a_streets_initial_is_no_place():
    assert places("The vigil for Kimani was held at E. 52nd St. and Tilden Ave. on Monday.") == []


def test_a_street_or_a_square_is_where_things_happen_and_the_place_after_it_too():
    assert places("A truck killed a cyclist on Southeast Powell Boulevard in Portland on Wednesday.") == [
        ("killing", "Portland, Oregon, United States")]
    assert places("Thousands protested in Tahrir Square in Cairo on Friday.") == [
        ("protest", "Tahrir Square"), ("protest", "Cairo, Egypt")]
    assert places("The Foreign Ministry in Moscow condemned the attack.") == []


def test_a_city_region_pair_is_one_place():
    assert places("Two leaders of factions in Prague, British Columbia, have been arrested.") == [
        ("arrest", "Prague, British Columbia, Canada")]
    assert places("Sect leaders in Bountiful, B.C., have been arrested.") == [
        ("arrest", "Bountiful, British Columbia, Canada")]


def test_a_list_of_places_gives_each_its_fact():
    assert places("In Ohio, Arizona and Texas, he was charged with rape.") == [
        ("charge", "Ohio, United States"), ("charge", "Arizona, United States"), ("charge", "Texas, United States")]


def test_a_bare_name_takes_the_qualifier_the_document_gives_it_elsewhere():
    text = "Leaders in Bountiful, B.C., have been arrested. The arrests in Bountiful came at dawn."
    assert places(text) == [("arrest", "Bountiful, British Columbia, Canada")] * 2


def test_places_that_are_not_event_places():
    assert places("Clifford Rosky, a criminal law professor at the University of Utah, said the trial was slow.") == []
    assert places("The Foreign Ministry in Moscow said the talks were useful.") == []
    assert places("The sect is headquartered in Colorado City, Arizona.") == []
    assert places("He lives in Texas and was arrested last year.") == []
    assert places("Mumbai, Nov 11 - The navy foiled an attack.") == []  # a dateline is where the report was filed
    assert places("The navy thwarted an attack in the Gulf of Aden.") == [("attack", "Gulf of Aden")]  # text only


def test_a_place_named_as_the_town_or_city_of_something_is_that_place():
    assert places("The quake destroyed homes in the town of Amatrice on Wednesday.") == [("disaster", "Amatrice")]
    assert places("He was arrested in the city of Houston.") == [("arrest", "Houston, Texas, United States")]
    assert places("He was arrested in the city.") == []


def test_a_place_at_sea_is_off_a_coast():
    assert places("Pirates attacked the tanker off the coast of Somalia.") == [("attack", "Somalia")]
    assert places("Pirates hijacked the ship off Yemen on Saturday.") == [("attack", "Yemen")]
    assert places("He was arrested off Main Street.") == []  # a street is no place of an event
    assert places("Police cut off the road and arrested him.") == []


def test_what_a_quake_or_a_blast_struck_is_where_it_happened():
    assert places("A strong earthquake struck central Italy early Wednesday.") == [("disaster", "Italy")]
    assert places("A bomb blast rocked Nairobi on Friday.") == [("attack", "Nairobi, Kenya")]
    assert places("The gunman struck Officer Smith with a bat.") == []
    assert places("The news devastated Smith's family.") == []


def test_a_news_conference_is_where_something_was_said_not_talks():
    assert places('"No family will be left behind," Renzi said at a news conference in Rome.') == []
    assert places("Aides spoke at a press conference in Rome.") == []
    assert places("Leaders met at a conference in Geneva.") == [("talks", "Geneva, Switzerland")]


def test_a_planned_event_is_placed_apart_from_reported_ones():
    assert places("The two sides will meet in Istanbul on Monday.") == [("planned talks", "Istanbul, Turkey")]
    assert places("The ministers agreed to meet again next year in Entebbe.") == [("planned talks", "Entebbe, Uganda")]
    assert places("The ministers met again in Entebbe.") == [("talks", "Entebbe, Uganda")]


def test_the_fact_keeps_the_ordinal_the_date_and_whether_the_lead_names_the_event():
    found = [f for f in facts_of("The second meeting was held in Istanbul on February 27.", "event") if f.attribute == "place"]
    assert [(f.get("ordinal"), f.get("date").timex, f.get("lead")) for f in found] == [(2, "--02-27", True)]


def test_a_body_that_sits_in_a_place_is_not_the_place():
    lead = ("Lacerda, who later spent a decade in the Rhode Island Senate, died Sunday at his home in "
            "Cranston, R.I.")
    assert places(lead) == [("death", "Cranston, Rhode Island, United States")]
    assert places("Smith was arrested at the Supreme Court.") == []


def test_a_demonym_after_in_is_no_place_and_opened_alone_places_no_killing():
    assert places("The talks opened Tuesday at a government guesthouse in the Ethiopian capital.") == []
    assert places("A gunman opened fire on Tuesday in Denver.") == [("killing", "Denver, Colorado, United States")]
    assert places("The trial opened on Monday in Denver.") == [("trial", "Denver, Colorado, United States")]


def test_a_bracket_or_the_colon_of_a_time_does_not_end_the_clause():
    assert places("The quake struck at 04:17 local time (0917 GMT) on Sunday in Guaranda.") == [
        ("disaster", "Guaranda, Ecuador")]
    assert places("The quake struck at dawn (local time) on Sunday in Guaranda.") == [("disaster", "Guaranda, Ecuador")]
    assert places("Officials gave one reason: tourists in Guaranda were safe.") == []  # a colon still ends one


def test_a_state_the_document_names_places_a_town_of_many_namesakes_in_it():
    text = ("Firefighters battled a warehouse fire in Lancaster on Monday. It was the worst fire in Pennsylvania "
            "this year.")
    assert places(text) == [("disaster", "Lancaster, Pennsylvania, United States"),
                            ("disaster", "Pennsylvania, United States")]
    assert places("Firefighters battled a warehouse fire in Lancaster on Monday.") == [
        ("disaster", "Lancaster, California, United States")]


def test_a_place_that_opens_and_the_outskirts_of_a_town():
    text = "A specialist hospital for cancer and heart disease opened on May 18 on the outskirts of Ogbomosho."
    assert places(text) == [("launch", "Ogbomoso, Nigeria")]
    assert places("The talks opened in Geneva.") == [("talks", "Geneva, Switzerland")]  # talks, no opening


def test_a_name_before_state_or_province_is_the_region_not_its_town():
    [(subject, value)] = places("Floods hit homes in Kano State on Monday.")
    assert subject == "disaster"
    [fact] = [f for f in facts_of("Floods hit homes in Kano State on Monday.", "event") if f.attribute == "place"]
    assert fact.get("place").node("city") is None and fact.get("place").node("region") is not None
    [fact] = [f for f in facts_of("Floods hit homes in Kano on Monday.", "event") if f.attribute == "place"]
    assert fact.get("place").node("city") is not None


def test_near_or_outside_a_town_the_gazetteer_knows_is_around_it():
    [fact] = [f for f in facts_of("The bulk carrier ran aground on Saturday near Ålesund on Norway's west coast.",
                                  "event") if f.attribute == "place"]
    assert (fact.subject, fact.value, fact.get("place").around) == ("disaster", "near Ålesund, Norway", True)
    assert places("The mine outside Kitwe collapsed on Monday.") == [("disaster", "near Kitwe, Zambia")]
    assert places("Fighting raged near the Syrian border on Monday.") == []  # no town to measure from
    # a continent places no event
    assert places("The ship ran aground in some of the most demanding waters in Europe.") == []


def sites(text):
    return [(f.subject, f.get("named"), f.value) for f in facts_of(text, "place") if f.attribute == "site"]


def test_a_facility_written_with_its_place_is_a_site_by_name_or_by_noun():
    assert sites("Egypt reopened the Delta Antiquities Museum in Tanta on Saturday.") == [
        ("Delta Antiquities Museum", True, "Tanta, Egypt")]
    assert sites("The miners were cut off at the Wiktoria-Zachód colliery in Rybnik.") == [
        ("Wiktoria-Zachód colliery", True, "Rybnik, Poland")]
    assert sites("Inmates rioted at the state prison in Hermosillo.") == [("prison", False, "Hermosillo, Mexico")]
    assert sites("Workers at the Kafubu Copper Mine near Kitwe walked out.") == [
        ("Kafubu Copper Mine", True, "near Kitwe, Zambia")]


def test_no_site_without_a_facility_or_a_known_place():
    assert sites("Officials at the Foreign Ministry in Moscow said so.") == []  # a ministry: no facility
    assert sites("He was taken to a hospital in critical condition.") == []
    assert sites("The strike in Tanta ended.") == []
    assert sites("They met at the Grand Hotel in Zzyzxville.") == []  # a place the gazetteer does not know


def test_a_datelines_country_is_where_bare_town_names_are_looked_for_first():
    assert sites("MANSOURA, Egypt (AWNS) — The Delta Antiquities Museum in Mansoura reopened.") == [
        ("Delta Antiquities Museum", True, "Al Mansurah, Egypt")]


def test_an_airport_places_an_event_in_the_town_it_is_named_after():
    assert places("A jet made an emergency landing at Bodø Airport on Sunday.") == [("landing", "Bodø, Norway")]
    assert places("The plane landed at Kuala Lumpur International Airport on Monday.") == [
        ("landing", "Kuala Lumpur, Malaysia")]
    assert places("He was arrested at Heathrow Airport.") == []  # no town of that name


def test_a_delta_is_a_natural_feature_not_the_country_its_river_is_named_after():
    assert places("Fishermen in the Niger Delta protested the spill.") == [("protest", "Niger Delta")]


def test_a_place_name_may_hold_lower_case_particles():
    assert places("Officials signed the agreement at a ceremony in Dar es Salaam on Friday.") == [
        ("signing", "Dar es Salaam, Tanzania")]
    assert places("The talks were held in Mar del Plata.") == [("talks", "Mar del Plata, Argentina")]
    assert places("The talks were held in Dar.") != [("talks", "Dar es Salaam, Tanzania")]


def test_a_place_may_follow_a_described_town_or_city_of():
    assert places("The signing took place in the Kenyan lakeside city of Kisumu.") == [("signing", "Kisumu, Kenya")]
    assert places("The summit of foreign and fisheries ministers was held in the Tanzanian city of Mwanza.") == [
        ("talks", "Mwanza, Tanzania")]
    assert places("The summit was held in the city's old town.") == []


def test_a_place_owning_a_square_or_a_district_is_where_it_happened():
    assert places("The awards were presented at a ceremony held in Zadar's Forum square.") == [
        ("ceremony", "Zadar, Croatia")]
    assert places("Police raided a warehouse in Songkhla's Hat Yai district.") == [("attack", "Hat Yai")]
    # a district of the owner's that the gazetteer knows only in another country is the owner's
    assert places("The talks opened at a hotel in Doha's West Bay district.") == [("talks", "Doha, Qatar")]
    assert places("The ceremony was held at Croatia's embassy in Rome.") == []  # the embassy's owner is no place


def test_what_was_done_at_a_gathering_held_in_a_place_was_done_there():
    assert places("The agreement was signed at a summit of ministers held in the Tanzanian city of Mwanza.") == [
        ("talks", "Mwanza, Tanzania"), ("signing", "Mwanza, Tanzania")]
    assert places("The summit was held in Mwanza.") == [("talks", "Mwanza, Tanzania")]


def test_a_venue_named_before_its_town_places_the_event_in_the_town():
    assert places("The handover took place at Manhyia Palace in Kumasi.") == [("ceremony", "Kumasi, Ghana")]
    assert places("The ceremony was held at the National Museum in Accra.") == [("ceremony", "Accra, Ghana")]
    assert places("A curator at the National Museum said the ceremony was moving.") == []


def test_an_occasion_is_no_place_but_places_the_event_in_its_town():
    assert places("Leaders met at the World Economic Forum in Davos.") == [("talks", "Davos, Switzerland")]
    assert places("The film won an award at the Adriatic Film Festival.") == []


def test_an_institution_of_a_place_is_no_place_though_its_name_holds_a_particle():
    assert places("The talks were held at the University of Oxford.") == []


def test_a_relative_clause_says_where_the_event_before_its_comma_was_held():
    assert places("The jury's statement was read at the closing ceremony, which was held on the waterfront in "
                  "Split in front of spectators.") == [("ceremony", "Split, Croatia")]
    assert places("He praised the mayor, which was held in high regard in Split.") == []


def venues(text, published=None):
    return [(f.subject, f.value) for f in facts_of(text, "event", published) if f.attribute == "venue"]


def test_a_named_venue_an_event_word_takes_is_its_venue():
    assert venues("Fiji beat Georgia 29-24 at the Boris Paichadze Dinamo Arena on Saturday.") == [
        ("game", "Boris Paichadze Dinamo Arena")]
    assert venues("Medals were handed out at a closing ceremony at the Vigadó concert hall.") == [
        ("ceremony", "Vigadó concert hall")]
    assert venues("The talks were held at Dublin Castle.") == [("talks", "Dublin Castle")]
    assert venues("A new oncology wing opened on Monday at the Hospital Regional Honorio Delgado.") == [
        ("launch", "Hospital Regional Honorio Delgado")]
    # an event its date puts after the publication is planned, its venue too
    assert venues("Medals will be presented at a closing ceremony at the Hungarian State Opera on Monday evening.",
                  "2025-09-21") == [("planned ceremony", "Hungarian State Opera")]
    # where someone works, a venue no event word takes, a town
    assert venues("A professor at the University of Utah said the talks were useful.") == []
    assert venues("Packages were handed out at the Peachland Community Centre.") == []
    assert venues("The talks were held in Dublin.") == []


def test_a_lead_names_an_event_by_the_sense_of_its_word():
    lead = [(f.subject, f.get("lead")) for f in facts_of(
        "Fiji scored three tries to win 29-24 at the Mikheil Meskhi Stadium on Sunday.", "event")
        if f.attribute == "venue"]
    assert lead == [("game", True)]  # "to win 29-24" is a game, not a final


def test_the_place_of_talks_that_collapsed_is_the_talks():
    from conftest import facts_of

    found = [(f.subject, f.value) for f in facts_of(
        "The rail union called a strike after the latest round of wage talks in Frankfurt collapsed.", "event")
        if f.attribute == "place"]
    assert found == [("talks", "Frankfurt am Main, Germany")]


def test_a_compass_word_before_and_is_part_of_the_region_after_it():
    assert places("Record seizures were reported in East and Southeast Asia, a police raid in Myanmar.") == [
        ("attack", "Myanmar")]
    assert places("A flood was reported in East Timor.") == [("disaster", "East Timor")]


def test_off_a_town_named_after_its_kind_is_at_sea_off_that_town():
    assert places("Pirates hijacked the bulk carrier off the fishing town of Eyl on Tuesday.") == [
        ("attack", "Eyl, Somalia")]
    assert places("The crew sent off the last of the cargo on Tuesday.") == []
