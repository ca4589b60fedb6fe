"""The trader API: the source documents' nine endpoints. Reads for every user, writes for staff."""
from __future__ import annotations

from drf_spectacular.utils import extend_schema, extend_schema_serializer, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.selectors import account_list_for_user
from echotrade.api import Amount, ModelSerializer, StaffWritesOnly
from traders import services
from traders.models import Trader
from traders.selectors import trader_basic_metrics, trader_get, trader_list


class TraderOutput(ModelSerializer):
    class Meta:
        model = Trader
        fields = [
            "id", "name", "source", "handle", "active", "position_multiplier", "min_confidence", "max_leverage",
            "token_whitelist", "token_blacklist", "paper_trade_only", "priority", "default_confidence",
            "simulated", "notes", "created_at", "updated_at",
        ]


class TraderInput(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    source = serializers.ChoiceField(choices=Trader.Source.choices, required=False)
    handle = serializers.CharField(max_length=200, required=False, allow_blank=True)
    active = serializers.BooleanField(required=False)
    position_multiplier = serializers.DecimalField(max_digits=10, decimal_places=6, min_value=services.MULTIPLIER_MIN, max_value=services.MULTIPLIER_MAX, required=False)
    min_confidence = serializers.DecimalField(max_digits=10, decimal_places=6, min_value=0, max_value=1, required=False)
    max_leverage = serializers.IntegerField(min_value=1, max_value=125, required=False)
    token_whitelist = serializers.ListField(child=serializers.CharField(max_length=30), required=False, max_length=200)
    token_blacklist = serializers.ListField(child=serializers.CharField(max_length=30), required=False, max_length=200)
    paper_trade_only = serializers.BooleanField(required=False)
    priority = serializers.IntegerField(min_value=1, max_value=1000, required=False)
    default_confidence = serializers.DecimalField(max_digits=10, decimal_places=6, min_value=0, max_value=1, required=False)
    notes = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class TraderCreateInput(TraderInput):
    id = serializers.SlugField(max_length=64)


def _valid(serializer_class, request, **kwargs) -> dict:
    serializer = serializer_class(data=request.data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


class TraderListApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema(responses=TraderOutput(many=True))
    def get(self, request):
        active = {"true": True, "false": False}.get(request.query_params.get("active", "").lower())
        traders = trader_list(active=active, source=request.query_params.get("source") or None)
        return Response(TraderOutput(traders, many=True).data)

    @extend_schema(request=TraderCreateInput, responses={201: TraderOutput})
    def post(self, request):
        data = _valid(TraderCreateInput, request)
        trader = services.trader_create(actor=request.user, **data)
        return Response(TraderOutput(trader).data, status=status.HTTP_201_CREATED)


class TraderDetailApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema(responses=TraderOutput)
    def get(self, request, trader_id: str):
        return Response(TraderOutput(trader_get(trader_id=trader_id)).data)

    @extend_schema(request=TraderInput, responses=TraderOutput, description="Partial updates are accepted.")
    def put(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        if "id" in request.data and request.data["id"] != trader.id:
            raise serializers.ValidationError({"id": ["A trader's id cannot change."]})
        data = _valid(TraderInput, request, partial=True)
        trader = services.trader_update(trader=trader, actor=request.user, **data)
        return Response(TraderOutput(trader).data)

    patch = put

    @extend_schema(responses={204: None})
    def delete(self, request, trader_id: str):
        services.trader_delete(trader=trader_get(trader_id=trader_id), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TraderToggleApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema(request=None, responses=TraderOutput)
    def post(self, request, trader_id: str):
        trader = services.trader_toggle(trader=trader_get(trader_id=trader_id), actor=request.user)
        return Response(TraderOutput(trader).data)


class TraderMultiplierApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema_serializer(component_name="TraderMultiplierInput")
    class Input(serializers.Serializer):
        multiplier = serializers.DecimalField(max_digits=10, decimal_places=6, min_value=services.MULTIPLIER_MIN, max_value=services.MULTIPLIER_MAX)

    @extend_schema(request=Input, responses=TraderOutput)
    def put(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        data = _valid(self.Input, request)
        trader = services.trader_set_multiplier(trader=trader, multiplier=data["multiplier"], actor=request.user)
        return Response(TraderOutput(trader).data)


class TraderTokensApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema_serializer(component_name="TraderTokensInput")
    class Input(serializers.Serializer):
        whitelist = serializers.ListField(child=serializers.CharField(max_length=30), required=False, max_length=200)
        blacklist = serializers.ListField(child=serializers.CharField(max_length=30), required=False, max_length=200)

    @extend_schema(request=Input, responses=TraderOutput)
    def put(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        data = _valid(self.Input, request)
        trader = services.trader_set_tokens(
            trader=trader, whitelist=data.get("whitelist"), blacklist=data.get("blacklist"), actor=request.user
        )
        return Response(TraderOutput(trader).data)


class TraderMetricsApi(APIView):
    @extend_schema(
        responses=inline_serializer(
            "TraderMetrics",
            {
                "trader": serializers.CharField(),
                "signal_count": serializers.IntegerField(),
                "signals_copied": serializers.DictField(),
                "closed_trades": serializers.IntegerField(),
                "win_rate": Amount(allow_null=True),
                "realised_pnl": Amount(),
                "net_pnl": Amount(),
                "fees": Amount(),
                "roi": Amount(allow_null=True),
            },
        )
    )
    def get(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        accounts = account_list_for_user(user=request.user)
        if request.query_params.get("account"):
            accounts = accounts.filter(name=request.query_params["account"])
        metrics = trader_basic_metrics(trader=trader, accounts=accounts)
        for key in ("win_rate", "realised_pnl", "net_pnl", "fees", "roi"):
            metrics[key] = Amount().to_representation(metrics[key])
        return Response({"trader": trader.id, **metrics})
