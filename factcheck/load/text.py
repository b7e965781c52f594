"""Plain text: bytes → str."""
from __future__ import annotations


def decode(raw: bytes) -> str | None:
    """The text of ``raw`` as UTF-8 (a BOM is dropped), or None when it is not text."""
    if b"\x00" in raw[:8192]:
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
