"""Django's PostgreSQL compilers, with small bulk inserts as VALUES (see the package's docstring)."""
from django.db.backends.postgresql import compiler
from django.db.backends.postgresql.compiler import *  # noqa: F403  (every other compiler unchanged)
from django.db.models.sql.compiler import SQLInsertCompiler as GenericInsertCompiler

# Below this many rows a VALUES list is cheaper to send than UNNEST's arrays.
UNNEST_FROM_ROWS = 10


class SQLInsertCompiler(compiler.SQLInsertCompiler):
    def assemble_as_sql(self, fields, value_rows):
        if len(value_rows) < UNNEST_FROM_ROWS:
            return GenericInsertCompiler.assemble_as_sql(self, fields, value_rows)
        return super().assemble_as_sql(fields, value_rows)
