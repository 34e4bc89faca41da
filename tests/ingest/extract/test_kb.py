"""The shipped knowledge base loads, validates and resolves the aliases the seed needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import ActorKind
from ingest.extract.kb import KBError, KnowledgeBase, alias_key, load_kb


def names(kb: KnowledgeBase, alias: str) -> list[tuple[str, ActorKind]]:
    return [(e.name, e.kind) for e in kb.lookup(alias)]


def test_shipped_kb_is_broad(kb: KnowledgeBase) -> None:
    assert len(kb) >= 300
    kinds = {e.kind for e in kb.entries}
    assert kinds == set(ActorKind)


@pytest.mark.parametrize(
    ("alias", "name", "kind"),
    [
        ("Maison Blanche", "White House", ActorKind.GOVERNMENT_BODY),
        ("Maison-Blanche", "White House", ActorKind.GOVERNMENT_BODY),
        ("Deepseek", "DeepSeek", ActorKind.COMPANY),
        ("DeeSeek", "DeepSeek", ActorKind.COMPANY),
        ("États-Unis", "United States", ActorKind.COUNTRY),
        ("Etats-Unis", "United States", ActorKind.COUNTRY),
        ("Washington", "United States", ActorKind.COUNTRY),
        ("Pékin", "China", ActorKind.COUNTRY),
        ("Beijing", "China", ActorKind.COUNTRY),
        ("Commission européenne", "European Commission", ActorKind.GOVERNMENT_BODY),
        ("Nasdaq", "Nasdaq Composite", ActorKind.ASSET),
        ("Bitcoin", "Bitcoin", ActorKind.ASSET),
        ("Claude", "Claude", ActorKind.PRODUCT),
        ("Fox News", "Fox News", ActorKind.ORGANIZATION),
        ("David Sacks", "David Sacks", ActorKind.OFFICIAL),
        ("Lip-Bu Tan", "Lip-Bu Tan", ActorKind.PERSON),
        ("Howard Lutnick", "Howard Lutnick", ActorKind.OFFICIAL),
        ("Li Chenggang", "Li Chenggang", ActorKind.OFFICIAL),
        ("Texas", "Texas", ActorKind.GOVERNMENT_BODY),
        ("SAMR", "State Administration for Market Regulation", ActorKind.GOVERNMENT_BODY),
        ("CJUE", "Court of Justice of the European Union", ActorKind.GOVERNMENT_BODY),
        ("OTAN", "NATO", ActorKind.ORGANIZATION),
        ("Reporters sans frontières", "Reporters Without Borders", ActorKind.ORGANIZATION),
        ("Hang Seng Tech", "Hang Seng Tech Index", ActorKind.ASSET),
        ("Brent", "Brent crude", ActorKind.ASSET),
        ("MI308", "AMD Instinct MI308", ActorKind.PRODUCT),
        ("Ascend 910C", "Ascend 910C", ActorKind.PRODUCT),
        ("Nexperia", "Nexperia", ActorKind.COMPANY),
    ],
)
def test_aliases_resolve(kb: KnowledgeBase, alias: str, name: str, kind: ActorKind) -> None:
    assert names(kb, alias) == [(name, kind)]


def test_surnames_are_not_global_aliases(kb: KnowledgeBase) -> None:
    assert kb.lookup("Sacks") == []


@pytest.mark.parametrize(
    "description",
    ["ministère de l'Économie", "Ministry of Defence", "armée américaine", "Trade and Industry"],
)
def test_descriptions_and_fragments_are_not_aliases(kb: KnowledgeBase, description: str) -> None:
    # A generic description names a different body in each country; a fragment would mean
    # an unquoted comma split an alias in the YAML flow list.
    assert kb.lookup(description) == []


def test_no_undeclared_ambiguous_alias(kb: KnowledgeBase) -> None:
    assert set(kb.ambiguous_keys()) <= kb.shared_keys


def test_relations_point_into_the_kb(kb: KnowledgeBase) -> None:
    chatgpt = kb.get("ChatGPT")
    sacks = kb.get("David Sacks")
    assert chatgpt is not None
    assert chatgpt.developer == "OpenAI"
    assert sacks is not None
    assert sacks.org == "White House"
    for entry in kb.entries:
        for target in (entry.country, entry.developer, entry.parent, entry.org):
            assert target is None or kb.get(target) is not None


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_clashing_alias_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "actors:\n"
        "- {name: Gemini, kind: Product, aliases: []}\n"
        "- {name: Gemini Trust, kind: Company, aliases: [GEMINI]}\n",
    )
    with pytest.raises(KBError, match="gemini"):
        load_kb(path)


def test_declared_shared_alias_loads(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "shared_aliases: [Gemini]\n"
        "actors:\n"
        "- {name: Gemini, kind: Product, aliases: []}\n"
        "- {name: Gemini Trust, kind: Company, aliases: [GEMINI]}\n",
    )
    kb = load_kb(path)
    assert {e.name for e in kb.lookup("gemini")} == {"Gemini", "Gemini Trust"}
    assert alias_key("gemini") in kb.ambiguous_keys()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("actors:\n- {name: X1, kind: Planet}\n", "kind"),
        ("actors:\n- {name: X1, kind: Company, wikidata: '42'}\n", "wikidata"),
        ("actors:\n- {name: X1, kind: Company, country: Atlantis}\n", "Atlantis"),
        ("actors:\n- {name: X1, kind: Company, colour: red}\n", "colour"),
        ("actors: [\n", "YAML"),
        ("actors:\n- {name: '', kind: Company}\n", "name"),
    ],
)
def test_invalid_files_fail_clearly(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(KBError, match=message):
        load_kb(write(tmp_path, body))


def test_missing_file_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(KBError, match="cannot read"):
        load_kb(tmp_path / "nope.yaml")


def test_an_actor_listed_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.yaml"
    path.write_text(
        "actors:\n"
        "- {name: Quectel, kind: Company, aliases: []}\n"
        "- {name: quectel, kind: Company, aliases: [Quectel Wireless]}\n",
        encoding="utf-8",
    )
    with pytest.raises(KBError, match="listed twice"):
        load_kb(path)
