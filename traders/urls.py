"""Trader routes beyond the nine core endpoints (analytics, comparison, ranking, alerts, backtests).

Included before the core routes, so "compare" and "ranking" are not taken for trader ids.
"""
from django.urls import path

from traders import apis

urlpatterns = [
    path("api/traders/compare", apis.TraderCompareApi.as_view(), name="api-traders-compare"),
    path("api/traders/ranking", apis.TraderRankingApi.as_view(), name="api-traders-ranking"),
    path("api/traders/<slug:trader_id>/paper-record", apis.TraderPaperRecordApi.as_view(), name="api-trader-paper-record"),
    path("api/traders/<slug:trader_id>/promote", apis.TraderPromoteApi.as_view(), name="api-trader-promote"),
    path("api/traders/<slug:trader_id>/alerts", apis.TraderAlertRulesApi.as_view(), name="api-trader-alerts"),
    path("api/traders/<slug:trader_id>/alerts/history", apis.TraderAlertHistoryApi.as_view(), name="api-trader-alert-history"),
]
