"""Build ingest/sample/sample-feed.xml, the bundled offline feed, from the seed articles.

Run once (python scripts/make_sample_feed.py [SEEDS_DIR]); the XML is committed so the sample
works without the seeds. Texts are kept exactly: one <p> per line in content:encoded, which the
ingester turns back into the same lines. The distillation article is undated in its text, so its
item has no pubDate and ingestion flags its date as the fetch time.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ingest" / "sample" / "sample-feed.xml"


@dataclass(frozen=True)
class Seed:
    file: str
    guid: str
    title: str
    published: datetime | None


SEEDS = (
    Seed(
        "deepseek-distillation-allegation.fr.txt",
        "urn:riskgraph:sample:deepseek-distillation-allegation",
        "DeepSeek : David Sacks évoque des « preuves substantielles » de distillation "
        "des modèles d’OpenAI",
        None,
    ),
    Seed(
        "deepseek-openai-exfiltration.fr.txt",
        "urn:riskgraph:sample:deepseek-openai-exfiltration",
        "DeepSeek aurait exfiltré des données depuis les API d’OpenAI",
        # 28 January 2025, 14:02 Paris time (CET, UTC+1), as on the article's last line.
        datetime(2025, 1, 28, 13, 2, tzinfo=UTC),
    ),
)


def item_xml(seed: Seed, text: str) -> str:
    lines = text.split("\n")
    body = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
    assert "]]>" not in body
    parts = [
        "    <item>",
        f"      <title>{html.escape(seed.title, quote=False)}</title>",
        f'      <guid isPermaLink="false">{html.escape(seed.guid)}</guid>',
    ]
    if seed.published is not None:
        parts.append(f"      <pubDate>{format_datetime(seed.published, usegmt=True)}</pubDate>")
    parts += [
        f"      <description>{html.escape(lines[0], quote=False)}</description>",
        f"      <content:encoded><![CDATA[{body}]]></content:encoded>",
        "    </item>",
    ]
    return "\n".join(parts)


def build(seeds_dir: Path) -> str:
    items = [item_xml(seed, (seeds_dir / seed.file).read_text(encoding="utf-8")) for seed in SEEDS]
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
            "  <channel>",
            "    <title>RiskGraph : échantillon hors ligne</title>",
            "    <link>https://example.org/riskgraph/sample</link>",
            "    <description>Les deux articles d’origine de RiskGraph (janvier 2025)"
            "</description>",
            "    <language>fr</language>",
            *items,
            "  </channel>",
            "</rss>",
            "",
        ]
    )


if __name__ == "__main__":
    seeds = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[2] / "shared" / "seeds"
    )
    OUT.write_text(build(seeds), encoding="utf-8")
    print(f"wrote {OUT}")
