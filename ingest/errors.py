"""SCRATCH stand-in until ingest-fetch is merged (not committed)."""


class IngestError(Exception):
    pass


class FetchError(IngestError):
    def __init__(self, msg: str, status: int | None = None) -> None:
        super().__init__(msg)
        self.status = status
