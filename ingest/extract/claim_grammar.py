"""Word classes and one parse reading shared by the claim modules.

Relative pronouns ('qui', 'which'), possessives ('its', 'leur'), the public-body kind and the
prepositions a token carries: claimants and scopes both read them, so they live once here.
"""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.syntax import Token, dep

# Words that open a relative clause: its subject is the antecedent, not a speaker.
RELATIVE = frozenset({"qui", "que", "qu'", "which", "that", "who", "whom", "dont", "lequel"})
# Possessives that tie a noun to a party named earlier ('its report', 'son gouverneur').
POSSESSIVES = frozenset({"its", "their", "son", "sa", "ses", "leur", "leurs"})
BODIES = frozenset({ActorKind.GOVERNMENT_BODY})


def cases(token: Token) -> set[str]:
    """The prepositions a token carries ('par', 'by', 'de'), lower-cased."""
    return {str(c.text).lower() for c in token.children if dep(c) in {"case", "prep"}}
