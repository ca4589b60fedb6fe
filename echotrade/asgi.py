"""ASGI entry point: HTTP through Django, websockets through the Channels router."""
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "echotrade.settings")

from echotrade.asgi_http import get_http_application  # noqa: E402  (after the settings module is named)

# Sync views and middleware in one thread per process, entered once per request (asgi_http.py).
django_asgi_app = get_http_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402  (needs the app registry loaded)
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from echotrade.origins import WebsocketOriginValidator  # noqa: E402
from execution.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # A browser page of another site is refused; a script (no Origin) is let in (origins.py).
        "websocket": WebsocketOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)
