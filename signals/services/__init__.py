"""Every write about signals: receiving them, deciding per account, approving and rejecting."""
from signals.services.decide import decision_approve, decision_make, decision_reject, signal_decide
from signals.services.ingest import SignalInput, signal_ingest, signal_receive

__all__ = [
    "SignalInput",
    "decision_approve",
    "decision_make",
    "decision_reject",
    "signal_decide",
    "signal_ingest",
    "signal_receive",
]
