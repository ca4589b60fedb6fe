"""The account API: opening an account, money at a glance, positions, the emergency switch and the audit log."""
from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_serializer,
)
from rest_framework import serializers, status
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts import services
from accounts.models import Account, NotificationSetting, SizingMode
from accounts.notifications import notification_setting_get, notification_setting_public, notification_setting_update
from accounts.selectors import (
    account_get_for_user,
    account_list_for_user,
    audit_filters_parse,
    audit_search,
)
from analytics import projection
from echotrade.api import Amount, ModelSerializer, OutputPlan, StaffWritesOnly
from echotrade.limits import GLOBAL_MULTIPLIER_MAX, GLOBAL_MULTIPLIER_MIN, MAX_LEVERAGE, MIN_LEVERAGE
from echotrade.models import AuditEvent
from execution.selectors import account_summaries, account_summary, position_list
from execution.serializers import PositionSerializer, positions_output
from operations.services import account_open


class AccountOutput(ModelSerializer):
    equity = Amount(source="summary.equity")
    margin_used = Amount(source="summary.margin_used")
    unrealised_pnl = Amount(source="summary.unrealised_pnl")
    realised_pnl = Amount(source="summary.realised_pnl")
    fees = Amount(source="summary.fees")
    funding = Amount(source="summary.funding")
    open_positions_count = serializers.IntegerField(source="summary.open_positions")

    class Meta:
        model = Account
        fields = [
            "name", "description", "mode", "quote_currency", "starting_balance", "cash", "equity", "margin_used",
            "unrealised_pnl", "realised_pnl", "fees", "funding", "open_positions_count", "paused", "paused_reason",
            "min_confidence", "risk_multiplier", "max_leverage", "max_open_positions", "base_position_pct",
            "max_position_pct", "daily_loss_limit_pct", "approval_required", "global_position_multiplier",
            "confidence_threshold_override", "max_positions_override", "taker_fee_rate", "maker_fee_rate",
            "slippage_bps", "sizing_mode", "fixed_amount", "risk_pct", "default_stop_pct", "require_stop_loss",
            "copy_priority",
        ]
        extra_kwargs = {
            "sizing_mode": {"help_text": "How a copy is sized. percent_equity: base_position_pct of equity; fixed_amount: "
                            "fixed_amount of notional; risk_percent: the size at which the stop loses risk_pct of equity, "
                            "fees included. A trader may override it. The caps (max_position_pct, free cash, the "
                            "minimum notional) apply to every mode."},
        }


class AccountDetailOutput(AccountOutput):
    open_positions = serializers.SerializerMethodField()

    class Meta(AccountOutput.Meta):
        fields = [*AccountOutput.Meta.fields, "open_positions"]

    @extend_schema_field(PositionSerializer(many=True))
    def get_open_positions(self, account: Account) -> list:
        return PositionSerializer(position_list(account=account, status="active"), many=True).data


ACCOUNTS = OutputPlan(AccountOutput)
ACCOUNT_DETAIL = OutputPlan(AccountDetailOutput, computed={
    "open_positions": lambda account, _: positions_output(position_list(account=account, status="active")),
})


def _with_summary(account: Account) -> Account:
    account.summary = account_summary(account=account)
    return account


def _detail(account: Account) -> dict:
    return ACCOUNT_DETAIL.one(_with_summary(account))


def _summary(account: Account) -> dict:
    return ACCOUNTS.one(_with_summary(account))


def _ratio(**kwargs) -> serializers.DecimalField:
    return serializers.DecimalField(max_digits=10, decimal_places=6, required=False, **kwargs)


def _help(name: str) -> str:
    return str(Account._meta.get_field(name).help_text)


@extend_schema_serializer(component_name="AccountSettingsInput")
class AccountPatchInput(serializers.Serializer):
    """The account's risk profile and sizing, as the Settings page changes them. Only the fields sent
    change; the ranges are the service's (accounts.services.account_risk_errors), as on that page.
    Ratios are fractions: 0.02 is 2 %."""

    min_confidence = _ratio(help_text="Signals below this confidence are filtered (0 to 1).")
    risk_multiplier = _ratio(help_text=f"Multiplies every copy's size; above 0, at most {services.RISK_MULTIPLIER_MAX}.")
    max_leverage = serializers.IntegerField(
        required=False, help_text=f"Signals above this leverage are filtered ({MIN_LEVERAGE} to {MAX_LEVERAGE}).",
    )
    max_open_positions = serializers.IntegerField(
        required=False, help_text=f"Open positions at most, at once (1 to {services.MAX_OPEN_POSITIONS_MAX}).",
    )
    base_position_pct = _ratio(help_text="percent_equity sizing: the share of equity per copy (above 0, at most 1).")
    max_position_pct = _ratio(help_text="No copy's notional exceeds this share of equity (above 0, at most 1).")
    daily_loss_limit_pct = _ratio(help_text="No new copy once today's loss reaches this share of the starting balance.")
    approval_required = serializers.BooleanField(required=False, help_text=_help("approval_required"))
    global_position_multiplier = _ratio(
        help_text=f"The emergency override on every copy's size: {GLOBAL_MULTIPLIER_MIN} to {GLOBAL_MULTIPLIER_MAX}.",
    )
    confidence_threshold_override = _ratio(
        allow_null=True, help_text="Overrides min_confidence (0 to 1); null: min_confidence applies.",
    )
    max_positions_override = serializers.IntegerField(
        required=False, allow_null=True,
        help_text=f"Overrides max_open_positions (1 to {services.MAX_POSITIONS_OVERRIDE_MAX}); null: none.",
    )
    sizing_mode = serializers.ChoiceField(choices=SizingMode.choices, required=False, help_text=(
        "percent_equity (base_position_pct of equity), fixed_amount (needs fixed_amount) or risk_percent (needs risk_pct)."
    ))
    fixed_amount = Amount(required=False, allow_null=True, help_text=_help("fixed_amount") + " Above 0.")
    risk_pct = _ratio(allow_null=True, help_text=_help("risk_pct") + f" Above 0, at most {services.RISK_PCT_MAX}.")
    default_stop_pct = _ratio(allow_null=True, help_text=_help("default_stop_pct") + " Above 0, below 1.")
    require_stop_loss = serializers.BooleanField(required=False, help_text=_help("require_stop_loss"))
    copy_priority = serializers.IntegerField(
        required=False, help_text=_help("copy_priority") + f" 1 to {services.COPY_PRIORITY_MAX}.",
    )

    def validate(self, attrs: dict) -> dict:
        _unknown_refused(self)
        if not attrs:
            raise serializers.ValidationError({"non_field_errors": ["Send at least one setting to change."]})
        return attrs


def _unknown_refused(serializer: serializers.Serializer) -> None:
    """A name the endpoint does not take is refused, not dropped: a typo must not pass for a default."""
    unknown = sorted(set(serializer.initial_data) - set(serializer.fields))
    if unknown:
        raise serializers.ValidationError({name: ["Not a setting this endpoint takes."] for name in unknown})


@extend_schema_serializer(component_name="AccountCreateInput")
class AccountCreateInput(AccountPatchInput):
    """A new paper account: its name and starting balance, and any of the settings PATCH changes (a
    setting left out takes its default). The ranges are the service's (accounts.services.
    account_create_errors, which checks the settings with account_risk_errors), as for PATCH."""

    name = serializers.CharField(help_text=(
        f"The account's address (/api/accounts/{{name}}): letters, digits, - and _, at most {services.NAME_MAX} "
        "characters; unique."
    ))
    starting_balance = Amount(help_text=(
        f"The cash it starts with, in the quote currency: above 0, at most {services.STARTING_BALANCE_MAX:,}."
    ))
    description = serializers.CharField(required=False, allow_blank=True, help_text=(
        f"A label, at most {Account._meta.get_field('description').max_length} characters."
    ))

    def validate(self, attrs: dict) -> dict:
        _unknown_refused(self)
        return attrs


class StaffOpensAccounts(StaffWritesOnly):
    message = "Only staff may open accounts."


class AccountListApi(APIView):
    permission_classes = [StaffOpensAccounts]

    @extend_schema(responses=AccountOutput(many=True))
    def get(self, request):
        accounts = list(account_list_for_user(user=request.user))
        summaries = account_summaries(accounts=accounts)
        for account in accounts:
            account.summary = summaries[account.pk]
        return Response(ACCOUNTS.many(accounts))

    @extend_schema(
        request=AccountCreateInput, responses={201: AccountDetailOutput},
        description="Open a paper account (staff only; others get 403): it starts with its balance as free cash, "
        "follows every trader (each follow can be switched off later) and its creator becomes its owner. Audited "
        "as account.created and membership.granted. Answers the account as GET /api/accounts/{name} shows it. "
        "Bad input is a 400 naming each field at fault, a name already taken a 409; nothing is saved either way.",
    )
    def post(self, request):
        data = AccountCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        account = account_open(actor=request.user, owner=request.user, **data.validated_data)
        return Response(_detail(account), status=status.HTTP_201_CREATED)


class AccountDetailApi(APIView):
    @extend_schema(responses=AccountDetailOutput)
    def get(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        return Response(_detail(account))

    @extend_schema(
        request=AccountPatchInput, responses=AccountDetailOutput,
        description="Change the risk profile and sizing: members who may act on the account (trader or owner); "
        "the overrides (global_position_multiplier, max_positions_override, confidence_threshold_override, "
        "daily_loss_limit_pct) only an owner, as on the Settings page (a trader gets 403 and nothing changes). "
        "Audited as account.risk_updated with the values before and after. 400 names each field at fault and "
        "saves nothing; a viewer gets 403, another account's name 404.",
    )
    def patch(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name, act=True)
        data = AccountPatchInput(data=request.data)
        data.is_valid(raise_exception=True)
        if set(data.validated_data) & set(services.RISK_OVERRIDE_FIELDS):  # as on the Settings page
            account = account_get_for_user(user=request.user, name=name, change_risk=True)
        account = services.account_update_risk(account=account, actor=request.user, **data.validated_data)
        return Response(_detail(account))


class AccountPositionsApi(APIView):
    pagination_class = LimitOffsetPagination  # so the schema documents the page envelope it answers

    @extend_schema(
        parameters=[OpenApiParameter("status", str, enum=["active", "open", "pending", "closed", "all"])],
        responses=PositionSerializer(many=True),
    )
    def get(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        wanted = request.query_params.get("status", "active")
        if wanted not in ("active", "open", "pending", "closed", "all"):
            raise serializers.ValidationError({"status": ["One of active, open, pending, closed, all."]})
        paginator = LimitOffsetPagination()
        page = paginator.paginate_queryset(position_list(account=account, status=wanted), request, view=self)
        return paginator.get_paginated_response(positions_output(page))


class AccountPauseApi(APIView):
    @extend_schema_serializer(component_name="AccountPauseInput")
    class Input(serializers.Serializer):
        reason = serializers.CharField(required=False, allow_blank=True, max_length=200)

    @extend_schema(request=Input, responses=AccountOutput)
    def post(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name, act=True)
        data = self.Input(data=request.data)
        data.is_valid(raise_exception=True)
        account = services.account_pause(account=account, actor=request.user, reason=data.validated_data.get("reason", ""))
        return Response(_summary(account))


class AccountResumeApi(APIView):
    @extend_schema(request=None, responses=AccountOutput)
    def post(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name, act=True)
        account = services.account_resume(account=account, actor=request.user)
        return Response(_summary(account))


class AuditEventOutput(ModelSerializer):
    account = serializers.SlugRelatedField(slug_field="name", read_only=True)
    actor = serializers.CharField(source="actor_label")

    class Meta:
        model = AuditEvent
        fields = ["id", "created_at", "account", "actor", "action", "object_type", "object_id", "message", "before", "after"]


AUDIT_EVENTS = OutputPlan(AuditEventOutput)


class AccountAuditApi(APIView):
    pagination_class = LimitOffsetPagination  # so the schema documents the page envelope it answers

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="Free text in the action, message, actor or object."),
            OpenApiParameter("action", str, description="An action or its start: `position` finds position.*."),
            OpenApiParameter("actor", str, description="Who acted (a username, or system, api...)."),
            OpenApiParameter("object_type", str, description="The kind of object: position, account..."),
            OpenApiParameter("date_from", OpenApiTypes.DATE, description="From this UTC day on, included."),
            OpenApiParameter("date_to", OpenApiTypes.DATE, description="Up to this UTC day, included."),
        ],
        responses=AuditEventOutput(many=True),
    )
    def get(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        # The Audit page and its exports read the log through the same two selectors.
        filters, errors = audit_filters_parse(request.query_params)
        if errors:
            raise serializers.ValidationError({field: [message] for field, message in errors.items()})
        events = audit_search(account=account, filters=filters).select_related("account")
        paginator = LimitOffsetPagination()
        page = paginator.paginate_queryset(events, request, view=self)
        return paginator.get_paginated_response(AUDIT_EVENTS.many(page))


# --- Monte Carlo projection (analytics/projection.py) --------------------------------------------
class ProjectionHistoryOutput(serializers.Serializer):
    dates = serializers.ListField(child=serializers.DateField())
    equity = serializers.ListField(child=serializers.FloatField())


class ProjectionOutput(serializers.Serializer):
    account = serializers.CharField()
    days = serializers.IntegerField()
    paths = serializers.IntegerField()
    returns_used = serializers.IntegerField(help_text="Daily returns in the account's history the paths were drawn from.")
    history = ProjectionHistoryOutput()
    dates = serializers.ListField(child=serializers.DateField(), help_text="The last snapshot's day, then one per day ahead.")
    p5 = serializers.ListField(child=serializers.FloatField(), help_text="5th percentile of equity per date.")
    p50 = serializers.ListField(child=serializers.FloatField(), help_text="Median equity per date.")
    p95 = serializers.ListField(child=serializers.FloatField(), help_text="95th percentile of equity per date.")
    detail = serializers.CharField(help_text="Why the lines are empty (too little history); empty otherwise.")


class AccountProjectionApi(APIView):
    class Input(serializers.Serializer):
        days = serializers.IntegerField(min_value=1, max_value=projection.MAX_DAYS, default=90)
        paths = serializers.IntegerField(min_value=1, max_value=projection.MAX_PATHS, default=1000)
        seed = serializers.IntegerField(min_value=0, default=projection.DEFAULT_SEED)

    @extend_schema(
        description=(
            "Monte Carlo projection of the account's equity: paths of daily returns drawn with replacement from its "
            "daily snapshots, compounded from the last one; the 5th/50th/95th percentile per day. With fewer than "
            f"{projection.MIN_RETURNS} daily returns the lines are empty and `detail` says why."
        ),
        parameters=[
            OpenApiParameter("days", int, description=f"Days ahead, 1-{projection.MAX_DAYS} (default 90)."),
            OpenApiParameter("paths", int, description=f"Simulated paths, 1-{projection.MAX_PATHS} (default 1000)."),
            OpenApiParameter("seed", int, description="Random seed: the same seed and history give the same fan."),
        ],
        responses=ProjectionOutput,
    )
    def get(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        data = self.Input(data=request.query_params)
        data.is_valid(raise_exception=True)
        return Response(projection.account_projection(account=account, **data.validated_data))


# --- Notifications: which events an account is told about, and where -------------------------
class NotificationSettingOutput(serializers.Serializer):
    account = serializers.CharField()
    events = serializers.ListField(child=serializers.ChoiceField(choices=NotificationSetting.Event.choices))
    channels = serializers.ListField(child=serializers.ChoiceField(choices=NotificationSetting.Channel.choices))
    telegram_chat_id = serializers.CharField(help_text="Empty: the server's TELEGRAM_ALERT_CHAT_ID.")
    email = serializers.CharField(help_text="Empty: the server's ALERT_EMAIL_TO.")
    discord_webhook_url = serializers.CharField(
        help_text="Only a hint (host and last 4 characters): a webhook URL is a secret. Empty: the server's DISCORD_WEBHOOK_URL.",
    )
    slack_webhook_url = serializers.CharField(
        help_text="Only a hint (host and last 4 characters): a webhook URL is a secret. Empty: the server's SLACK_WEBHOOK_URL.",
    )
    server_destinations = serializers.DictField(
        child=serializers.BooleanField(), help_text="Per channel: whether the server has a destination of its own.",
    )


class AccountNotificationsApi(APIView):
    """GET for any member; PUT for members who may act. PUT changes only the fields it names."""

    @extend_schema_serializer(component_name="AccountNotificationsInput")
    class Input(serializers.Serializer):
        events = serializers.ListField(child=serializers.ChoiceField(choices=NotificationSetting.Event.choices), required=False)
        channels = serializers.ListField(
            child=serializers.ChoiceField(choices=NotificationSetting.Channel.choices), required=False,
        )
        telegram_chat_id = serializers.CharField(required=False, allow_blank=True, help_text="A chat id or @channel; empty: the server's.")
        email = serializers.CharField(required=False, allow_blank=True, help_text="An address; empty: the server's.")
        discord_webhook_url = serializers.CharField(required=False, allow_blank=True, allow_null=True, help_text="Empty or null: the server's.")
        slack_webhook_url = serializers.CharField(required=False, allow_blank=True, allow_null=True, help_text="Empty or null: the server's.")

    @extend_schema(responses=NotificationSettingOutput)
    def get(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        return Response(_notifications_body(account, notification_setting_get(account=account)))

    @extend_schema(request=Input, responses=NotificationSettingOutput)
    def put(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name, act=True)
        # The service checks names, types and values itself (one set of messages for the API and
        # the Settings page): the body goes to it as sent, so an unknown name is refused, not dropped.
        setting = notification_setting_update(account=account, actor=request.user, changes=_as_dict(request.data))
        return Response(_notifications_body(account, setting))


def _as_dict(data) -> dict:
    if hasattr(data, "getlist"):  # a form post: the lists come as repeated fields
        return {key: data.getlist(key) if key in ("events", "channels") else data.get(key) for key in data}
    return dict(data)


def _notifications_body(account: Account, setting: NotificationSetting) -> dict:
    return {"account": account.name, **notification_setting_public(setting)}
