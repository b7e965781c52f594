import datetime as dt

import pytest

from factcheck.config import load_options
from factcheck.errors import ConfigError


def test_pyproject_table_is_found_walking_up(in_tmp):
    (in_tmp / "pyproject.toml").write_text('[tool.factcheck]\npaths = ["docs"]\nreference-date = "2025-03-01"\nselect = ["events"]\n')
    (in_tmp / "sub").mkdir()
    options = load_options(in_tmp / "sub")
    assert options.paths == ("docs",)
    assert options.reference_date == dt.date(2025, 3, 1)
    assert options.select == ("events",)


def test_dot_factcheck_toml_and_cli_values_win(in_tmp):
    (in_tmp / ".factcheck.toml").write_text('exclude = ["drafts"]\nfail-on = "warning"\n')
    options = load_options(in_tmp).with_cli(fail_on="info", select=())
    assert options.exclude == ("drafts",) and options.fail_on == "info"


@pytest.mark.parametrize(
    "text, words",
    [
        ("paths = 3\n", "list of strings"),
        ("colour = 'red'\n", "unknown option"),
        ("reference-date = 'soon'\n", "not a date"),
        ("fail-on = 'always'\n", "fail-on"),
        ("severity = {x = 'fatal'}\n", "severity"),
        ("paths = [\n", "invalid TOML"),
        ("jobs = 0\n", "at least 1"),
        ("jobs = 'two'\n", "whole number"),
        ("jobs = true\n", "whole number"),
        ("executor = 'spark'\n", "executor"),
        ("cache-dir = 3\n", "must be a string"),
    ],
)
def test_bad_config_is_a_config_error_naming_the_file(in_tmp, text, words):
    (in_tmp / ".factcheck.toml").write_text(text)
    with pytest.raises(ConfigError) as error:
        load_options(in_tmp)
    assert words in str(error.value) and ".factcheck.toml" in str(error.value)


def test_no_config_gives_defaults(in_tmp):
    assert load_options(in_tmp).paths == ()


def test_input_options_max_file_size_json_fields_and_sources(in_tmp):
    (in_tmp / ".factcheck.toml").write_text(
        'max-file-size = "2MB"\n[json]\ntext = "body"\nid = ["slug", "id"]\n'
        '[[sources]]\nglob = "bbc/*"\nsource = "BBC"\npublished = "2025-02-28"\n'
    )
    options = load_options(in_tmp)
    assert options.max_file_size == 2 * 1024 * 1024
    assert options.json_fields == (("id", ("slug", "id")), ("text", ("body",)))
    assert [(s.glob, s.source, s.published) for s in options.sources] == [("bbc/*", "BBC", dt.date(2025, 2, 28))]


@pytest.mark.parametrize("text, words", [
    ("max-file-size = 'huge'\n", "not a file size"),
    ("max-file-size = -1\n", "not a file size"),
    ("[json]\ntext = 3\n", "json.text"),
    ("[[sources]]\nsource = 'BBC'\n", "needs a 'glob'"),
    ("[[sources]]\nglob = 'x'\noutlet = 'BBC'\n", "unknown key 'outlet'"),
    ("[[sources]]\nglob = 'x'\npublished = 'soon'\n", "not a date"),
])
def test_bad_input_options_name_the_file(in_tmp, text, words):
    (in_tmp / ".factcheck.toml").write_text(text)
    with pytest.raises(ConfigError, match=words) as error:
        load_options(in_tmp)
    assert ".factcheck.toml" in str(error.value)


def test_sources_fill_outlet_and_date_a_document_lacks(in_tmp):
    from factcheck.load import LoadSettings, load_documents

    (in_tmp / "bbc").mkdir()
    (in_tmp / "bbc" / "a.txt").write_text("Text.")
    (in_tmp / "bbc" / "b.md").write_text("---\nsource: Own\n---\nText.")
    (in_tmp / "c.txt").write_text("Text.")
    (in_tmp / ".factcheck.toml").write_text('[[sources]]\nglob = "bbc/*"\nsource = "BBC"\npublished = "2025-02-28"\n')
    documents, _ = load_documents(["."], LoadSettings.from_options(load_options(in_tmp)))
    assert [(d.path, d.source, str(d.published)) for d in documents] == [
        ("bbc/a.txt", "BBC", "2025-02-28"), ("bbc/b.md", "Own", "2025-02-28"), ("c.txt", None, "None")]
