"""How positions, orders and fills look in the API (shared by the accounts, signals and execution APIs)."""
from rest_framework import serializers

from echotrade.api import Amount, ModelSerializer
from execution.models import Fill, Order, Position


class PositionSerializer(ModelSerializer):
    account = serializers.SlugRelatedField(slug_field="name", read_only=True)
    trader = serializers.PrimaryKeyRelatedField(read_only=True)
    notional = Amount(read_only=True)  # a property, so the model mapping cannot see it
    take_profits = serializers.ListField(child=Amount())

    class Meta:
        model = Position
        fields = [
            "id", "account", "trader", "signal", "symbol", "side", "quantity", "entry_price", "notional",
            "leverage", "margin", "stop_loss", "take_profits", "liquidation_price", "mark_price",
            "unrealised_pnl", "realised_pnl", "fees", "funding", "status", "close_reason", "opened_at", "closed_at",
        ]
        read_only_fields = fields


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
