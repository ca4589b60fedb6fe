"""Trader backtest endpoints: start a job, read its progress and result."""
from __future__ import annotations

from drf_spectacular.utils import (
    extend_schema,
    extend_schema_serializer,
    inline_serializer,
)
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import Membership
from accounts.selectors import account_get_for_user
from analytics.tasks import backtest_job_create
from echotrade.exceptions import NotFound
from traders.models import BacktestJob
from traders.selectors import trader_get


@extend_schema_serializer(component_name="TraderBacktestInput")
class BacktestInput(serializers.Serializer):
    days = serializers.IntegerField(min_value=1, max_value=365, default=30)
    initial_capital = serializers.DecimalField(max_digits=20, decimal_places=8, default=10000)
    account = serializers.CharField(max_length=50)

    def validate_initial_capital(self, value):
        if value <= 0:
            raise serializers.ValidationError("Must be greater than 0.")
        return value


class BacktestJobOutput(serializers.Serializer):
    job = serializers.UUIDField(source="id")
    trader = serializers.CharField(source="trader_id")
    account = serializers.CharField(source="account.name")
    status = serializers.ChoiceField(choices=BacktestJob.Status.choices)
    progress = serializers.IntegerField()
    parameters = serializers.JSONField()
    result = serializers.JSONField(allow_null=True, help_text=(
        "When done: final_value, roi, max_drawdown, sharpe_ratio, trade_count, win_rate, "
        "equity_curve [{ts, equity}], trades, skipped, timeframe."
    ))
    error = serializers.CharField()
    created_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)


class TraderBacktestApi(APIView):
    @extend_schema(
        request=BacktestInput,
        responses={202: inline_serializer("TraderBacktestStarted", {
            "job": serializers.UUIDField(), "status": serializers.CharField(), "progress": serializers.IntegerField(),
        })},
        description="Replay the trader's signals of the last `days` days with its current configuration "
        "and the account's profile. Poll GET /api/backtests/{job} for progress and the result.",
    )
    def post(self, request, trader_id: str):
        trader = trader_get(trader_id=trader_id)
        serializer = BacktestInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        account = account_get_for_user(user=request.user, name=data["account"])
        job = backtest_job_create(
            trader=trader, account=account, days=data["days"], initial_capital=data["initial_capital"],
            actor=request.user,
        )
        job.refresh_from_db(fields=["status", "progress"])  # an eager worker may already have run it
        return Response(
            {"job": str(job.pk), "status": job.status, "progress": job.progress}, status=status.HTTP_202_ACCEPTED
        )


class BacktestJobApi(APIView):
    @extend_schema(responses=BacktestJobOutput)
    def get(self, request, job_id):
        job = BacktestJob.objects.select_related("account").filter(pk=job_id).first()
        if job is None or not _may_see(request.user, job):
            raise NotFound("No such backtest.")
        return Response(BacktestJobOutput(job).data)


def _may_see(user, job: BacktestJob) -> bool:
    return job.created_by_id == user.pk or Membership.objects.filter(user=user, account_id=job.account_id).exists()
