"""Pieces every API module shares: how amounts look in JSON, and who may write."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache
from operator import attrgetter, itemgetter

import orjson
from django.db import models
from django.utils import timezone
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, permissions, serializers
from rest_framework.exceptions import AuthenticationFailed, ParseError
from rest_framework.parsers import JSONParser
from rest_framework.renderers import JSONRenderer
from rest_framework.settings import ISO_8601, api_settings
from rest_framework.utils.encoders import JSONEncoder

from echotrade.prepared import PreparedQuery


class Amount(serializers.DecimalField):
    """A Decimal sent as a string without trailing zeros ("1.5", "67500"), or null."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", 28)
        kwargs.setdefault("decimal_places", 8)
        kwargs.setdefault("normalize_output", True)
        kwargs.setdefault("coerce_to_string", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        if value is None or value == "":
            return None
        return super().to_representation(value)


class ModelSerializer(serializers.ModelSerializer):
    """Every model Decimal (money, prices, ratios) comes out as an ``Amount``."""

    serializer_field_mapping = {**serializers.ModelSerializer.serializer_field_mapping, models.DecimalField: Amount}


# The token's user, in one query compiled once (DRF's own check builds a select_related query and a
# Token row on every request, which cost more than the endpoint's own reads). Not cached: a
# deleted token, or a user made inactive, is refused on the very next request.
TOKEN_USER = PreparedQuery(lambda key: get_user_model().objects.filter(auth_token__key=key), probe="probe")


class TokenAuthentication(authentication.TokenAuthentication):
    """DRF's ``Authorization: Token <key>``, with the same answers, in one lean query."""

    def authenticate_credentials(self, key):
        user = TOKEN_USER.first(key)
        if user is None:
            raise AuthenticationFailed(_("Invalid token."))
        if not user.is_active:
            raise AuthenticationFailed(_("User inactive or deleted."))
        # Imported here: DRF loads this class with its settings, before the app registry is ready.
        from rest_framework.authtoken.models import Token

        # request.auth: the token, as DRF gives it (its row is not read again for this).
        return user, Token(key=key, user=user)


class StaffWritesOnly(permissions.BasePermission):
    """Any logged-in user may read; only staff may change (traders are shared by all accounts)."""

    message = "Only staff may change traders."

    def has_permission(self, request, view) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return bool(request.user and request.user.is_authenticated)
        return bool(request.user and request.user.is_staff)


class CanPostSignals(permissions.BasePermission):
    """Posting a signal trades in every following account, so it takes staff or an explicit grant."""

    message = "Posting signals needs staff status or the 'signals.add_signal' permission."

    def has_permission(self, request, view) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return bool(request.user and request.user.is_authenticated)
        return bool(request.user and (request.user.is_staff or request.user.has_perm("signals.add_signal")))


class ObjectJSONParser(JSONParser):
    """Every EchoTrade endpoint takes a JSON object; a list, number or string is refused up front."""

    def parse(self, stream, media_type=None, parser_context=None):
        data = super().parse(stream, media_type, parser_context)
        if not isinstance(data, dict):
            raise ParseError(f"The request body must be a JSON object such as {{\"field\": …}}, not a {type(data).__name__}.")
        if contains_nul(data):
            # PostgreSQL stores no NUL in text or jsonb: kept, it would fail the write with a 500.
            raise ParseError("The request body contains a NUL character (\\u0000), which no field can hold.")
        return data


def contains_nul(value) -> bool:
    """Whether a NUL character is in any key or string of a parsed JSON value."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(contains_nul(k) or contains_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(contains_nul(v) for v in value)
    return False


class OrjsonRenderer(JSONRenderer):
    """DRF's JSON, written by orjson, several times faster than ``json.dumps`` on a list
    (bench/api_latency.py). What orjson cannot take itself goes to DRF's encoder, so dates, Decimals
    and lazy texts read as before; a pretty-printed answer (``Accept: application/json; indent=2``)
    and anything orjson refuses (an integer past 64 bits) are DRF's renderer's."""

    _default = JSONEncoder().default
    _options = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None or self.get_indent(accepted_media_type, renderer_context or {}) is not None:
            return super().render(data, accepted_media_type, renderer_context)
        try:
            text = orjson.dumps(data, default=self._default, option=self._options)
        except orjson.JSONEncodeError:
            return super().render(data, accepted_media_type, renderer_context)
        # As DRF does: U+2028 and U+2029 escaped, so the JSON is also valid JavaScript.
        return text.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029")


# --- Output without DRF's per-row machinery ----------------------------------------------------
PLAIN, ZONED, COMPUTED = "plain", "zoned", "computed"  # how a plan's step makes its value


def _identity(value):
    return value


def _text(value):
    return value if type(value) is str else str(value)


def _path_getter(path: list[str], *, mapping: bool) -> Callable:
    if mapping:
        if len(path) != 1:
            raise TypeError(f"{'.'.join(path)}: a plan over mappings reads top-level keys only.")
        return itemgetter(path[0])
    if len(path) == 1:
        return attrgetter(path[0])

    def get(obj):
        for name in path:
            if obj is None:
                return None
            obj = getattr(obj, name)
        return obj
    return get


def _moment(field: serializers.DateTimeField) -> Callable | None:
    """DRF's ISO text of an aware datetime in the current time zone, which ``many`` looks up once
    per list rather than once per value; None when the field has a format of its own."""
    if getattr(field, "format", api_settings.DATETIME_FORMAT) != ISO_8601 or getattr(field, "timezone", None):
        return None

    def iso(value, tz):
        if type(value) is not datetime or value.tzinfo is None:
            return field.to_representation(value)
        text = value.astimezone(tz).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return iso


def _converter(field: serializers.Field) -> Callable:
    """What ``field.to_representation`` does to a value that is not None, with DRF's own code where
    it formats (amounts, dates, choices) and without a call where it would hand the value back."""
    if isinstance(field, (serializers.PrimaryKeyRelatedField, serializers.SlugRelatedField)):
        return _identity  # the getter already read the pk or the slug
    if isinstance(field, serializers.BaseSerializer | serializers.RelatedField | serializers.SerializerMethodField):
        raise TypeError(f"{field.field_name}: a nested or computed field; give it in `computed`.")
    if isinstance(field, serializers.JSONField) and not field.binary:
        return _identity
    if isinstance(field, serializers.CharField) and not isinstance(field, serializers.RegexField):
        return _text
    if type(field) is serializers.IntegerField:
        return int
    if isinstance(field, serializers.DecimalField):
        # The same few amounts recur down a list (multipliers, limits); an amount's text depends
        # only on its value once it fits the field's places, as every stored one does.
        return lru_cache(maxsize=4096)(field.to_representation)
    if isinstance(field, serializers.ListField):
        child = _converter(field.child)
        return lambda values: [None if v is None else child(v) for v in values]
    if isinstance(field, serializers.DictField):
        child = _converter(field.child)
        return lambda values: {str(k): None if v is None else child(v) for k, v in values.items()}
    return field.to_representation


class OutputPlan:
    """A serializer's output for many rows at a time, without DRF's per-row, per-field machinery.

    DRF spends most of a list endpoint's time binding fields and looking attributes up, row by
    row. A plan reads the serializer's fields once and then, for every row, reads each attribute
    and formats it with that field's own ``to_representation`` (Decimals, dates and choices come
    out exactly as the serializer writes them). So the serializer class stays the one description
    of the shape, and the schema's; a plan only runs it faster (tests/api/test_output_plans.py
    holds the two equal). Fields a plan cannot run (nested serializers, method fields) are given
    in ``computed`` as functions of the row and of the ``context`` passed to ``many``.
    ``mapping``: the rows are dicts (a JSON column's items), read by key.
    """

    def __init__(
        self, serializer_class: type[serializers.Serializer], *, computed: dict[str, Callable] | None = None,
        mapping: bool = False,
    ):
        self._serializer_class = serializer_class
        self._computed = computed or {}
        self._mapping = mapping
        self._steps: list[tuple] | None = None

    def _plan(self) -> list[tuple]:
        # Built on first use: a ModelSerializer's fields need the app registry.
        steps, computed = [], dict(self._computed)
        for name, field in self._serializer_class().fields.items():
            if field.write_only:
                continue
            if name in computed:
                steps.append((name, computed.pop(name), None, COMPUTED))
                continue
            path = list(field.source_attrs)
            if isinstance(field, serializers.PrimaryKeyRelatedField) and field.pk_field is None:
                path[-1] += "_id"  # the foreign key's column: no related row is loaded
            elif isinstance(field, serializers.SlugRelatedField):
                path.append(field.slug_field)
            moment = _moment(field) if isinstance(field, serializers.DateTimeField) else None
            converter = moment or _converter(field)
            kind = ZONED if moment is not None else PLAIN
            steps.append((name, _path_getter(path, mapping=self._mapping), None if converter is _identity else converter, kind))
        if computed:
            raise TypeError(f"{self._serializer_class.__name__} has no fields {sorted(computed)}.")
        return steps

    def one(self, obj, context=None) -> dict:
        return self.many([obj], context)[0]

    def many(self, objs: Iterable, context=None) -> list[dict]:
        steps = self._steps
        if steps is None:
            steps = self._steps = self._plan()
        tz = timezone.get_current_timezone()
        rows = []
        for obj in objs:
            row = {}
            for name, get, convert, kind in steps:
                if kind is COMPUTED:
                    row[name] = get(obj, context)
                    continue
                value = get(obj)
                if value is None or convert is None:
                    row[name] = value
                else:
                    row[name] = convert(value, tz) if kind is ZONED else convert(value)
            rows.append(row)
        return rows
