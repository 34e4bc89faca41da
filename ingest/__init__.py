"""Ingestion: feeds on a schedule, article text, extraction of entities and facts.

Depends on the graph layer only (imports go api -> ingest -> graph).
"""
