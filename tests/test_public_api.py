"""Keeps ``diplosum.__all__`` honest: complete, documented, and nothing public left out."""

from __future__ import annotations

import inspect
import types

import diplosum


def test_every_name_in_all_exists_and_has_a_docstring() -> None:
    for name in diplosum.__all__:
        obj = getattr(diplosum, name)
        assert inspect.getdoc(obj), f"{name} has no docstring"


def test_no_public_name_is_missing_from_all() -> None:
    public = {
        name
        for name, value in vars(diplosum).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public - {"annotations"} == set(diplosum.__all__)


def test_all_is_sorted_and_unique() -> None:
    assert list(diplosum.__all__) == sorted(set(diplosum.__all__))


def test_every_error_is_a_diplosum_error() -> None:
    errors = [getattr(diplosum, n) for n in diplosum.__all__ if n.endswith("Error")]
    assert len(errors) >= 5
    for error in errors:
        assert issubclass(error, diplosum.DiplosumError)


def test_the_exception_tree_docstring_names_every_error() -> None:
    doc = inspect.getdoc(diplosum.errors) or ""
    for name in diplosum.__all__:
        if name.endswith("Error"):
            assert name in doc, f"{name} missing from the tree in diplosum/errors.py"


def test_summarise_takes_the_documented_keywords_typed() -> None:
    params = inspect.signature(diplosum.summarise).parameters
    assert params["published"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["options"].kind is inspect.Parameter.VAR_KEYWORD
    assert "Unpack[SummariserOptions]" in str(params["options"].annotation)
    keys = diplosum.SummariserOptions.__optional_keys__
    for keyword in ("model", "base_url", "api_key", "cache", "backend", "timeout", "rate_limit"):
        assert keyword in keys


def test_backends_are_a_public_seam() -> None:
    from diplosum.backends.offline import OfflineBackend
    from diplosum.testing import FunctionBackend

    assert isinstance(OfflineBackend(), diplosum.Backend)
    assert isinstance(FunctionBackend(lambda article: {}), diplosum.Backend)
    assert not isinstance(object(), diplosum.Backend)
