"""Web UI routes (htmx pages and partials)."""
urlpatterns: list = []
