"""What a new user meets: verbatim quotes, pages and URLs, costs, setup mistakes, CLI edges."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from diplosum import Article, ConfigError, InputError, Summariser, summarise, summarise_many
from diplosum.inputs.pages import fetch_page, read_page
from diplosum.testing import (
    FakeOpenAIServer,
    FunctionBackend,
    ReplayResponder,
    Reply,
    completion_for,
    echo_responder,
)
from diplosum.text.gazetteer import gazetteer

from .conftest import (
    ARTICLES,
    FIXTURES,
    ROOT,
    SHARED_EVAL,
    TEST_KEY,
    assert_one_line_errors,
    run_cli,
)

SEED2 = ARTICLES / "seed-002.txt"


# -- quotes are the article's words ------------------------------------------------------


def _as_a_model_writes(quote: str) -> str:
    """Straight quote marks for curly ones, doubled spaces: how models copy text."""
    for curly, straight in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        quote = quote.replace(curly, straight)
    return quote.replace(" ", "  ")


def _actor(value: Any) -> dict[str, Any]:
    names = gazetteer().primary_names
    if isinstance(value, str):
        return {"name": names.get(value, value), "kind": "state", "country": value}
    name = value.get("name") or names.get(value.get("country"), "someone")
    kind = "state" if name in gazetteer().terms else "person"
    return {"name": name, "kind": kind, "country": value.get("country")}


def _answer(gold: dict[str, Any]) -> dict[str, Any]:
    """A perfect model's answer: the gold annotation, in the schema, quotes as models write."""

    def evidence(value: Any) -> list[dict[str, str]]:
        quotes = value if isinstance(value, list) else [value]
        return [
            {"quote": _as_a_model_writes(q if isinstance(q, str) else q["quote"])} for q in quotes
        ]

    return {
        "headline": "h",
        "summary": "s",
        "meetings": [
            {"participants": [_actor(p) for p in m["participants"]], "status": m["status"],
             "evidence": evidence(m["evidence"])}
            for m in gold.get("meetings", []) if len(m["participants"]) >= 2
        ],
        "sanctions": [
            {"imposer": _actor(s["imposer"]), "target": _actor(s["target"]), "status": s["status"],
             "evidence": evidence(s["evidence"])}
            for s in gold.get("sanctions", [])
        ],
        "stances": [
            {"actor": _actor(s["actor"]), "topic": s.get("topic") or "it",
             "position": s["polarity"], "evidence": evidence(s["evidence"])}
            for s in gold.get("stances", [])
        ],
        "goals": [
            {"actor": _actor(g["actor"]), "statement": g.get("goal") or "it",
             "evidence": evidence(g["evidence"])}
            for g in gold.get("goals", [])
        ],
    }  # fmt: skip


def _gold_sets() -> Iterator[tuple[Path, Path]]:
    yield FIXTURES / "gold", ARTICLES
    if (SHARED_EVAL / "gold-dev").is_dir():
        yield SHARED_EVAL / "gold-dev", SHARED_EVAL / "articles"


def test_every_quote_is_the_articles_own_words() -> None:
    checked = 0
    for gold_dir, articles_dir in _gold_sets():
        texts, answers = [], {}
        for path in sorted(gold_dir.glob("*.json")):
            text = (articles_dir / f"{path.stem}.txt").read_text(encoding="utf-8")
            texts.append(Article(text=text, id=path.stem))
            answers[text] = _answer(json.loads(path.read_text(encoding="utf-8")))
        results = summarise_many(texts, backend=FunctionBackend(answers.__getitem__))
        for result, article in zip(results, texts, strict=True):
            assert result.summary is not None, result.error
            for section in ("meetings", "goals", "sanctions", "stances"):
                for item in getattr(result.summary, section):
                    for quote in item.evidence:
                        assert quote.quote == article.text[quote.start : quote.end]  # type: ignore[index]
                        checked += 1
    assert checked >= 20


# -- a mistake in the setup stops the run -------------------------------------------------


def _corpus(tmp_path: Path, n: int) -> Path:
    corpus = tmp_path / "corpus.jsonl"
    text = SEED2.read_text(encoding="utf-8")
    corpus.write_text(
        "".join(json.dumps({"id": f"a{i}", "text": f"{text} ({i})"}) + "\n" for i in range(n))
    )
    return corpus


@pytest.mark.parametrize(
    ("reply", "says"),
    [
        (Reply(401, body={"error": {"message": "Incorrect API key provided"}}), "OPENAI_API_KEY"),
        (Reply(404, body={"error": {"message": "The model `gpt-nope` does not exist"}}), "--model"),
    ],
)  # fmt: skip
def test_a_setup_mistake_stops_the_run_at_once(reply: Reply, says: str, tmp_path: Path) -> None:
    with FakeOpenAIServer(lambda r: reply) as srv:
        env = {"OPENAI_BASE_URL": srv.url, "OPENAI_API_KEY": TEST_KEY}
        result = run_cli(
            "summarise", str(_corpus(tmp_path, 30)), "--jobs", "4", "--format", "jsonl", env=env
        )
        assert len(srv.requests) <= 4
    assert result.exit_code == 2
    assert_one_line_errors(result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1 and says in result.stderr


def test_a_template_with_an_undefined_variable_stops_the_run(tmp_path: Path) -> None:
    prompts = tmp_path / "prompts" / "summarise"
    prompts.mkdir(parents=True)
    (prompts / "user.j2").write_text("Summarise {{ article }} for {{ audience }}.\n")
    with FakeOpenAIServer(echo_responder()) as srv:
        env = {"OPENAI_BASE_URL": srv.url, "OPENAI_API_KEY": TEST_KEY}
        result = run_cli(
            "summarise", str(_corpus(tmp_path, 5)), "--prompts", str(tmp_path / "prompts"), env=env
        )
        assert srv.requests == []
    assert result.exit_code == 2 and "audience" in result.stderr
    assert_one_line_errors(result.stderr)


# -- web pages in -------------------------------------------------------------------------

FURNITURE = ["Home", "World", "Sport", "Celebrity wedding photos", "Cookie settings", "trackUser"]


def _page() -> str:
    story = SEED2.read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>\n" for p in story.split("\n") if p.strip())
    return (
        "<!DOCTYPE html><html><head><title>Sherman to visit Japan | World News</title>"
        '<meta property="article:published_time" content="2022-10-06T09:00:00Z">'
        "<script>var x = 1; trackUser();</script><style>body {color: red}</style></head><body>"
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Sport</li>'
        "</ul></nav><header><h1>Sherman to visit Japan</h1></header>"
        f"<main><article>{paragraphs}</article></main>"
        "<aside><h3>Most read</h3><ul><li>Celebrity wedding photos</li></ul></aside>"
        "<footer>Copyright 2022 World News. <a href='/cookies'>Cookie settings</a></footer>"
        "</body></html>"
    )


class _Pages(http.server.BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[int, str, bytes]]] = {}
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        status, kind, body = self.pages.get(self.path, (404, "text/plain", b"nothing here"))
        self.agents.append(self.headers.get("user-agent", ""))
        self.send_response(status)
        self.send_header("content-type", kind)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def pages() -> Iterator[str]:
    _Pages.pages = {
        "/world/sherman-japan.html": (200, "text/html; charset=utf-8", _page().encode()),
        "/front": (200, "text/html", b"<html><body><nav><a href='/a'>Home</a></nav></body></html>"),
        "/paper.pdf": (200, "application/pdf", b"%PDF-1.4"),
    }  # fmt: skip
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_saved_page_and_the_same_page_by_url_give_the_same_summary(
    tmp_path: Path, pages: str
) -> None:
    saved = tmp_path / "page.html"
    saved.write_text(_page(), encoding="utf-8")
    by_file = run_cli("summarise", str(saved), "--backend", "offline", "--format", "jsonl")
    by_url = run_cli(
        "summarise",
        f"{pages}/world/sherman-japan.html",
        "--backend",
        "offline",
        "--format",
        "jsonl",
    )
    assert by_file.exit_code == 0 and by_url.exit_code == 0, by_file.stderr + by_url.stderr
    record, fetched = json.loads(by_file.stdout), json.loads(by_url.stdout)
    text = record["text"]
    assert text.startswith("Sherman to visit Japan\n\n")
    assert SEED2.read_text(encoding="utf-8").strip() in text
    assert not any(word in text for word in FURNITURE)
    quotes = [
        e
        for s in ("meetings", "goals", "sanctions", "stances")
        for i in record[s]
        for e in i["evidence"]
    ]
    assert quotes and all(text[q["start"] : q["end"]] == q["quote"] for q in quotes)
    assert (
        record["meta"]["published"] == "2022-10-06" and record["meta"]["published_source"] == "page"
    )
    assert fetched["id"] == "sherman-japan" and fetched["source"].endswith(
        "/world/sherman-japan.html"
    )
    for key in ("text", "headline", "summary", "meetings", "goals", "sanctions", "stances"):
        assert fetched[key] == record[key], key
    assert _Pages.agents and _Pages.agents[-1].startswith("diplosum/")
    given = run_cli(
        "summarise",
        str(saved),
        "--backend",
        "offline",
        "--format",
        "jsonl",
        "--published",
        "2022-10-01",
    )
    assert json.loads(given.stdout)["meta"]["published"] == "2022-10-01"  # the user's date wins


def test_pages_without_a_story_and_failed_fetches_are_input_errors(pages: str) -> None:
    for path, says in (
        ("/front", "no story found"),
        ("/missing", "HTTP 404"),
        ("/paper.pdf", "application/pdf"),
    ):
        with pytest.raises(InputError, match=says):
            fetch_page(f"{pages}{path}")
    with pytest.raises(InputError, match="cannot fetch"):
        fetch_page("http://127.0.0.1:9/unreachable")
    assert read_page(_page()).published == "2022-10-06"
    with pytest.raises(InputError, match="read_page"):
        summarise(_page(), backend="offline")  # the library asks for the page to be read first


def test_a_corpus_record_may_give_a_url_or_a_page(tmp_path: Path, pages: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "by-url", "url": f"{pages}/world/sherman-japan.html",
                    "published": "2022-10-07"}) + "\n"
        + json.dumps({"id": "inline", "text": _page()}) + "\n"
        + json.dumps({"id": "gone", "url": f"{pages}/missing"}) + "\n"
    )  # fmt: skip
    result = run_cli("summarise", str(corpus), "--backend", "offline", "--format", "jsonl")
    assert result.exit_code == 1 and "HTTP 404" in result.stderr
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert records["by-url"]["meta"]["published"] == "2022-10-07"  # the record's own date wins
    assert records["by-url"]["meta"]["published_source"] == "record"
    assert records["inline"]["text"] == records["by-url"]["text"]


# -- costs in money -----------------------------------------------------------------------


def test_a_priced_model_carries_its_cost_and_the_run_says_what_it_cost(tmp_path: Path) -> None:
    replay = ReplayResponder(FIXTURES / "responses", ARTICLES)

    def answer(request: dict[str, Any]) -> Reply:
        output = replay(request).body["choices"][0]["message"]["tool_calls"][0]["function"]
        body = completion_for(request, json.loads(output["arguments"]), usage=(1_000_000, 100_000))
        return Reply(body=body | {"model": "gpt-4o-mini-2024-07-18"})

    with FakeOpenAIServer(answer) as srv:
        options: dict[str, Any] = {"base_url": srv.url, "api_key": TEST_KEY, "model": "gpt-4o-mini"}
        first = summarise(SEED2.read_text(), cache_dir=tmp_path / "c", **options)
        again = summarise(SEED2.read_text(), cache_dir=tmp_path / "c", **options)
        unknown = summarise(SEED2.read_text(), cache=False, **(options | {"model": "my-own-model"}))
        env = {
            "OPENAI_BASE_URL": srv.url,
            "OPENAI_API_KEY": TEST_KEY,
            "DIPLOSUM_MODEL": "gpt-4o-mini",
        }
        env["DIPLOSUM_CACHE_DIR"] = str(tmp_path / "c")
        run = run_cli("summarise", str(SEED2), str(ARTICLES / "seed-000.txt"), env=env)
        stats = run_cli("cache", "stats", env=env)
    # gpt-4o-mini's list price: $0.15 per million input tokens, $0.60 per million output.
    assert first.meta is not None and first.meta.cost_usd == pytest.approx(0.15 + 0.06)
    assert (
        again.meta is not None and again.meta.cached and again.meta.cost_usd == first.meta.cost_usd
    )
    assert unknown.meta is not None and unknown.meta.model == "gpt-4o-mini-2024-07-18"
    closing = run.stderr.strip().splitlines()[-1]
    assert closing == (
        "diplosum: 2 articles: 2 summarised (1 from the cache), 0 failed; 1,100,000 tokens, "
        "$0.2100; the cache saved $0.2100"
    )
    assert "cost     $0.4200" in stats.stdout
    assert summarise(SEED2.read_text(), backend="offline").meta.cost_usd == 0.0  # type: ignore[union-attr]


def test_the_batch_discount_halves_the_cost() -> None:
    from diplosum.backends.openai.pricing import price_usd
    from diplosum.models import Usage

    usage = Usage(prompt_tokens=1_000_000, completion_tokens=0, total_tokens=1_000_000)
    full = price_usd("gpt-4o-mini", usage, base_url="https://api.openai.com/v1")
    half = price_usd("gpt-4o-mini", usage, base_url="https://api.openai.com/v1", batch=True)
    assert full is not None and half == pytest.approx(full / 2)
    assert price_usd("a-model-nobody-prices", usage, base_url="http://127.0.0.1:1/v1") is None


# -- the CLI's rough edges ----------------------------------------------------------------


def test_the_format_follows_the_out_extension_and_a_clash_is_refused(tmp_path: Path) -> None:
    for name, check in (("x.md", "# "), ("x.csv", "article_id,source,section")):
        result = run_cli(
            "summarise", str(SEED2), "--backend", "offline", "--out", str(tmp_path / name)
        )
        assert result.exit_code == 0 and (tmp_path / name).read_text().startswith(check)
    clash = run_cli("summarise", str(SEED2), "--out", str(tmp_path / "y.csv"), "--format", "json")
    assert (
        clash.exit_code == 2
        and "does not fit" in clash.stderr
        and not (tmp_path / "y.csv").exists()
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--no-cache", "--refresh"], "--no-cache and --refresh cannot be used together"),
        (["--backend", "offline", "--model", "gpt-4o"], "--backend offline asks no model: --model"),
        (["--fixtures", str(FIXTURES / "responses")], "--fixtures is for --backend replay"),
        (["--out", "/nonexistent-folder/o.json"], "does not exist"),
        (["--failures", "/nonexistent-folder/f.jsonl"], "does not exist"),
        (["--published", "yesterday"], "--published"),
    ],
)
def test_conflicting_or_impossible_options_are_one_line_and_exit_2(
    args: list[str], says: str
) -> None:
    result = run_cli("summarise", str(SEED2), *args)
    assert result.exit_code == 2, result.stderr
    assert_one_line_errors(result.stderr)
    assert says in result.stderr


def test_a_retry_after_past_the_budget_says_what_to_raise() -> None:
    reply = Reply(
        429, body={"error": {"message": "Rate limit reached"}}, headers={"Retry-After": "300"}
    )
    with FakeOpenAIServer(lambda r: reply) as srv:
        env = {"OPENAI_BASE_URL": srv.url, "OPENAI_API_KEY": TEST_KEY}
        result = run_cli("summarise", str(SEED2), "--max-retry-wait", "120", env=env)
        assert len(srv.requests) == 1
    assert result.exit_code == 1
    assert (
        "asked to wait 300 s, more than max_retry_wait=120 s: raise max_retry_wait "
        "(--max-retry-wait)" in result.stderr
    )


def test_the_library_says_offline_through_warnings_worded_for_python() -> None:
    with pytest.warns(UserWarning, match="pass api_key= or base_url="):
        Summariser().close()
    with pytest.raises(ConfigError):
        Summariser(backend="openai")


def test_the_licence_the_package_declares_is_there() -> None:
    assert (ROOT / "LICENSE").is_file()
    assert "MIT License" in (ROOT / "LICENSE").read_text()
