"""The extractors' cheap pre-filters decide exactly as the slow tests they stand in front of."""
import re
import sys

import pytest

from factcheck.extract import dates, names, people, quantities, quotes
from factcheck.normalize.numbers import NUMBER_WORDS

attribution_module = sys.modules["factcheck.extract.attribution"]

#: Look-alikes: re.I matches İ, ı, ſ and the Kelvin sign K to ASCII letters; curly quotes; digits next to letters.
TRICKY = [
    "The talks reportedly lasted six hours.",
    "The ship was saİd to be lost, Sinha said.",
    "Officials are beſieved to... no: they were beliſved? The crew was ſaid to flee.",
    "SIXK trillion dollars", "a trillion", "Someone often mentions attention.", "Twenty-three people",
    "In the '90s, 5days ago, abc123 and 1990s; the 20th century; 02/27/2025 and 2025-02-27.",
    "KMarch 5, Dec. 8, Decade, the decade, weeKs, DéC 5, Mayor May, New Year’s Eve, Independence Day.",
    "Thursday, Feb. 27 — nowadays, currently, the past few weeks; #3 and 12,000 people; Route 66.",
]


def _attribution_reference(sentence: str) -> str | None:
    """Attribution with every pattern run, no literal pre-filter in front of it."""
    a = attribution_module
    if "ccording" not in sentence and " sa" not in sentence and " to" not in sentence and "ly" not in sentence \
            and "claim" not in sentence and " told" not in sentence and " have" not in sentence:
        return None
    found = []
    match = a._ACCORDING.search(sentence)
    said = a._SAID.search(sentence)
    if match:
        found.append("according to " + match.group(1).strip())
    elif said and (said.group(1) or said.group(2)).split()[0] not in ("The", "He", "She", "It", "They", "We", "I"):
        found.append(f"{(said.group(1) or said.group(2)).strip()} said")
    hedge = a._HEDGE.search(sentence)
    if hedge:
        found.append(" ".join(hedge.group(1).lower().split()))
    return "; ".join(found) or None


@pytest.mark.parametrize("sentence", TRICKY)
def test_attribution_prefilters_agree_with_its_patterns(sentence):
    assert attribution_module.attribution(sentence) == _attribution_reference(sentence)


def test_hedge_found_through_a_dotted_capital_i():
    assert attribution_module.attribution("The ship was saİd to be lost.") == "was saİd to".lower()  # İ lower-cases to two characters: no "said" in it


@pytest.mark.parametrize("sentence", TRICKY)
def test_quantity_prefilter_lets_every_quantity_through(sentence):
    words = re.compile(r"(?i)one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|"
                       r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|zero")
    reference = bool(re.search(r"\d", sentence)) or (
        words.search(sentence) is not None and not NUMBER_WORDS.isdisjoint(re.findall("[a-z]+", sentence.lower())))
    if reference:
        assert quantities.might_have_quantities(sentence)
    else:  # the pre-filter may let a sentence with only "trillion" through: it holds no quantity
        assert quantities.might_have_quantities(sentence) is False or quantities.find_quantities(sentence) == []


def _anchors_reference(text: str) -> list[tuple[int, str]]:
    """Word by word, as the date finder used to look for anchors."""
    found = []
    for m in dates._TOKEN.finditer(text):
        word, start = m.group(), m.start()
        if word[0].isdigit():
            if len(word) == 4 or (start > 0 and text[start - 1] in "'’") or dates._DATE_SHAPE.match(text, start):
                found.append((start, word))
        elif word.lower() in dates._ANCHORS or (word[0].isupper() and word[:3] in dates._CAPITALS):
            found.append((start, word))
    return found


@pytest.mark.parametrize("text", TRICKY + [" ".join(TRICKY)])
def test_date_anchors_found_by_search_are_the_anchor_words(text):
    assert dates._anchors(text) == _anchors_reference(text)


def test_words_before_any_offset_are_the_text_s_last_words():
    text = " ".join(TRICKY) + " " + "x" * 300 + " then 12"
    tokens = [(m.start(), m.group()) for m in dates._TOKEN.finditer(text)]
    for end in {m.start() for m in dates._TOKEN.finditer(text)}:
        expected = [t for t in tokens if t[0] + len(t[1]) <= end][-6:]
        assert dates._words_before(text, end, 6) == expected


NAMES = TRICKY + [
    "Foreign Minister Sergey Lavrov met Ursula von der Leyen and Kimani (Kiki) Gray.",
    "O'Brien, McDonald-Smith and J. R. R. Tolkien's U.S. visit; x-Ray, .NET, 'Quoted Name' and Jose\u00a0Luis.",
    "Émile Zola met Łukasz Żak and Ørsted’s CEO — DéC Smith, İsmail Kaya.",
]


@pytest.mark.parametrize("text", NAMES)
def test_runs_are_the_run_pattern_s_matches(text):
    for variant in (text, text.encode("ascii", "replace").decode()):  # the re twin serves ASCII text
        assert [(m.span(), m.group()) for m in names.runs(variant)] == \
            [(m.span(), m.group()) for m in names.RUN.finditer(variant)]


@pytest.mark.parametrize("text", NAMES)
def test_last_token_is_the_tokenizer_s(text):
    for high in range(len(text) + 1):
        tokens = people._BEFORE.findall(text, max(0, high - 80), high)
        assert people._last_token(text, max(0, high - 80), high) == (tokens[-1] if tokens else None)


@pytest.mark.parametrize("before", [
    "Lavrov said", "Lavrov said,", "Lavrov said on Monday evening:", "Lavrov told reporters :",
    "Maria Zakharova added ,  ", "Lavrov said.", "Lavrov said that the talks were over", "No verb here",
])
def test_speech_verb_test_lets_every_speaker_before_a_quote_through(before):
    if quotes._BEFORE.search(before):
        assert quotes._verb_at_end(before)


def test_the_spelled_out_test_for_a_struck_place_knows_every_verb_of_the_list():
    from factcheck.extract.places import SHAKEN, _shaken

    assert all(_shaken(f"A quake {verb} Italy.") for verb in SHAKEN)
    assert not _shaken("A quake hit Italy.")
