"""The position API (close all or part, move the stop loss / take profits) and the market-data API."""
from __future__ import annotations

from decimal import Decimal

from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_serializer,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.selectors import account_check_can_act
from echotrade.api import Amount
from echotrade.exceptions import EchoTradeError
from echotrade.fields import decimal_text
from echotrade.symbols import normalize_symbol
from execution import services
from execution.market.base import TIMEFRAMES
from execution.market.feed import candles_get, quote_message, ticks_recent
from execution.selectors import position_get_for_user, quotes_list
from execution.serializers import PositionSerializer, PriceLevelsField, TrailingField, position_output

MAX_TARGETS = 10  # as a signal may carry (signals.services.validate.MAX_TAKE_PROFITS)


class PositionDetailApi(APIView):
    @extend_schema_serializer(component_name="PositionProtectionInput")
    class PatchInput(serializers.Serializer):
        """What changes; a field left out stays. The service (position_update_protection) checks each rule."""

        stop_loss = Amount(required=False, allow_null=True, help_text="The new stop (fixed from now on); null removes it.")
        take_profits = PriceLevelsField(
            required=False, allow_empty=True, max_length=MAX_TARGETS,
            help_text='Replaces the open targets (filled ones stay in the ladder): prices, or every one as '
            '{"price": 70000, "fraction": 0.5}. Bare prices keep the open targets\' fractions when as many, else share evenly.',
        )
        breakeven_after = serializers.IntegerField(
            required=False, allow_null=True,
            help_text="Move the stop to the entry plus fees once this many targets filled; null: never.",
        )
        trailing = TrailingField(required=False, allow_null=True, help_text="The trailing-stop rule; null: none.")

    @extend_schema(responses=PositionSerializer)
    def get(self, request, position_id: int):
        return Response(position_output(position_get_for_user(user=request.user, position_id=position_id)))

    @extend_schema(request=PatchInput, responses=PositionSerializer)
    def patch(self, request, position_id: int):
        position = position_get_for_user(user=request.user, position_id=position_id)
        account_check_can_act(user=request.user, account=position.account)
        serializer = self.PatchInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        if not changes:
            raise serializers.ValidationError(
                {"stop_loss": ["Give stop_loss, take_profits, breakeven_after or trailing (any of them)."]}
            )
        position = services.position_update_protection(position=position, actor=request.user, **changes)
        return Response(position_output(position))


class PositionCloseApi(APIView):
    @extend_schema_serializer(component_name="PositionCloseInput")
    class Input(serializers.Serializer):
        fraction = serializers.DecimalField(
            max_digits=10, decimal_places=6, min_value=Decimal("0.000001"), max_value=Decimal(1), required=False,
            help_text="Part to close: 0.25, 0.5, 0.75 or 1 (default, the whole position).",
        )

    @extend_schema(request=Input, responses=PositionSerializer)
    def post(self, request, position_id: int):
        position = position_get_for_user(user=request.user, position_id=position_id)
        account_check_can_act(user=request.user, account=position.account)
        serializer = self.Input(data=request.data)
        serializer.is_valid(raise_exception=True)
        fraction = serializer.validated_data.get("fraction", Decimal(1))
        position = services.position_close(position=position, fraction=fraction, actor=request.user)
        return Response(position_output(position))


def _strings(name: str, fields: tuple[str, ...]):
    return inline_serializer(name, {field: serializers.CharField() for field in fields}, many=True)


QuoteFrames = _strings("QuoteFrame", ("type", "symbol", "price", "bid", "ask", "volume", "change_24h", "ts", "source"))
CandleRows = _strings("Candle", ("ts", "open", "high", "low", "close", "volume"))
TickRows = _strings("Tick", ("ts", "price", "bid", "ask"))


class MarketQuotesApi(APIView):
    """``GET /api/market/quotes?symbols=BTC/USDT,ETH/USDT``: the latest quotes and where they came from."""

    @extend_schema(parameters=[OpenApiParameter("symbols", str, description="Comma-separated; all when left out.")], responses=QuoteFrames)
    def get(self, request):
        symbols = _symbols_param(request.query_params.get("symbols", ""))
        return Response([quote_message(q) for q in quotes_list(symbols=symbols)])


class MarketCandlesApi(APIView):
    """``GET /api/market/candles?symbol=BTC/USDT&timeframe=1h&limit=200``: OHLCV, oldest first."""

    class Query(serializers.Serializer):
        symbol = serializers.CharField()
        timeframe = serializers.ChoiceField(choices=TIMEFRAMES, default="1h")
        limit = serializers.IntegerField(min_value=1, max_value=1000, default=200)

    @extend_schema(parameters=[Query], responses=CandleRows)
    def get(self, request):
        query = self.Query(data=request.query_params)
        query.is_valid(raise_exception=True)
        symbol = _symbols_param(query.validated_data["symbol"])[0]
        return Response(candles_get(symbol=symbol, timeframe=query.validated_data["timeframe"], limit=query.validated_data["limit"]))


class MarketTicksApi(APIView):
    """``GET /api/market/ticks?symbol=BTC/USDT&limit=300``: the feed's recent ticks (up to 1,000)."""

    @extend_schema(parameters=[OpenApiParameter("symbol", str, required=True), OpenApiParameter("limit", int)], responses=TickRows)
    def get(self, request):
        symbol = _symbols_param(request.query_params.get("symbol", ""))
        if not symbol:
            raise serializers.ValidationError({"symbol": ["Name a symbol, e.g. BTC/USDT."]})
        try:
            limit = max(1, min(int(request.query_params.get("limit", 300)), 1000))
        except ValueError:
            raise serializers.ValidationError({"limit": ["A whole number from 1 to 1000."]})
        ticks = ticks_recent(symbol=symbol[0], limit=limit)
        return Response([
            {"ts": t.ts.isoformat(), "price": decimal_text(t.price), "bid": decimal_text(t.bid), "ask": decimal_text(t.ask)}
            for t in ticks
        ])


def _symbols_param(raw: str) -> list[str]:
    try:
        return [normalize_symbol(s) for s in raw.split(",") if s.strip()]
    except EchoTradeError as error:
        raise serializers.ValidationError({"symbols": [error.message]})
