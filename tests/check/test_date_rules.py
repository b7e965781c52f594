"""date-weekday-mismatch and date-year-mismatch: days written wrongly, whatever event they date."""
from __future__ import annotations

from conftest import assert_conflicts, conflicts, facts_of


def test_a_weekday_the_date_did_not_fall_on_is_reported_with_both_parts():
    found = conflicts({"a.md": "Reid checked herself in on Thursday, December 9, 2008."}, "date-weekday-mismatch")
    assert [sorted(c.values) for c in found] == [["2008-12-09", "XXXX-WXX-4"]]
    (conflict,) = found
    assert conflict.subject == "Thursday, December 9, 2008"
    assert sorted((c.text, c.display) for c in conflict.claims) == [
        ("December 9, 2008", "9 December 2008, a Tuesday"), ("Thursday", "Thursday")]
    assert_conflicts({"a.md": "The cable went down on Saturday 8 October 2012."}, "date-weekday-mismatch",
                     {"2012-10-08", "XXXX-WXX-6"})


def test_a_year_less_day_near_the_publication_date_is_checked_in_its_year():
    # January 30, 2026 was a Friday; a report of February 11, 2026 means that January 30
    assert_conflicts({"a.md": ("The ministry declared the outbreak on Monday, January 30.", "2026-02-11")},
                     "date-weekday-mismatch", {"2026-01-30", "XXXX-WXX-1"})
    assert_conflicts({"a.md": ("The ministry declared the outbreak on Friday, January 30.", "2026-02-11")},
                     "date-weekday-mismatch")


def test_a_right_weekday_or_a_year_the_writer_did_not_state_is_not_checked():
    assert_conflicts({"a.md": "The talks were held on Thursday, 27 February 2025, in Istanbul."},
                     "date-weekday-mismatch")
    assert_conflicts({"a.md": "The cable went down on Saturday 8 October 2011."}, "date-weekday-mismatch")
    # "Tuesday, Nov. 4" takes 2012 from a publication date six months before it: the writer's year may be another
    assert_conflicts({"a.md": ("The vote is on Tuesday, Nov. 4.", "2012-05-10")}, "date-weekday-mismatch")
    # a weekday and a date of two different clauses are two days
    assert_conflicts({"a.md": "The talks resumed on Thursday and ended on February 25, 2025."},
                     "date-weekday-mismatch")


def test_weekday_claims_are_their_own_kind_not_dates():
    kinds = sorted((f.kind, f.attribute, f.text) for f in facts_of("Talks began on Thursday, 27 February 2025.", "weekday"))
    assert kinds == [("weekday", "date", "27 February 2025"), ("weekday", "date", "Thursday")]
    assert [f.text for f in facts_of("Talks began on Thursday, 27 February 2025.", "date")] == [
        "Thursday, 27 February 2025"]


def test_one_day_written_with_two_years_across_documents_is_a_warning():
    found = conflicts({"a.md": "The cable system went down on Saturday 8 October 2011.",
                       "b.md": "The cable experienced downtime beginning on 8 October 2012."}, "date-year-mismatch")
    assert [(c.severity, c.subject, sorted(c.values)) for c in found] == [
        ("warning", "8 October", ["2011-10-08", "2012-10-08"])]


def test_the_same_day_in_one_year_other_days_and_anniversaries_are_not_year_mismatches():
    assert_conflicts({"a.md": "The cable went down on 8 October 2011.", "b.md": "It broke on October 8, 2011."},
                     "date-year-mismatch")
    assert_conflicts({"a.md": "The talks were held on February 27, 2025.",
                      "b.md": "The second round was held on March 27, 2024."}, "date-year-mismatch")
    # a document that names the day in two years speaks of two occasions
    assert_conflicts({"a.md": "The attacks of September 11, 2001 were remembered.",
                      "b.md": "On September 11, 2002, a year after September 11, 2001, crowds gathered.",
                      "c.md": "Crowds gathered on September 11, 2002."}, "date-year-mismatch")
    # a year taken from the publication date is not the writer's
    assert_conflicts({"a.md": ("The vote is on October 8.", "2012-10-01"),
                      "b.md": "The last vote was on October 8, 2011."}, "date-year-mismatch")
    # nor is a day worked out from "tomorrow": the writer wrote no day at all
    assert_conflicts({"a.md": ("Castro said he was willing to leave tomorrow.", "2000-04-03"),
                      "b.md": "On April 4, 1949, Acheson signed the Washington Treaty."}, "date-year-mismatch")


def test_a_page_time_stamp_is_not_compared_for_its_year():
    assert_conflicts({"a.md": "Friday, Sep 10, 2010 | Updated 9:28 AM EDT\n\nThe shootings happened Thursday.",
                      "b.md": "Monday, Sep 10, 2012 | Updated 9:01 AM EDT\n\nThe shootings happened Sunday."},
                     "date-year-mismatch")
    assert_conflicts({"a.md": "Sep 10, 2010\n\nThe shootings happened Thursday.",
                      "b.md": "The shootings happened on Sep 10, 2012."}, "date-year-mismatch")


def test_names_near_a_disaster_are_no_cast_that_keeps_its_dates_apart():
    # a ship and an island are nobody taking part: one capsizing, dated two ways
    assert_conflicts({"a.md": ("A passenger ferry capsized in rough seas before dawn Saturday off the central "
                               "Philippine island of Mindoro, killing at least 12 people. The MV Santa Lucia Express "
                               "had left for Calapan, the capital of Oriental Mindoro province.", "2013-06-15"),
                      "b.md": ("The MV Santa Lucia Express, carrying more than 200 people, capsized before dawn on "
                               "Friday near the port of Calapan.", "2013-06-16")},
                     "event-date-mismatch", {"2013-06-15", "2013-06-14"})


def test_dates_of_an_event_every_document_states_alike_are_two_occasions():
    a = ("Legionnaires' disease has killed two people in Ljubljana. The first death was reported on Tuesday. "
         "A 77-year-old woman from the same district died on Wednesday.")
    b = ("Legionnaires' disease has killed two people in Ljubljana. He died on Tuesday, four days after being "
         "admitted. The second victim, a 77-year-old woman, died on Wednesday.")
    assert_conflicts({"a.txt": (a, "2026-09-11"), "b.txt": (b, "2026-09-11")}, "event-date-mismatch")
    # documents that state different days are still at odds
    c = b.replace("died on Wednesday", "died on Thursday")
    found = [set(c.values) for c in conflicts({"a.txt": (a, "2026-09-11"), "c.txt": (c, "2026-09-11")},
                                              "event-date-mismatch")]
    assert found and all("2026-09-10" in values for values in found), found


def test_an_unplaced_event_is_the_one_placed_event_near_its_day():
    # the other report places this derailment in Garut and recalls another, of 2024, in Cicalengka
    assert_conflicts({"a.md": ("An express train derailed late on Sunday in the hills, officials said.", "2025-11-24"),
                      "b.md": ("The express derailed late on Saturday, November 22, in Garut. In January 2024, a "
                               "train derailed in Cicalengka.", "2025-11-24")},
                     "event-date-mismatch", {"2025-11-23", "2025-11-22"})
    # two placed derailments near its day: it may be either, and is compared with neither
    assert_conflicts({"a.md": ("An express train derailed late on Sunday in the hills, officials said.", "2025-11-24"),
                      "b.md": ("The express derailed late on Saturday, November 22, in Garut. A freight train "
                               "derailed on November 12 in Cicalengka.", "2025-11-24")},
                     "event-date-mismatch")


def test_an_unplaced_event_is_not_the_one_placed_event_years_before_it():
    # b recalls the Kiss nightclub fire of 2013; its crush and a's are this week's, and their days differ
    assert_conflicts({"a.md": ("Three people died in a crush at the gates of a festival on Thursday night.",
                               "2025-11-16"),
                      "b.md": ("The crush happened on Tuesday night as crowds surged toward the gates. In 2013, a fire "
                               "at the Kiss nightclub killed 242 people.", "2025-11-16")},
                     "event-date-mismatch", {"2025-11-13", "2025-11-11"})
