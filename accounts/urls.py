"""Routes of the accounts app beyond the core ones in echotrade/urls.py: the equity projection."""
from django.urls import path

from accounts import apis, projection_views

urlpatterns = [
    path("api/accounts/<slug:name>/projection", apis.AccountProjectionApi.as_view(), name="api-account-projection"),
    path("a/<slug:name>/projection", projection_views.projection_partial, name="ui-projection"),
]
