"""How many examples a Hypothesis test tries: the number it names in the full run,
a quarter of it in the fast tier (`pytest --fast`, where tests/conftest.py loads
the "fast" profile), so that the quick loop stays quick and the full run keeps
every case."""

from __future__ import annotations

from hypothesis import settings

FULL_RUN_EXAMPLES = 100  # Hypothesis's own default, which the full run keeps
FAST_RUN_EXAMPLES = 25
settings.register_profile("fast", max_examples=FAST_RUN_EXAMPLES)


def examples(named: int) -> int:
    """`named` examples in the full run, scaled as the loaded profile scales the default."""
    return max(1, named * settings.default.max_examples // FULL_RUN_EXAMPLES)
