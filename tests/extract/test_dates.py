"""find_dates: which spans are dates, and the TIMEX3 value each gets."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import find_dates
from factcheck.normalize.dates import DateValue

REF = dt.date(2025, 3, 1)  # a Saturday


def timexes(text: str, reference: dt.date | None = REF) -> list[tuple[str, str]]:
    """(span text, TIMEX3 value) of every date found; also checks offsets."""
    found = find_dates(text, reference)
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
    return [(m.text, m.value.timex) for m in found]


def assert_dates(text: str, *expected: tuple[str, str], reference: dt.date | None = REF) -> None:
    assert timexes(text, reference) == list(expected)


@pytest.mark.parametrize("text, span, value", [
    ("Talks were held on February 27, 2025.", "February 27, 2025", "2025-02-27"),
    ("Talks were held on 27 February 2025.", "27 February 2025", "2025-02-27"),
    ("He was born Nov. 1, 2004, in Ohio.", "Nov. 1, 2004", "2004-11-01"),
    ("Published 2025-02-27 at noon.", "2025-02-27", "2025-02-27"),
    ("Filed on 02/27/2025.", "02/27/2025", "2025-02-27"),
    ("Filed on 27.02.2025.", "27.02.2025", "2025-02-27"),
    ("On Thursday, Feb. 27, 2025, they met.", "Thursday, Feb. 27, 2025", "2025-02-27"),
    ("The sale closed in August 1988.", "August 1988", "1988-08"),
    ("Sales rose in fiscal 1998.", "fiscal 1998", "1998"),
    ("It happened in 1998, officials said.", "1998", "1998"),
    ("Prices were high in the 1990s.", "1990s", "199"),
    ("It was the worst flood of the 20th century.", "the 20th century", "19"),
    ("He spoke of nineteen ninety-six.", "nineteen ninety-six", "1996"),
])
def test_absolute_dates(text: str, span: str, value: str) -> None:
    assert_dates(text, (span, value))


@pytest.mark.parametrize("text, span, value", [
    ("The meeting was on February 18th.", "February 18th", "2025-02-18"),
    ("They met on the 18th of February.", "18th of February", "2025-02-18"),
    ("It ended on Feb. 27.", "Feb. 27", "2025-02-27"),
    ("They met yesterday.", "yesterday", "2025-02-28"),
    ("They meet today.", "today", "2025-03-01"),
    ("They meet tomorrow.", "tomorrow", "2025-03-02"),
    ("He was arrested last night.", "last night", "2025-02-28"),
    ("The men were arrested late last night.", "late last night", "2025-02-28"),
    ("The men were arrested this morning.", "this morning", "2025-03-01"),
    ("A news conference is scheduled this afternoon.", "this afternoon", "2025-03-01"),
    ("They met last week.", "last week", "2025-W08"),
    ("They will meet next month.", "next month", "2025-04"),
    ("Sales fell this year.", "this year", "2025"),
    ("Sales fell last year.", "last year", "2024"),
    ("He left two days ago.", "two days ago", "2025-02-27"),
    ("He left three weeks ago.", "three weeks ago", "2025-W06"),
    ("Profit was lower a year earlier.", "a year earlier", "2024"),
    ("They met in January.", "January", "2025-01"),
    ("Results for the third quarter were weak.", "the third quarter", "2024-Q3"),
    ("Third-quarter profit rose.", "Third-quarter", "2024-Q3"),
    ("Growth slowed in the second half of 1998.", "the second half of 1998", "1998-H2"),
    ("It rained last summer.", "last summer", "2024-SU"),
    ("Talks are now under way.", "now", "PRESENT_REF"),
    ("She currently leads the team.", "currently", "PRESENT_REF"),
    ("They recently met.", "recently", "PAST_REF"),
    ("Nothing is certain about the future.", "the future", "FUTURE_REF"),
    ("Shops close at year-end.", "year-end", "2025"),
    ("Shops are closed this weekend.", "this weekend", "2025-W09-WE"),
])
def test_relative_dates_resolve_against_reference(text: str, span: str, value: str) -> None:
    assert_dates(text, (span, value))


def test_a_last_night_that_belongs_to_someone_is_no_date() -> None:
    assert_dates("They played on the last night of the festival.")
    assert_dates("It was his last night in office, he said.")
    assert_dates("In the morning, they left; good evening.")


def test_night_and_late_mark_the_hours_before_midnight_early_those_after_an_afternoon_neither() -> None:
    mods = {m.text: m.value.mod for m in find_dates(
        "Shots rang out last night. Tonight they march. He spoke this evening, early this morning and "
        "yesterday afternoon.", REF)}
    assert mods == {"last night": "END", "Tonight": "END", "this evening": "EVENING", "early this morning": "START",
                    "yesterday afternoon": "MID"}  # an afternoon is no hour around a midnight
    assert find_dates("They met Saturday afternoon and Friday morning.", REF)[0].value.mod == "MID"
    assert find_dates("They met Saturday afternoon and Friday morning.", REF)[1].value.mod is None


def test_weekday_resolves_to_past_by_default_and_future_when_the_clause_says_so() -> None:
    assert_dates("The talks took place on Thursday.", ("Thursday", "2025-02-27"))
    assert_dates("The talks will take place on Thursday.", ("Thursday", "2025-03-06"))
    assert_dates("They met last Friday.", ("last Friday", "2025-02-28"))
    assert_dates("The sides are scheduled to meet next Tuesday.", ("next Tuesday", "2025-03-04"))
    mention = find_dates("Officials spoke late Friday.", REF)[0]
    assert (mention.text, mention.value.weekday, mention.value.from_weekday) == ("late Friday", 5, True)


def test_tense_cues_of_the_clause_decide_a_weekday() -> None:
    monday = dt.date(1998, 10, 26)
    assert_dates("On Tuesday, the league plans to hold a news conference.", ("Tuesday", "1998-10-27"),
                 reference=monday)
    assert_dates("Hundreds died in the blasts next to the embassies on Friday.", ("Friday", "1998-10-23"),
                 reference=monday)
    assert_dates("They issued a statement Friday saying the pact will help.", ("Friday", "1998-10-23"),
                 reference=monday)
    assert_dates("The team planned to leave Nairobi on Thursday.", ("Thursday", "1998-10-29"), reference=monday)
    assert_dates("He would be traveling to the United States Thursday.", ("Thursday", "1998-10-29"),
                 reference=monday)
    assert_dates("The ban stays until Thursday.", ("Thursday", "1998-10-29"), reference=monday)
    assert_dates("Until Thursday, they had not called him a suspect.", ("Thursday", "1998-10-22"),
                 reference=monday)


def test_a_possessive_weekday_is_the_one_before_unless_its_clause_says_it_is_to_come() -> None:
    friday = dt.date(2000, 1, 7)
    assert_dates("They would look for ways to get around Wednesday's ruling.", ("Wednesday's", "2000-01-05"),
                 reference=friday)
    assert_dates("Crowds gathered ahead of Sunday's election.", ("Sunday's", "2000-01-09"), reference=friday)
    assert_dates("He will attend Sunday's game.", ("Sunday's", "2000-01-09"), reference=friday)
    assert_dates("They would meet on Wednesday.", ("Wednesday", "2000-01-12"), reference=friday)


def test_a_past_tense_clause_keeps_a_yearless_month_in_the_past() -> None:
    late_october = dt.date(1989, 10, 30)
    assert_dates("Since KKR bought RJR in February, it has sold units.", ("February", "1989-02"),
                 reference=late_october)
    assert_dates("In the year ended Jan. 31, sales rose.", ("Jan. 31", "1989-01-31"),
                 reference=late_october)
    assert_dates("The carrier has been on patrol since March.", ("March", "1989-03"), reference=late_october)


@pytest.mark.parametrize("text, span, value", [
    ("Sales for the full year were $6.6 billion.", "the full year", "2025"),
    ("A hearing is set for the week of March 6.", "the week of March 6", "2025-W10"),
])
def test_whole_periods(text: str, span: str, value: str) -> None:
    assert_dates(text, (span, value))


def test_that_year_is_the_year_named_last() -> None:
    assert_dates("He left in June 1998 and returned later that year.", ("June 1998", "1998-06"),
                 ("later that year", "1998"))
    assert_dates("That year was fine.")


def test_the_following_and_the_previous_year_or_month_count_from_the_one_just_named() -> None:
    october = dt.date(1989, 10, 27)
    assert_dates("On May 22, 1995, he was made a general, and the following year he went to Rome.",
                 ("May 22, 1995", "1995-05-22"), ("the following year", "1996"), reference=october)
    assert_dates("Texas urged a sale in March. The following month, the company put itself up for sale.",
                 ("March", "1989-03"), ("The following month", "1989-04"), reference=october)
    assert_dates("Sales in 1987 rose 5% from the prior year.", ("1987", "1987"), ("the prior year", "1986"),
                 reference=october)
    # with no year in this sentence or the one before, from the reference
    assert_dates("It was founded in 1950. It has 300 workers. Sales grew. Profit rose from the previous year.",
                 ("1950", "1950"), ("the previous year", "1988"), reference=october)


def test_weekend_seen_from_a_weekday_is_the_one_before() -> None:
    assert_dates("Shops closed over the weekend.", ("the weekend", "2025-W08-WE"), reference=dt.date(2025, 2, 24))


def test_yearless_date_takes_the_nearest_year_on_the_side_of_the_tense() -> None:
    january = dt.date(1998, 1, 8)
    assert_dates("Shares fell in October.", ("October", "1997-10"), reference=january)
    assert_dates("The rights expire Feb. 3.", ("Feb. 3", "1998-02-03"), reference=january)
    assert find_dates("On April 10 they met.", REF)[0].value.year_inferred


@pytest.mark.parametrize("text, span, value", [
    ("The talks were held on February 27.", "February 27", "--02-27"),
    ("The talks were held on Thursday.", "Thursday", "XXXX-WXX-4"),
    ("Results for the third quarter were weak.", "the third quarter", "XXXX-Q3"),
    ("They met in March.", "March", "XXXX-03"),
])
def test_without_reference_unknown_parts_stay_open(text: str, span: str, value: str) -> None:
    assert_dates(text, (span, value), reference=None)


def test_without_reference_relative_days_are_unanchored_not_today() -> None:
    (mention,) = find_dates("They met yesterday.", None)
    assert mention.value == DateValue()
    assert mention.value.bounds() is None


@pytest.mark.parametrize("text, span, value", [
    ("It rose between 2016 and 2018.", "2016 and 2018", "2016/2018"),
    ("The fair runs from Feb. 1 to Feb. 5.", "Feb. 1 to Feb. 5", "2025-02-01/2025-02-05"),
    ("The fair runs Feb. 1-5.", "Feb. 1-5", "2025-02-01/2025-02-05"),
    ("Oler has been charged with the crime between Nov. 1, 2004, and Oct. 8, 2008.",
     "Nov. 1, 2004, and Oct. 8, 2008", "2004-11-01/2008-10-08"),
])
def test_ranges(text: str, span: str, value: str) -> None:
    assert_dates(text, (span, value))


def test_a_joined_range_keeps_its_endpoints_as_parts() -> None:
    (mention,) = find_dates("He sold shares between 1985 and 1987.", REF)
    assert [(p.text, p.value.timex) for p in mention.parts] == [("1985", "1985"), ("1987", "1987")]
    assert find_dates("It rose in 1998, and 1999 too.", REF)[0].parts == ()


def test_a_second_day_of_the_same_month_joined_by_and_makes_a_range_of_the_two() -> None:
    (mention,) = find_dates("The summit will be held on April 24 and 25 in Washington.", REF)
    assert (mention.text, mention.value.timex) == ("April 24 and 25", "2025-04-24/2025-04-25")
    assert [(p.text, p.value.timex) for p in mention.parts] == [("April 24", "2025-04-24"), ("25", "2025-04-25")]
    (mention,) = find_dates("They met on 24 and 25 February.", REF)
    assert [(p.text, p.value.timex) for p in mention.parts] == [("24", "2025-02-24"), ("25 February", "2025-02-25")]


@pytest.mark.parametrize("text", [
    "On April 24 and 25 people were killed.",  # a count
    "Talks began on April 24 and 3 days later ended.",  # a day before the first
    "It was April 30 and 31 people came.",
    "The fair opened on Feb. 28 and 30 stalls were sold.",  # no 30 February
])
def test_a_number_after_a_date_and_and_that_cannot_be_its_second_day_is_left_alone(text: str) -> None:
    assert all(m.parts == () for m in find_dates(text, REF))


@pytest.mark.parametrize("text", [
    "Tickets cost $20 each.",
    "Prices may rise.",
    "May I ask a question?",
    "Alexander Darchiev, 64, arrived.",
    "Turnout was 45% this time.",
    "About 2,000 people came, and 300 stayed.",
    "The meeting starts at 10:30 a.m.",
    "Call 555-1234 or 202-555-0143.",
    "Under Section 293 of the code.",
    "The index closed at 2082.1 points.",
    "Some 1500 troops and 2000 people were there.",
    "He heard the Women's March chant.",
    "Thousands joined the annual March for Life.",
    "She led the March of the Combatant Mothers.",
    "The fall of the regime was swift.",
    "The summer house was sold.",
    "The fire broke out at 2045 GMT.",  # a time of day
    "Crews arrived at about 1930.",
])
def test_look_alikes_are_not_dates(text: str) -> None:
    assert timexes(text) == []


def test_the_month_march_is_still_read_beside_for_and_of() -> None:
    assert_dates("They met in March for two days.", ("March", "2025-03"))
    assert_dates("The March jobs report was weak.", ("March", "2025-03"))
    assert_dates("It was the March of 1999.", ("March of 1999", "1999-03"))


def test_mentions_are_in_order_and_do_not_overlap() -> None:
    text = "On Feb. 18, talks in Riyadh; on Thursday, Feb. 27, talks in Istanbul; next round in March."
    found = find_dates(text, REF)
    assert [m.text for m in found] == ["Feb. 18", "Thursday, Feb. 27", "March"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_a_year_in_the_name_of_a_law_is_no_date() -> None:
    assert_dates("He is held under Section 4 of the Criminal Justice Act 1984 in Galway.")
    assert_dates("The Civil Rights Act of 1964 was cited on Monday.", ("Monday", "2025-02-24"))
    assert_dates("The act was passed in 1984.", ("1984", "1984"))


def test_a_weekday_with_its_date_in_brackets_and_a_games_half_is_no_date():
    found = [(m.text, m.value.timex) for m in find_dates("The sentences were handed down on Tuesday (13 May).",
                                                          dt.date(2025, 5, 15))]
    assert found == [("Tuesday (13 May", "2025-05-13")]
    assert [m.text for m in find_dates("Fiji scored three second-half tries.", dt.date(2025, 5, 15))] == []
    assert [m.value.timex for m in find_dates("Profit rose in the second half.", dt.date(2025, 5, 15))] == ["2024-H2"]


def test_a_weekday_with_its_part_of_the_day_and_its_date_is_one_mention():
    reference = dt.date(2025, 6, 15)
    found = find_dates("The road gave way on Saturday night, June 14, after heavy rain.", reference)
    assert [(m.text, m.value.timex, m.value.mod) for m in found] == [("Saturday night, June 14", "2025-06-14", "END")]
    found = find_dates("It began on Sunday afternoon, 8 June.", reference)
    assert [(m.text, m.value.timex, m.value.mod) for m in found] == [("Sunday afternoon, 8 June", "2025-06-08", "MID")]
