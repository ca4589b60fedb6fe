"""Where the reference data beside the project lives (../shared/data; never copied into the project).

Tests that use it skip when it is absent, so `make test` passes on a machine without it.
"""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_data(relative: str) -> Path:
    """``ECHOTRADE_SHARED_DATA``, else ``../shared/data`` beside the checkout, else /work/shared/data."""
    candidates = [Path(p) for p in [os.environ.get("ECHOTRADE_SHARED_DATA")] if p]
    candidates += [ROOT.parent / "shared" / "data", Path("/work/shared/data")]
    for base in candidates:
        if (base / relative).exists():
            return base / relative
    return candidates[0] / relative
