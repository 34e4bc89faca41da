"""Extraction: article text in, entities and facts with evidence out."""
