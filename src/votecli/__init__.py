"""votecli: election contests, candidates and vote tallies read out of prose.

Library use::

    >>> from votecli import analyse, extract_text
    >>> document = extract_text("Kazakhstan received 138 votes, beating Thailand with 55.")
    >>> [(t.candidate.name, t.votes) for t in document.tallies]
    [('Kazakhstan', 138), ('Thailand', 55)]

Names are imported on first use, so `votecli --help` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "analyse": "analysis", "Result": "analysis", "Row": "analysis",
    "VotecliError": "errors",
    "Candidate": "model", "Contest": "model", "Document": "model", "Source": "model",
    "Span": "model", "Tally": "model",
    "Outcome": "pipeline", "extract_text": "pipeline", "run": "pipeline",
}  # fmt: skip
__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'votecli' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
