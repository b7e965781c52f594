"""Which event mentions are compared: same type, compatible place/ordinal, never two events."""
from conftest import assert_conflicts, conflicts

RULE = "event-date-mismatch"


def test_same_place_different_day_conflicts_across_documents():
    assert_conflicts({"a.txt": "The talks were held in Istanbul on April 10.",
                      "b.txt": "The Istanbul talks took place on February 27."}, RULE, {"--04-10", "--02-27"})


def test_different_places_are_different_events():
    assert_conflicts({"a.txt": "The talks were held in Riyadh on February 18.",
                      "b.txt": "The talks were held in Istanbul on February 27."}, RULE)


def test_different_event_types_are_never_compared():
    assert_conflicts({"a.txt": "Zakharova announced the cancellation on June 16.",
                      "b.txt": "The talks were held in Istanbul on February 27."}, RULE)


def test_unplaced_mention_joins_the_only_placed_event():
    assert_conflicts({"a.txt": "The talks were held in Istanbul on April 10.",
                      "b.txt": "The talks were held on February 27."}, RULE, {"--04-10", "--02-27"})


def test_unplaced_mention_is_left_out_when_the_place_is_ambiguous():
    assert_conflicts({"a.txt": "The talks were held in Istanbul on April 10.",
                      "b.txt": "The talks were held in Riyadh on February 18.",
                      "c.txt": "The talks were held on March 3."}, RULE)


def test_unplaced_mention_follows_its_own_document_or_its_ordinal():
    texts = {"a.txt": "The first meeting was in Riyadh on February 18. The second meeting was in Istanbul on February 27.",
             "b.txt": "The second meeting was held on April 10."}
    assert_conflicts(texts, RULE, {"--02-27", "--04-10"})


def test_mentions_naming_two_ordinals_are_two_events():
    assert_conflicts({"a.md": ("The first meeting was held on Monday.", "2025-03-01"),
                      "b.md": ("The second meeting was held on Tuesday.", "2025-03-01")}, RULE)
    assert_conflicts({"a.txt": "The first round of talks in Istanbul was on February 27.",
                      "b.txt": "The second round of talks in Istanbul was on April 10."}, RULE)
    # one ordinal, told two ways, still clashes
    assert_conflicts({"a.md": ("The second meeting was held on Monday.", "2025-03-01"),
                      "b.md": ("The second meeting was held on Tuesday.", "2025-03-01")}, RULE,
                     {"2025-02-24", "2025-02-25"})


def test_quakes_of_two_magnitudes_are_two_quakes():
    napa = ("A magnitude 6.0 earthquake struck the Napa Valley early Sunday, injuring more than 120 people.\n\n"
            "A magnitude 4.4 earthquake had shaken the region on Thursday, the U.S. Geological Survey said.")
    assert_conflicts({"a.md": (napa, "2014-08-24"),
                      "b.md": ("Napa swept up glass after a 6.0-magnitude earthquake on Sunday.", "2014-08-25")},
                     RULE)
    assert_conflicts({"a.md": (napa, "2014-08-24"),
                      "b.md": ("Napa swept up glass after a 6.0-magnitude earthquake on Friday.", "2014-08-25")},
                     RULE, {"2014-08-24", "2014-08-22"})


def test_unkeyed_weekdays_conflict_across_documents_only():
    assert_conflicts({"a.txt": "Police said the teenager was shot on Saturday night.",
                      "b.txt": "Officers shot the teenager on Friday."}, RULE, {"XXXX-WXX-6", "XXXX-WXX-5"})
    assert_conflicts({"a.txt": "He was arrested on Saturday. His brother was arrested on Friday."}, RULE)


def test_unkeyed_coarse_dates_are_not_compared():
    assert_conflicts({"a.txt": "The gang member shot a deputy in 2005.",
                      "b.txt": "Last year he fatally shot a carjacker in 2004."}, RULE)


def test_a_conflict_carries_every_disagreeing_claim_grouped_by_value():
    (conflict,) = conflicts({"a.txt": "The talks were held in Istanbul on April 10.",
                             "b.txt": "The Istanbul talks took place on February 27.",
                             "c.txt": "Talks in Istanbul on February 27 went well."}, RULE)
    assert sorted((c.source, c.value) for c in conflict.claims) == [
        ("a.txt", "--04-10"), ("b.txt", "--02-27"), ("c.txt", "--02-27")]
    assert conflict.message == "Istanbul talks date: 27 February (b.txt, c.txt) vs 10 April (a.txt)"


def test_a_message_names_a_few_sources_per_value_and_counts_the_rest():
    texts = {f"s{n}.txt": "Talks in Istanbul on February 27 went well." for n in range(5)}
    texts["a.txt"] = "The talks were held in Istanbul on April 10."
    (conflict,) = conflicts(texts, RULE)
    assert conflict.message == "Istanbul talks date: 27 February (s0.txt, s1.txt, s2.txt and 2 more) vs 10 April (a.txt)"
    assert len(conflict.claims) == 6


def test_meetings_tied_only_through_the_corpus_need_a_shared_name():
    placed = "The talks in Baghdad on Sunday between Kofi Annan and Saddam Hussein lasted three hours."
    assert_conflicts({"a.txt": placed,
                      "b.txt": "Officials said the president himself met with John Sununu on Monday."},
                     "event-date-mismatch")
    assert_conflicts({"a.txt": placed,
                      "b.txt": "Annan met Saddam Hussein on Monday, officials said."},
                     "event-date-mismatch", {"XXXX-WXX-7", "XXXX-WXX-1"})
    assert_conflicts({"a.txt": "The talks were held on Sunday.",  # no place anywhere, names on one side only
                      "b.txt": "Officials said the president met with John Sununu on Monday."},
                     "event-date-mismatch", {"XXXX-WXX-7", "XXXX-WXX-1"})


def test_only_people_are_participants():
    # "Twitter" and "Academy Awards" beside the event word are nobody: both mentions are the one announcement
    assert_conflicts({"a.txt": "The comedian made the announcement via her Twitter feed on Friday.",
                      "b.txt": "The producers of the Academy Awards announced Monday that Ellen DeGeneres would host."},
                     "event-date-mismatch", {"XXXX-WXX-5", "XXXX-WXX-1"})
    # a person named in full keeps the meetings apart
    assert_conflicts({"a.txt": "The talks in Baghdad on Sunday between Kofi Annan and Saddam Hussein lasted three hours.",
                      "b.txt": "Officials said the president himself met with John Sununu on Monday."},
                     "event-date-mismatch")


def test_last_night_is_the_day_before_publication_and_reaches_across_its_midnight():
    saturday = "2025-03-01"
    arrested = ("Two men were arrested last night in Bountiful, police said.", saturday)
    assert_conflicts({"a.txt": arrested, "b.txt": ("Two men were arrested Thursday in Bountiful.", saturday)},
                     "event-date-mismatch", {"2025-02-28", "2025-02-27"})
    for other in ("Two men were arrested Friday in Bountiful.", "Two men were arrested early Saturday in Bountiful."):
        assert_conflicts({"a.txt": arrested, "b.txt": (other, saturday)}, "event-date-mismatch")


def test_an_unplaced_mention_on_a_day_its_own_document_does_not_place_the_event_is_another_event():
    englewood = "Two men were shot and killed early Sunday in Englewood, police said.\n\n"
    girl = "The shooting came hours after a girl was shot and wounded Saturday afternoon on the West Side.\n"
    other = ("Two men died after being shot in Englewood around 1:15 a.m. Sunday, police said.\n", "2012-07-09")
    assert_conflicts({"a.md": (englewood + girl, "2012-07-09"), "b.md": other}, "event-date-mismatch")
    # without a day of its own for the Englewood shooting, the article's one shooting is that one
    assert_conflicts({"a.md": (girl, "2012-07-09"), "b.md": other}, "event-date-mismatch",
                     {"2012-07-07", "2012-07-08"})
