"""The project's routes plus the backtest routes, until echotrade/urls.py includes them itself."""
from echotrade.urls import urlpatterns as project_urlpatterns
from traders.backtest_urls import urlpatterns as backtest_urlpatterns

urlpatterns = [*backtest_urlpatterns, *project_urlpatterns]
