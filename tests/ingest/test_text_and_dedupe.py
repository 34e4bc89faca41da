"""Markup to text, language detection and the keys that make an item 'already seen'."""

from __future__ import annotations

from ingest.dedupe import content_hash, item_article_id, item_guid, item_url
from ingest.lang import detect_language
from ingest.parse import FeedItem
from ingest.text import html_to_text, single_line


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    markup = "<div><p>Nvidia&nbsp;a perdu <b>600&#160;milliards</b></p><script>x()</script>" \
        "<p>Deuxième   ligne<br>troisième</p></div>"  # fmt: skip
    assert html_to_text(markup) == "Nvidia a perdu 600 milliards\nDeuxième ligne\ntroisième"
    assert single_line("<h1>Un\n titre</h1>") == "Un titre"
    assert html_to_text("plain « text » l’IA") == "plain « text » l’IA"


def test_languages() -> None:
    assert detect_language("Nvidia a perdu 600 milliards de dollars en une seule journée") == "fr"
    assert detect_language("Nvidia lost 600 billion dollars of market value in one day") == "en"
    assert detect_language("ok", fallback="fr") == "fr"


def test_content_hash_ignores_markup_case_accents_and_spacing() -> None:
    assert content_hash("La Maison-Blanche  réagit.") == content_hash("la maison blanche reagit")
    assert content_hash("La Maison-Blanche réagit.") != content_hash("La Maison-Blanche se tait.")


def test_item_keys() -> None:
    item = FeedItem(guid=None, link="https://x.example.org/a?utm_medium=rss", title="t",
                    summary="s", content="", published=None)  # fmt: skip
    same = FeedItem(guid="other", link="https://X.example.org/a", title="t2", summary="",
                    content="", published=None)  # fmt: skip
    assert item_article_id(item, "feed:1") == item_article_id(same, "feed:2")
    # No GUID: a stable one from the item's own words.
    assert item_guid(item, "feed:1") == item_guid(item, "feed:1")
    assert item_guid(item, "feed:1").startswith("urn:riskgraph:feed:1:")
    # Bare GUIDs are per feed; URI-like ones are global.
    bare = FeedItem(guid="123", link=None, title="t", summary="", content="", published=None)
    assert item_guid(bare, "feed:1") != item_guid(bare, "feed:2")
    assert item_guid(same, "feed:1") == "feed:1#other"
    tagged = FeedItem(guid="tag:x.org,2025:1", link=None, title="t", summary="", content="",
                      published=None)  # fmt: skip
    assert item_guid(tagged, "feed:1") == item_guid(tagged, "feed:2") == "tag:x.org,2025:1"
    local = FeedItem(guid="g", link="file:///etc/passwd", title="t", summary="", content="",
                     published=None)  # fmt: skip
    assert item_url(local) is None
