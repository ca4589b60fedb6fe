"""Routes: the web UI (ui/urls.py), the REST API, the trader-dashboard document's endpoints (health,
quotes, UDF, price alerts), the TradingView webhook and the admin.

API paths have no trailing slash; ApiOptionalSlashMiddleware serves them with one too. Fixed
words ("compare", "ranking") come before the ``<trader_id>`` routes so they are never read as ids.
"""
from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from accounts import apis as account_apis
from analytics import apis as analytics_apis
from echotrade import auth_apis
from execution import apis as execution_apis
from execution import live_apis, udf
from operations import apis as operations_apis
from signals import apis as signal_apis
from signals.sources.binance import apis as binance_apis
from signals.sources.telegram import apis as telegram_apis
from signals.sources.tradingview import TradingViewWebhookApi
from traders import apis as trader_apis

traders = [
    path("api/traders", trader_apis.TraderListApi.as_view(), name="api-traders"),
    path("api/traders/compare", trader_apis.TraderCompareApi.as_view(), name="api-traders-compare"),
    path("api/traders/ranking", trader_apis.TraderRankingApi.as_view(), name="api-traders-ranking"),
    path("api/traders/<slug:trader_id>", trader_apis.TraderDetailApi.as_view(), name="api-trader"),
    path("api/traders/<slug:trader_id>/toggle", trader_apis.TraderToggleApi.as_view(), name="api-trader-toggle"),
    path("api/traders/<slug:trader_id>/multiplier", trader_apis.TraderMultiplierApi.as_view(), name="api-trader-multiplier"),
    path("api/traders/<slug:trader_id>/tokens", trader_apis.TraderTokensApi.as_view(), name="api-trader-tokens"),
    path("api/traders/<slug:trader_id>/metrics", trader_apis.TraderMetricsApi.as_view(), name="api-trader-metrics"),
    path("api/traders/<slug:trader_id>/paper-record", trader_apis.TraderPaperRecordApi.as_view(), name="api-trader-paper-record"),
    path("api/traders/<slug:trader_id>/promote", trader_apis.TraderPromoteApi.as_view(), name="api-trader-promote"),
    path("api/traders/<slug:trader_id>/alerts", trader_apis.TraderAlertRulesApi.as_view(), name="api-trader-alerts"),
    path(
        "api/traders/<slug:trader_id>/alerts/history", trader_apis.TraderAlertHistoryApi.as_view(),
        name="api-trader-alert-history",
    ),
    path(
        "api/traders/<slug:trader_id>/import-telegram", telegram_apis.TraderTelegramImportApi.as_view(),
        name="api-trader-import-telegram",
    ),
    path(
        "api/traders/<slug:trader_id>/import-binance-history", binance_apis.TraderBinanceHistoryImportApi.as_view(),
        name="api-trader-import-binance-history",
    ),
    path("api/traders/<slug:trader_id>/backtest", analytics_apis.TraderBacktestApi.as_view(), name="api-trader-backtest"),
    path("api/backtests/<uuid:job_id>", analytics_apis.BacktestJobApi.as_view(), name="api-backtest"),
]

signals = [
    path("api/signals", signal_apis.SignalListApi.as_view(), name="api-signals"),
    path("api/signals/<int:signal_id>", signal_apis.SignalDetailApi.as_view(), name="api-signal"),
    path("api/decisions/<int:decision_id>/approve", signal_apis.DecisionApproveApi.as_view(), name="api-decision-approve"),
    path("api/decisions/<int:decision_id>/reject", signal_apis.DecisionRejectApi.as_view(), name="api-decision-reject"),
    # TradingView posts to whatever URL was typed into the alert: take it with or without the slash.
    re_path(r"^webhook/tradingview/?$", TradingViewWebhookApi.as_view(), name="webhook-tradingview"),
]

accounts = [
    path("api/accounts", account_apis.AccountListApi.as_view(), name="api-accounts"),
    path("api/accounts/<slug:name>", account_apis.AccountDetailApi.as_view(), name="api-account"),
    path("api/accounts/<slug:name>/positions", account_apis.AccountPositionsApi.as_view(), name="api-account-positions"),
    path("api/accounts/<slug:name>/pause", account_apis.AccountPauseApi.as_view(), name="api-account-pause"),
    path("api/accounts/<slug:name>/resume", account_apis.AccountResumeApi.as_view(), name="api-account-resume"),
    path("api/accounts/<slug:name>/audit", account_apis.AccountAuditApi.as_view(), name="api-account-audit"),
    path(
        "api/accounts/<slug:name>/notifications", account_apis.AccountNotificationsApi.as_view(),
        name="api-account-notifications",
    ),
    path("api/accounts/<slug:name>/projection", account_apis.AccountProjectionApi.as_view(), name="api-account-projection"),
    path("api/accounts/<slug:name>/credentials", live_apis.AccountCredentialsApi.as_view(), name="api-account-credentials"),
    path("api/accounts/<slug:name>/live", live_apis.AccountGoLiveApi.as_view(), name="api-account-live"),
    path("api/accounts/<slug:name>/paper", live_apis.AccountGoPaperApi.as_view(), name="api-account-paper"),
    path("api/positions/<int:position_id>", execution_apis.PositionDetailApi.as_view(), name="api-position"),
    path("api/positions/<int:position_id>/close", execution_apis.PositionCloseApi.as_view(), name="api-position-close"),
]

market = [
    path("api/market/quotes", execution_apis.MarketQuotesApi.as_view(), name="api-market-quotes"),
    path("api/market/candles", execution_apis.MarketCandlesApi.as_view(), name="api-market-candles"),
    path("api/market/ticks", execution_apis.MarketTicksApi.as_view(), name="api-market-ticks"),
    # The trader-dashboard document's endpoints.
    re_path(r"^health/?$", udf.HealthApi.as_view(), name="health"),
    path("api/v1/quotes", udf.QuotesApi.as_view(), name="api-v1-quotes"),
    path("api/v1/alerts", udf.PriceAlertListApi.as_view(), name="api-v1-alerts"),
    path("api/v1/alerts/<int:alert_id>", udf.PriceAlertDetailApi.as_view(), name="api-v1-alert"),
    path("udf/config", udf.UdfConfigApi.as_view(), name="udf-config"),
    path("udf/symbols", udf.UdfSymbolsApi.as_view(), name="udf-symbols"),
    path("udf/search", udf.UdfSearchApi.as_view(), name="udf-search"),
    path("udf/history", udf.UdfHistoryApi.as_view(), name="udf-history"),
    path("udf/time", udf.UdfTimeApi.as_view(), name="udf-time"),
]

system = [
    path("api/auth/token", auth_apis.TokenApi.as_view(), name="api-token"),
    path("api/system/start", operations_apis.SystemStartApi.as_view(), name="api-system-start"),
    path("api/system/stop", operations_apis.SystemStopApi.as_view(), name="api-system-stop"),
    path("api/schema", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    *traders, *signals, *accounts, *market, *system,
    path("", include("ui.urls")),
]
