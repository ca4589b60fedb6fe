"""Request middleware."""


class ApiOptionalSlashMiddleware:
    """Serve ``/api/path/`` exactly like ``/api/path``.

    API routes are declared without a trailing slash; clients written against either style
    work, and the OpenAPI schema lists each route once.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith("/api/") and len(path) > len("/api/") and path.endswith("/"):
            request.path_info = path.rstrip("/")
        return self.get_response(request)
