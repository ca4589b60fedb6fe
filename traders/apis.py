"""The trader API: the nine core endpoints, plus metrics, comparison, ranking, paper record, promotion and alerts.

Reads for every logged-in user, writes for staff."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_serializer,
    inline_serializer,
)
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.selectors import account_get_for_user, account_list_for_user
from analytics.compare import trader_compare
from analytics.paper import trader_paper_record, trader_promote_to_live
from analytics.ranking import trader_leaderboard
from analytics.trader_metrics import trader_metrics
from accounts.models import SizingMode
from echotrade.api import Amount, ModelSerializer, OutputPlan, StaffWritesOnly
from echotrade.limits import MAX_LEVERAGE, MIN_LEVERAGE, TRADER_MULTIPLIER_MAX, TRADER_MULTIPLIER_MIN
from execution.serializers import FractionList, TrailingField
from signals.services.trader_settings import trader_management_check
from traders import services
from traders.models import EntryStrategy, TargetStrategy, Trader, TraderAlert, TraderAlertRule
from traders.selectors import trader_get, trader_list

# The management settings' help, shown in the schema for both what is read and what is written.
MANAGEMENT_HELP = {
    "tp_strategy": "How the position is shared over the targets when the signal states no fractions: even, "
    "first_heavy (half on the first), decreasing (each half the one before) or custom (tp_fractions).",
    "tp_fractions": "The custom target strategy's fractions, e.g. [0.5, 0.3, 0.2]: each above 0, stored "
    "normalised to sum 1; more targets than fractions repeat the last one. Required for custom.",
    "entry_strategy": "How the position is shared over a zone's ends or a ladder of entries: even, decreasing "
    "(most at the first, nearest entry), increasing (most at the last) or custom (entry_fractions).",
    "entry_fractions": "The custom entry strategy's fractions, nearest entry first; as tp_fractions.",
    "breakeven_after": "Once this target fills (1 = the first), the stop moves to the average entry plus the "
    "fees paid. null: never. A signal's own breakeven_after wins.",
    "trailing": '{"kind": "percent_below_highest", "callback_pct": 1.5, "activate_after_target": 1} (the stop '
    "follows the best price since that target filled, 0 = from the entry; callback above 0 and below 100 %) or "
    '{"kind": "moving_target"} (after target N the stop moves to target N-1, after the first to the entry). '
    "null: none. A signal's own trailing wins.",
    "max_open_trades": "Open copies of this trader one account may hold at once (filter reason trader_max_trades); "
    "null: no limit.",
    "sizing_mode": "Overrides the account's sizing: percent_equity, fixed_amount (needs fixed_amount) or "
    'risk_percent (needs risk_pct); "": the account\'s.',
    "fixed_amount": "Notional per copy in the quote currency, for fixed_amount sizing; above 0.",
    "risk_pct": "Share of equity a copy may lose at its stop, fees included (0.01 = 1 %), for risk_percent sizing; "
    "above 0 and at most 0.5.",
    "cancel_unfilled_after_hours": "Entry parts still unfilled this many hours after the signal are cancelled; "
    "null: they rest until filled or the position closes.",
    "cancel_if_target_before_entry": "Withdraw the whole entry when the first target trades before any part fills.",
}


class TraderOutput(ModelSerializer):
    tp_fractions = FractionList(help_text=MANAGEMENT_HELP["tp_fractions"])
    entry_fractions = FractionList(help_text=MANAGEMENT_HELP["entry_fractions"])
    trailing = TrailingField(allow_null=True, help_text=MANAGEMENT_HELP["trailing"])

    class Meta:
        model = Trader
        fields = [
            "id", "name", "source", "handle", "portfolio_id", "active", "position_multiplier", "min_confidence",
            "max_leverage", "token_whitelist", "token_blacklist", "paper_trade_only", "priority", "default_confidence",
            "simulated", "notes", "sharing_positions", "source_status", "source_message", "source_status_at",
            *services.MANAGEMENT_FIELDS, "created_at", "updated_at",
        ]
        extra_kwargs = {
            name: {"help_text": text} for name, text in MANAGEMENT_HELP.items() if name not in ("tp_fractions", "entry_fractions", "trailing")
        }


TRADERS = OutputPlan(TraderOutput)


class TraderInput(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    source = serializers.ChoiceField(choices=Trader.Source.choices, required=False)
    handle = serializers.CharField(max_length=200, required=False, allow_blank=True)
    portfolio_id = serializers.CharField(
        max_length=32, required=False, allow_blank=True,
        help_text="binance_copy: the lead portfolio id, digits (binance.com/en/copy-trading/lead-details/<id>).",
    )
    active = serializers.BooleanField(required=False)
    position_multiplier = serializers.DecimalField(max_digits=10, decimal_places=6, min_value=TRADER_MULTIPLIER_MIN, max_value=TRADER_MULTIPLIER_MAX, required=False)
    min_confidence = serializers.DecimalField(max_digits=10, decimal_places=6, min_value=0, max_value=1, required=False)
    max_leverage = serializers.IntegerField(min_value=MIN_LEVERAGE, max_value=MAX_LEVERAGE, required=False)
    token_whitelist = serializers.ListField(child=serializers.CharField(max_length=30), required=False, max_length=200)
    token_blacklist = serializers.ListField(child=serializers.CharField(max_length=30), required=False, max_length=200)
    paper_trade_only = serializers.BooleanField(required=False)
    priority = serializers.IntegerField(min_value=1, max_value=1000, required=False)
    default_confidence = serializers.DecimalField(max_digits=10, decimal_places=6, min_value=0, max_value=1, required=False)
    notes = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    # Trade management and sizing: the types here, the rules in signals.services.trader_settings.trader_management_check.
    tp_strategy = serializers.ChoiceField(choices=TargetStrategy.choices, required=False, help_text=MANAGEMENT_HELP["tp_strategy"])
    tp_fractions = FractionList(required=False, help_text=MANAGEMENT_HELP["tp_fractions"])
    entry_strategy = serializers.ChoiceField(
        choices=EntryStrategy.choices, required=False, help_text=MANAGEMENT_HELP["entry_strategy"],
    )
    entry_fractions = FractionList(required=False, help_text=MANAGEMENT_HELP["entry_fractions"])
    breakeven_after = serializers.IntegerField(required=False, allow_null=True, help_text=MANAGEMENT_HELP["breakeven_after"])
    trailing = TrailingField(required=False, allow_null=True, help_text=MANAGEMENT_HELP["trailing"])
    max_open_trades = serializers.IntegerField(required=False, allow_null=True, help_text=MANAGEMENT_HELP["max_open_trades"])
    sizing_mode = serializers.ChoiceField(
        choices=[("", "The account's"), *SizingMode.choices], required=False, allow_blank=True,
        help_text=MANAGEMENT_HELP["sizing_mode"],
    )
    fixed_amount = Amount(required=False, allow_null=True, help_text=MANAGEMENT_HELP["fixed_amount"])
    risk_pct = serializers.DecimalField(
        max_digits=10, decimal_places=6, required=False, allow_null=True, help_text=MANAGEMENT_HELP["risk_pct"],
    )
    cancel_unfilled_after_hours = serializers.IntegerField(
        required=False, allow_null=True, help_text=MANAGEMENT_HELP["cancel_unfilled_after_hours"],
    )
    cancel_if_target_before_entry = serializers.BooleanField(
        required=False, help_text=MANAGEMENT_HELP["cancel_if_target_before_entry"],
    )


class TraderCreateInput(TraderInput):
    id = serializers.SlugField(max_length=64)


def _valid(serializer_class, request, **kwargs) -> dict:
    serializer = serializer_class(data=request.data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def _settings(serializer_class, request, *, trader: Trader | None, **kwargs) -> dict:
    """The body's settings, the management ones checked by their one rule set (and in the model's types)."""
    data = _valid(serializer_class, request, **kwargs)
    management = {name: data.pop(name) for name in services.MANAGEMENT_FIELDS if name in data}
    return data | trader_management_check(management, trader=trader)


class TraderListApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema(responses=TraderOutput(many=True))
    def get(self, request):
        active = {"true": True, "false": False}.get(request.query_params.get("active", "").lower())
        traders = trader_list(active=active, source=request.query_params.get("source") or None)
        return Response(TRADERS.many(traders))

    @extend_schema(request=TraderCreateInput, responses={201: TraderOutput})
    def post(self, request):
        data = _settings(TraderCreateInput, request, trader=None)
        trader = services.trader_create(actor=request.user, **data)
        return Response(TRADERS.one(trader), status=status.HTTP_201_CREATED)


class TraderDetailApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema(responses=TraderOutput)
    def get(self, request, trader_id: str):
        return Response(TRADERS.one(trader_get(trader_id=trader_id)))

    @extend_schema(request=TraderInput, responses=TraderOutput, description="Partial updates are accepted.")
    def put(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        if "id" in request.data and request.data["id"] != trader.id:
            raise serializers.ValidationError({"id": ["A trader's id cannot change."]})
        data = _settings(TraderInput, request, trader=trader, partial=True)
        trader = services.trader_update(trader=trader, actor=request.user, **data)
        return Response(TRADERS.one(trader))

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
        return Response(TRADERS.one(trader))


class TraderMultiplierApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema_serializer(component_name="TraderMultiplierInput")
    class Input(serializers.Serializer):
        multiplier = serializers.DecimalField(max_digits=10, decimal_places=6, min_value=TRADER_MULTIPLIER_MIN, max_value=TRADER_MULTIPLIER_MAX)

    @extend_schema(request=Input, responses=TraderOutput)
    def put(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        data = _valid(self.Input, request)
        trader = services.trader_set_multiplier(trader=trader, multiplier=data["multiplier"], actor=request.user)
        return Response(TRADERS.one(trader))


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
        return Response(TRADERS.one(trader))


def _plain(value):
    """Analytics results as JSON: Decimals as Amount strings, dates as ISO text, the rest as it is."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return Amount().to_representation(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _accounts_in_scope(request):
    """The user's accounts, or only the one named by ``?account=``.

    A name the user is not a member of answers 404, exactly like a name that does not exist (and
    like ``/api/signals?account=``), so nobody learns which accounts exist by probing.
    """
    accounts = account_list_for_user(user=request.user)
    name = request.query_params.get("account")
    if not name:
        return accounts
    return accounts.filter(pk=account_get_for_user(user=request.user, name=name).pk)


ACCOUNT_PARAMETER = OpenApiParameter(
    "account", str, description="Narrow to one of your accounts; another account's name answers 404."
)
LEGACY_METRIC_FIELDS = ("signal_count", "signals_copied", "closed_trades", "win_rate", "realised_pnl", "net_pnl", "fees", "roi")

TraderMetricsBasic = inline_serializer("TraderMetricsBasic", {
    "signal_count": serializers.IntegerField(),
    "signals_copied": serializers.DictField(help_text="{account: {decided, executed}}"),
    "closed_trades": serializers.IntegerField(),
    "win_rate": Amount(allow_null=True),
    "realised_pnl": Amount(),
    "net_pnl": Amount(),
    "fees": Amount(),
    "roi": Amount(allow_null=True),
    "roi_30d": Amount(allow_null=True),
    "roi_90d": Amount(allow_null=True),
    "roi_all_time": Amount(allow_null=True),
    "max_drawdown": Amount(allow_null=True),
    "pnl_contribution": inline_serializer("TraderPnlContribution", {"usd": Amount(), "pct": Amount(allow_null=True)}),
})
METRIC_GROUPS = {
    "basic": TraderMetricsBasic,
    "leverage": serializers.DictField(),
    "risk_adjusted": serializers.DictField(),
    "token": serializers.DictField(),
    "drawdown": serializers.DictField(),
    "signal_quality": serializers.DictField(),
    "per_token": serializers.DictField(help_text="{token: {roi, win_rate, trades}}"),
}


class TraderMetricsApi(APIView):
    @extend_schema(
        parameters=[ACCOUNT_PARAMETER],
        description="Every metric group of the trader-management design, from the copies in your accounts. "
        "The basic figures also stay at the top level, as before.",
        responses=inline_serializer("TraderMetrics", {
            "trader": serializers.CharField(),
            **{name: TraderMetricsBasic.fields[name] for name in LEGACY_METRIC_FIELDS},
            **METRIC_GROUPS,
        }),
    )
    def get(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        metrics = _plain(trader_metrics(trader=trader, accounts=_accounts_in_scope(request)))
        legacy = {name: metrics["basic"][name] for name in LEGACY_METRIC_FIELDS}
        return Response({"trader": trader.id, **legacy, **metrics})


MAX_COMPARED = 10


class TraderCompareApi(APIView):
    class Input(serializers.Serializer):
        ids = serializers.CharField(help_text="2 to 10 trader ids, comma-separated.")

        def validate_ids(self, value: str) -> list[str]:
            ids = list(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
            if not 2 <= len(ids) <= MAX_COMPARED:
                raise serializers.ValidationError(f"Give 2 to {MAX_COMPARED} different trader ids; got {len(ids)}.")
            return ids

    @extend_schema(
        parameters=[OpenApiParameter("ids", str, required=True, description="e.g. yun_qiang,crypto_loby"), ACCOUNT_PARAMETER],
        responses=inline_serializer("TraderComparison", {
            "traders": serializers.ListField(child=serializers.CharField()),
            "metrics": serializers.DictField(help_text="{trader: the metrics endpoint's groups}"),
            "correlation": serializers.DictField(help_text="{a: {b: ρ of daily returns or null}}"),
            "token_overlap": serializers.DictField(help_text="{a: {b: Jaccard index of traded tokens or null}}"),
            "shared_tokens": serializers.DictField(help_text="{a: {b: [tokens]}}"),
        }),
    )
    def get(self, request):
        serializer = self.Input(data=request.query_params)
        serializer.is_valid(raise_exception=True)
        traders = [trader_get(trader_id=trader_id) for trader_id in serializer.validated_data["ids"]]
        return Response(_plain(trader_compare(traders=traders, accounts=_accounts_in_scope(request))))


class TraderRankingApi(APIView):
    @extend_schema(
        description="The leaderboard as the ranking task last stored it: score 0-100 (see analytics.ranking "
        "for the components and weights), best first; traders without a score yet come last.",
        responses=inline_serializer("TraderRankingEntry", {
            "rank": serializers.IntegerField(allow_null=True),
            "trader": serializers.CharField(),
            "name": serializers.CharField(),
            "score": Amount(allow_null=True),
            "components": serializers.DictField(),
            "computed_at": serializers.DateTimeField(allow_null=True),
        }, many=True),
    )
    def get(self, request):
        return Response(_plain(trader_leaderboard()))


PaperRecordOutput = inline_serializer("TraderPaperRecord", {
    "trader": serializers.CharField(),
    "paper_trade_only": serializers.BooleanField(),
    "label": serializers.CharField(help_text='e.g. "5/5 profitable"'),
    "trades": serializers.IntegerField(),
    "wins": serializers.IntegerField(),
    "win_rate": serializers.FloatField(allow_null=True),
    "net_pnl": Amount(),
    "max_drawdown": serializers.FloatField(allow_null=True),
    "meets_criteria": serializers.BooleanField(),
    "unmet": serializers.ListField(child=serializers.CharField()),
    "criteria": inline_serializer("TraderPromotionCriteria", {
        "min_trades": serializers.IntegerField(), "min_win_rate": serializers.FloatField(),
        "max_drawdown": serializers.FloatField(),
    }),
})


class TraderPaperRecordApi(APIView):
    @extend_schema(responses=PaperRecordOutput, description="The trader's closed paper copies in your accounts.")
    def get(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        record = trader_paper_record(trader=trader, accounts=account_list_for_user(user=request.user))
        return Response(_plain(record))


class TraderPromoteApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema_serializer(component_name="TraderPromoteInput")
    class Input(serializers.Serializer):
        force = serializers.BooleanField(default=False, help_text="Promote although the paper record misses the criteria.")

    @extend_schema(
        request=Input,
        responses={200: inline_serializer("TraderPromoted", {"trader": TraderOutput(), "paper_record": PaperRecordOutput})},
        description="Clear paper_trade_only. 409 while the paper record misses the criteria (unless force) or when already live.",
    )
    def post(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        data = _valid(self.Input, request)
        trader = trader_promote_to_live(trader=trader, actor=request.user, force=data["force"])
        return Response({"trader": TRADERS.one(trader), "paper_record": _plain(trader_paper_record(trader=trader))})


class AlertRuleOutput(ModelSerializer):
    class Meta:
        model = TraderAlertRule
        fields = ["id", "trader", "kind", "threshold", "window", "auto_pause", "enabled", "created_at", "updated_at"]


class AlertOutput(ModelSerializer):
    class Meta:
        model = TraderAlert
        fields = ["id", "trader", "rule", "kind", "triggered_at", "message", "value", "paused_trader", "acknowledged"]


ALERT_RULES = OutputPlan(AlertRuleOutput)
ALERTS = OutputPlan(AlertOutput)


class TraderAlertRulesApi(APIView):
    permission_classes = [StaffWritesOnly]

    @extend_schema_serializer(component_name="TraderAlertRuleInput")
    class Input(serializers.Serializer):
        kind = serializers.ChoiceField(choices=TraderAlertRule.Kind.choices)
        threshold = serializers.DecimalField(
            max_digits=10, decimal_places=6, min_value=Decimal("0.000001"),
            help_text="drawdown: fraction of the capital (0.02); win_rate: fraction (0.6); consecutive_losses: trades (5).",
        )
        window = serializers.IntegerField(min_value=1, max_value=services.MAX_ALERT_WINDOW, required=False, allow_null=True)
        auto_pause = serializers.BooleanField(default=False)
        enabled = serializers.BooleanField(default=True)

    @extend_schema(responses=AlertRuleOutput(many=True))
    def get(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        return Response(ALERT_RULES.many(trader.alert_rules.all()))

    @extend_schema(request=Input, responses=AlertRuleOutput, description="Creates or replaces the trader's rule of this kind.")
    def post(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        data = _valid(self.Input, request)
        rule = services.alert_rule_set(trader=trader, actor=request.user, **data)
        return Response(AlertRuleOutput(rule).data)


class TraderAlertHistoryApi(APIView):
    @extend_schema(
        parameters=[OpenApiParameter("limit", int, description="At most this many, newest first (default 100, max 500).")],
        responses=AlertOutput(many=True),
    )
    def get(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        limit = serializers.IntegerField(min_value=1, max_value=500)
        try:
            count = limit.run_validation(request.query_params.get("limit", 100))
        except serializers.ValidationError as error:
            raise serializers.ValidationError({"limit": error.detail})
        return Response(ALERTS.many(trader.alerts.all()[:count]))
