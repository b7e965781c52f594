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
    ],
)
def test_bad_config_is_a_config_error_naming_the_file(in_tmp, text, words):
    (in_tmp / ".factcheck.toml").write_text(text)
    with pytest.raises(ConfigError) as error:
        load_options(in_tmp)
    assert words in str(error.value) and ".factcheck.toml" in str(error.value)


def test_no_config_gives_defaults(in_tmp):
    assert load_options(in_tmp).paths == ()
