"""One run of a feed at a time, across processes (the scheduler and a manual `ingest`)."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def feed_lock(lock_dir: Path, feed_id: str) -> Iterator[bool]:
    """Yields True while this process holds the feed's lock, False if another one does.

    flock locks vanish with their process, so a killed run never leaves a feed locked.
    """
    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_dir / (feed_id.replace(":", "_") + ".lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
