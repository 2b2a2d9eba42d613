"""The benchmark scripts that score the offline coder still run: on made-up records, so
that a user's clone (no evaluation kit) checks them too."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _record(ident: str, event: str, sources: list[str], targets: list[str], text: str) -> str:
    # The fields of the PLOVER sample that the benchmark reads; sentences written here.
    fields = {"actor1_codes": sources, "actor2_codes": targets, "text": text}
    return json.dumps({"id": ident, "event": event, **fields})


def test_plover_sentences_scores_expected_items_by_half(tmp_path: Path) -> None:
    lines = [
        _record(
            "R1", "CONSULT", ["KEN"], ["UGA"], "Kenya's president arrived in Kampala for talks."
        ),
        _record("R2", "DISAPPROVE", ["CHL"], ["ESP"], "Chile condemned the Spanish decision."),
        _record("R3", "REJECT", ["PER"], ["PER"], "Peru's court rejected the appeal."),
        _record("R4", "SUPPORT", ["MEX"], ["COL"], "The weather in Mexico was fine."),
        _record("R5", "SANCTION", ["JAP"], ["RUS"], "Japan expelled two Russian diplomats."),
        _record("R6", "AGREE", ["FRA"], [], "France agreed to the plan."),
    ]
    (tmp_path / "plover_gsr_sample.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = ROOT / "benchmarks" / "plover_sentences.py"
    done = subprocess.run(
        [sys.executable, str(script), "--eval", str(tmp_path), "--half", "all"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    row = next(line for line in done.stdout.splitlines() if line.startswith("all"))
    # Domestic (R3) and unscored (R6) records are left out; R4 names no stance; PLOVER's
    # JAP is Japan. Three of four found, and no item of a state the record does not name.
    assert row.split()[1:] == ["1/1", "1/1", "0/1", "1/1", "0/0", "0.750", "0"]
    missing = subprocess.run(
        [sys.executable, str(script), "--eval", str(tmp_path / "absent")],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 1 and "needs the shared evaluation kit" in missing.stdout


def test_typography_scores_the_same_articles_in_every_typography(tmp_path: Path) -> None:
    # The two seed articles and their gold (fixtures/), as a one-fold evaluation kit.
    (tmp_path / "gold-dev").mkdir()
    (tmp_path / "articles").mkdir()
    for name in ("seed-000", "seed-002"):
        gold = (ROOT / "fixtures" / "gold" / f"{name}.json").read_text(encoding="utf-8")
        (tmp_path / "gold-dev" / f"{name}.json").write_text(gold, encoding="utf-8")
        text = (ROOT / "fixtures" / "articles" / f"{name}.txt").read_text(encoding="utf-8")
        (tmp_path / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    script = ROOT / "benchmarks" / "typography.py"
    done = subprocess.run(
        [sys.executable, str(script), "--eval", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    rows = [line.rsplit(None, 5) for line in done.stdout.splitlines()[1:]]
    assert [row[0] for row in rows][:3] == ["as written", "no-break spaces", "curly marks"]
    assert len(rows) == 9 and len({tuple(row[1:]) for row in rows}) == 1, done.stdout
    assert float(rows[0][1]) > 0.5


def test_fragments_counts_cut_fields_and_draws_from_a_jsonl_corpus(tmp_path: Path) -> None:
    script = ROOT / "benchmarks" / "fragments.py"
    spec = importlib.util.spec_from_file_location("fragments", script)
    assert spec is not None and spec.loader is not None
    fragments = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fragments)
    assert fragments.is_fragment("Washington of")
    assert fragments.is_fragment("by Peru")
    assert fragments.is_fragment("talks")
    assert not fragments.is_fragment("the Peruvian plan to build a dam")
    for headline in ("Peru said it would sign a", 'Peru promised a "lasting', "LIMA - Peru said"):
        assert fragments.headline_cut(headline), headline
    # What is left of a dateline cut after its state's first word.
    for headline in ("Rica - Peru said", "Zealand, March 22 - Peru said"):
        assert fragments.headline_cut(headline), headline
    assert not fragments.headline_cut("Chile condemned the Peruvian dam")
    assert not fragments.headline_cut("Chile, Peru to hold talks - envoy")
    corpus = tmp_path / "corpus.jsonl"
    record = {"id": "a", "text": "LIMA, March 3 - Chile condemned the Peruvian dam on Monday."}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(corpus), "--draw", "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    counts = "fragments: topics 0 of 1 (0.0%), goals 0 of 0 (0.0%); headlines cut 0 of 1 (0.0%)"
    assert done.stdout.splitlines() == [
        f"{corpus}: {counts}",
        f"all: {counts}",
        "1 topics drawn with random.Random(2026120501):",
        "  the Peruvian dam",
        "1 goals drawn with random.Random(2026120501):",
        "1 headlines drawn with random.Random(2026120501):",
        "  Chile condemned the Peruvian dam on Monday",
    ]
