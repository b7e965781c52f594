from factcheck.check.kinds.misquote import word_diff
from factcheck.extract.attribution import attribution, is_hedged
from tests.conftest import assert_conflicts, conflicts


def test_quantity_mismatch_on_the_same_thing():
    assert_conflicts({"a.txt": "Russia raised the issue of six diplomatic properties seized by the U.S.",
                      "b.txt": "Russia raised the issue of five diplomatic properties seized by Washington."},
                     "quantity-mismatch", {"6", "5"})


def test_compatible_quantities_do_not_conflict():
    assert_conflicts({"a.txt": "The talks in Istanbul lasted over six hours.",
                      "b.txt": "The Istanbul talks lasted seven hours."}, "quantity-mismatch")
    assert_conflicts({"a.txt": "Shy Ely put up 23 points against the Tar Heels.",
                      "b.txt": "Shy Ely scored more than 20 points for the Purple Aces."}, "quantity-mismatch")


def test_different_players_are_not_compared():
    assert_conflicts({"a.txt": "Blackmore is charged with marrying 20 women, while Oler is accused of marrying two women.",
                      "b.txt": "Oler is accused of marrying 2 women, and Blackmore of marrying 20 women."},
                     "quantity-mismatch")


def test_hedged_side_lowers_severity():
    found = conflicts({"a.txt": "Russia raised the issue of six diplomatic properties seized by the U.S.",
                       "b.txt": "Russia reportedly raised the issue of five diplomatic properties seized by the U.S."},
                      "quantity-mismatch")
    assert [c.severity for c in found] == ["warning"]
    assert any(c.attribution == "reportedly" for c in found[0].claims)


def test_misattribution_names_both_speakers():
    (conflict,) = conflicts({"a.txt": "“I never dreamed I'd be the all-time leading scorer,” Hansbrough said.",
                             "b.txt": "“I never dreamed I'd be the all-time leading scorer,” Haarsma said."},
                            "quote-misattribution")
    assert set(conflict.values) == {"hansbrough", "haarsma"}


def test_misattribution_of_a_fragment():
    assert_conflicts({"a.txt": "“I felt like there was a lot of pressure,” said Hansbrough.",
                      "b.txt": "“I was nervous because I felt like there was a lot of pressure,” said Haarsma."},
                     "quote-misattribution", {"hansbrough", "haarsma"})


def test_misquote_carries_a_word_diff():
    (conflict,) = conflicts({"a.txt": "“The talks were constructive and businesslike,” said Maria Zakharova.",
                             "b.txt": "“The talks were productive and businesslike,” Zakharova said."}, "misquote")
    diff = dict(conflict.details)["diff"]
    assert "[-constructive-]" in diff and "{+productive+}" in diff
    assert diff in conflict.message


def test_fragment_is_not_a_misquote():
    assert_conflicts({"a.txt": "“We hope that the pause taken by them will not become too long,” said Maria Zakharova.",
                      "b.txt": "“The pause taken by them will not become too long,” Zakharova said."}, "misquote")


def test_word_diff():
    assert word_diff("the talks were constructive and useful", "the talks were productive and useful") == \
        "the talks were [-constructive-] {+productive+} and useful"


def test_attribution_and_hedging():
    assert attribution("According to Russian officials, the US canceled talks.") == "according to Russian officials"
    assert attribution("The talks reportedly lasted six hours.") == "reportedly"
    assert attribution("The pirates are from Somalia, Sinha said.") == "Sinha said"
    assert attribution("The teen was shot on Friday.") is None
    assert is_hedged("reportedly") and not is_hedged("Sinha said")
