"""bench/api_latency.py's urlconf: every product route, plus a bare view that answers stored bytes.

The bare view is the reference: Django's request handling and middleware with no API code at all.
It lives here, never in the product.
"""
from django.http import HttpResponse
from django.urls import path

from echotrade.urls import urlpatterns as product_urlpatterns

# Filled by api_latency with the exact bytes each API answered; any other key gets a small body.
BODIES: dict[str, bytes] = {}


def bare(request, key: str) -> HttpResponse:
    return HttpResponse(BODIES.get(key, b'{"ok": true}'), content_type="application/json")


urlpatterns = [path("bare/<str:key>", bare), *product_urlpatterns]
