"""Parallel sentences: the same sentence in two documents with one value changed."""
from __future__ import annotations

from conftest import assert_conflicts, conflicts

CHILDRESS = "{} Brad Childress said the decision has nothing to do with the health of Gus Frerotte."


def test_a_title_changed_in_a_repeated_sentence_is_reported_with_the_frame():
    found = conflicts({"a.md": CHILDRESS.format("Coach"), "b.md": CHILDRESS.format("Director")},
                      "parallel-sentence-mismatch")
    assert [(c.severity, sorted(c.values)) for c in found] == [("warning", ["coach", "director"])]
    assert found[0].subject == "[…] Brad Childress said the decision has nothing to do with…"
    # the title rule alone lets a coach also be a director
    assert_conflicts({"a.md": CHILDRESS.format("Coach"), "b.md": CHILDRESS.format("Director")},
                     "person-title-mismatch")


def test_a_year_a_count_and_an_area_changed_in_a_repeated_sentence():
    assert_conflicts({"a.md": "In 2008, Klitschko stopped Thompson in the 11th round of their fight.",
                      "b.md": "In 2005, Klitschko stopped Thompson in the 11th round of their fight."},
                     "parallel-sentence-mismatch", {"2008", "2005"})
    assert_conflicts({"a.md": "Headquartered in New York, the firm has approximately 350 employees in 13 offices.",
                      "b.md": "Headquartered in New York, the firm has approximately 1050 employees in 13 offices."},
                     "parallel-sentence-mismatch", {"~350", "~1050"})
    # the same words around another number are an edit, though "over 20" allows 33
    assert_conflicts({"a.md": "Oppal said the issue has been with us for well over 20 years.",
                      "b.md": "Oppal said the issue has been with us for well over 33 years."},
                     "parallel-sentence-mismatch", {">20", ">33"})


def test_changes_of_form_and_short_or_different_sentences_are_not_reported():
    assert_conflicts({"a.md": "The navy said it arrested 23 pirates who threatened a merchant vessel.",
                      "b.md": "The navy said it arrested more than 20 pirates who threatened a merchant vessel."},
                     "parallel-sentence-mismatch")
    assert_conflicts({"a.md": "Kremlin spokesman Dmitry Peskov told reporters the talks would go on.",
                      "b.md": "Kremlin spokesperson Dmitry Peskov told reporters the talks would go on."},
                     "parallel-sentence-mismatch")
    assert_conflicts({"a.md": "On Thursday, the talks were held in Istanbul after a long delay.",
                      "b.md": ("On 27 February 2025, the talks were held in Istanbul after a long delay.",
                               "2025-02-28")},
                     "parallel-sentence-mismatch")
    assert_conflicts({"a.md": "Coach Childress said it was final.", "b.md": "Director Childress said it was final."},
                     "parallel-sentence-mismatch")
    assert_conflicts({"a.md": CHILDRESS.format("Coach"),
                      "b.md": "Director Brad Childress said the decision was about the way Jackson has played."},
                     "parallel-sentence-mismatch")
    # one document repeating itself is not two documents
    assert_conflicts({"a.md": CHILDRESS.format("Coach") + " " + CHILDRESS.format("Director")},
                     "parallel-sentence-mismatch")


def test_case_spacing_and_quote_marks_do_not_hide_a_parallel_sentence():
    assert_conflicts({"a.md": "“It is over,” said Coach Brad Childress of the   season on Sunday night.",
                      "b.md": "\"It is over,\" said Director Brad Childress of the season on Sunday night."},
                     "parallel-sentence-mismatch", {"coach", "director"})
    # a quotation closed in one copy runs on into the next paragraph in the other
    assert_conflicts({"a.md": "“It's been with us for well over 20 years.”\n\nNext paragraph.",
                      "b.md": "“It's been with us for well over 33 years.\n\nThe problem was religion.”"},
                     "parallel-sentence-mismatch", {">20", ">33"})


def test_the_same_words_read_against_two_publication_dates_are_no_edit():
    quote = "“The case of Elian is for today’s youth what the blockade was for earlier generations,” he said."
    assert_conflicts({"a.md": (quote, "2000-01-07"), "b.md": (quote, "2000-01-15")}, "parallel-sentence-mismatch")
    quote = "The father said on Thursday that he would travel to the United States with his wife."
    assert_conflicts({"a.md": (quote, "2000-04-07"), "b.md": (quote, "2000-04-14")}, "parallel-sentence-mismatch")


def test_a_frame_filled_with_many_values_is_a_template_not_an_edit():
    template = "The annual report says the company employed {} workers at its plant near the river."
    texts = {f"{name}.md": template.format(value) for name, value in zip("abcd", (10, 20, 30, 40))}
    assert_conflicts(texts, "parallel-sentence-mismatch")
    assert_conflicts(dict(list(texts.items())[:3]), "parallel-sentence-mismatch", {"10", "20", "30"})


def test_only_two_documents_readings_are_compared_whatever_their_order():
    one = ("The meeting was held in Istanbul on Thursday.", "2025-02-28")
    other = ("The meeting was held in Istanbul on April 10. The meeting was held in Istanbul on February 27.",
             "2025-02-28")
    # Thursday fell on both days; the second document's own two days are no parallel edit
    assert_conflicts({"a.md": one, "b.md": other}, "parallel-sentence-mismatch")
    assert_conflicts({"a.md": other, "b.md": one}, "parallel-sentence-mismatch")


def test_the_kind_gives_what_comparing_every_two_documents_claims_gives():
    """Readings are compared once each, not once per pair of documents; the result is the pairwise one."""
    import itertools
    import random

    from factcheck.check.kinds.parallel_mismatch import agree, conflicting
    from factcheck.model import Fact
    from factcheck.normalize.dates import DateValue as D

    values = [("27 February", D(2025, 2, 27)), ("Thursday", D(2025, 2, 27, weekday=4, from_weekday=True)),
              ("February", D(2025, 2)), ("10 April", D(2025, 4, 10)), ("Friday", D(weekday=5))]
    rng = random.Random(11)
    for _ in range(300):
        facts = tuple(
            Fact(f"{rng.choice('abcd')}.md", n, n + 1, "date", "value", "frame", ("frame",), shown, shown, shown,
                 "s", None, (("date", value),))
            for n, (shown, value) in enumerate(rng.choice(values) for _ in range(rng.randint(1, 9))))
        expected = {id(f) for a, b in itertools.permutations(facts, 2) for f in (a,)
                    if a.source != b.source and a.value != b.value and not agree(a, b)}
        assert {id(f) for f in conflicting(facts, {})} == expected


def test_a_frame_in_a_thousand_copies_of_one_story_is_compared_by_its_readings():
    from factcheck.check.kinds.parallel_mismatch import conflicting
    from factcheck.model import Fact
    from factcheck.normalize.dates import DateValue as D

    def fact(source, shown, value):
        return Fact(source, 0, 1, "date", "value", "frame", ("frame",), shown, shown, shown, "s", None,
                    (("date", value),))

    copies = tuple(fact(f"copy{n}.md", "27 February", D(2025, 2, 27)) for n in range(3000))
    assert conflicting(copies, {}) == ()
    edited = copies + (fact("edited.md", "10 April", D(2025, 4, 10)),)
    assert len(conflicting(edited, {})) == 3001
