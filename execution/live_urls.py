"""Routes of the live-trading API (exchange keys and the paper/live switch)."""
from django.urls import path

from execution import live_apis

urlpatterns: list = [
    path("api/accounts/<slug:name>/credentials", live_apis.AccountCredentialsApi.as_view(), name="api-account-credentials"),
    path("api/accounts/<slug:name>/live", live_apis.AccountGoLiveApi.as_view(), name="api-account-live"),
    path("api/accounts/<slug:name>/paper", live_apis.AccountGoPaperApi.as_view(), name="api-account-paper"),
]
