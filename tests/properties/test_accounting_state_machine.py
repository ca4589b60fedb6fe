"""Random sequences of trading events keep the books balanced.

A hypothesis state machine drives the real services on the real database: signals opened through
the copy pipeline (market and limit entries, with and without stop loss and targets), partial and
full closes, price moves through the position monitor (stop-loss and take-profit fills,
liquidations on big moves), funding payments and cancelled limit entries. After every step, for
every account:

    equity = starting balance + realised P&L - fees - funding + unrealised P&L   (exact Decimals)

and no quantity, margin or cash below zero, nothing left in a closed position, no order filled past
its quantity, and the fills' realised P&L adding up to each position's.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import transaction
from django.db.models import Sum
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from accounts.models import Account
from execution.selectors import account_summary
from echotrade.exceptions import Conflict, InvalidInput
from execution.models import Fill, Order, Position
from execution.services import position_apply_funding, position_cancel, position_close
from execution.services.accounting import q8
from signals.services import SignalInput, signal_receive
from tests.conftest import make_account
from tests.helpers import committed, move_market, send_signal
from traders.services import trader_create

SYMBOL = "BTC/USDT"
START_PRICE = Decimal("67000")
CENT = Decimal("0.01")

# Relative distances (in basis points) for stops, targets and limit entries.
distances = st.integers(min_value=20, max_value=3000)
# Mostly small moves, with big ones mixed in so leveraged positions get liquidated.
moves = st.one_of(
    st.integers(min_value=-300, max_value=300),
    st.sampled_from([-5000, -2500, -1200, -600, 600, 1200, 2500, 5000]),
)
picks = st.integers(min_value=0, max_value=1000)


def total(positions: list[Position], field: str) -> Decimal:
    return sum((getattr(p, field) for p in positions), Decimal(0))


def offset(price: Decimal, basis_points: int) -> Decimal:
    return (price * (1 + Decimal(basis_points) / 10000)).quantize(CENT)


class AccountingMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        # Each example runs in a savepoint rolled back in teardown, so every one starts from the
        # same empty books (pytest fixtures do not reach inside a state machine).
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        self.price = START_PRICE
        move_market(SYMBOL, self.price)
        # The demo's three profiles, and one that sizes a signal to all its free cash: the edge
        # where slippage and held fees must be paid for (it found two overdraft bugs, now fixed).
        for name in ("woods1", "angry", "handjob"):
            make_account(name)
        make_account("all_in", base_position_pct=Decimal("1"), max_position_pct=Decimal("1"))
        trader_create(id="prop_trader", name="Property Trader", max_leverage=20, min_confidence=Decimal("0.5"))

    def teardown(self):
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)

    def _pick(self, status: str, index: int) -> Position | None:
        positions = list(Position.objects.filter(status=status).order_by("pk"))
        return positions[index % len(positions)] if positions else None

    # --- events -------------------------------------------------------------------------------
    @rule(
        side=st.sampled_from(["long", "short"]),
        leverage=st.integers(min_value=1, max_value=20),
        # An entry within the ingest guard's reach of the market (SIGNAL_MAX_ENTRY_DEVIATION, 15 %):
        # a farther one is refused before it reaches the books.
        limit_distance=st.none() | st.integers(min_value=20, max_value=1400),
        stop_distance=st.none() | distances,
        target_distances=st.lists(distances, max_size=3),
    )
    def open(self, side, leverage, limit_distance, stop_distance, target_distances):
        direction = 1 if side == "long" else -1
        # A limit entry rests below the market for a long, above it for a short.
        entry = None if limit_distance is None else offset(self.price, -direction * limit_distance)
        reference = entry or self.price
        stop = None if stop_distance is None else offset(reference, -direction * stop_distance)
        targets = sorted({offset(reference, direction * d) for d in target_distances})
        with committed():
            signal_receive(data=SignalInput(
                trader="prop_trader", symbol=SYMBOL, side=side, leverage=leverage, confidence="0.9",
                entry=entry, stop_loss=stop, take_profits=[str(t) for t in targets],
            ))

    @rule(index=picks, fraction=st.sampled_from(["0.25", "0.5", "0.75", "1"]))
    def close(self, index, fraction):
        position = self._pick(Position.Status.OPEN, index)
        if position is None:
            return
        try:
            position_close(position=position, fraction=Decimal(fraction))
        except InvalidInput:
            pass  # a fraction of a tiny remainder rounds to nothing: refused, nothing booked

    @rule(basis_points=moves)
    def move(self, basis_points):
        self.price = max(offset(self.price, basis_points), Decimal("100"))
        move_market(SYMBOL, self.price)

    @rule(index=picks, rate=st.sampled_from(["-0.003", "-0.0001", "0.0001", "0.0005", "0.01", "0.3"]))
    def funding(self, index, rate):
        position = self._pick(Position.Status.OPEN, index)
        if position is None:
            return
        position_apply_funding(position=position, rate=Decimal(rate), mark_price=self.price)

    @rule(index=picks)
    def cancel(self, index):
        position = self._pick(Position.Status.PENDING, index)
        if position is None:
            return
        try:
            position_cancel(position=position)
        except Conflict:
            pytest.fail(f"Cancelling pending position #{position.pk} was refused.")

    # --- invariants ---------------------------------------------------------------------------
    @invariant()
    def equity_balances(self):
        for account in Account.objects.all():
            rows = list(Position.objects.filter(account=account))
            active = [p for p in rows if p.status in Position.ACTIVE_STATUSES]
            # The ledger from the rows themselves, in exact Decimals.
            unrealised = total(active, "unrealised_pnl")
            equity = account.cash + total(active, "margin") + unrealised
            realised, fees, funding = (total(rows, f) for f in ("realised_pnl", "fees", "funding"))
            books = account.starting_balance + realised - fees - funding + unrealised
            assert equity == books, (account.name, equity, books)
            # account_summary must report the same figures. Its database Sum() runs in floating
            # point on SQLite (and Coalesce with a bare Decimal drops the field's 8-place
            # rounding), so it is compared at the fields' own scale of 8 places.
            s = account_summary(account=account)
            assert q8(s.equity) == equity, (account.name, s.equity, equity)
            reported = account.starting_balance + s.realised_pnl - s.fees - s.funding + s.unrealised_pnl
            assert q8(s.equity) == q8(reported), (account.name, s)

    @invariant()
    def cash_never_negative(self):
        negative = list(Account.objects.filter(cash__lt=0).values_list("name", "cash"))
        assert not negative, negative

    @invariant()
    def no_negative_quantity_or_margin(self):
        bad = Position.objects.filter(quantity__lt=0) | Position.objects.filter(margin__lt=0)
        assert not bad.exists(), list(bad.values("pk", "status", "quantity", "margin"))

    @invariant()
    def finished_positions_hold_nothing(self):
        finished = Position.objects.exclude(status__in=Position.ACTIVE_STATUSES)
        bad = finished.exclude(quantity=0) | finished.exclude(margin=0)
        assert not bad.exists(), list(bad.values("pk", "status", "quantity", "margin"))

    @invariant()
    def orders_never_overfilled(self):
        for order in Order.objects.all():
            assert order.filled_quantity <= order.quantity, (order.pk, order.purpose, order.filled_quantity)

    @invariant()
    def fills_add_up_to_realised_pnl(self):
        for position in Position.objects.all():
            from_fills = Fill.objects.filter(position=position).aggregate(total=Sum("realised_pnl"))["total"] or 0
            assert from_fills == position.realised_pnl, (position.pk, from_fills, position.realised_pnl)


@pytest.mark.django_db
def test_random_trading_keeps_the_books_balanced():
    run_state_machine_as_test(
        AccountingMachine, settings=settings(max_examples=25, stateful_step_count=25, deadline=None)
    )


@pytest.mark.django_db
def test_it_never_overdraws_cash_when_a_signal_is_sized_to_all_free_cash(django_capture_on_commit_callbacks):
    account = make_account("all_in", base_position_pct=Decimal("1"), max_position_pct=Decimal("1"))
    trader_create(id="prop_trader", name="Property Trader", max_leverage=20, min_confidence=Decimal("0.5"))
    move_market(SYMBOL, START_PRICE)

    with django_capture_on_commit_callbacks(execute=True):
        signal_receive(data=SignalInput(trader="prop_trader", symbol=SYMBOL, side="long", leverage=1, confidence="0.9"))

    account.refresh_from_db()
    assert Position.objects.filter(account=account, status=Position.Status.OPEN).exists()
    assert account.cash >= 0, account.cash


@pytest.mark.django_db
def test_it_never_overdraws_cash_when_a_resting_entry_fills_after_the_cash_was_used():
    account = make_account(
        "all_in", base_position_pct=Decimal("1"), max_position_pct=Decimal("1"), slippage_bps=Decimal("0"),
    )
    trader_create(id="prop_trader", name="Property Trader", max_leverage=20, min_confidence=Decimal("0.5"))
    move_market(SYMBOL, START_PRICE)
    # A resting long entry takes (almost) all the cash; a small market short then takes the rest.
    send_signal("prop_trader", SYMBOL, "long", leverage=1, entry="66000")
    send_signal("prop_trader", SYMBOL, "short", leverage=20)

    move_market(SYMBOL, Decimal("65990"))  # the resting long entry fills

    account.refresh_from_db()
    assert Position.objects.filter(account=account, status=Position.Status.OPEN).count() == 2
    assert account.cash >= 0, account.cash
