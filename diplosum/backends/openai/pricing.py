"""What an answer cost in US dollars, from the prices genai-prices maintains and ships.

The price is looked up by the endpoint (``provider_api_url``: OpenAI, Azure, Groq, ...)
and the model the answer says it came from; for an endpoint genai-prices does not know
(a local server, a proxy) by the model's name alone, so a model served under its public
name is priced at its provider's list price. The Batch API's discount applies to answers
from a batch. ``None`` when the model's price is unknown: never a guess of zero.
"""

from __future__ import annotations

import functools
from typing import Any

from ...models import Usage

__all__ = ["price_usd"]


@functools.lru_cache(maxsize=256)
def _calculator() -> Any:
    from genai_prices import calc_price  # half a second of imports: only when pricing

    return calc_price


def price_usd(model: str, usage: Usage, *, base_url: str, batch: bool = False) -> float | None:
    """The list price of ``usage`` on ``model`` at ``base_url``, or ``None`` if unknown."""
    if usage.total_tokens == 0 and usage.prompt_tokens == 0 and usage.completion_tokens == 0:
        return None
    from genai_prices import Usage as Tokens

    calc_price = _calculator()
    tokens = Tokens(
        input_tokens=usage.prompt_tokens,
        output_tokens=usage.completion_tokens,
        cache_read_tokens=usage.cached_prompt_tokens or None,
    )
    context = {"processing": "batch"} if batch else None
    for where in ({"provider_api_url": base_url}, {}):
        try:
            found = calc_price(tokens, model_ref=model, price_context=context, **where)
        except LookupError:
            continue
        return float(found.total_price)
    return None
