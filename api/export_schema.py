"""Write api/schema.graphql from the code (`python -m api.export_schema`); a test keeps it so."""

from __future__ import annotations

from pathlib import Path

from api.graphql.build import schema_sdl

TARGET = Path(__file__).resolve().parent / "schema.graphql"


def main() -> None:
    TARGET.write_text(schema_sdl())


if __name__ == "__main__":
    main()
