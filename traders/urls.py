"""Trader routes beyond the nine core endpoints (analytics, comparison, ranking, alerts, backtests)."""
urlpatterns: list = []
