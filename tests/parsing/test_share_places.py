"""A share placed on a target ("30% at TP2", "rest at TP3") names no condition: the rule after it keeps its own."""
from tests.helpers import signal_read

PLAN = "AVAX SHORT\nEntry 38.40\nStop 40.25\nTargets 37.20, 36.10, 34.80.\n"


def test_a_stop_moved_at_each_target_after_a_share_list_starts_at_the_first():
    parsed = signal_read(PLAN + "Taking 50% at TP1, 30% at TP2, rest at TP3, and after each target I move the stop to the previous one.")
    assert parsed.take_profit_allocations is not None
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 1}


def test_a_condition_at_a_target_still_names_it():
    parsed = signal_read(PLAN + "At TP2 move the stop to the previous target.")
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 2}
