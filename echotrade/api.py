"""Pieces every API module shares: how amounts look in JSON, and who may write."""
from __future__ import annotations

from django.db import models
from rest_framework import permissions, serializers
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


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
