"""Where the team's shared files are: `../shared` beside the checkout, as the developers' guide
puts it, or wherever RISKGRAPH_SHARED_DIR says. Tests that need them skip, with the reason, when
they are absent."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RISKGRAPH_SHARED_DIR") or REPO.parent / "shared")
SEEDS = SHARED / "seeds"
DEV_GOLD = SHARED / "eval-dev" / "articles.jsonl"
