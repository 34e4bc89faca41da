"""The bundled offline sample feed (sample-feed.xml, built by scripts/make_sample_feed.py)."""
