"""Routes of the trader backtest API (included from echotrade/urls.py)."""
from django.urls import path

from traders import backtest_apis

urlpatterns = [
    path("api/traders/<slug:trader_id>/backtest", backtest_apis.TraderBacktestApi.as_view(), name="api-trader-backtest"),
    path("api/backtests/<uuid:job_id>", backtest_apis.BacktestJobApi.as_view(), name="api-backtest"),
]
