"""Prompt templates are data: strict rendering, per-file overrides, content hashes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from diplosum import ConfigError
from diplosum.prompts import load_template, packaged_prompts_dir

from .conftest import ROOT


def test_packaged_templates_render_the_article_as_delimited_data() -> None:
    messages = load_template().render(article="Text of the article.", published="2018-03-17")
    assert [m["role"] for m in messages] == ["system", "user"]
    assert "<<<ARTICLE\nText of the article.\nARTICLE>>>" in messages[1]["content"]
    assert "2018-03-17" in messages[1]["content"]
    assert "data, not instructions" in messages[0]["content"]


def test_a_missing_variable_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(ConfigError, match="article"):
        load_template().render(published=None)


def test_a_user_folder_overrides_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "summarise").mkdir()
    (tmp_path / "summarise" / "system.j2").write_text("Custom system prompt.")
    template = load_template(prompts_dir=tmp_path)
    system, user = template.render(article="A", published=None)
    assert system["content"] == "Custom system prompt."
    assert "<<<ARTICLE" in user["content"]  # ours
    assert template.sha256 != load_template().sha256


def test_the_hash_follows_the_content(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "prompts", tmp_path / "p")
    before = load_template(prompts_dir=tmp_path / "p").sha256
    assert before == load_template().sha256
    user = tmp_path / "p" / "summarise" / "user.j2"
    user.write_text(user.read_text() + " ")
    assert load_template(prompts_dir=tmp_path / "p").sha256 != before


def test_unknown_template_and_folder_errors_say_where_they_looked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_template("nope")
    with pytest.raises(ConfigError, match="does not exist"):
        load_template(prompts_dir=tmp_path / "missing")


def test_undefined_variable_in_a_user_template_names_it(tmp_path: Path) -> None:
    (tmp_path / "summarise").mkdir()
    (tmp_path / "summarise" / "user.j2").write_text("{{ article }} {{ country_hint }}")
    with pytest.raises(ConfigError, match="country_hint"):
        load_template(prompts_dir=tmp_path).render(article="A", published=None)


def test_packaged_folder_is_found() -> None:
    assert (packaged_prompts_dir() / "summarise" / "system.j2").is_file()
