"""A query the ORM compiles once and then runs with a new value on every call.

Building SQL (Django's compiler, model metadata, lookups) costs several times what PostgreSQL
takes to answer a one-row query by key. A read that every API request makes, such as the API
token's user, is therefore written as an ordinary queryset and compiled the first time it runs;
later calls only send that SQL with the new value. The ORM stays the one description of the
query, and the rows come back as the model instances the queryset itself would build.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from django.db import connections, models

M = TypeVar("M", bound=models.Model)


class PreparedQuery(Generic[M]):
    """``build(value)`` returns the queryset; ``value`` must reach the SQL as its only parameter
    (an equality filter on a key, never an ``__in`` list). ``probe`` is any value of the right type,
    used to compile it; the compiled SQL is checked to take exactly that one parameter."""

    def __init__(self, build: Callable[[object], models.QuerySet[M]], *, probe: object):
        self._build = build
        self._probe = probe
        self._compiled: dict[str, tuple] = {}  # per database alias: the SQL differs by vendor

    def _compile(self, alias: str) -> tuple:
        queryset = self._build(self._probe)
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        if list(params) != [self._probe]:
            raise TypeError(f"A prepared query takes its one value as its only parameter, not {params!r}.")
        if compiler.klass_info is None or compiler.klass_info.get("related_klass_infos") or compiler.annotation_col_map:
            raise TypeError("A prepared query reads one model's own columns (no select_related, no annotations).")
        select = compiler.select
        fields = compiler.klass_info["select_fields"]
        if fields != list(range(len(select))):
            raise TypeError("A prepared query selects its model's columns and nothing else.")
        names = [select[i][0].target.attname for i in fields]
        converters = [
            (i, converters, expression) for i, (converters, expression)
            in compiler.get_converters([s[0] for s in select]).items()
        ]
        return sql, queryset.model, names, converters

    def all(self, value, *, using: str = "default") -> list[M]:
        compiled = self._compiled.get(using)
        if compiled is None:
            compiled = self._compiled[using] = self._compile(using)
        sql, model, names, converters = compiled
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(sql, [value])
            rows = cursor.fetchall()
        found = []
        for row in rows:
            if converters:
                row = list(row)
                for i, functions, expression in converters:
                    for convert in functions:
                        row[i] = convert(row[i], expression, connection)
            found.append(model.from_db(using, names, row))
        return found

    def first(self, value, *, using: str = "default") -> M | None:
        rows = self.all(value, using=using)
        return rows[0] if rows else None


class PreparedUpdate:
    """An UPDATE the ORM compiles once. ``build(**values)`` returns the queryset to update and the
    new field values, as it would be written for ``QuerySet.update``; ``probes`` gives each value
    a stand-in of its type, distinct from every constant in the statement. The compiled SQL is
    checked to take every value, and each of its parameters equal to a stand-in is sent the value.
    Values that the database converts (dates on SQLite) belong in the SQL as expressions, such as
    ``Now()``, not as values."""

    def __init__(self, build: Callable[..., tuple[models.QuerySet, dict]], **probes: object):
        self._build = build
        self._probes = probes
        self._compiled: dict[str, tuple] = {}

    def _compile(self, alias: str) -> tuple:
        from django.db.models import sql

        queryset, changes = self._build(**self._probes)
        query = queryset.query.chain(sql.UpdateQuery)
        query.add_update_values(changes)
        query.clear_select_clause()
        statement, params = query.get_compiler(using=alias).as_sql()
        slots = [
            next((name for name, probe in self._probes.items() if type(p) is type(probe) and p == probe), None)
            for p in params
        ]
        missing = set(self._probes) - set(slots)
        if missing:
            raise TypeError(f"A prepared update sends every value as a parameter; {sorted(missing)} became SQL.")
        return statement, list(params), slots

    def run(self, *, using: str = "default", **values) -> int:
        """Send the statement with ``values``; the number of rows it changed."""
        statement, params, slots = self._compiled_for(using)
        with connections[using].cursor() as cursor:
            cursor.execute(statement, [values[slot] if slot else p for slot, p in zip(slots, params)])
            return cursor.rowcount

    def run_many(self, rows: list[dict], *, using: str = "default") -> None:
        """Send the statement once per dict of values in ``rows``, together (psycopg pipelines them
        in one round trip): many rows each set to its own value, with no CASE over all of them."""
        statement, params, slots = self._compiled_for(using)
        with connections[using].cursor() as cursor:
            cursor.executemany(statement, [[row[slot] if slot else p for slot, p in zip(slots, params)] for row in rows])

    def _compiled_for(self, alias: str) -> tuple:
        compiled = self._compiled.get(alias)
        if compiled is None:
            compiled = self._compiled[alias] = self._compile(alias)
        return compiled
