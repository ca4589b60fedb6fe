"""``POST /api/traders/{id}/import-telegram``: a channel's Telegram Desktop export becomes the
trader's signal history (recorded for the backtest, never executed)."""
from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_serializer,
)
from rest_framework import permissions, serializers
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from echotrade.api import ObjectJSONParser
from echotrade.exceptions import InvalidInput
from echotrade.throttles import ScopedWriteRateThrottle
from signals.sources.telegram.history import (
    EXPECTED,
    MAX_BYTES,
    telegram_history_import,
)
from traders.selectors import trader_get

# Room for the multipart envelope around a file right at the limit.
MAX_REQUEST_BYTES = MAX_BYTES + 64 * 1024


class StaffOnly(permissions.BasePermission):
    message = "Only staff may import a trader's history."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_staff)


@extend_schema_serializer(component_name="TelegramImportUpload")
class UploadInput(serializers.Serializer):
    file = serializers.FileField(help_text="result.json from Telegram Desktop's 'Export chat history' (JSON).")


@extend_schema_serializer(component_name="TelegramImportError")
class ImportErrorOutput(serializers.Serializer):
    message_id = serializers.IntegerField(allow_null=True)
    date = serializers.CharField(allow_null=True)
    error = serializers.CharField()


@extend_schema_serializer(component_name="TelegramImportReport")
class ImportReportOutput(serializers.Serializer):
    chat = serializers.CharField()
    messages = serializers.IntegerField(help_text="Messages in the export (service entries not counted).")
    signals_imported = serializers.IntegerField()
    updates_seen = serializers.IntegerField(help_text="Messages about an existing trade; counted, not applied.")
    duplicates_skipped = serializers.IntegerField(help_text="Signals already recorded by an earlier import or the listener.")
    not_signals = serializers.IntegerField()
    invalid = serializers.IntegerField(help_text="Signals the pipeline refused (e.g. a stop on the wrong side).")
    errors = ImportErrorOutput(many=True, help_text="The first 20 refused signals and why.")
    first_message_at = serializers.DateTimeField(allow_null=True)
    last_message_at = serializers.DateTimeField(allow_null=True)


class TraderTelegramImportApi(APIView):
    permission_classes = [StaffOnly]
    # An import reads up to a whole channel's history: a few per hour is plenty.
    throttle_classes = [ScopedWriteRateThrottle]
    throttle_scope = "telegram_import"
    parser_classes = [MultiPartParser, ObjectJSONParser]

    @extend_schema(
        request={"multipart/form-data": UploadInput, "application/json": OpenApiTypes.OBJECT},
        responses={
            200: ImportReportOutput,
            400: OpenApiResponse(description="Not a Telegram Desktop export, too large, or not a Telegram trader."),
            404: OpenApiResponse(description="No such trader."),
        },
        description="Record a Telegram channel's history as the trader's signals, with their original "
        "times, for the backtest. Nothing is copied or executed; re-importing skips what is recorded.",
    )
    def post(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        # Refuse before reading: DRF would otherwise read a JSON body of any size into memory.
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
            raise InvalidInput(f"The upload is larger than {MAX_BYTES // 1024 // 1024} MB.")
        if request.content_type.startswith("multipart/"):
            upload = request.FILES.get("file")
            if upload is None:
                raise InvalidInput("Send the export as a form field named 'file'. " + EXPECTED, fields={"file": ["Required."]})
            if upload.size > MAX_BYTES:
                raise InvalidInput(f"The export is larger than {MAX_BYTES // 1024 // 1024} MB.")
            export = upload.read()
        else:
            export = request.data
        report = telegram_history_import(trader=trader, export=export, actor=request.user)
        return Response(ImportReportOutput(report).data)
