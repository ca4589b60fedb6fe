from django.urls import path

from execution import consumers

websocket_urlpatterns = [
    path("stream", consumers.StreamConsumer.as_asgi()),
    path("ws/accounts/<slug:name>", consumers.AccountConsumer.as_asgi()),
]
