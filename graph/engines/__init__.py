"""Engines run the shared Cypher statements; only this package imports database drivers."""
