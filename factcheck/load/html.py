"""HTML: the main text, boilerplate dropped, every character at its place in the file.

A small tokenizer (one regular expression, raw-text elements skipped whole)
walks the file; navigation, headers and footers outside the article, asides,
forms, scripts, styles and elements whose class, id or role names boilerplate
(menu, sidebar, share, related, cookie, comments…) are dropped. When the page
has an ``<article>`` or ``<main>``, only text inside it is kept. Tags become
spaces and entities their character (see :mod:`factcheck.load.blank`), so
offsets, lines and columns are those of the file. Metadata comes from
``<title>`` and the usual ``<meta>`` tags (Open Graph, article:published_time).
"""
from __future__ import annotations

import html
import re

from factcheck.load.blank import SameLength
from factcheck.load.metadata import published_date
from factcheck.model import Diagnostic, Document

_TOKEN = re.compile(
    r"<(?:!--.*?(?:-->|\Z)"
    r"|!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|[!?][^>]*>?"
    r"|(/?)([A-Za-z][^\s/>]*)((?:[^>\"']+|\"[^\"]*\"|'[^']*')*)>?)"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?",
    re.S,
)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_MAIN = re.compile(r"<(?:article|main)[\s>]|role\s*=\s*[\"']?main", re.I)
RAW_TEXT = frozenset("script style textarea title xmp iframe noembed noframes noscript template svg math".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
INLINE = frozenset("a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var".split())
DROPPED = frozenset("head nav aside form button select menu dialog figure picture video audio canvas object".split())
OUTSIDE_ARTICLE = frozenset(("header", "footer"))
MAIN = frozenset(("article", "main"))
BOILERPLATE_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar dialog alert".split())
_BOILERPLATE_NAME = re.compile(
    r"(?:^|[\s_\"'=-])(?:nav|navbar|navigation|menu|footer|sidebar|breadcrumbs?|comments?|share|sharing|social"
    r"|related|promo|advert|ads?|advertisement|cookies?|newsletter|subscribe|signup|paywall|popup|modal|masthead)(?:$|[\s_\"'-])",
    re.I,
)
_META_KEYS = {
    "og:title": "title", "twitter:title": "title",
    "og:site_name": "source", "application-name": "source", "publisher": "source",
    "og:url": "url",
    "article:published_time": "published", "date": "published", "pubdate": "published",
    "publishdate": "published", "dc.date": "published", "dc.date.issued": "published",
    "datepublished": "published", "parsely-pub-date": "published", "sailthru.date": "published",
}


def read_html(path: str, text: str) -> tuple[Document, list[Diagnostic]]:
    """A document whose text is the page's main text, blanked in place."""
    page = _Page(text)
    page.walk()
    meta = page.meta
    published, problems = published_date(path, meta.get("published"))
    document = Document(
        path=path,
        text=page.out.result(),
        title=meta.get("title"),
        source=meta.get("source"),
        url=meta.get("url"),
        published=published,
    )
    return document, problems


class _Page:
    """One pass over the tokens: a stack of open elements decides what is kept."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out = SameLength(text)
        self.meta: dict[str, str] = {}
        self.has_main = bool(_MAIN.search(text))
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, drops its content, is a main region)
        self.dropping = 0
        self.in_main = 0

    @property
    def keeping(self) -> bool:
        return not self.dropping and (self.in_main > 0 or not self.has_main)

    def walk(self) -> None:
        position = 0
        text = self.text
        while True:
            match = _TOKEN.search(text, position)
            if match is None:
                self._text(position, len(text))
                return
            self._text(position, match.start())
            position = self._token(match)

    def _text(self, start: int, end: int) -> None:
        if start < end:
            (self.out.keep if self.keeping else self.out.drop)(start, end)

    def _token(self, match: re.Match[str]) -> int:
        start, end = match.span()
        token = match.group()
        if token[0] == "&":
            if self.keeping:
                self.out.put(start, end, html.unescape(token))
            else:
                self.out.drop(start, end)
            return end
        name = (match.group(2) or "").lower()
        if not name:
            self.out.drop(start, end)
        elif match.group(1):
            self._close(name, start, end)
        else:
            end = self._open(name, match.group(3) or "", start, end)
        return end

    def _open(self, name: str, attributes: str, start: int, end: int) -> int:
        if name in INLINE and self.keeping:
            self.out.skip(start, end)
        else:
            self.out.drop(start, end)
        attrs = _attributes(attributes) if name in ("meta", "link") or _may_name_boilerplate(attributes) else {}
        if name in ("meta", "link"):
            self._metadata(name, attrs)
        if name in RAW_TEXT:
            return self._raw_text(name, end)
        if name in VOID or attributes.rstrip().endswith("/"):
            return end
        if name == "body":
            self._close("head", end, end)
        drops = name in DROPPED or (name in OUTSIDE_ARTICLE and not self.in_main) or bool(attrs and _is_boilerplate(attrs))
        is_main = name in MAIN or attrs.get("role") == "main"
        self.stack.append((name, drops, is_main))
        self.dropping += drops
        self.in_main += is_main
        return end

    def _close(self, name: str, start: int, end: int) -> None:
        if name in INLINE and self.keeping:
            self.out.skip(start, end)
        else:
            self.out.drop(start, end)
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == name:
                for _, drops, is_main in self.stack[index:]:
                    self.dropping -= drops
                    self.in_main -= is_main
                del self.stack[index:]
                return

    def _raw_text(self, name: str, start: int) -> int:
        """Skip a script, style, title… up to its end tag; a title becomes metadata."""
        closing = re.compile(rf"</{name}\s*>", re.I).search(self.text, start)
        end = closing.start() if closing else len(self.text)
        if name == "title" and "title" not in self.meta:
            title = " ".join(html.unescape(self.text[start:end]).split())
            if title:
                self.meta["title"] = title
        self.out.drop(start, closing.end() if closing else end)
        return closing.end() if closing else end

    def _metadata(self, name: str, attrs: dict[str, str]) -> None:
        if name == "link":
            if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
                self.meta.setdefault("url", attrs["href"])
            return
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        field = _META_KEYS.get(key)
        content = " ".join(attrs.get("content", "").split())
        if field and content:
            if field == "title":
                self.meta["title"] = content  # og:title is cleaner than <title>, which has the site name
            else:
                self.meta.setdefault(field, content)


def _may_name_boilerplate(attributes: str) -> bool:
    return bool(_BOILERPLATE_NAME.search(attributes)) or "role" in attributes or "hidden" in attributes


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        value = match.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.setdefault(match.group(1).lower(), html.unescape(value))
    return found


def _is_boilerplate(attrs: dict[str, str]) -> bool:
    if attrs.get("role", "").lower() in BOILERPLATE_ROLES or "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    return any(_BOILERPLATE_NAME.search(attrs.get(key, "")) for key in ("class", "id"))
