"""Bytes → text: byte-order marks, UTF-8, then charset detection; binary refused.

UTF-8 (with or without a BOM) is tried first because nearly every file is
UTF-8 and the check is fast; only files that fail it go to charset-normalizer.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
COMMON = ("cp1252", "cp1251", "cp1250", "iso8859_15", "latin_1", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])


@dataclass(frozen=True)
class Decoded:
    """The text of a file, or why there is none."""

    text: str | None
    encoding: str | None = None
    problem: str | None = None


def decode(raw: bytes) -> str | None:
    """The text of ``raw``, or None when it is binary or undecodable."""
    return decode_bytes(raw).text


def decode_bytes(raw: bytes, html: bool = False) -> Decoded:
    """Decode ``raw``: a BOM wins, then UTF-8, then a declared HTML charset, then detection."""
    decoded = _decode(raw, html)
    if decoded.text is not None and _looks_binary(decoded, raw):
        return Decoded(None, problem="binary file (control characters)")
    return decoded


def _looks_binary(decoded: Decoded, raw: bytes) -> bool:
    """More than 1% control characters (other than tab and line breaks) in the first 8 KB."""
    if decoded.encoding == "utf-8":  # control characters are single bytes there: count them in C
        head = raw[:8192]
        count, size = len(head) - len(head.translate(None, _CONTROL_BYTES)), len(head)
    else:
        text = (decoded.text or "")[:8192]
        count, size = len(_CONTROL.findall(text)), len(text)
    return count > max(8, size // 100)


def _decode(raw: bytes, html: bool) -> Decoded:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _strict(raw, codec)
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return Decoded(None, problem=f"binary file ({what})")
    if b"\x00" in raw[:8192]:
        return Decoded(None, problem="binary file (contains NUL bytes)")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(raw) if html else None
    if declared:
        decoded = _strict(raw, declared)
        if decoded.text is not None:
            return decoded
    return _detect(raw)


def _declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:2048])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _strict(raw: bytes, codec: str) -> Decoded:
    try:
        return Decoded(raw.decode(codec), codec)
    except UnicodeDecodeError as exc:
        return Decoded(None, problem=f"not valid {codec} (byte {exc.start})")


def _detect(raw: bytes) -> Decoded:
    """The likeliest encoding; among equally clean candidates the commonest one wins.

    On short texts charset-normalizer often finds several single-byte code pages
    that decode without any mess (cp775, cp1257, cp1252…); the commonest of
    them is the right one far more often than its own first choice.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw[:1_000_000]))
    if not matches:
        return Decoded(None, problem="undecodable text (not UTF-8, no encoding detected)")
    cleanest = min(match.chaos for match in matches)
    candidates = {match.encoding for match in matches if match.chaos <= cleanest + 0.01}
    encoding = next((name for name in COMMON if name in candidates), None)
    encoding = encoding or min(matches, key=lambda m: (m.chaos, -m.coherence, m.encoding)).encoding
    decoded = _strict(raw, encoding)
    if decoded.text is None:
        return Decoded(None, problem=f"undecodable text (looks like {encoding} but is not)")
    return decoded
