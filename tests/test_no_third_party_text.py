"""The dev gold set's articles other than the seeds are third-party texts lent for evaluation
only: no run of ten words from any of them may appear in a file of the repository."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from tests.shared import DEV_GOLD, REPO

RUN = 10  # words: long enough that an official name or a stock phrase is not a copy


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _tracked_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=False
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout: the tracked files are unknown")
    return listed.stdout.splitlines()


def test_no_dev_set_text_is_copied_into_the_repository() -> None:
    if not DEV_GOLD.is_file():
        pytest.skip(f"dev gold set not found at {DEV_GOLD}")
    borrowed: dict[tuple[str, ...], str] = {}
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if not article["id"].startswith("seed"):
            borrowed.update(dict.fromkeys(_runs(_words(article["text"])), article["id"]))
    assert borrowed, "the dev set has third-party articles to check against"
    copies = []
    for name in _tracked_files():
        try:
            text = (REPO / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # binary files, or deleted but not yet committed
        found = _runs(_words(text)) & borrowed.keys()
        copies += [f"{name}: {' '.join(run)} ({borrowed[run]})" for run in sorted(found)[:3]]
    assert not copies, "\n".join(copies)
