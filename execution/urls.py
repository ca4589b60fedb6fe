"""Routes of the trader-dashboard document: health, quotes, the TradingView UDF feed, price alerts,
and the TradingView webhook (a signal source, routed here with the other document endpoints); and
the Charts page of the web UI."""
from django.urls import path, re_path

from execution import udf, views
from signals.webhooks import TradingViewWebhookApi

urlpatterns = [
    re_path(r"^health/?$", udf.HealthApi.as_view(), name="health"),
    # TradingView posts to whatever URL was typed into the alert: take it with or without the slash.
    re_path(r"^webhook/tradingview/?$", TradingViewWebhookApi.as_view(), name="webhook-tradingview"),
    path("api/v1/quotes", udf.QuotesApi.as_view(), name="api-v1-quotes"),
    path("api/v1/alerts", udf.PriceAlertListApi.as_view(), name="api-v1-alerts"),
    path("api/v1/alerts/<int:alert_id>", udf.PriceAlertDetailApi.as_view(), name="api-v1-alert"),
    path("udf/config", udf.UdfConfigApi.as_view(), name="udf-config"),
    path("udf/symbols", udf.UdfSymbolsApi.as_view(), name="udf-symbols"),
    path("udf/search", udf.UdfSearchApi.as_view(), name="udf-search"),
    path("udf/history", udf.UdfHistoryApi.as_view(), name="udf-history"),
    path("udf/time", udf.UdfTimeApi.as_view(), name="udf-time"),
    path("a/<slug:name>/charts", views.charts_page, name="ui-charts"),
    path("a/<slug:name>/charts/panel", views.chart_panel, name="ui-chart-panel"),
]
