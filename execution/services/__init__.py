"""Every write about orders, fills and positions. Interfaces call these, never the models."""
from execution.services.monitor import (
    market_tick,
    position_on_price,
    positions_on_price,
)
from execution.services.opening import Opening, openings_write, position_open, position_opening
from execution.services.positions import (
    position_apply_funding,
    position_cancel,
    position_close,
    position_stop_to_breakeven,
    position_update_protection,
)

__all__ = [
    "Opening",
    "openings_write",
    "position_opening",
    "market_tick",
    "position_apply_funding",
    "position_cancel",
    "position_close",
    "position_on_price",
    "position_open",
    "position_stop_to_breakeven",
    "position_update_protection",
    "positions_on_price",
]
