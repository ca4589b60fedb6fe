"""Routes. API paths have no trailing slash; ApiOptionalSlashMiddleware serves them with one too."""
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from accounts import apis as account_apis
from echotrade import auth_apis, system_apis, views
from execution import apis as execution_apis
from signals import apis as signal_apis
from signals.telegram import urls as telegram_urls
from traders import backtest_urls
from traders import apis as trader_apis

api = [
    path("api/auth/token", auth_apis.TokenApi.as_view(), name="api-token"),
    path("api/traders", trader_apis.TraderListApi.as_view(), name="api-traders"),
    path("api/traders/<slug:trader_id>", trader_apis.TraderDetailApi.as_view(), name="api-trader"),
    path("api/traders/<slug:trader_id>/toggle", trader_apis.TraderToggleApi.as_view(), name="api-trader-toggle"),
    path("api/traders/<slug:trader_id>/multiplier", trader_apis.TraderMultiplierApi.as_view(), name="api-trader-multiplier"),
    path("api/traders/<slug:trader_id>/tokens", trader_apis.TraderTokensApi.as_view(), name="api-trader-tokens"),
    path("api/traders/<slug:trader_id>/metrics", trader_apis.TraderMetricsApi.as_view(), name="api-trader-metrics"),
    *telegram_urls.urlpatterns,
    *backtest_urls.urlpatterns,
    path("api/signals", signal_apis.SignalListApi.as_view(), name="api-signals"),
    path("api/signals/<int:signal_id>", signal_apis.SignalDetailApi.as_view(), name="api-signal"),
    path("api/decisions/<int:decision_id>/approve", signal_apis.DecisionApproveApi.as_view(), name="api-decision-approve"),
    path("api/decisions/<int:decision_id>/reject", signal_apis.DecisionRejectApi.as_view(), name="api-decision-reject"),
    path("api/accounts", account_apis.AccountListApi.as_view(), name="api-accounts"),
    path("api/accounts/<slug:name>", account_apis.AccountDetailApi.as_view(), name="api-account"),
    path("api/accounts/<slug:name>/positions", account_apis.AccountPositionsApi.as_view(), name="api-account-positions"),
    path("api/accounts/<slug:name>/pause", account_apis.AccountPauseApi.as_view(), name="api-account-pause"),
    path("api/accounts/<slug:name>/resume", account_apis.AccountResumeApi.as_view(), name="api-account-resume"),
    path("api/accounts/<slug:name>/audit", account_apis.AccountAuditApi.as_view(), name="api-account-audit"),
    path("api/positions/<int:position_id>", execution_apis.PositionDetailApi.as_view(), name="api-position"),
    path("api/positions/<int:position_id>/close", execution_apis.PositionCloseApi.as_view(), name="api-position-close"),
    path("api/market/quotes", execution_apis.MarketQuotesApi.as_view(), name="api-market-quotes"),
    path("api/market/candles", execution_apis.MarketCandlesApi.as_view(), name="api-market-candles"),
    path("api/market/ticks", execution_apis.MarketTicksApi.as_view(), name="api-market-ticks"),
    path("api/system/start", system_apis.SystemStartApi.as_view(), name="api-system-start"),
    path("api/system/stop", system_apis.SystemStopApi.as_view(), name="api-system-stop"),
    path("api/schema", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("admin/", admin.site.urls),
    # Each app's further routes; listed first so their exact paths win over the generic ones below.
    path("", include("echotrade.ui_urls")),
    path("", include("traders.urls")),
    path("", include("signals.urls")),
    path("", include("execution.urls")),
    path("", include("execution.live_urls")),
    path("", include("accounts.urls")),
    path("", include("bots.urls")),
    path("", include("traders.ui_urls")),
    *api,
]
