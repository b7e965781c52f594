"""event-place-mismatch: the same main event placed apart; containment, qualifiers and other events never fire."""
from __future__ import annotations

from tests.conftest import assert_conflicts, conflicts

RULE = "event-place-mismatch"


def test_places_apart_fire_at_error_with_every_claim_of_both_sides():
    found = conflicts({"a.txt": "Polygamy arrests made in Canada\n\nTwo leaders of factions in Bountiful, British Columbia, have been arrested.",
                       "b.txt": "Two leaders arrested in Iceland\n\nTwo leaders in western Iceland have been arrested."}, RULE)
    assert [(c.subject, c.severity, c.values) for c in found] == [
        ("arrest", "error", ("Bountiful, British Columbia, Canada", "Canada", "Iceland"))]
    assert [c.source for c in found[0].claims] == ["a.txt", "a.txt", "b.txt", "b.txt"]


def test_a_town_known_by_name_only_gives_a_warning():
    found = conflicts({"a.txt": "Two sect leaders in Bountiful, B.C., have been arrested.",
                       "b.txt": "Two sect leaders in Prague, British Columbia, have been arrested."}, RULE)
    assert [(c.severity, c.values) for c in found] == [
        ("warning", ("Bountiful, British Columbia, Canada", "Prague, British Columbia, Canada"))]


def test_containment_and_spelling_variants_agree():
    assert_conflicts({"a.txt": "The talks were held in Istanbul.", "b.txt": "The talks were held in Turkey."}, RULE)
    assert_conflicts({"a.txt": "The sect leaders were arrested in Colorado City, Arizona.",
                      "b.txt": "The sect leaders were arrested in Colorado City, Ariz."}, RULE)
    assert_conflicts({"a.txt": "Comeaux escaped from a prison van in Baytown.",
                      "b.txt": "Comeaux escaped from a prison van in Texas."}, RULE)


def test_different_events_are_not_compared():
    # other ordinals, other dates, another event type
    assert_conflicts({"a.txt": "The first meeting was held in Riyadh.", "b.txt": "The second meeting was held in Istanbul."}, RULE)
    assert_conflicts({"a.txt": "The talks were held in Riyadh on February 18.",
                      "b.txt": "The talks were held in Istanbul on February 27."}, RULE)
    assert_conflicts({"a.txt": "He was arrested in Texas.", "b.txt": "He was convicted in Utah."}, RULE)


def test_a_document_or_corpus_naming_both_places_makes_them_two_events():
    assert_conflicts({"a.txt": "The talks in Istanbul and the talks in Riyadh were tense.",
                      "b.txt": "The talks were held in Istanbul.", "c.txt": "The talks were held in Riyadh."}, RULE)
    assert_conflicts({"a.txt": "He faces charges in Arizona and charges in Texas.",
                      "b.txt": "He faces charges in Utah."}, RULE)


def test_an_event_outside_the_lead_is_not_the_documents_main_event():
    lead = "Leaders of the sect were arrested in Canada on Wednesday."
    aside = "A sect leader spoke on Wednesday.\n\nHe praised the community.\n\nHe thanked his lawyers.\n\nOthers were arrested in Iceland years ago."
    assert_conflicts({"a.txt": lead, "b.txt": aside}, RULE)


def test_an_event_of_a_past_month_is_not_the_undated_lead_event():
    lead = "The ransomware attack in Groningen disrupted operations, officials said."
    history = "The ransomware attack disrupted operations.\n\nIn July 2023, a ransomware attack in Nagoya halted it."
    assert_conflicts({"a.txt": lead, "b.txt": history}, RULE)
    # the attack told with its day is still compared
    for day in ("October 11, 2025", "Saturday"):
        assert_conflicts({"a.txt": lead, "b.txt": f"The ransomware attack in Nagoya on {day} disrupted operations."},
                         RULE, {"Groningen, The Netherlands", "Nagoya, Japan"})


def test_one_place_written_in_two_areas_is_a_conflict_whatever_happened_there():
    found = conflicts({"a.md": "Klitschko stopped Rahman on Saturday in Mannheim, Germany.",
                       "b.md": "Klitschko blasted Rahman in Mannheim, Greece on Saturday night."}, "place-area-mismatch")
    assert [(c.subject, sorted(c.values), c.severity) for c in found] == [("Mannheim", ["DE", "GR"], "error")]
    # inside one document too
    assert_conflicts({"a.md": "The church in Wasilla, Alaska burned. Officials in Wasilla, Arizona said so."},
                     "place-area-mismatch", {"US-AK", "US-AZ"})


def test_areas_that_hold_each_other_or_two_real_places_of_one_name_agree():
    assert_conflicts({"a.md": "The church in Wasilla, Alaska burned.",
                      "b.md": "The church in Wasilla, United States burned."}, "place-area-mismatch")
    assert_conflicts({"a.md": "The band played in Portland, Maine.", "b.md": "The band played in Portland, Oregon."},
                     "place-area-mismatch")
    assert_conflicts({"a.md": "Page attended schools in Lagos, Chicago and Oregon.",
                      "b.md": "Page died in Lagos, Nigeria."}, "place-area-mismatch")
    assert_conflicts({"a.md": "Talks were held in Istanbul, Turkey.", "b.md": "Talks were held in Ankara, Turkey."},
                     "place-area-mismatch")


STRIKE = "Cabin crew at the airline walked out on Friday.\n\nFlights were cancelled.\n\nQueues formed.\n\n"
LISBON = STRIKE + "The government summoned both sides to mediated talks in Lisbon"
PORTO = STRIKE + "The government invited both sides to talks in Porto"


def test_an_event_out_of_the_lead_is_compared_when_both_date_it_on_one_day():
    assert_conflicts({"a.md": (LISBON + " on Monday.", "2025-07-18"),
                      "b.md": (PORTO + " on Monday.", "2025-07-18")},
                     "event-place-mismatch", {"Lisbon, Portugal", "Porto, Portugal"})
    # out of the lead, other days or no day: maybe two events
    assert_conflicts({"a.md": (LISBON + " on Monday.", "2025-07-18"),
                      "b.md": (PORTO + " on Tuesday.", "2025-07-18")},
                     "event-place-mismatch")
    assert_conflicts({"a.md": (LISBON + ".", "2025-07-18"),
                      "b.md": (PORTO + ".", "2025-07-18")},
                     "event-place-mismatch")


def test_one_named_facility_in_places_apart_is_an_error_an_unnamed_one_a_warning():
    [found] = conflicts({"a.md": "Egypt reopened the Delta Antiquities Museum in Tanta on Saturday.",
                         "b.md": "MANSOURA, Egypt — The Delta Antiquities Museum in Mansoura reopened on Saturday."},
                        "site-place-mismatch")
    assert (found.severity, sorted(found.values)) == ("error", ["Al Mansurah, Egypt", "Tanta, Egypt"])
    [found] = conflicts({"a.md": "Inmates rioted at the state prison in Hermosillo.",
                         "b.md": "Inmates rioted in an overcrowded prison in Ciudad Obregón."}, "site-place-mismatch")
    assert (found.severity, sorted(found.values)) == ("warning", ["Ciudad Obregón, Mexico", "Hermosillo, Mexico"])
    [found] = conflicts({"a.md": "Evacuees slept in the sports hall in Reykjanesbær.",
                         "b.md": "Evacuees slept in the sports hall in Hafnarfjörður."}, "site-place-mismatch")
    assert (found.subject, found.severity) == ("hall", "warning")
    [found] = conflicts({"a.md": "Two men were taken to hospital in Chania.",
                         "b.md": "Two men were taken to hospital in Heraklion."}, "site-place-mismatch")
    assert (found.subject, found.severity) == ("hospital", "warning")
    [found] = conflicts({"a.md": "Those injured were taken to hospitals in Tashkent with eye burns.",
                         "b.md": "The injured were taken to the regional hospital in Angren."}, "site-place-mismatch")
    assert (found.subject, sorted(found.values)) == ("hospital", ["Angren, Uzbekistan", "Tashkent, Uzbekistan"])
    # hospitals in two places of one document are no claim about where the others are
    assert conflicts({"a.md": "The injured were taken to hospitals in Tashkent and Angren.",
                      "b.md": "The injured were taken to the regional hospital in Angren."}, "site-place-mismatch") == []


def test_a_facility_in_places_that_hold_each_other_or_one_document_names_twice_is_no_conflict():
    assert conflicts({"a.md": "Egypt reopened the Delta Antiquities Museum in Tanta.",
                      "b.md": "The Delta Antiquities Museum in Egypt reopened."}, "site-place-mismatch") == []
    assert conflicts({"a.md": "The injured went to a hospital in Kitwe and a hospital in Ndola.",
                      "b.md": "One was taken to a hospital in Chingola."}, "site-place-mismatch") == []
    assert conflicts({"a.md": "Inmates rioted at the state prison in Hermosillo.",
                      "b.md": "Police searched the Central Market in Lagos."}, "site-place-mismatch") == []


VENUE = "event-venue-mismatch"


def test_one_event_at_two_named_venues_is_a_warning():
    found = conflicts({"a.txt": "Fiji beat Georgia 29-24 at the Boris Paichadze Dinamo Arena on Saturday.",
                       "b.txt": "Fiji scored three tries to win 29-24 at the Mikheil Meskhi Stadium on Sunday."}, VENUE)
    assert [(c.subject, c.severity, sorted(c.values)) for c in found] == [
        ("game", "warning", ["Boris Paichadze Dinamo Arena", "Mikheil Meskhi Stadium"])]
    assert_conflicts({"a.txt": "The talks were held at Dublin Castle.", "b.txt": "The talks were held at Farmleigh House."},
                     VENUE, {"Dublin Castle", "Farmleigh House"})


def test_a_venue_named_in_part_or_two_venues_of_one_document_agree():
    assert_conflicts({"a.txt": "Fiji beat Georgia 29-24 at the Boris Paichadze Dinamo Arena on Saturday.",
                      "b.txt": "Fiji beat Georgia 29-24 at the Dinamo Arena on Saturday."}, VENUE)
    assert_conflicts({"a.txt": "The talks were held at Dublin Castle and at Farmleigh House.",
                      "b.txt": "The talks were held at Farmleigh House.", "c.txt": "The talks were held at Dublin Castle."},
                     VENUE)
    assert_conflicts({"a.txt": "The first round of talks was held at Dublin Castle.",
                      "b.txt": "The second round of talks was held at Farmleigh House."}, VENUE)
    # names sharing some telling words and not all are left unsaid
    assert_conflicts({"a.txt": "The talks were held at the Peachland Community Centre.",
                      "b.txt": "The talks were held at the Peachland Lions Arena."}, VENUE)
