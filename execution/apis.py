"""The position API: close (all or part) and move the stop loss / take profits."""
from __future__ import annotations

from decimal import Decimal

from drf_spectacular.utils import extend_schema, extend_schema_serializer
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.selectors import account_check_can_act
from echotrade.api import Amount
from execution import services
from execution.selectors import position_get_for_user
from execution.serializers import PositionSerializer


class PositionDetailApi(APIView):
    class PatchInput(serializers.Serializer):
        stop_loss = Amount(required=False, allow_null=True)
        take_profits = serializers.ListField(child=Amount(), required=False, allow_empty=True, max_length=10)

    @extend_schema(responses=PositionSerializer)
    def get(self, request, position_id: int):
        return Response(PositionSerializer(position_get_for_user(user=request.user, position_id=position_id)).data)

    @extend_schema(request=PatchInput, responses=PositionSerializer)
    def patch(self, request, position_id: int):
        position = position_get_for_user(user=request.user, position_id=position_id)
        account_check_can_act(user=request.user, account=position.account)
        serializer = self.PatchInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        if not changes:
            raise serializers.ValidationError({"stop_loss": ["Give stop_loss, take_profits or both."]})
        position = services.position_update_protection(position=position, actor=request.user, **changes)
        return Response(PositionSerializer(position).data)


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
        return Response(PositionSerializer(position).data)
