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


class RefuseNulCharactersMiddleware:
    """Answer 400 to a NUL character in the path, the query string or a submitted form.

    PostgreSQL cannot store or compare text that contains NUL, so one that reaches a query
    (``?trader=a%00b``) raises a DataError: a 500. Refusing it here covers every filter, page and
    API at once (schemathesis found it on four endpoints).
    """

    MESSAGE = "The request contains a NUL character (%00), which no name, symbol, filter or field can contain."

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        fields = list(request.GET.lists())
        # The UI's form posts too, read here exactly as the view would read them. API uploads are
        # left to their views, which refuse an oversized body before reading it.
        form = request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data")
        if request.method == "POST" and form and not request.path.startswith("/api/"):
            fields += list(request.POST.lists())
        if "\x00" in request.path or any("\x00" in key + "".join(values) for key, values in fields):
            from django.http import HttpResponseBadRequest, JsonResponse

            if request.path.startswith("/api/"):
                return JsonResponse({"detail": self.MESSAGE, "code": "invalid"}, status=400)
            return HttpResponseBadRequest(self.MESSAGE, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
