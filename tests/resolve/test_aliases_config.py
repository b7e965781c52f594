"""The aliases table of the config: read strictly, errors name the file."""
from __future__ import annotations

import pytest

from factcheck.config import load_options
from factcheck.errors import ConfigError


def test_aliases_are_read_from_the_config(tmp_path):
    path = tmp_path / ".factcheck.toml"
    path.write_text('[aliases]\n"Volodymyr Zelensky" = ["Zelenskyy", "Zelenskiy"]\n', encoding="utf-8")
    assert load_options(path=path).aliases == (("Volodymyr Zelensky", ("Zelenskyy", "Zelenskiy")),)


def test_bad_aliases_are_an_error_naming_the_file(tmp_path):
    path = tmp_path / ".factcheck.toml"
    path.write_text('[aliases]\n"Volodymyr Zelensky" = "Zelenskyy"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="aliases") as error:
        load_options(path=path)
    assert str(path) in str(error.value)
