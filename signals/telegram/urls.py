"""Telegram routes. Included from the project urls: ``path("", include("signals.telegram.urls"))``."""
from django.urls import path

from signals.telegram import apis

urlpatterns = [
    path(
        "api/traders/<slug:trader_id>/import-telegram", apis.TraderTelegramImportApi.as_view(),
        name="api-trader-import-telegram",
    ),
]
