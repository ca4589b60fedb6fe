"""Trader routes beyond the nine core endpoints (analytics, comparison, ranking, alerts, backtests).

Included before the core routes, so "compare" and "ranking" are not taken for trader ids.
"""
from django.urls import path

from traders import analytics_views, apis

urlpatterns = [
    # Web UI: the comparison first, so "compare" is never read as a trader id.
    path("a/<slug:name>/traders/compare", analytics_views.traders_compare_page, name="ui-traders-compare"),
    path("a/<slug:name>/traders/<slug:trader_id>/analytics", analytics_views.trader_analytics_page, name="ui-trader-analytics"),
    path("a/<slug:name>/traders/<slug:trader_id>/backtest", analytics_views.trader_backtest_view, name="ui-trader-backtest"),
    path("a/<slug:name>/backtests/<uuid:job_id>", analytics_views.backtest_job_partial, name="ui-backtest-job"),
    path("api/traders/compare", apis.TraderCompareApi.as_view(), name="api-traders-compare"),
    path("api/traders/ranking", apis.TraderRankingApi.as_view(), name="api-traders-ranking"),
    path("api/traders/<slug:trader_id>/paper-record", apis.TraderPaperRecordApi.as_view(), name="api-trader-paper-record"),
    path("api/traders/<slug:trader_id>/promote", apis.TraderPromoteApi.as_view(), name="api-trader-promote"),
    path("api/traders/<slug:trader_id>/alerts", apis.TraderAlertRulesApi.as_view(), name="api-trader-alerts"),
    path("api/traders/<slug:trader_id>/alerts/history", apis.TraderAlertHistoryApi.as_view(), name="api-trader-alert-history"),
]
