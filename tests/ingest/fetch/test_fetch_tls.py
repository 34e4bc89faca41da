"""HTTPS through the guarded transport, against a real TLS server on 127.0.0.1.

The transport connects to the vetted IP address, not to the name; these tests show TLS still
verifies the certificate against the URL's host name (the certificate names only "localhost").
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.errors import TlsError
from ingest.fetch import Fetcher
from tests.ingest.fetch.server import FEED_BODY, LoopbackServer, fast_settings


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost"),
            *("-addext", "subjectAltName=DNS:localhost"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture(scope="module")
def tls_server(certificate: tuple[Path, Path]) -> Iterator[LoopbackServer]:
    cert, key = certificate
    server = LoopbackServer()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, name="test-https", daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def https_url(server: LoopbackServer, host: str, path: str) -> str:
    return f"https://{host}:{server.server_address[1]}{path}"


async def test_https_by_name_with_a_trusted_ca(
    tls_server: LoopbackServer, certificate: tuple[Path, Path]
) -> None:
    settings = fast_settings(allow_private=["localhost"], fetch_ca_bundle=certificate[0])
    async with Fetcher(settings) as fetcher:
        result = await fetcher.fetch(https_url(tls_server, "localhost", "/feed"))
    assert result.body == FEED_BODY
    assert result.url == https_url(tls_server, "localhost", "/feed")


async def test_certificate_is_checked_against_the_url_host(
    tls_server: LoopbackServer, certificate: tuple[Path, Path]
) -> None:
    # Same server and address, but the URL names 127.0.0.1, which the certificate does not cover.
    settings = fast_settings(fetch_ca_bundle=certificate[0])
    async with Fetcher(settings) as fetcher:
        with pytest.raises(TlsError) as caught:
            await fetcher.fetch(https_url(tls_server, "127.0.0.1", "/feed"))
    assert "mismatch" in str(caught.value)


async def test_untrusted_certificate_is_a_clear_error(tls_server: LoopbackServer) -> None:
    async with Fetcher(fast_settings(allow_private=["localhost"])) as fetcher:
        with pytest.raises(TlsError, match="RISKGRAPH_FETCH_CA_BUNDLE"):
            await fetcher.fetch(https_url(tls_server, "localhost", "/feed"))
