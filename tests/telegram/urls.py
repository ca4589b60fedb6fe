"""Only the Telegram routes: the endpoint tests do not depend on the rest of the project's urls."""
from django.urls import include, path

urlpatterns = [path("", include("signals.sources.telegram.urls"))]
