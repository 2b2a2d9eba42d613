"""The persistent cache: real SQLite files, real processes."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from diplosum import Cache, ModelCallError, Summariser, summarise
from diplosum.cache import cache_key
from diplosum.testing import FakeOpenAIServer, Reply

from .conftest import ROOT, TEST_KEY


def _kwargs(server: FakeOpenAIServer, cache_dir: Path, **extra: Any) -> dict[str, Any]:
    return {"base_url": server.url, "api_key": TEST_KEY, "cache_dir": cache_dir, **extra}


def test_a_second_call_in_a_new_process_is_served_from_the_cache(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    script = textwrap.dedent(
        """
        import json, sys
        from diplosum import summarise
        text = open(sys.argv[1], encoding="utf-8").read()
        s = summarise(text, base_url=sys.argv[2], api_key=sys.argv[3], cache_dir=sys.argv[4])
        print(json.dumps({"cached": s.meta.cached, "meetings": len(s.meetings)}))
        """
    )
    args = [
        sys.executable,
        "-c",
        script,
        str(ROOT / "fixtures/articles/seed-000.txt"),
        server.url,
        TEST_KEY,
        str(tmp_path / "c"),
    ]
    first = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    assert first == {"cached": False, "meetings": 5}
    assert len(server.requests) == 1
    second = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    assert second == {"cached": True, "meetings": 5}
    assert len(server.requests) == 1


def test_editing_a_prompt_file_misses_the_cache(
    server: FakeOpenAIServer, tmp_path: Path, article: str
) -> None:
    prompts = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", prompts)
    options = _kwargs(server, tmp_path / "c", prompts_dir=prompts)
    summarise(article, **options)
    assert summarise(article, **options).meta.cached  # type: ignore[union-attr]
    assert len(server.requests) == 1
    system = prompts / "summarise" / "system.j2"
    system.write_text(system.read_text() + "\nBe brief.\n")
    again = summarise(article, **options)
    assert again.meta is not None and not again.meta.cached
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "change",
    [
        {"model": "another-model"},
        {"mode": "json_schema"},
        {"temperature": 0.0},
        {"published": "2018-03-17"},
    ],
)
def test_everything_that_changes_the_answer_changes_the_key(
    server: FakeOpenAIServer, tmp_path: Path, article: str, change: dict[str, Any]
) -> None:
    summarise(article, **_kwargs(server, tmp_path / "c"))
    summarise(article, **_kwargs(server, tmp_path / "c", **change))
    assert len(server.requests) == 2


def test_the_key_is_not_in_the_key_nor_in_the_file(
    server: FakeOpenAIServer, tmp_path: Path, article: str
) -> None:
    summarise(article, **_kwargs(server, tmp_path / "c"))
    summarise(article, **_kwargs(server, tmp_path / "c", api_key="sk-another-key-entirely"))
    assert len(server.requests) == 1  # the key is not part of the cache key
    for path in (tmp_path / "c").iterdir():
        assert TEST_KEY.encode() not in path.read_bytes()


def test_failures_are_never_cached(server: FakeOpenAIServer, tmp_path: Path, article: str) -> None:
    server.script(Reply(400, body={"error": {"message": "bad"}}))
    with pytest.raises(ModelCallError):
        summarise(article, **_kwargs(server, tmp_path / "c"))
    assert Cache(tmp_path / "c").stats()["entries"] == 0
    fresh = summarise(article, **_kwargs(server, tmp_path / "c"))
    assert fresh.meta is not None and not fresh.meta.cached


def test_modes_off_refresh_read_only(
    server: FakeOpenAIServer, tmp_path: Path, article: str
) -> None:
    folder = tmp_path / "c"
    summarise(article, **_kwargs(server, folder, cache="read-only"))
    assert Cache(folder).stats()["entries"] == 0
    summarise(article, **_kwargs(server, folder, cache=False))
    assert Cache(folder).stats()["entries"] == 0
    summarise(article, **_kwargs(server, folder))
    assert Cache(folder).stats()["entries"] == 1
    assert summarise(article, **_kwargs(server, folder, cache="read-only")).meta.cached  # type: ignore[union-attr]
    refreshed = summarise(article, **_kwargs(server, folder, cache="refresh"))
    assert refreshed.meta is not None and not refreshed.meta.cached
    assert len(server.requests) == 4


def test_a_folder_with_a_dot_in_its_name_is_a_folder(tmp_path: Path) -> None:
    # mktemp -d makes "/tmp/tmp.Xa81": an existing folder, whatever its name.
    existing = tmp_path / "tmp.Xa81"
    existing.mkdir()
    assert Cache(existing).path == existing / "cache.sqlite3"
    # Not there yet: a folder to create, unless the name ends like a database file.
    assert Cache(tmp_path / "runs" / "v1.2").path == tmp_path / "runs" / "v1.2" / "cache.sqlite3"
    assert Cache(tmp_path / "mine.db").path == tmp_path / "mine.db"
    assert Cache(tmp_path / "mine.SQLite3").path == tmp_path / "mine.SQLite3"
    for folder in (existing, tmp_path / "runs" / "v1.2"):
        writer, reader = Cache(folder), Cache(folder)
        writer.set("k", {"x": 1}, backend="offline", model="rules-v1")
        assert reader.get("k") == {"x": 1}
        writer.close()
        reader.close()
    # An existing file is the database, whatever its name.
    named = tmp_path / "shared-cache"
    shutil.copy(existing / "cache.sqlite3", named)
    reader = Cache(named)
    assert reader.path == named and reader.get("k") == {"x": 1}
    reader.close()


def test_a_cache_object_is_used_as_given(
    server: FakeOpenAIServer, tmp_path: Path, article: str
) -> None:
    cache = Cache(tmp_path / "elsewhere" / "mine.sqlite3")
    with Summariser(base_url=server.url, api_key=TEST_KEY, cache=cache) as summariser:
        summariser.summarise(article)
        assert summariser.summarise(article).meta.cached  # type: ignore[union-attr]
    assert cache.path.exists()
    assert len(server.requests) == 1


def test_cache_files_are_owner_only(server: FakeOpenAIServer, tmp_path: Path, article: str) -> None:
    summarise(article, **_kwargs(server, tmp_path / "c"))
    mode = stat.S_IMODE(os.stat(tmp_path / "c" / "cache.sqlite3").st_mode)
    assert mode & 0o077 == 0


async def test_many_async_tasks_share_one_cache(
    server: FakeOpenAIServer, tmp_path: Path, article: str, article2: str
) -> None:
    import asyncio

    async with Summariser(**_kwargs(server, tmp_path / "c")) as summariser:
        results = await asyncio.gather(
            *(summariser.asummarise(text) for text in [article, article2] * 4)
        )
    assert all(r.meetings for r in results)
    assert Cache(tmp_path / "c").stats()["entries"] == 2


def test_concurrent_processes_lose_no_rows(tmp_path: Path) -> None:
    writer = textwrap.dedent(
        """
        import sys
        from diplosum import Cache
        cache = Cache(sys.argv[1])
        for i in range(100):
            cache.set(f"{sys.argv[2]}-{i}", {"n": i}, backend="b", model="m")
            assert cache.get(f"{sys.argv[2]}-{i}") == {"n": i}
        """
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", writer, str(tmp_path / "c"), f"p{n}"])
        for n in range(4)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    cache = Cache(tmp_path / "c")
    assert cache.stats()["entries"] == 400
    assert cache.get("p3-99") == {"n": 99}


def test_cache_key_is_stable_and_order_independent() -> None:
    assert cache_key({"a": 1, "b": [1, 2]}) == cache_key({"b": [1, 2], "a": 1})
    assert cache_key({"a": 1}) != cache_key({"a": 2})


def test_clear_and_stats(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.set("k", {"x": 1}, backend="openai", model="m1")
    stats = cache.stats()
    assert stats["entries"] == 1
    assert stats["by_model"] == [{"backend": "openai", "model": "m1", "entries": 1}]
    assert cache.clear() == 1
    assert cache.get("k") is None
