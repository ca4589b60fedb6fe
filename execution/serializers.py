"""How positions, orders and fills look in the API (shared by the accounts, signals and execution APIs),
and the trade-management shapes every API takes: targets, fractions and trailing stops."""
from collections.abc import Iterable

from django.db.models import Prefetch, prefetch_related_objects
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from echotrade.api import Amount, ModelSerializer, OutputPlan
from execution import trade_management as management
from execution.models import Fill, Order, Position, StopKind

TARGET_STATUSES = ("open", "filled", "cancelled")
NUMBER_OR_TEXT = {"oneOf": [{"type": "number"}, {"type": "string"}]}


# --- What the APIs take --------------------------------------------------------------------------
@extend_schema_field({
    "type": "array",
    "items": {"oneOf": [
        {**NUMBER_OR_TEXT, "description": "A price."},
        {
            "type": "object", "required": ["price", "fraction"],
            "properties": {"price": NUMBER_OR_TEXT, "fraction": NUMBER_OR_TEXT},
            "description": "A price and the part of the position at it (above 0; the fractions are normalised to sum 1).",
        },
    ]},
})
class PriceLevelsField(serializers.ListField):
    """Prices, or every one a ``{"price", "fraction"}`` object (targets, a ladder of entries). The
    shape is taken as sent; the services check it (signals.services.validate for a signal,
    position_update_protection for a position), so every source gets the same answer."""

    def __init__(self, **kwargs):
        kwargs.setdefault("child", serializers.JSONField())
        super().__init__(**kwargs)


@extend_schema_field({
    "type": "array", "items": NUMBER_OR_TEXT,
    "description": "Fractions of the position per level, each above 0, stored normalised to sum 1 (as text).",
})
class FractionList(serializers.ListField):
    """A list of fractions, taken as sent (numbers or text); the services check and normalise them."""

    def __init__(self, **kwargs):
        kwargs.setdefault("child", serializers.JSONField())
        super().__init__(**kwargs)


@extend_schema_field({
    "type": "object", "nullable": True, "required": ["kind"],
    "properties": {
        "kind": {"type": "string", "enum": list(management.TRAILING_KINDS)},
        "callback_pct": {**NUMBER_OR_TEXT, "description": "percent_below_highest: the trail, in percent of the best price."},
        "activate_after_target": {
            "type": "integer", "minimum": 0, "maximum": management.MAX_LEVELS,
            "description": "percent_below_highest: trail once this many targets filled (0, the default: from the entry).",
        },
    },
})
class TrailingField(serializers.JSONField):
    """A trailing-stop rule, taken as sent; ``trade_management.trailing_parse`` judges it."""


# --- What they show ------------------------------------------------------------------------------
class TargetOutput(serializers.Serializer):
    price = Amount()
    fraction = Amount(help_text="The part of the position this target closes (the ladder's fractions sum to 1).")
    status = serializers.ChoiceField(choices=TARGET_STATUSES, help_text="open, filled or cancelled.")


class EntryPartOutput(ModelSerializer):
    """One part of the entry (a limit order per price of a zone or ladder; one market order otherwise)."""

    class Meta:
        model = Order
        fields = ["id", "type", "price", "quantity", "filled_quantity", "average_price", "status", "created_at"]
        read_only_fields = fields
        extra_kwargs = {
            "price": {"help_text": "The limit price; null for a market entry."},
            "filled_quantity": {"help_text": "How much of the part has filled: quantity when filled, 0 while resting."},
        }


# Every entry part of the positions in one query, in the order they were placed (nearest first).
ENTRY_PARTS_PREFETCH = Prefetch(
    "orders", queryset=Order.objects.filter(purpose=Order.Purpose.ENTRY).order_by("created_at", "id"),
    to_attr="entry_orders",
)


def positions_prefetch(positions: Iterable[Position]) -> None:
    """Load what PositionSerializer shows beyond the row (the entry parts) for all ``positions`` at once."""
    prefetch_related_objects([p for p in positions if p is not None], ENTRY_PARTS_PREFETCH)


class PositionListSerializer(serializers.ListSerializer):
    """A list of positions reads its entry parts in one query, however long the list."""

    def to_representation(self, data):
        positions = list(data.all() if hasattr(data, "all") else data)
        positions_prefetch(positions)
        return super().to_representation(positions)


class PositionSerializer(ModelSerializer):
    account = serializers.SlugRelatedField(slug_field="name", read_only=True)
    trader = serializers.PrimaryKeyRelatedField(read_only=True)
    notional = Amount(read_only=True)  # a property, so the model mapping cannot see it
    take_profits = serializers.ListField(child=Amount(), help_text="The open targets' prices, in order.")
    targets = TargetOutput(many=True, help_text="Every target of the ladder, in order, with its fraction and state.")
    stop_kind = serializers.ChoiceField(
        choices=StopKind.choices,
        help_text="What set the stop last: fixed (the signal, the account's default or a person), breakeven "
        "(moved to the entry plus fees after breakeven_after targets) or trailing (the trailing rule).",
    )
    breakeven_after = serializers.IntegerField(
        allow_null=True, help_text="The stop moves to the entry plus fees once this many targets filled; null: never.",
    )
    trailing = TrailingField(allow_null=True, help_text="The trailing-stop rule this position follows; null: none.")
    trail_best = Amount(allow_null=True, help_text="The best price since the trailing stop activated.")
    entry_parts = serializers.SerializerMethodField(
        help_text="The entry's orders with their fill state, in the order placed (nearest the market first): one "
        "market order, or a resting limit order per price of a zone or ladder.",
    )

    class Meta:
        model = Position
        list_serializer_class = PositionListSerializer
        fields = [
            "id", "account", "trader", "signal", "symbol", "side", "quantity", "entry_price", "notional",
            "leverage", "margin", "stop_loss", "stop_kind", "take_profits", "targets", "breakeven_after", "trailing",
            "trail_best", "entry_parts", "entry_deadline", "liquidation_price", "mark_price",
            "unrealised_pnl", "realised_pnl", "fees", "funding", "status", "close_reason", "opened_at", "closed_at",
        ]
        read_only_fields = fields
        extra_kwargs = {"stop_loss": {"help_text": "The stop in force (its kind in stop_kind); null: none."}}

    @extend_schema_field(EntryPartOutput(many=True))
    def get_entry_parts(self, position: Position) -> list:
        return EntryPartOutput(entry_parts_of(position), many=True).data


def entry_parts_of(position: Position):
    """The position's entry orders, as ``positions_prefetch`` loaded them (or read now)."""
    parts = getattr(position, "entry_orders", None)
    if parts is None:
        parts = position.orders.filter(purpose=Order.Purpose.ENTRY).order_by("created_at", "id")
    return parts


ENTRY_PARTS = OutputPlan(EntryPartOutput)
TARGETS = OutputPlan(TargetOutput, mapping=True)
POSITIONS = OutputPlan(PositionSerializer, computed={
    "targets": lambda position, _: None if position.targets is None else TARGETS.many(position.targets),
    "entry_parts": lambda position, _: ENTRY_PARTS.many(entry_parts_of(position)),
})


def positions_output(positions: Iterable[Position]) -> list[dict]:
    """What ``PositionSerializer(positions, many=True).data`` is, in a fixed number of queries
    (the positions' accounts loaded with them, as ``position_list`` does)."""
    positions = list(positions)
    positions_prefetch(positions)
    return POSITIONS.many(positions)


def position_output(position: Position) -> dict:
    return positions_output([position])[0]


class OrderSerializer(ModelSerializer):
    class Meta:
        model = Order
        fields = [
            "id", "position", "symbol", "side", "type", "purpose", "reduce_only", "quantity", "price",
            "trigger_price", "status", "filled_quantity", "average_price", "status_reason", "created_at",
        ]
        read_only_fields = fields


class FillSerializer(ModelSerializer):
    class Meta:
        model = Fill
        fields = ["id", "order", "position", "price", "quantity", "fee", "liquidity", "reference_price", "realised_pnl", "created_at"]
        read_only_fields = fields
