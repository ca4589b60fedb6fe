"""``POST /api/system/start`` and ``/api/system/stop``: the whole system's switch (staff only)."""
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import Account
from bots.models import Bot
from operations.services import system_start, system_stop

SystemState = inline_serializer(
    "SystemState",
    {"accounts_paused": serializers.IntegerField(), "accounts": serializers.IntegerField(),
     "bots_enabled": serializers.IntegerField(), "bots": serializers.IntegerField()},
)


def _state() -> dict:
    return {
        "accounts_paused": Account.objects.filter(paused=True).count(), "accounts": Account.objects.count(),
        "bots_enabled": Bot.objects.filter(enabled=True).count(), "bots": Bot.objects.count(),
    }


class SystemStartApi(APIView):
    permission_classes = [permissions.IsAdminUser]

    @extend_schema(request=None, responses=SystemState, description="Resume every account, start every bot, switch every follow on.")
    def post(self, request):
        system_start(actor=request.user)
        return Response(_state())


class SystemStopApi(APIView):
    permission_classes = [permissions.IsAdminUser]

    class Input(serializers.Serializer):
        reason = serializers.CharField(required=False, allow_blank=True, max_length=200)

    @extend_schema(request=Input, responses=SystemState, description="Emergency stop: pause every account and bot; open positions stay.")
    def post(self, request):
        data = self.Input(data=request.data)
        data.is_valid(raise_exception=True)
        system_stop(actor=request.user, reason=data.validated_data.get("reason") or "Emergency stop")
        return Response(_state())
