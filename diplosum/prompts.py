"""Prompt templates: files under ``prompts/``, rendered strictly, hashed into every cache key.

A template named ``NAME`` is the folder ``NAME/`` holding ``system.j2`` and ``user.j2``
(Jinja2). A user folder passed as ``prompts_dir`` (or ``DIPLOSUM_PROMPTS_DIR``) is searched
first, file by file, so overriding only ``summarise/system.j2`` keeps our ``user.j2``.
Rendering uses ``StrictUndefined``: a variable the template uses but the caller did not
pass is a ``ConfigError``, never an empty string.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

import jinja2

from .errors import ConfigError

__all__ = ["PromptTemplate", "load_template", "packaged_prompts_dir"]

_PARTS = ("system.j2", "user.j2")


def packaged_prompts_dir() -> Path:
    """Where our own templates are: inside the wheel, or the checkout's top-level folder."""
    inside_wheel = Path(__file__).parent / "_prompts"
    if inside_wheel.is_dir():
        return inside_wheel
    return Path(__file__).resolve().parent.parent / "prompts"


@dataclasses.dataclass(frozen=True)
class PromptTemplate:
    """A loaded template pair and the SHA-256 of the files' content."""

    name: str
    sha256: str
    _system: jinja2.Template
    _user: jinja2.Template

    def render(self, **variables: Any) -> list[dict[str, str]]:
        """Render to chat messages; ``ConfigError`` if the template needs a missing variable."""
        try:
            return [
                {"role": "system", "content": self._system.render(**variables)},
                {"role": "user", "content": self._user.render(**variables)},
            ]
        except jinja2.UndefinedError as exc:
            raise ConfigError(
                f"prompt template {self.name!r} uses a variable that was not passed "
                f"({exc.message}); variables available: {', '.join(sorted(variables))}"
            ) from exc


def load_template(name: str = "summarise", prompts_dir: Path | None = None) -> PromptTemplate:
    """Load template ``name``, preferring files in ``prompts_dir`` over the packaged ones."""
    folders = [str(prompts_dir)] if prompts_dir is not None else []
    if prompts_dir is not None and not prompts_dir.is_dir():
        raise ConfigError(f"prompts folder {str(prompts_dir)!r} does not exist")
    folders.append(str(packaged_prompts_dir()))
    loader = jinja2.FileSystemLoader(folders)
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text prompts, not HTML
        keep_trailing_newline=True,
    )
    digest = hashlib.sha256()
    templates: list[jinja2.Template] = []
    for part in _PARTS:
        path = f"{name}/{part}"
        try:
            source, _, _ = loader.get_source(env, path)
            templates.append(env.get_template(path))
        except jinja2.TemplateNotFound as exc:
            raise ConfigError(
                f"prompt template file {path!r} not found in {', '.join(folders)}"
            ) from exc
        except jinja2.TemplateSyntaxError as exc:
            raise ConfigError(f"prompt template {path!r} line {exc.lineno}: {exc.message}") from exc
        digest.update(path.encode() + b"\0" + source.encode() + b"\0")
    return PromptTemplate(name, digest.hexdigest(), templates[0], templates[1])
