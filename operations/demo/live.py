"""The live desk: every few seconds (beat) one of the demo's simulated traders posts a signal.

It goes in through ``signal_receive``, as any source's does, and is copied by the workers. The
tiers cycle (``desk.LIVE_CYCLE``), starting with one every account copies, so within the first
minute each account has decisions and open positions, and then some accounts execute what others
filter. Prices are the live quote's, from whatever market data is configured, so the entry, stop
and targets are sane against real prices too.
"""
from __future__ import annotations

import logging
import random

from django.conf import settings
from django.utils import timezone

from echotrade.exceptions import EchoTradeError
from execution.market.services import quote_get
from operations.demo.desk import LIVE_CYCLE, pick, signal_draw, simulated_traders
from signals.models import Signal
from signals.services import signal_receive

logger = logging.getLogger(__name__)
LIVE_PREFIX = "demo-live:"


def live_signal_post() -> Signal | None:
    """Post the desk's next signal; None when there is no simulated trader or no price."""
    traders = simulated_traders()
    if not traders:
        return None
    number = Signal.objects.filter(external_id__startswith=LIVE_PREFIX).count()
    rng = random.Random(f"{settings.MARKET_DATA_SEED}:demo-live:{number}")
    tier = LIVE_CYCLE[number % len(LIVE_CYCLE)]
    picked = pick(rng, traders, tier)
    if picked is None:
        return None
    trader, symbol = picked
    now = timezone.now()
    try:
        price = quote_get(symbol=symbol).price
        data = signal_draw(
            rng, trader=trader, symbol=symbol, tier_name=tier, price=price, now=now,
            external_id=f"{LIVE_PREFIX}{now:%Y%m%dT%H%M%S}:{number}",
        )
        signal, _ = signal_receive(data=data)
    except EchoTradeError as error:  # no price now, or a refusal: the next beat tries again
        logger.warning("The demo desk posted nothing for %s on %s: %s", trader.pk, symbol, error.message)
        return None
    return signal
