"""RiskGraph's graph layer: domain model, storage engines and analytics.

Nothing here depends on ingestion or the API (imports go api -> ingest -> graph).
"""
