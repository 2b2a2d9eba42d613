"""Shared test fixtures. No test reaches the network: sockets may only connect to loopback."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from diplosum.cli import cli
from diplosum.testing import FakeOpenAIServer, ReplayResponder

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
ARTICLES = FIXTURES / "articles"
RESPONSES = FIXTURES / "responses"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
TEST_KEY = "sk-test-DO-NOT-LEAK-0123456789abcdef"

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            allowed = ipaddress.ip_address(host).is_loopback
        except ValueError:
            allowed = host == "localhost"
        if not allowed:
            raise OSError(f"tests may not reach the network (tried {host})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test starts with no model configured and its own cache folder."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DIPLOSUM_MODEL", "DIPLOSUM_MODE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("DIPLOSUM_PROMPTS_DIR", raising=False)
    monkeypatch.setenv("DIPLOSUM_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def article() -> str:
    return (ARTICLES / "seed-000.txt").read_text(encoding="utf-8")


@pytest.fixture
def article2() -> str:
    return (ARTICLES / "seed-002.txt").read_text(encoding="utf-8")


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    """A loopback chat-completions server answering with the seed reference summaries."""
    with FakeOpenAIServer(ReplayResponder(RESPONSES, ARTICLES)) as srv:
        yield srv


@pytest.fixture
def live(server: FakeOpenAIServer) -> dict[str, Any]:
    """Keyword arguments pointing summarise() at the loopback server, cache off."""
    return {"base_url": server.url, "api_key": TEST_KEY, "cache": False}


RunCli = Callable[..., Result]


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
    """The ``diplosum`` command in process, as click runs it (exit code, stdout, stderr).

    Every failure path of the command is its own (one line, an exit status), so an
    exception escaping here is a bug and fails the test with its traceback.
    """
    return CliRunner().invoke(cli, list(args), env=env, input=stdin, catch_exceptions=False)


def assert_one_line_errors(stderr: str) -> None:
    """Every line of ``stderr`` is one of ours: no traceback, no Python warning format."""
    assert "Traceback" not in stderr
    assert stderr.strip(), "expected an error message"
    for line in stderr.strip().splitlines():
        assert line.startswith("diplosum:"), line
