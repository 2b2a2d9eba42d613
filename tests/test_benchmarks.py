"""The benchmark scripts that score the offline coder still run: on made-up records, so
that a user's clone (no evaluation kit) checks them too."""

from __future__ import annotations

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
