"""Market-data routes for other clients (TradingView UDF, quotes, health, price alerts)."""
urlpatterns: list = []
