"""RiskGraph's outward faces: the command line, the FastAPI app with GraphQL."""
