"""The evaluation harness: scoring rules, the eval command, agreement with the shared scorer."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplosum import Summariser
from diplosum.evaluation import evaluate, load_gold, score_predictions

from .conftest import ARTICLES, FIXTURES, SHARED_EVAL, assert_one_line_errors, run_cli

GOLD = FIXTURES / "gold"


def _gold(**sections: object) -> dict[str, object]:
    return {"id": "x", "diplomatic": True, **sections}


def test_scoring_rules_by_hand() -> None:
    gold = {
        "a": _gold(
            meetings=[
                {"participants": [{"country": "USA"}, {"country": "KOR"}], "status": "held"},
                {"participants": [{"country": "USA"}, {"country": "JPN"}], "status": "held"},
            ],
            stances=[{"actor": "CHN", "polarity": "support"}],
            sanctions=[{"imposer": "USA", "target": "PRK", "status": "imposed"}],
        ),
        "b": {"id": "b", "diplomatic": False},
    }
    predictions = {
        "a": {
            "meetings": [
                {"participants": [{"country": "KOR"}, {"country": "USA"}], "status": "planned"},
                {"participants": [{"country": "KOR"}, {"country": "USA"}], "status": "held"},
                {"participants": [{"country": "FRA"}, {"country": "DEU"}], "status": "held"},
            ],
            "stances": [{"actor": {"country": "CHN"}, "position": "support"}],
            "goals": [{"actor": {"country": "CHN"}}],
        },
        "b": {"stances": [{"actor": {"country": "USA"}, "position": "oppose"}]},
    }
    report = score_predictions(predictions, gold, None)
    assert report.sections["meetings"] == {
        "tp": 1,
        "fp": 1,
        "fn": 1,
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
    }
    assert report.sections["stances"]["tp"] == 1 and report.sections["stances"]["fp"] == 1
    assert report.sections["sanctions"]["fn"] == 1
    assert report.sections["goals"]["fp"] == 1
    assert report.meetings_status_accuracy == 0.0  # the first status given for a key counts
    assert report.off_topic_items == 1.0
    assert report.macro_f1 == round((0.5 + 0 + 2 / 3 + 0) / 4, 3)


def test_evaluate_the_offline_backend_on_the_shipped_seed_gold(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    with Summariser(backend="offline", cache=False) as summariser:
        report, failures = evaluate(summariser, GOLD, ARTICLES, predictions_out=out)
    assert failures == []
    assert report.articles == 2
    assert report.evidence_grounded == 1.0
    assert report.macro_f1 > 0.5
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {Path(r["source"]).stem for r in records} == {"seed-000", "seed-002"}


def test_a_missing_article_is_reported_not_fatal(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    (gold / "nope.json").write_text(json.dumps({"id": "nope", "diplomatic": False}))
    with Summariser(backend="offline", cache=False) as summariser:
        report, failures = evaluate(summariser, gold, ARTICLES)
    assert [ident for ident, _ in failures] == ["nope"]
    assert report.missing_predictions == ["nope"]


def test_eval_mistakes_are_one_line_and_exit_2(tmp_path: Path) -> None:
    empty = run_cli("eval", str(GOLD), "--articles", str(tmp_path), "--backend", "offline")
    assert empty.exit_code == 2 and "none of the 2 articles with gold" in empty.stderr
    broken = tmp_path / "gold"
    broken.mkdir()
    (broken / "x.json").write_text("{not json")
    bad = run_cli("eval", str(broken), "--articles", str(ARTICLES), "--backend", "offline")
    assert bad.exit_code == 2 and "x.json" in bad.stderr and "not JSON" in bad.stderr
    both = run_cli("eval", str(GOLD), "--articles", str(ARTICLES), "--json", "--markdown")
    assert both.exit_code == 2 and "--json and --markdown cannot be used together" in both.stderr
    for result in (empty, bad, both):
        assert_one_line_errors(result.stderr)


def test_eval_command() -> None:
    result = run_cli(
        "eval", str(GOLD), "--articles", str(ARTICLES), "--backend", "offline", "--json"
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report["sections"]) == {"meetings", "sanctions", "stances", "goals"}
    assert report["evidence_grounded"] == 1.0
    table = run_cli("eval", str(GOLD), "--articles", str(ARTICLES), "--backend", "offline")
    assert "macro F1" in table.stdout and "off-topic" not in table.stdout  # no off-topic gold


def test_load_gold_errors(tmp_path: Path) -> None:
    from diplosum import InputError

    with pytest.raises(InputError, match="does not exist"):
        load_gold(tmp_path / "missing")
    with pytest.raises(InputError, match=r"no \*\.json"):
        load_gold(tmp_path)


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="needs ../shared/eval")
def test_numbers_agree_with_the_shared_scorer(tmp_path: Path) -> None:
    gold, articles = SHARED_EVAL / "gold-dev", SHARED_EVAL / "articles"
    out = tmp_path / "pred.jsonl"
    with Summariser(backend="offline", cache=False) as summariser:
        report, failures = evaluate(summariser, gold, articles, predictions_out=out)
    assert failures == []
    theirs = json.loads(
        subprocess.run(
            [
                sys.executable,
                str(SHARED_EVAL / "score.py"),
                str(out),
                str(gold),
                "--articles",
                str(articles),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    ours = report.as_dict()
    for key in (
        "articles",
        "sections",
        "macro_f1",
        "meetings_status_accuracy",
        "sanctions_status_accuracy",
        "evidence_grounded",
        "evidence_quotes",
        "missing_predictions",
    ):
        assert ours[key] == theirs[key], key
    # The offline coder's quality floor on the dev set (see README for the full table).
    assert report.macro_f1 >= 0.60  # 0.622 over the 58 articles on 2026-12-01 (was 0.518)
    assert report.evidence_grounded == 1.0
