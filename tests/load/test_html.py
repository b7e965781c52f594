"""HTML: main text kept in place, boilerplate dropped, metadata read."""
import datetime as dt

from factcheck.load.html import read_html
from factcheck.segment import LineIndex

PAGE = """<!DOCTYPE html>
<html><head><title>Talks | Site</title>
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2025-02-28T10:00:00Z">
<link rel="canonical" href="https://example.com/talks">
<script>var x = "<p>The talks were held on April 10.</p>";</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> Talks on March 3.</nav>
<article><h1>Istanbul talks</h1>
<p>The talks were held in <a href="/ist">Istanbul</a> on February&nbsp;27. Russia&#39;s envoy said so.</p>
<div class="share-buttons">Share this: talks on May 5</div>
<aside>Related: talks on June 1</aside>
</article><footer>Talks on May 9.</footer></body></html>
"""


def test_main_text_is_kept_boilerplate_dropped():
    document, problems = read_html("a.html", PAGE)
    words = document.text.split()
    assert problems == []
    assert "Istanbul" in words and "envoy" in words
    for gone in ("Home", "March", "April", "May", "June", "Share", "color:", "Talks"):
        assert gone not in words, gone


def test_text_has_the_files_length_and_line_breaks():
    document, _ = read_html("a.html", PAGE)
    assert len(document.text) == len(PAGE)
    assert [i for i, c in enumerate(document.text) if c == "\n"] == [i for i, c in enumerate(PAGE) if c == "\n"]


def test_a_word_keeps_its_place_in_the_file():
    document, _ = read_html("a.html", PAGE)
    for word in ("Istanbul", "February", "envoy"):
        at = document.text.index(word)
        assert PAGE[at:at + len(word)] == word
    line, column = LineIndex(document.text).line_column(document.text.index("February"))
    assert PAGE.splitlines()[line - 1][column - 1:].startswith("February")


def test_entities_become_their_characters_and_words_stay_whole():
    document, _ = read_html("a.html", PAGE)
    assert "February 27." in document.text
    assert "Russia's" in document.text
    assert "&#39;" not in document.text and "&nbsp;" not in document.text


def test_metadata_from_title_and_meta_tags():
    document, _ = read_html("a.html", PAGE)
    assert document.title == "Talks | Site"
    assert document.source == "The Daily"
    assert document.url == "https://example.com/talks"
    assert document.published == dt.date(2025, 2, 28)


def test_without_article_the_body_minus_navigation_is_kept():
    page = "<html><body><header>Site name</header><div id='sidebar'>Popular: x</div><p>Kept &amp; fine.</p></body></html>"
    document, _ = read_html("b.htm", page)
    assert document.text.split() == ["Kept", "&", "fine."]


def test_missing_head_end_tag_does_not_drop_the_body():
    document, _ = read_html("c.html", "<html><head><title>T</title><body><p>Body text.</p>")
    assert document.text.split() == ["Body", "text."]


def test_inline_tag_inside_a_word_is_glued_and_a_tag_between_words_is_a_space():
    document, _ = read_html("d.html", "<p>Zak<b>harova</b> said <i>no</i>.</p>")
    assert document.text.split() == ["Zakharova", "said", "no."]


def test_unclosed_comment_script_and_tag_do_not_raise():
    for page in ("<p>a<!-- never closed", "<script>var a = 1;", "<p class='x", "<", "&", "&#xFFFFFFF;", "<p>&#55296;</p>"):
        document, _ = read_html("e.html", page)
        assert len(document.text) == len(page)


def test_bad_published_date_is_a_warning():
    _, problems = read_html("f.html", '<meta name="date" content="yesterday"><p>x</p>')
    assert "published" in problems[0].message
