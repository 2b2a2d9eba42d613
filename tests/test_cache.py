"""The persistent cache of answers: real SQLite files, real processes."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, cast

import pytest

from diplosum import Cache, CacheError, ModelCallError, Summariser, summarise
from diplosum.cache import cache_key
from diplosum.testing import FakeOpenAIServer, FunctionBackend, Reply, completion_for

from .conftest import ROOT, TEST_KEY


def _kwargs(server: FakeOpenAIServer, cache_dir: Path, **extra: Any) -> dict[str, Any]:
    return {"base_url": server.url, "api_key": TEST_KEY, "cache_dir": cache_dir, **extra}


def _korea_answer(request: dict[str, Any]) -> Reply:
    """A model that codes North Korea as KOR, quoting seed-000."""
    output = {
        "headline": "Sullivan meets Kono",
        "summary": "Talks on North Korea.",
        "meetings": [
            {
                "participants": [
                    {"name": "United States", "kind": "state", "country": "USA"},
                    {"name": "North Korea", "kind": "state", "country": "KOR"},
                ],
                "status": "planned",
                "evidence": [
                    {
                        "quote": "between U.S. President Donald Trump and the top leader of "
                        "the Democratic People's Republic of Korea (DPRK), Kim Jong Un, is "
                        "expected in May"
                    }
                ],
            }
        ],
    }
    return Reply(body=completion_for(request, output))


def test_the_cache_keeps_the_answer_as_sent_and_postprocessing_runs_on_every_hit(
    tmp_path: Path, article: str
) -> None:
    with FakeOpenAIServer(_korea_answer) as server:
        first = summarise(article, **_kwargs(server, tmp_path / "c"))
        second = summarise(article, **_kwargs(server, tmp_path / "c"))
        assert len(server.requests) == 1
    for summary, cached in ((first, False), (second, True)):
        assert summary.meta is not None and summary.meta.cached is cached
        assert {a.country for a in summary.meetings[0].participants} == {"USA", "PRK"}
    with sqlite3.connect(tmp_path / "c" / "cache.sqlite3") as db:
        (value,) = db.execute("SELECT value FROM answers").fetchone()
    stored = json.loads(value)
    codes = [p["country"] for p in stored["output"]["meetings"][0]["participants"]]
    assert codes == ["USA", "KOR"]  # the model's answer, as it sent it
    assert stored["usage"]["total_tokens"] == 150 and stored["attempts"] == 1


def test_a_fix_to_postprocessing_reaches_answers_cached_before_it(
    tmp_path: Path, article: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplosum import postprocess

    with FakeOpenAIServer(_korea_answer) as server:
        assert summarise(article, **_kwargs(server, tmp_path / "c")).meetings
        real = postprocess.merge_duplicates

        def drop_meetings(summary: Any, *args: Any) -> Any:
            return real(summary, *args).model_copy(update={"meetings": []})

        monkeypatch.setattr(postprocess, "merge_duplicates", drop_meetings)
        again = summarise(article, **_kwargs(server, tmp_path / "c"))
        assert again.meta is not None and again.meta.cached
        assert again.meetings == []
        assert len(server.requests) == 1


def test_a_second_summariser_is_served_from_the_file(
    server: FakeOpenAIServer, tmp_path: Path, article: str
) -> None:
    first = summarise(article, **_kwargs(server, tmp_path / "c"))
    second = summarise(article, **_kwargs(server, tmp_path / "c"))
    assert second.meta is not None and second.meta.cached
    assert second.model_dump(exclude={"meta"}) == first.model_dump(exclude={"meta"})
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
    assert not folder.exists()  # a read-only cache creates nothing
    summarise(article, **_kwargs(server, folder, cache=False))
    assert not folder.exists()
    summarise(article, **_kwargs(server, folder))
    assert Cache(folder).stats()["entries"] == 1
    assert summarise(article, **_kwargs(server, folder, cache="read-only")).meta.cached  # type: ignore[union-attr]
    refreshed = summarise(article, **_kwargs(server, folder, cache="refresh"))
    assert refreshed.meta is not None and not refreshed.meta.cached
    assert len(server.requests) == 4


def test_a_read_only_cache_is_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    with sqlite3.connect(path) as db:  # a shared cache as another tool left it
        db.execute(
            "CREATE TABLE answers (key TEXT PRIMARY KEY, value TEXT NOT NULL, backend TEXT "
            "NOT NULL, model TEXT NOT NULL, cost_usd REAL, created REAL NOT NULL)"
        )
        db.execute("INSERT INTO answers VALUES ('k', '{\"x\": 1}', 'openai', 'm', NULL, 0)")
    before = path.read_bytes()
    reader = Cache(path, mode="read-only")
    assert reader.get("k") == {"x": 1} and reader.get("other") is None
    reader.set("new", {"y": 2}, backend="openai", model="m")  # a no-op
    with pytest.raises(CacheError, match="read-only"):
        reader.clear()
    reader.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.sqlite3"]


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


def test_a_file_that_is_not_a_database_is_never_replaced(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes, not a cache\n")
    with pytest.raises(CacheError, match="not a SQLite database"):
        Cache(notes).get("k")
    assert notes.read_text() == "my own notes, not a cache\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def _damage_inside(path: Path) -> None:
    """Overwrite the pages after the header with garbage: SQLite opens it, then fails."""
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def test_a_cache_damaged_inside_is_set_aside_and_stats_and_clear_work(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    for n in range(30):
        cache.set(f"k{n}", {"n": "x" * 500}, backend="openai", model="m")
    cache.close()
    with sqlite3.connect(tmp_path / "cache.sqlite3") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage_inside(tmp_path / "cache.sqlite3")
    with pytest.warns(UserWarning, match="damaged"):
        assert Cache(tmp_path).stats()["entries"] == 0
    assert len(list(tmp_path.glob("cache.sqlite3.corrupt-*"))) == 1
    fresh = Cache(tmp_path)
    fresh.set("k", {"x": 1}, backend="openai", model="m")
    assert fresh.clear() == 1
    # Damaged again: clear still works, setting the file aside under another name.
    fresh.close()
    for leftover in tmp_path.glob("cache.sqlite3-*"):
        leftover.unlink()
    (tmp_path / "cache.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8000)
    with pytest.warns(UserWarning, match="damaged"):
        assert Cache(tmp_path).clear() == 0
    assert len(list(tmp_path.glob("cache.sqlite3.corrupt-*"))) == 2


def test_a_cache_object_is_used_as_given(
    server: FakeOpenAIServer, tmp_path: Path, article: str
) -> None:
    cache = Cache(tmp_path / "elsewhere" / "mine.sqlite3")
    with Summariser(base_url=server.url, api_key=TEST_KEY, cache=cache) as summariser:
        summariser.summarise(article)
        assert summariser.summarise(article).meta.cached  # type: ignore[union-attr]
    assert cache.path.exists()
    assert len(server.requests) == 1


def test_offline_and_uncached_backends_write_nothing(tmp_path: Path, article: str) -> None:
    summarise(article, backend="offline", cache_dir=tmp_path / "c")
    summarise(article, backend=FunctionBackend(lambda text: {"headline": "h", "summary": "s"}))
    assert not (tmp_path / "c").exists()
    versioned = FunctionBackend(lambda text: {"headline": "h", "summary": "s"}, cache_identity="v1")
    with Summariser(backend=versioned, cache_dir=tmp_path / "c") as summariser:
        summariser.summarise(article)
        assert summariser.summarise(article).meta.cached  # type: ignore[union-attr]
    assert len(versioned.calls) == 1


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
        from diplosum.cache import Cache
        cache = Cache(sys.argv[1])
        for i in range(100):
            cache.set(f"{sys.argv[2]}-{i}", {"n": i}, backend="b", model="m")
            assert cache.get(f"{sys.argv[2]}-{i}") == {"n": i}
        """
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", writer, str(tmp_path / "c"), f"p{n}"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    # Seen once failing under heavy load with no cause shown: a failure now says why.
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    cache = Cache(tmp_path / "c")
    assert cache.stats()["entries"] == 400
    assert cache.get("p3-99") == {"n": 99}


def test_cache_key_is_stable_and_order_independent() -> None:
    assert cache_key({"a": 1, "b": [1, 2]}) == cache_key({"b": [1, 2], "a": 1})
    assert cache_key({"a": 1}) != cache_key({"a": 2})


def test_clear_and_stats(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.set("k", {"x": 1}, backend="openai", model="m1", cost_usd=0.002)
    stats = cache.stats()
    assert stats["entries"] == 1 and stats["cost_usd"] == pytest.approx(0.002)
    assert stats["by_model"] == [
        {"backend": "openai", "model": "m1", "entries": 1, "cost_usd": 0.002}
    ]
    assert cache.clear() == 1
    assert cache.get("k") is None


def test_a_folder_made_by_another_process_meanwhile_is_still_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Processes starting on one new cache at once: the folder may appear between two looks
    # at the path. Seen as "not a folder yet" and then "it exists", it was taken for a
    # database file the user named, and opening it failed ("unable to open database
    # file"; test_concurrent_processes_lose_no_rows under load).
    folder = tmp_path / "c"
    folder.mkdir()
    real_is_dir = Path.is_dir
    looks = iter([False])  # the first look at the folder sees none yet

    def is_dir(self: Path) -> bool:
        return next(looks, True) and real_is_dir(self) if self == folder else real_is_dir(self)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    cache = Cache(folder)
    monkeypatch.undo()
    cache.set("k", {"n": 1}, backend="b", model="m")
    assert cache.get("k") == {"n": 1}
    assert (folder / "cache.sqlite3").is_file()


def test_a_switch_to_wal_that_another_process_is_making_is_waited_out() -> None:
    from diplosum.cache import _switch_to_wal

    class Busy:
        """A connection whose first journal-mode switch meets another process's."""

        def __init__(self, error: str) -> None:
            self.error, self.calls = error, 0

        def execute(self, sql: str) -> None:
            self.calls += 1
            if self.calls == 1:
                raise sqlite3.OperationalError(self.error)

    locked = Busy("database is locked")
    _switch_to_wal(cast(sqlite3.Connection, locked))
    assert locked.calls == 2
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _switch_to_wal(cast(sqlite3.Connection, Busy("disk I/O error")))
