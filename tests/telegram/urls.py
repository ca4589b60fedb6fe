"""The project's routes plus the Telegram ones, for the endpoint tests until the project includes them."""
from django.urls import include, path

urlpatterns = [
    path("", include("signals.telegram.urls")),
    path("", include("echotrade.urls")),
]
