"""Bytes → text: BOMs, UTF-8, common code pages; binary refused with a reason."""
import codecs

import pytest

from factcheck.load.text import decode_bytes

FRENCH = "Les pourparlers ont eu lieu à Istanbul le 27 février, a déclaré le porte-parole « très » ému."
GERMAN = "Die Gespräche in München über die Straße waren schön, sagte der Sprecher am Dienstag."
RUSSIAN = "Переговоры прошли в Стамбуле 27 февраля, сообщила официальный представитель Мария Захарова."


@pytest.mark.parametrize("raw", [
    FRENCH.encode("utf-8"),
    codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
    FRENCH.encode("utf-16"),  # with its BOM
    codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"),
    FRENCH.encode("cp1252"),
    FRENCH.encode("latin-1"),
])
def test_french_in_every_common_encoding_reads_the_same(raw):
    assert decode_bytes(raw).text == FRENCH


@pytest.mark.parametrize("text, encoding", [(GERMAN, "cp1252"), (RUSSIAN, "cp1251"), (RUSSIAN, "utf-16")])
def test_other_languages_and_code_pages(text, encoding):
    assert decode_bytes(text.encode(encoding)).text == text


def test_declared_html_charset_is_used_when_utf8_fails():
    raw = b'<meta charset="windows-1251"><p>' + RUSSIAN.encode("cp1251")
    assert RUSSIAN in decode_bytes(raw, html=True).text


@pytest.mark.parametrize("raw, words", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"text\x00with\x00nul", "NUL"),
    (bytes(range(1, 32)) * 20, "control characters"),
])
def test_binary_is_refused_with_a_reason(raw, words):
    decoded = decode_bytes(raw)
    assert decoded.text is None and words in decoded.problem


def test_broken_utf16_after_a_bom_is_refused():
    decoded = decode_bytes(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")
    assert decoded.text is None and "utf-16" in decoded.problem
