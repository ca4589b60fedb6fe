"""Assets served by a view: plotly.min.js from the installed plotly package (no CDN, no copy in
the repository), and the favicon at ``/favicon.ico``.

A view rather than a staticfiles finder: the URL carries plotly's version, so the 4.8 MB file
can be cached by the browser for a year (``immutable``) and a plotly upgrade changes the URL by
itself. It needs no settings, no collectstatic, and works the same under runserver, daphne and
the embedded mode.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.urls import reverse
from django.views.decorators.http import require_safe

ONE_YEAR = 60 * 60 * 24 * 365
ONE_DAY = 60 * 60 * 24


@cache
def _plotly() -> tuple[str, Path]:
    import plotly

    return plotly.__version__, Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def plotly_js_url() -> str:
    version, _ = _plotly()
    return reverse("plotly-js", kwargs={"version": version})


@require_safe
def plotly_js(request, version: str):
    current, path = _plotly()
    if version != current:  # an old page asking for an old version must not get a new file cached as it
        raise Http404("Not the installed plotly version.")
    response = FileResponse(path.open("rb"), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    return response


@require_safe
def favicon(request):
    """``/favicon.ico``, which browsers ask for on pages that name no icon (the admin, the API's
    JSON): the SVG that base.html links, so no page logs a 404. Served here, not redirected to
    /static/, so it answers the same with or without collectstatic."""
    response = FileResponse((settings.BASE_DIR / "static" / "favicon.svg").open("rb"), content_type="image/svg+xml")
    response["Cache-Control"] = f"public, max-age={ONE_DAY}"
    return response
