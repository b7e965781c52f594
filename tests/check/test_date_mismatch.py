import pytest

from factcheck.check.kinds.date_mismatch import compatible
from factcheck.normalize.dates import DateValue as D
from tests.conftest import assert_conflicts, conflicts

FEB27 = D(2025, 2, 27)


@pytest.mark.parametrize(
    "a, b",
    [
        (FEB27, D(2025, 2, 27)),
        (FEB27, D(2025, 2)),  # month contains the day
        (FEB27, D(2025)),
        (FEB27, D(None, 2, 27)),  # year-less agrees on month and day
        (FEB27, D(weekday=4)),  # a Thursday
        (D(2025, 2, 27, weekday=4, from_weekday=True), D(2025, 2, 20, weekday=4, from_weekday=True)),
        (D(None, 4, 10), D(weekday=2)),  # weekday of a year-less date is unknown
        (FEB27, D(ref="PAST_REF")),
        (FEB27, D(2025, 2, 1, end=D(2025, 3, 1))),
        (D(2025, week=9), FEB27),
        # weekdays each read in its own report's week, eight months apart: two occasions
        (D(1999, 5, 6, weekday=4, from_weekday=True), D(2000, 1, 24, weekday=1, from_weekday=True)),
        # a year guessed from the publication date is not held against a year the text states
        (D(1999, 1, year_inferred=True), D(1998)),
        (D(2025, 4, 10, year_inferred=True), D(2024, 4, 10)),
    ],
)
def test_compatible(a, b):
    assert compatible(a, b) and compatible(b, a)


@pytest.mark.parametrize(
    "a, b",
    [
        (FEB27, D(2025, 4, 10)),
        (D(None, 4, 10), D(None, 2, 27)),
        (FEB27, D(weekday=2)),  # 27 February 2025 was not a Tuesday
        (D(weekday=6), D(weekday=5)),
        (D(2013, 3, 9, weekday=6, from_weekday=True), D(2013, 3, 8, weekday=5, from_weekday=True)),
        (D(2013, 3, 9, weekday=6, from_weekday=True), D(2013, 3, 3, weekday=7, from_weekday=True)),  # 6 days
        (D(2013, 3, 9, weekday=6, from_weekday=False), D(2013, 4, 8, weekday=1, from_weekday=True)),  # a date
        (FEB27, D(2024)),
        (FEB27, D(2025, 3)),
        (D(1999, 1, year_inferred=True), D(1998, 3)),  # the month still counts
        (D(2025, 4, 10, year_inferred=True), D(2025, week=9)),  # and a week read from the same reference
        (D(2025, 4, 10, year_inferred=True), D(2025, 2, 27, year_inferred=True)),
    ],
)
def test_incompatible(a, b):
    assert not compatible(a, b) and not compatible(b, a)


def test_tolerance_days_widens_the_match():
    assert compatible(FEB27, D(2025, 2, 28), tolerance_days=1)
    assert not compatible(FEB27, D(2025, 3, 1), tolerance_days=1)


def apart(a, b, days):
    """Two dates with known bounds that cannot be one day and lie more than ``days`` apart; a weekday read as
    a day agrees with any date of that weekday but is apart from one more than twice ``days`` away."""
    if a.bounds() is None or b.bounds() is None:
        return False
    weekday = a.from_weekday or b.from_weekday
    if compatible(a, b) and not weekday:
        return False
    days *= 2 if weekday else 1
    return (a.bounds()[0] - b.bounds()[1]).days > days or (b.bounds()[0] - a.bounds()[1]).days > days


def test_conflicting_matches_the_pairwise_definition():
    """Each reading is decided once; the result is what comparing every pair of claims gives."""
    import itertools
    import random

    from factcheck.check.kinds.date_mismatch import APART_DAYS, _around_midnight, _same_occasion, conflicting
    from factcheck.model import Fact

    values = [FEB27, D(2025, 4, 10), D(None, 4, 10), D(weekday=2), D(2025, 2), D(ref="PAST_REF"),
              D(2025, 2, 26, weekday=3, from_weekday=True, mod="END")]
    rng = random.Random(7)
    for _ in range(300):
        facts = tuple(
            Fact(f"{rng.choice('abc')}.txt", n, n + 1, "event", "date", "talks", ("event", "talks"), "v", "v", "v",
                 rng.choice(["s1", "s2", "s3", "s4", "s5"]), None,
                 (("date", rng.choice(values)), ("place", rng.choice(["", "Istanbul"]))))
            for n in range(rng.randint(1, 8))
        )
        # a document dating the event twice in one sentence, on days that differ, tells of a recurring event
        recurring = {a.source for a, b in itertools.combinations(facts, 2)
                     if (a.source, a.sentence) == (b.source, b.sentence) and not compatible(a.get("date"), b.get("date"))}
        # ... and so does one dating it on days more than APART_DAYS apart, in any sentences
        recurring |= {a.source for a, b in itertools.combinations(facts, 2)
                      if a.source == b.source and apart(a.get("date"), b.get("date"), APART_DAYS)}

        def states(source, date):
            return source in recurring and any(
                compatible(date, f.get("date")) and not _around_midnight(date, f.get("date"))
                and not _around_midnight(f.get("date"), date) for f in facts if f.source == source)

        expected = set()
        for a, b in itertools.permutations(facts, 2):
            if not compatible(a.get("date"), b.get("date")):
                if a.source == b.source:
                    clash = _same_occasion(a, b)
                else:
                    clash = not (states(b.source, a.get("date")) or states(a.source, b.get("date")))
                if clash:
                    expected.add(id(a))
        assert {id(f) for f in conflicting(facts, {"tolerance_days": 0})} == expected


def test_a_document_that_dates_the_event_weeks_apart_tells_of_two_occasions():
    from conftest import assert_conflicts

    a = ("A methane explosion tore through a coal mine in central Kazakhstan early Tuesday, killing nine miners.",
         "2025-03-04")
    b = ("Tuesday's explosion killed nine miners. An explosion on Jan. 16 at another mine killed four workers.",
         "2025-03-04")
    assert_conflicts({"a.md": a, "b.md": b}, "event-date-mismatch")
    # within a week, two days of one document are a contradiction, with the other document as with itself
    c = ("Tuesday's explosion killed nine miners. The explosion happened on Thursday, officials said.", "2025-03-07")
    assert_conflicts({"a.md": a, "c.md": c}, "event-date-mismatch", {"2025-03-04", "2025-03-06"})


def test_a_document_that_dates_a_recurring_event_agrees_with_any_of_its_days():
    from conftest import assert_conflicts

    nights = ("Then came the anger: a Monday evening vigil outside the precinct; a second protest the next night; "
              "and another protest on Wednesday night.")

    def against_nights(day: str, *values: set[str]) -> None:
        assert_conflicts({"a.md": (f"A protest was held on {day} outside the precinct.", "2013-03-15"),
                          "b.md": (nights, "2013-03-15")}, "event-date-mismatch", *values)

    against_nights("Monday")
    against_nights("Wednesday")
    # a day the recurring document does not state still clashes with the days that cannot reach it
    against_nights("Tuesday", {"2013-03-11", "2013-03-12", "2013-03-13"})  # an evening reaches only "early Tuesday"
    against_nights("early Tuesday", {"2013-03-12", "2013-03-13"})
    against_nights("Thursday", {"2013-03-11", "2013-03-14"})  # Wednesday night reaches Thursday
    against_nights("Friday", {"2013-03-11", "2013-03-13", "2013-03-15"})
    # one date in each of two sentences is no recurrence: the documents still disagree
    assert_conflicts({"a.md": ("A protest was held on Monday.", "2013-03-15"),
                      "b.md": ("A protest was held on Wednesday. Police said the protest was calm.", "2013-03-15")},
                     "event-date-mismatch", {"2013-03-11", "2013-03-13"})


def test_two_days_of_one_event_in_one_sentence_of_one_document_are_no_contradiction():
    from conftest import assert_conflicts

    span = ("The joint communique, signed March 6 in Addis Ababa, capped talks that began March 4 and brought "
            "together nearly 50 delegates from the two governments, according to Ethiopian officials.")
    assert_conflicts({"b.md": (span, "2019-03-07")}, "event-date-mismatch")
    # in two sentences that both place it, one document contradicts itself
    assert_conflicts({"b.md": ("The talks in Addis Ababa began March 4. Talks in Addis Ababa began on March 6.",
                               "2019-03-07")}, "event-date-mismatch", {"2019-03-04", "2019-03-06"})


def test_the_hours_around_one_midnight_agree_only_when_a_side_says_so():
    friday_night = D(2008, 12, 12, weekday=5, from_weekday=True, mod="END")
    early_saturday = D(2008, 12, 13, weekday=6, from_weekday=True, mod="START")
    friday, saturday = D(weekday=5), D(weekday=6)
    assert compatible(friday_night, saturday) and compatible(saturday, friday_night)
    assert compatible(friday, early_saturday) and compatible(early_saturday, friday)
    assert not compatible(friday, saturday)  # neither says night or early
    assert not compatible(friday_night, D(weekday=7))  # two days on
    assert not compatible(early_saturday, D(weekday=7))  # early Saturday is not Sunday
    saturday_night = D(2008, 12, 13, weekday=6, from_weekday=True, mod="END")
    assert not compatible(friday_night, saturday_night)  # two nights
    assert not compatible(friday, saturday_night)
    friday_afternoon = D(2008, 12, 12, weekday=5, from_weekday=True, mod="MID")
    assert not compatible(friday_afternoon, early_saturday)  # an afternoon is no hour around a midnight


def test_late_on_a_day_and_the_evening_of_the_next_are_two_nights():
    assert_conflicts({"a.md": ("Fans were crushed at the gates late on Saturday as thousands pushed.", "2025-11-16"),
                      "b.md": ("The crush happened on Friday night as crowds surged toward the gates.", "2025-11-16")},
                     "event-date-mismatch", {"2025-11-14", "2025-11-15"})
    assert_conflicts({"a.md": ("The cyclone made landfall late on Monday, officials said.", "2025-05-28"),
                      "b.md": ("The cyclone made landfall on the evening of May 27, officials said.", "2025-05-28")},
                     "event-date-mismatch", {"2025-05-26", "2025-05-27"})
    # late on one day and early the next: the hours around one midnight
    assert conflicts({"a.md": ("The cyclone made landfall late on Monday, officials said.", "2025-05-28"),
                      "b.md": ("The cyclone made landfall in the early hours of May 27, officials said.",
                               "2025-05-28")},
                     "event-date-mismatch") == []


def test_an_unplaced_event_beside_an_older_one_its_document_places_is_still_compared():
    a = ("Farmers searched on Tuesday after a meteor broke apart over Durango state at around 11 p.m. on Sunday, "
         "March 16.\n\nThe region is famous for the Allende meteorite, which fell near Allende on February 8, 1969.")
    b = "Hunters are collecting fragments of a meteorite that fell over rural Durango late on Saturday, March 15."
    assert_conflicts({"a.md": (a, "2025-03-18"), "b.md": (b, "2025-03-18")}, "event-date-mismatch",
                     {"2025-03-16", "2025-03-15"})


def test_an_evening_reaches_the_next_day_only_as_its_early_hours():
    a = ("A section of a road bridge collapsed near Pontoglio on Friday, October 10, killing two people.",
         "2025-10-11")
    for evening in ("on Thursday evening, October 9", "at about 8 p.m. on Thursday, October 9",
                    "on the evening of October 9"):
        b = (f"A bridge over the Oglio river collapsed {evening}, killing two people.", "2025-10-11")
        assert_conflicts({"a.md": a, "b.md": b}, "event-date-mismatch", {"2025-10-09", "2025-10-10"})
    # the evening and the early hours after it, or a night's hour and the next day: around one midnight
    for late, next_day in (("on Thursday evening, October 9", "early on Friday, October 10"),
                           ("at about 11 p.m. on Thursday, October 9", "on Friday, October 10")):
        assert conflicts({"a.md": (f"A road bridge collapsed near Pontoglio {next_day}.", "2025-10-11"),
                          "b.md": (f"A bridge collapsed near Pontoglio {late}.", "2025-10-11")},
                         "event-date-mismatch") == []


def test_a_mention_placed_only_through_the_corpus_is_about_the_event_dated_nearer_to_it():
    a = ("Thieves broke into a museum early on Wednesday, November 5, and escaped with five paintings.\n\n"
         "The theft came weeks after the robbery in Paris on October 19, when thieves took jewels.")
    b = "A gang stole five paintings from a museum before dawn on Thursday, November 6, in a raid."
    assert_conflicts({"a.md": (a, "2025-11-07"), "b.md": (b, "2025-11-07")}, "event-date-mismatch",
                     {"2025-11-05", "2025-11-06"})
    # dated nearer to the placed event, the mention is that event's
    a = ("Lawmakers in Moldova voted on Wednesday to approve the law.\n\n"
         "An earlier vote on 19 June had failed.")
    b = "The parliament on Thursday approved the law."
    assert_conflicts({"a.md": (a, "2025-07-11"), "b.md": (b, "2025-07-11")}, "event-date-mismatch",
                     {"2025-07-09", "2025-07-10"})


def test_an_hour_of_a_morning_is_no_late_hour_of_that_day():
    assert_conflicts({"a.md": ("The walkout will begin at 2 a.m. on Thursday, March 6.", "2025-03-04"),
                      "b.md": ("The walkout, starting early on Friday, March 7, will last 48 hours.", "2025-03-04")},
                     "event-date-mismatch", {"2025-03-06", "2025-03-07"})
    assert_conflicts({"a.md": ("Wolves attacked the flock in the early hours of Sunday, April 20.", "2025-04-22"),
                      "b.md": ("The wolf attack happened before dawn on Saturday, April 19.", "2025-04-22")},
                     "event-date-mismatch", {"2025-04-19", "2025-04-20"})
    # late one day and a small hour of the next: the hours around one midnight
    assert conflicts({"a.md": ("The leak started late on Wednesday, August 13.", "2025-08-15"),
                      "b.md": ("The leak started at 1:30 a.m. on Thursday, August 14.", "2025-08-15")},
                     "event-date-mismatch") == []


def test_a_part_of_a_weekday_before_its_date_is_that_date_s():
    a = ("A sinkhole opened beneath a busy street in Guatemala City late on Friday, June 13, swallowing six cars.",
         "2025-06-15")
    b = ("The road gave way on Saturday night, June 14, after heavy rains drenched the capital.", "2025-06-15")
    assert_conflicts({"a.md": a, "b.md": b}, "event-date-mismatch", {"2025-06-13", "2025-06-14"})
    # the night of the Friday and late that Friday: one night
    b = ("The road gave way on Friday night, June 13, after heavy rains drenched the capital.", "2025-06-15")
    assert conflicts({"a.md": a, "b.md": b}, "event-date-mismatch") == []
