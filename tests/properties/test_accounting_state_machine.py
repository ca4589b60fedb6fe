"""Random sequences of trading events keep the books balanced.

A hypothesis state machine drives the real services on the real database: signals opened through
the copy pipeline (market and limit entries, with and without stop loss and targets), partial and
full closes, price moves through the position monitor (stop-loss and take-profit fills,
liquidations on big moves), funding payments and cancelled limit entries. After every step, for
every account:

    equity = starting balance + realised P&L - fees - funding + unrealised P&L   (exact Decimals)

and no quantity, margin or cash below zero, nothing left in a closed position, no order filled past
its quantity, and the fills' realised P&L adding up to each position's.

Managed copies (execution/trade_management.py) join in: entry ladders over a zone, target
allocations, breakeven after a target, percent and moving-target trailing stops, the trader's
entry and target strategies and its entry deadlines, with moves that reach a target or an entry
part and a clock that moves on. For them the machine also checks that a position's stop never
loosens, that the margin held for resting entry parts is what those parts reserve, and that the
stop and the take-profit orders resting on the book cover the open quantity exactly.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
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
from traders.models import Trader, TraderFollow
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
# Target allocations by count, stated as a channel would (they sum to 1); tiny ones force merges.
ALLOCATIONS = {
    1: [["1"]],
    2: [["0.5", "0.5"], ["0.7", "0.3"], ["0.999", "0.001"]],
    3: [["0.5", "0.25", "0.25"], ["0.2", "0.3", "0.5"], ["0.001", "0.001", "0.998"]],
}
trailings = st.none() | st.just({"kind": "moving_target"}) | st.builds(
    lambda callback, after: {"kind": "percent_below_highest", "callback_pct": callback, "activate_after_target": after},
    st.sampled_from(["0.3", "1", "2.5"]), st.none() | st.integers(min_value=1, max_value=3),
)
trader_settings = st.fixed_dictionaries({
    "tp_strategy": st.sampled_from(["even", "first_heavy", "decreasing", "custom"]),
    "tp_fractions": st.just([0.6, 0.3, 0.1]),
    "entry_strategy": st.sampled_from(["even", "decreasing", "increasing", "custom"]),
    "entry_fractions": st.just([0.3, 0.7]),
    "breakeven_after": st.none() | st.integers(min_value=1, max_value=2),
    "trailing": st.none() | st.just({"kind": "percent_below_highest", "callback_pct": "1", "activate_after_target": 1}),
    "cancel_unfilled_after_hours": st.none() | st.integers(min_value=1, max_value=6),
    "cancel_if_target_before_entry": st.booleans(),
})
CLOCK_START = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)


def total(positions: list[Position], field: str) -> Decimal:
    return sum((getattr(p, field) for p in positions), Decimal(0))


def exact_sum(rows, field: str) -> Decimal:
    """A column's sum in Python: SQLite's SUM adds decimals as floats ("3.49402317000001"), PostgreSQL's exactly."""
    return sum(rows.values_list(field, flat=True), Decimal(0))


def offset(price: Decimal, basis_points: int) -> Decimal:
    return (price * (1 + Decimal(basis_points) / 10000)).quantize(CENT)


class AccountingMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        # Each example runs in a savepoint rolled back in teardown, so every one starts from the
        # same empty books (pytest fixtures do not reach inside a state machine).
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        # The clock moves only when a rule says so: entry deadlines pass on purpose, and a quote
        # never goes stale (and gets replaced by the price source) between two steps.
        self._clock = time_machine.travel(CLOCK_START, tick=False)
        self._traveller = self._clock.start()
        self.stops: dict[int, Decimal] = {}  # each position's stop when last seen
        self.price = START_PRICE
        move_market(SYMBOL, self.price)
        # The demo's three profiles, and one that sizes a signal to all its free cash: the edge
        # where slippage and held fees must be paid for (it found two overdraft bugs, now fixed).
        for name in ("woods1", "angry", "handjob"):
            make_account(name)
        make_account("all_in", base_position_pct=Decimal("1"), max_position_pct=Decimal("1"))
        trader_create(id="prop_trader", name="Property Trader", max_leverage=20, min_confidence=Decimal("0.5"))

    def teardown(self):
        self._clock.stop()
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

    @rule(
        side=st.sampled_from(["long", "short"]),
        leverage=st.integers(min_value=1, max_value=20),
        entry_distances=st.none() | st.lists(st.integers(min_value=20, max_value=1400), min_size=1, max_size=2, unique=True),
        stop_distance=st.none() | distances,
        target_distances=st.lists(distances, min_size=1, max_size=3, unique=True),
        allocation=picks,
        breakeven_after=st.none() | st.integers(min_value=1, max_value=3),
        trailing=trailings,
        settings=trader_settings,
    )
    def open_managed(self, side, leverage, entry_distances, stop_distance, target_distances, allocation,
                     breakeven_after, trailing, settings):
        """A managed copy: a zone (or one price, or the market), allocations, breakeven, trailing."""
        Trader.objects.filter(pk="prop_trader").update(**settings)
        direction = 1 if side == "long" else -1
        entries = sorted({offset(self.price, -direction * d) for d in entry_distances or []})
        far = (min(entries) if side == "long" else max(entries)) if entries else self.price
        near = (max(entries) if side == "long" else min(entries)) if entries else self.price
        stop = None if stop_distance is None else offset(far, -direction * stop_distance)
        targets = sorted({offset(near, direction * d) for d in target_distances}, key=lambda t: t * direction)
        choices = [None, *ALLOCATIONS[len(targets)]]
        # A short ladder sized to all free cash overdraws it (the xfail test at the end of this
        # file): until that is fixed, the account that sizes to all its cash sits short ladders out.
        sits_out = side == "short" and len(entries) > 1
        TraderFollow.objects.filter(account__name="all_in", trader_id="prop_trader").update(enabled=not sits_out)
        with committed():
            signal_receive(data=SignalInput(
                trader="prop_trader", symbol=SYMBOL, side=side, leverage=leverage, confidence="0.9",
                entry=[str(e) for e in entries] if len(entries) > 1 else (str(entries[0]) if entries else None),
                stop_loss=stop, take_profits=[str(t) for t in targets],
                take_profit_allocations=choices[allocation % len(choices)],
                breakeven_after=breakeven_after if breakeven_after and breakeven_after <= len(targets) else None,
                trailing=trailing,
            ))

    @rule(index=picks, beyond=st.sampled_from([0, 5, 60]))
    def reach_target(self, index, beyond):
        """The market trades at (or a little past) an open position's next target."""
        positions = [p for p in Position.objects.filter(status=Position.Status.OPEN).order_by("pk") if p.take_profits]
        if not positions:
            return
        position = positions[index % len(positions)]
        self._monitor(offset(Decimal(position.take_profits[0]), position.direction * beyond))

    @rule(index=picks)
    def reach_entry(self, index):
        """The market trades at a resting entry part's price."""
        parts = list(Order.objects.filter(purpose=Order.Purpose.ENTRY, status__in=Order.WORKING_STATUSES).order_by("pk"))
        if parts:
            self._monitor(parts[index % len(parts)].price)

    @rule(hours=st.sampled_from([1, 3, 7]))
    def time_passes(self, hours):
        self._traveller.shift(timedelta(hours=hours))
        self._monitor(self.price)  # a fresh quote at the same price: entry deadlines come due

    def _monitor(self, price: Decimal) -> None:
        self.price = max(q8(price), Decimal("100"))
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
            from_fills = exact_sum(Fill.objects.filter(position=position), "realised_pnl")
            assert from_fills == position.realised_pnl, (position.pk, from_fills, position.realised_pnl)

    @invariant()
    def stops_never_loosen(self):
        for position in Position.objects.exclude(stop_loss=None):
            before = self.stops.get(position.pk)
            if before is not None:
                assert (position.stop_loss - before) * position.direction >= 0, (position.pk, before, position.stop_loss)
            self.stops[position.pk] = position.stop_loss

    @invariant()
    def entry_reserve_is_what_resting_parts_hold(self):
        for position in Position.objects.all():
            held = exact_sum(position.orders.filter(purpose=Order.Purpose.ENTRY, status__in=Order.WORKING_STATUSES), "reserved")
            assert position.entry_reserve == held, (position.pk, position.status, position.entry_reserve, held)

    @invariant()
    def protection_covers_the_open_quantity(self):
        for position in Position.objects.filter(status=Position.Status.OPEN):
            working = position.orders.filter(status__in=Order.WORKING_STATUSES)
            if any(target["status"] == "open" for target in position.targets):
                resting = exact_sum(working.filter(purpose=Order.Purpose.TAKE_PROFIT), "quantity")
                assert resting == position.quantity, (position.pk, position.targets, resting, position.quantity)
            if position.stop_loss is not None:
                stops = list(working.filter(purpose=Order.Purpose.STOP_LOSS).values_list("trigger_price", "quantity"))
                assert stops == [(position.stop_loss, position.quantity)], (position.pk, position.stop_loss, stops)


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


@pytest.mark.django_db
def test_funding_never_takes_what_a_resting_entry_part_reserves():
    # Found by the machine's ladders: funding capped at the whole margin took the reservation of
    # the part still resting, breaking entry_reserve <= margin (an IntegrityError).
    account = make_account("all_in", slippage_bps=Decimal("0"))
    trader_create(id="prop_trader", name="Property Trader", max_leverage=20, min_confidence=Decimal("0.5"))
    move_market(SYMBOL, Decimal("67100"), spread=Decimal("0"))
    send_signal("prop_trader", SYMBOL, "long", leverage=10, entry=["66000", "67000"], take_profits=["70000"])
    move_market(SYMBOL, Decimal("67000"), spread=Decimal("0"))  # the part at 67,000 fills, 66,000 rests
    position = Position.objects.get(account=account)
    # 2 % of 100,000 at 67,000 = 0.02985074, half in each part: 0.01492537 filled, with an isolated
    # margin of 0.01492537 × 67,000 / 10 = 99.999979; the other half keeps its reservation.
    assert (position.status, position.quantity) == (Position.Status.OPEN, Decimal("0.01492537"))
    reserved = position.entry_reserve
    assert position.margin - reserved == Decimal("99.999979") and reserved > 0

    # 30 % funding on 0.01492537 × 67,000 = 999.99979 of notional is 299.999937: more than the margin.
    position_apply_funding(position=position, rate=Decimal("0.3"), mark_price=Decimal("67000"))

    position.refresh_from_db()
    assert position.funding == Decimal("99.999979")  # all of the isolated margin, nothing more
    assert (position.margin, position.entry_reserve) == (reserved, reserved)


@pytest.mark.django_db
def test_it_never_overdraws_cash_when_a_short_ladder_is_sized_to_all_free_cash():
    account = make_account("all_in", base_position_pct=Decimal("1"), max_position_pct=Decimal("1"), slippage_bps=Decimal("0"))
    trader_create(id="prop_trader", name="Property Trader", max_leverage=20, min_confidence=Decimal("0.5"))
    move_market(SYMBOL, START_PRICE, spread=Decimal("0"))
    # Found by the machine: sized at its lowest entry (67,500) to all the free cash, 1.48074111
    # units, the parts held 101,821.31 with their maker fees: 1,821.31 more than the cash. Sized at
    # its dearest part (70,000), 99,950.02 ÷ 70,000 = 1.42785749 units fit whichever parts fill.
    send_signal("prop_trader", SYMBOL, "short", leverage=1, entry=["67500", "70000"])

    account.refresh_from_db()
    position = Position.objects.get(account=account)
    assert position.status == Position.Status.PENDING
    assert position.orders.aggregate(total=Sum("quantity"))["total"] == Decimal("1.42785749")
    assert account.cash >= 0, account.cash
