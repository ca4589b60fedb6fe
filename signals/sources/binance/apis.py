"""``POST /api/traders/{id}/import-binance-history``: a Binance copy-trading lead's closed positions
become the trader's signal history (recorded for the backtest, never executed)."""
from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_serializer
from rest_framework import permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from echotrade.throttles import ScopedWriteRateThrottle
from signals.sources.binance.copy_trading import CopyTradingClient
from signals.sources.binance.history import binance_copy_history_import
from traders.selectors import trader_get


class StaffOnly(permissions.BasePermission):
    message = "Only staff may import a trader's history."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_staff)


@extend_schema_serializer(component_name="BinanceHistoryImportError")
class ImportErrorOutput(serializers.Serializer):
    position = serializers.CharField(allow_null=True, help_text="The lead's position id.")
    error = serializers.CharField()


@extend_schema_serializer(component_name="BinanceHistoryImportReport")
class ImportReportOutput(serializers.Serializer):
    portfolio_id = serializers.CharField()
    nickname = serializers.CharField(help_text="The lead's name on Binance.")
    positions = serializers.IntegerField(help_text="Closed positions in the lead's history.")
    signals_imported = serializers.IntegerField()
    duplicates_skipped = serializers.IntegerField(help_text="Positions recorded by an earlier import.")
    seen_live = serializers.IntegerField(help_text="Opened while the live sync was watching: it recorded them itself.")
    invalid = serializers.IntegerField(help_text="Entries that cannot be read, or signals the pipeline refused.")
    errors = ImportErrorOutput(many=True, help_text="The first 20 and why.")
    first_opened_at = serializers.DateTimeField(allow_null=True)
    last_opened_at = serializers.DateTimeField(allow_null=True)


class TraderBinanceHistoryImportApi(APIView):
    permission_classes = [StaffOnly]
    # Each import pages through a lead's whole history on Binance's shared, IP-limited endpoints.
    throttle_classes = [ScopedWriteRateThrottle]
    throttle_scope = "binance_import"

    @extend_schema(
        request=None,
        responses={
            200: ImportReportOutput,
            400: OpenApiResponse(description="Not a binance_copy trader, no or a bad portfolio_id, a portfolio Binance does not know, or Binance refused."),
            404: OpenApiResponse(description="No such trader."),
            503: OpenApiResponse(description="Binance could not be reached; try again later."),
        },
        description="Record the lead portfolio's closed positions as the trader's signals, at the time each "
        "was opened, for the backtest. Nothing is copied or executed; importing again skips what is recorded.",
    )
    def post(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        report = binance_copy_history_import(trader=trader, client=CopyTradingClient(), actor=request.user)
        return Response(ImportReportOutput(report).data)
