"""The extractors' document-wide scans pick exactly what their per-sentence tests pick (Hypothesis)."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract.quantities import might_have_quantities, numbered_sentences
from factcheck.segment import sentences

#: Pieces that make sentence ends, number words whole and inside other words, digits and case traps.
PIECES = ["one", "Two", "someone", "TEN", "eleven", "million", "trillion", "7", "٣", "²", "İ", "ı", "K", "Σ",
          "word", "Dr.", ". ", "! ", "? ", " ", "  ", "\n", "\n\n", "-", "'", "“", "”", ",", "A", "u.s."]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=TEXT, start=st.integers(0, 6))
def test_numbered_sentences_are_those_the_sentence_prefilter_keeps(text, start):
    spans = sentences(text, min(start, len(text)))
    assert numbered_sentences(text, spans) == [s for s in spans if might_have_quantities(s.text)]
