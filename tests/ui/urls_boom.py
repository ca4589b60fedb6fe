"""A urlconf with one view that fails, for the 500 page's test."""
from django.urls import path


def boom(request):
    raise RuntimeError("boom")


urlpatterns = [path("boom", boom)]
