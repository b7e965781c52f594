import pytest

from factcheck.extract.quotes import find_quotes, normalize_words, surname


def speakers(text):
    return [(q.words.rstrip(",."), q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("“We hope the pause will not be long,” said Maria Zakharova.", "We hope the pause will not be long", "Maria Zakharova"),
        ("“The pause is too long,” Zakharova said.", "The pause is too long", "Zakharova"),
        ("Zakharova stated, “We are ready to continue.”", "We are ready to continue", "Zakharova"),
        ("According to Maria Zakharova, “the talks are over.”", "the talks are over", "Maria Zakharova"),
        ("Lavrov called the talks “constructive and useful” on Monday.", "constructive and useful", "Lavrov"),
        ('"We will not stop," said John Smith.', "We will not stop", "John Smith"),
        ("“The U.S. canceled,” said Russian Foreign Ministry spokesperson Maria Zakharova.", "The U.S. canceled", "Maria Zakharova"),
        ("Oppal said Blackmore is married. “This is a complex issue,” he told reporters.", "This is a complex issue", "Oppal"),
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
    ],
)
def test_quotes_without_a_named_speaker(text):
    assert [q.speaker for q in find_quotes(text)] == [None]


def test_pronoun_is_not_resolved_to_a_place_after_said():
    text = "Howard also said Georgia prosecutors need leeway. “The community has spoken,” he said."
    assert speakers(text) == [("The community has spoken", "Howard")]


def test_normalizing():
    assert normalize_words("We’re  ready, he said!") == "we're ready he said"
    assert surname("Maria Zakharova") == surname("Zakharova") == "zakharova"
