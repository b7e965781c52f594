"""Properties of loading and the whole pipeline on arbitrary input (Hypothesis)."""
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.config import Options
from factcheck.load import LoadSettings, read_document, read_file
from factcheck.load.records import read_records
from factcheck.pipeline import check_documents

SUFFIXES = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".log"]
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
NEWSY = st.sampled_from([
    "The talks were held in Istanbul on April 10.", "The Istanbul talks took place on February 27.",
    "<p>The Riyadh meeting was on <b>Feb. 18</b>.</p>", "&amp; &#39; &nbsp; &#x27;", "<!-- x -->", "<script>x</script>",
    "---\ntitle: [\n---\n", "---\npublished: 2025-02-28\n---\n", '{"text": "On Thursday."}', "\n", "\r\n", " ",
    "Zakharova said on Tuesday, June 16, 2025.", "between 2016 and 2018", "«", "\u2028", "\ufeff",
])
TEXTS = st.lists(st.one_of(NEWSY, st.text(max_size=40)), max_size=12).map("".join)


def assert_facts_point_into_their_documents(documents):
    report = check_documents(documents, _rules(), Options())
    by_path = {d.path: d for d in documents}
    for fact in report.facts:
        text = by_path[fact.source].text
        assert 0 <= fact.start <= fact.end <= len(text)
        assert text[fact.start:fact.end] == fact.text
    for conflict in report.conflicts:
        assert conflict.claims
    return report


def _rules():
    from factcheck.pipeline import rules_for

    return rules_for(Options())


@FUZZ
@given(raw=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_in_any_supported_file_load_and_check_without_raising(raw, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "f" + suffix)
        path.write_bytes(raw)
        documents, problems = read_file(str(path), LoadSettings())
        assert documents or problems
        assert_facts_point_into_their_documents(documents)


@FUZZ
@given(text=TEXTS, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_text_reads_and_checks_and_keeps_its_length_and_lines(text, suffix):
    document, _ = read_document("doc" + suffix, text)
    assert len(document.text) == len(text)
    assert [i for i, c in enumerate(document.text) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert_facts_point_into_their_documents([document])


@FUZZ
@given(values=st.lists(st.one_of(TEXTS, st.text()), min_size=1, max_size=4), pretty=st.booleans())
def test_json_records_keep_their_words_and_point_into_the_file(values, pretty):
    if pretty:
        name, file_text = "d.json", json.dumps([{"text": v} for v in values], indent=2)
    else:
        name, file_text = "d.jsonl", "".join(json.dumps({"text": v}) + "\n" for v in values)
    documents, problems = read_records(name, file_text)
    assert problems == [] and len(documents) == len(values)
    for document, value in zip(documents, values):
        assert document.text.split() == value.split()
        origin = document.origin
        assert file_text[origin.offset - 1] == '"' and file_text[origin.offset + len(document.text)] == '"'
        assert file_text.count("\n", 0, origin.offset) + 1 == origin.line
    assert_facts_point_into_their_documents(documents)
