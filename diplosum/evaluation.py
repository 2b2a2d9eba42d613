"""Evaluation against gold annotations, by the rules of the annotation guide.

Gold is one JSON file per article (``<id>.json`` beside ``<id>.txt``). Items are compared as
keys, per article, then micro-averaged: meetings by their set of participant codes,
sanctions by (imposer, target), stances by (actor, polarity), goals by actor; duplicate
keys within an article count once. Status accuracy is over keys found in both. Evidence is
grounded when the quote occurs in the article once whitespace, quote marks and dashes are
folded. Articles marked ``"diplomatic": false`` have empty gold: everything predicted there
is a false positive, and their mean item count is reported as ``off_topic_items``.

These are the rules of ``score.py`` in the shared evaluation kit; a test checks that both
give the same numbers on the same predictions.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import DiplosumError, InputError
from .export import open_private, to_record
from .pipeline import Summariser

__all__ = ["EvalReport", "evaluate", "load_gold", "score_predictions"]

SECTIONS = ("meetings", "sanctions", "stances", "goals")
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def _code(actor: Any) -> str | None:
    if isinstance(actor, str):
        return actor.strip().upper() or None
    if isinstance(actor, dict):
        code = actor.get("country") or actor.get("code")
        return code.strip().upper() if isinstance(code, str) and code.strip() else None
    return None


def _items(summary: dict[str, Any], section: str) -> Iterator[dict[str, Any]]:
    yield from (item for item in summary.get(section) or [] if isinstance(item, dict))


def _meeting_key(item: dict[str, Any]) -> frozenset[str]:
    return frozenset(c for c in map(_code, item.get("participants") or []) if c)


def _keys(summary: dict[str, Any], section: str) -> set[Any]:
    keys: set[Any] = set()
    for item in _items(summary, section):
        if section == "meetings":
            codes = _meeting_key(item)
            if len(codes) >= 2:
                keys.add(codes)
        elif section == "sanctions":
            imposer, target = _code(item.get("imposer")), _code(item.get("target"))
            if imposer and target:
                keys.add((imposer, target))
        elif section == "stances":
            actor = _code(item.get("actor"))
            polarity = str(item.get("polarity") or item.get("position") or "").lower()
            if actor and polarity:
                keys.add((actor, polarity))
        elif actor := _code(item.get("actor")):
            keys.add(actor)
    return keys


def _statuses(summary: dict[str, Any], section: str) -> dict[Any, str]:
    found: dict[Any, str] = {}
    for item in _items(summary, section):
        if not item.get("status"):
            continue
        key: Any = (
            _meeting_key(item)
            if section == "meetings"
            else (_code(item.get("imposer")), _code(item.get("target")))
        )
        found.setdefault(key, str(item["status"]).lower())
    return found


def _quotes(summary: dict[str, Any]) -> Iterator[str]:
    for section in SECTIONS:
        for item in _items(summary, section):
            evidence = item.get("evidence")
            for entry in [evidence] if isinstance(evidence, str | dict) else evidence or []:
                quote = entry.get("quote") if isinstance(entry, dict) else entry
                if isinstance(quote, str) and quote.strip():
                    yield quote


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_FOLD)).strip()


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


@dataclasses.dataclass
class EvalReport:
    """Scores of one run; ``as_dict`` is the JSON form."""

    articles: int
    sections: dict[str, dict[str, float | int]]
    macro_f1: float
    meetings_status_accuracy: float | None
    sanctions_status_accuracy: float | None
    evidence_grounded: float | None
    evidence_quotes: int
    off_topic_items: float | None
    missing_predictions: list[str]

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def table(self) -> str:
        lines = [f"{'section':<10} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
        for name, m in self.sections.items():
            lines.append(
                f"{name:<10} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} "
                f"{m['tp']:>4} {m['fp']:>3} {m['fn']:>3}"
            )
        lines.append(
            f"meeting status acc {self.meetings_status_accuracy}  sanction status acc "
            f"{self.sanctions_status_accuracy}  evidence grounded {self.evidence_grounded} "
            f"of {self.evidence_quotes} quotes"
        )
        if self.off_topic_items is not None:
            lines.append(f"off-topic articles: {self.off_topic_items} predicted items per article")
        if self.missing_predictions:
            lines.append(f"no prediction for: {' '.join(self.missing_predictions)}")
        lines.append(f"macro F1 {self.macro_f1} over {self.articles} articles")
        return "\n".join(lines)

    def markdown(self) -> str:
        rows = ["| section | P | R | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
        for name, m in self.sections.items():
            rows.append(
                f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} "
                f"| {m['tp']} | {m['fp']} | {m['fn']} |"
            )
        rows += [
            "",
            f"- macro F1: **{self.macro_f1}** over {self.articles} articles",
            f"- meeting status accuracy: {self.meetings_status_accuracy}",
            f"- sanction status accuracy: {self.sanctions_status_accuracy}",
            f"- evidence grounded: {self.evidence_grounded} of {self.evidence_quotes} quotes",
        ]
        if self.off_topic_items is not None:
            rows.append(f"- off-topic articles: {self.off_topic_items} predicted items per article")
        return "\n".join(rows) + "\n"


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Every ``<id>.json`` gold file in ``gold_dir``, by id."""
    if not gold_dir.is_dir():
        raise InputError(f"gold folder {str(gold_dir)!r} does not exist")
    gold: dict[str, dict[str, Any]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            annotation = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"gold file {str(path)!r} is not JSON: {exc}") from None
        if not isinstance(annotation, dict):
            raise InputError(f"gold file {str(path)!r} holds no object")
        gold[path.stem] = annotation
    if not gold:
        raise InputError(f"no *.json gold files in {str(gold_dir)!r}")
    return gold


def score_predictions(
    predictions: dict[str, dict[str, Any]],
    gold: dict[str, dict[str, Any]],
    articles: Path | None,
) -> EvalReport:
    """Score ``predictions`` (summaries by article id) against ``gold``."""
    counts = {s: [0, 0, 0] for s in SECTIONS}
    status = {"meetings": [0, 0], "sanctions": [0, 0]}
    grounded = total_quotes = 0
    off_topic: list[int] = []
    for ident, truth in gold.items():
        predicted = predictions.get(ident, {})
        for section in SECTIONS:
            g, p = _keys(truth, section), _keys(predicted, section)
            counts[section][0] += len(g & p)
            counts[section][1] += len(p - g)
            counts[section][2] += len(g - p)
        for section, tally in status.items():
            gs, ps = _statuses(truth, section), _statuses(predicted, section)
            for key in gs.keys() & ps.keys():
                tally[1] += 1
                tally[0] += gs[key] == ps[key]
        if truth.get("diplomatic") is False:
            off_topic.append(sum(len(list(_items(predicted, s))) for s in SECTIONS))
        if articles is not None and (articles / f"{ident}.txt").is_file():
            text = _norm((articles / f"{ident}.txt").read_text(encoding="utf-8"))
            for quote in _quotes(predicted):
                total_quotes += 1
                grounded += _norm(quote) in text
    sections: dict[str, dict[str, float | int]] = {}
    f1s = []
    for section, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        sections[section] = {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
        }
    return EvalReport(
        articles=len(gold),
        sections=sections,
        macro_f1=round(sum(f1s) / len(f1s), 3),
        meetings_status_accuracy=_ratio(*status["meetings"]),
        sanctions_status_accuracy=_ratio(*status["sanctions"]),
        evidence_grounded=_ratio(grounded, total_quotes),
        evidence_quotes=total_quotes,
        off_topic_items=round(sum(off_topic) / len(off_topic), 3) if off_topic else None,
        missing_predictions=[i for i in gold if i not in predictions],
    )


def evaluate(
    summariser: Summariser,
    gold_dir: Path,
    articles_dir: Path,
    *,
    predictions_out: Path | None = None,
) -> tuple[EvalReport, list[tuple[str, str]]]:
    """Summarise every article that has gold, score it, and return the report and failures.

    Predictions are written to ``predictions_out`` (JSONL, one record per article, as the
    CLI's ``jsonl`` format) as they are made. A failed article is reported, not fatal.
    """
    gold = load_gold(gold_dir)
    if not any((articles_dir / f"{ident}.txt").is_file() for ident in gold):
        raise InputError(
            f"none of the {len(gold)} articles with gold is in {str(articles_dir)!r} (as "
            "<id>.txt): point --articles at the folder of the articles"
        )
    predictions: dict[str, dict[str, Any]] = {}
    failures: list[tuple[str, str]] = []
    out = open_private(predictions_out) if predictions_out else None
    try:
        for ident in gold:
            path = articles_dir / f"{ident}.txt"
            try:
                if not path.is_file():
                    raise InputError(f"no article {path} for gold {ident}.json")
                text = path.read_text(encoding="utf-8")
                summary = summariser.summarise(text)
            except DiplosumError as exc:  # one article's failure is reported, the run goes on
                failures.append((ident, str(exc)))
                continue
            record = to_record(summary, str(path), text)
            predictions[ident] = record
            if out is not None:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
    finally:
        if out is not None:
            out.close()
    return score_predictions(predictions, gold, articles_dir), failures
