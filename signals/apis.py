"""The signal API: post a signal and read signals with each of your accounts' decisions."""
from __future__ import annotations

import functools

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.selectors import account_get_for_user, account_list_for_user
from echotrade.api import Amount, CanPostSignals, ModelSerializer, OutputPlan
from echotrade.limits import MAX_LEVERAGE, MIN_LEVERAGE
from echotrade.throttles import ScopedWriteRateThrottle
from execution.serializers import POSITIONS, PositionSerializer, PriceLevelsField, positions_prefetch
from signals import services
from signals.models import Signal, SignalDecision
from signals.selectors import decision_get_for_user, signal_get, signal_list
from traders.models import Trader


class DecisionOutput(ModelSerializer):
    account = serializers.SlugRelatedField(slug_field="name", read_only=True)
    position = PositionSerializer(allow_null=True)
    decided_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    source = serializers.ChoiceField(
        source="signal.trader.source", choices=Trader.Source.choices, read_only=True,
        help_text="Where the signal came from (the source badge).",
    )

    class Meta:
        model = SignalDecision
        fields = ["id", "account", "source", "outcome", "reason", "detail", "sizing", "position", "decided_at", "decided_by"]


class SignalOutput(ModelSerializer):
    trader = serializers.PrimaryKeyRelatedField(read_only=True)
    source = serializers.ChoiceField(
        source="trader.source", choices=Trader.Source.choices, read_only=True,
        help_text="Where the signal came from (the source badge).",
    )
    entry = serializers.SerializerMethodField()
    entries = serializers.ListField(child=Amount(), help_text="Every entry price, ascending (a zone's ends, a ladder).")
    take_profits = serializers.ListField(child=Amount())
    entry_allocations = serializers.ListField(child=Amount(), allow_null=True)
    take_profit_allocations = serializers.ListField(child=Amount(), allow_null=True)
    leverage = serializers.SerializerMethodField()
    duplicate = serializers.BooleanField(source="is_duplicate")
    decisions = serializers.SerializerMethodField()

    class Meta:
        model = Signal
        fields = [
            "id", "trader", "source", "symbol", "side", "entry_kind", "entry", "entry_low", "entry_high", "entries",
            "entry_allocations", "stop_loss", "take_profits", "take_profit_allocations", "breakeven_after",
            "trailing", "leverage", "confidence", "certainty", "certainty_reasons", "guard_failures",
            "market_checked", "guard_note", "external_id", "duplicate", "duplicate_of", "raw",
            "source_time", "received_at", "decided_at", "decisions",
        ]

    @extend_schema_field({"type": "number", "description": "As the source stated it: 10, or 12.5 (the copy trades at 12x)."})
    def get_leverage(self, signal: Signal):
        return signal.leverage

    @extend_schema_field({
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 2}],
        "nullable": True,
        "description": "null (market), a price, or [low, high].",
    })
    def get_entry(self, signal: Signal):
        return signal_entry(signal)

    @extend_schema_field(DecisionOutput(many=True))
    def get_decisions(self, signal: Signal) -> list:
        return DecisionOutput(decisions_visible(signal, self.context["account_ids"]), many=True).data


AMOUNT = Amount()


def signal_entry(signal: Signal):
    if signal.entry_kind == Signal.EntryKind.MARKET:
        return None
    if signal.entry_kind == Signal.EntryKind.PRICE:
        return AMOUNT.to_representation(signal.entry_low)
    return [AMOUNT.to_representation(signal.entry_low), AMOUNT.to_representation(signal.entry_high)]


def decisions_visible(signal: Signal, account_ids) -> list[SignalDecision]:
    """Only the decisions of accounts the asking user is a member of, by account name."""
    decisions = signal.decisions.all()
    if not decisions:
        return []
    visible = account_ids() if callable(account_ids) else account_ids
    return sorted((d for d in decisions if d.account_id in visible), key=lambda d: d.account.name)


DECISIONS = OutputPlan(DecisionOutput, computed={
    "position": lambda decision, _: None if decision.position is None else POSITIONS.one(decision.position),
})
SIGNALS = OutputPlan(SignalOutput, computed={
    "entry": lambda signal, _: signal_entry(signal),
    "leverage": lambda signal, _: signal.leverage,
    "decisions": lambda signal, account_ids: (
        [] if account_ids is UNDECIDED else DECISIONS.many(decisions_visible(signal, account_ids))
    ),
})
UNDECIDED = object()  # the context of a signal known to have no decisions yet


class SignalInput(serializers.Serializer):
    """The signal's fields; the service (signals/services/validate.py) checks every rule, so each
    source gets the same answer. A signal that fails the guard (signals/guard.py) is answered 400
    with the failed check's ``code`` (``stop_on_wrong_side`` …), its field in ``errors`` and every
    failed check in ``checks``; nothing is stored."""

    trader = serializers.CharField(max_length=64)
    # Taken as sent: a number is not a symbol (invalid_symbol), and a CharField would make 12 "12".
    symbol = serializers.JSONField(help_text='A text naming a pair: "BTC/USDT" (also "BTCUSDT", "btc").')
    side = serializers.CharField(max_length=10)
    entry = serializers.JSONField(required=False, allow_null=True, help_text="null (market), a price, or [low, high].")
    entries = PriceLevelsField(
        required=False, allow_null=True, allow_empty=False,
        help_text='Instead of entry: a ladder of 1 to 10 prices, or every one as {"price": 66000, "fraction": 0.5} '
        "(fractions above 0, normalised to sum 1). Without fractions the trader's entry_strategy shares it.",
    )
    entry_allocations = serializers.JSONField(
        required=False, allow_null=True,
        help_text="Fractions of the position per entry price (as given), summing to 1: [0.5, 0.3, 0.2]. "
        "Not with fractions in entries.",
    )
    stop_loss = Amount(required=False, allow_null=True)
    take_profits = PriceLevelsField(
        required=False, allow_null=True, allow_empty=True,
        help_text='Up to 10 target prices in order, or every one as {"price": 70000, "fraction": 0.5}: the part of '
        "the position it closes, above 0; the fractions are normalised to sum 1. Without fractions the trader's "
        "tp_strategy shares the position.",
    )
    take_profit_allocations = serializers.JSONField(
        required=False, allow_null=True,
        help_text="Fractions of the position closed at each target, summing to 1. Not with fractions in take_profits.",
    )
    breakeven_after = serializers.JSONField(
        required=False, allow_null=True,
        help_text="Move the stop to the average entry plus fees once this target fills: a whole number from 1 to "
        "the number of targets. Overrides the trader's breakeven_after.",
    )
    trailing = serializers.JSONField(
        required=False, allow_null=True,
        help_text='{"kind": "percent_below_highest", "callback_pct": 1.5, "activate_after_target": 1} (the stop '
        "trails the best price by callback_pct %, above 0 and below 100, once that many targets filled; 0 or left "
        'out: from the entry), {"kind": "moving_target"} (after target N the stop moves to target N-1, after the '
        'first to the entry) or {"kind": "unspecified"} (the source trails without saying how: the trader\'s rule). '
        "Overrides the trader's trailing.",
    )
    leverage = serializers.DecimalField(
        max_digits=5, decimal_places=2, required=False, allow_null=True, min_value=MIN_LEVERAGE,
        max_value=MAX_LEVERAGE, help_text="10, or 12.5: kept as stated; the copy trades at whole leverage (12x).",
    )
    confidence = serializers.DecimalField(max_digits=10, decimal_places=6, required=False, allow_null=True, min_value=0, max_value=1)
    external_id = serializers.CharField(required=False, allow_null=True, allow_blank=True, max_length=200)
    source_time = serializers.DateTimeField(required=False, allow_null=True)

    def validate_entry(self, value):
        if value is None or isinstance(value, (int, float, str)) and not isinstance(value, bool):
            return value
        if isinstance(value, list) and all(isinstance(v, (int, float, str)) and not isinstance(v, bool) for v in value):
            return value
        raise serializers.ValidationError("Must be null (market), a price, or [low, high].")


def _account_ids(request):
    """The asking user's account ids, read once and only if a decision is to be shown."""
    return functools.cache(
        lambda: set(account_list_for_user(user=request.user).values_list("pk", flat=True))
    )


def _copies_prefetch(signals) -> None:
    """The copies' entry parts for every decision shown, in one query rather than one per decision."""
    positions_prefetch(decision.position for signal in signals for decision in signal.decisions.all())


def _signals_body(signals: list[Signal], request) -> list[dict]:
    _copies_prefetch(signals)
    return SIGNALS.many(signals, _account_ids(request))


class SignalListApi(APIView):
    permission_classes = [CanPostSignals]
    # Each posted signal trades in every following account: a runaway script is stopped here.
    throttle_classes = [ScopedWriteRateThrottle]
    throttle_scope = "signals"
    pagination_class = LimitOffsetPagination  # so the schema documents the page envelope it answers

    @extend_schema(
        parameters=[
            OpenApiParameter("trader", str), OpenApiParameter("symbol", str), OpenApiParameter("account", str),
            OpenApiParameter("source", str, enum=Trader.Source.values, description="Only signals from this source."),
        ],
        responses=SignalOutput(many=True),
    )
    def get(self, request):
        account = request.query_params.get("account")
        source = request.query_params.get("source") or None
        if source is not None and source not in Trader.Source.values:
            raise serializers.ValidationError({"source": [f"One of {', '.join(Trader.Source.values)}."]})
        signals = signal_list(
            source=source,
            trader_id=request.query_params.get("trader") or None,
            symbol=request.query_params.get("symbol") or None,
            account=account_get_for_user(user=request.user, name=account) if account else None,
        )
        paginator = LimitOffsetPagination()
        page = paginator.paginate_queryset(signals, request, view=self)
        return paginator.get_paginated_response(_signals_body(page, request))

    @extend_schema(request=SignalInput, responses={201: SignalOutput, 200: SignalOutput})
    def post(self, request):
        serializer = SignalInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        signal, created = services.signal_receive(
            data=services.SignalInput(
                trader=data["trader"], symbol=data["symbol"], side=data["side"], entry=data.get("entry"),
                entries=data.get("entries"), entry_allocations=data.get("entry_allocations"),
                stop_loss=data.get("stop_loss"), take_profits=data.get("take_profits"),
                take_profit_allocations=data.get("take_profit_allocations"),
                breakeven_after=data.get("breakeven_after"), trailing=data.get("trailing"),
                leverage=data.get("leverage"), confidence=data.get("confidence"),
                external_id=data.get("external_id"), raw=request.data if isinstance(request.data, dict) else {},
                source_time=data.get("source_time"),
            ),
            actor=request.user,
        )
        if created and not services.copy_runs_in_process():
            # Answered from the row just recorded, with its trader: the copy is a worker's, later
            # (the decisions are read from GET /api/signals/<id>). Only a copy run in this process
            # (no broker: make run, the tests) has decided already, and its row is read back.
            return Response(SIGNALS.one(signal, UNDECIDED), status=status.HTTP_201_CREATED)
        body = _signals_body([signal_get(signal_id=signal.pk)], request)[0]
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


class SignalDetailApi(APIView):
    @extend_schema(responses=SignalOutput)
    def get(self, request, signal_id: int):
        return Response(_signals_body([signal_get(signal_id=signal_id)], request)[0])


class DecisionApproveApi(APIView):
    @extend_schema(request=None, responses=DecisionOutput)
    def post(self, request, decision_id: int):
        decision = decision_get_for_user(user=request.user, decision_id=decision_id, act=True)
        return Response(DecisionOutput(services.decision_approve(decision=decision, actor=request.user)).data)


class DecisionRejectApi(APIView):
    @extend_schema(request=None, responses=DecisionOutput)
    def post(self, request, decision_id: int):
        decision = decision_get_for_user(user=request.user, decision_id=decision_id, act=True)
        return Response(DecisionOutput(services.decision_reject(decision=decision, actor=request.user)).data)
