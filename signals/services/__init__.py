"""Every write about signals: receiving them, deciding per account, approving and rejecting."""
from signals.services.decide import (
    decision_approve,
    decision_make,
    decision_reject,
    follower_ids,
    signal_decide,
)
from signals.services.ingest import SignalInput, copy_runs_in_process, signal_ingest, signal_receive
from signals.services.schedule import (
    blackout_create,
    blackout_delete,
    trading_window_create,
    trading_window_delete,
)

__all__ = [
    "SignalInput",
    "blackout_create",
    "blackout_delete",
    "copy_runs_in_process",
    "decision_approve",
    "decision_make",
    "decision_reject",
    "follower_ids",
    "signal_decide",
    "signal_ingest",
    "signal_receive",
    "trading_window_create",
    "trading_window_delete",
]
