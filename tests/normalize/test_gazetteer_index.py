"""The gazetteer's tables kept in the cache directory: read back when sound, rebuilt when not."""
import pytest

from factcheck.normalize import gazetteer


@pytest.fixture
def kept(tmp_path):
    gazetteer._kept_index.cache_clear()
    yield tmp_path
    gazetteer._kept_index.cache_clear()


def built():
    return {name: build() for name, build in gazetteer._BUILDERS.items()}


def test_the_index_is_written_once_and_read_back_equal(kept, monkeypatch):
    first = gazetteer._kept_index(kept)
    [path] = kept.glob("gazetteer-*.marshal")
    assert first == built() and first["countries"]["turkey"] == ("TR", "", "Turkey")
    gazetteer._kept_index.cache_clear()
    monkeypatch.setattr(gazetteer, "_BUILDERS", {name: pytest.fail for name in gazetteer._BUILDERS})
    assert gazetteer._kept_index(kept) == first  # from the file: no builder ran


@pytest.mark.parametrize("garbage", [b"", b"\x00\x01not marshal", b"\xe9" * 100])
def test_a_damaged_index_is_rebuilt(kept, garbage):
    gazetteer._kept_index(kept)
    [path] = kept.glob("gazetteer-*.marshal")
    path.write_bytes(garbage)
    gazetteer._kept_index.cache_clear()
    assert gazetteer._kept_index(kept) == built()
    assert path.read_bytes() != garbage  # and written again


def test_an_unwritable_folder_still_gives_the_tables(kept):
    missing = kept / "not-there"
    assert gazetteer._kept_index(missing)["cities"] == gazetteer._build_cities()
    assert not missing.exists()
