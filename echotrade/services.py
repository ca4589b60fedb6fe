"""Helpers every app's update services share (HackSoft's ``model_update``, with the audit's diff)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models

ModelT = TypeVar("ModelT", bound=models.Model)
Changed = dict[str, tuple[Any, Any]]


def model_update(*, instance: ModelT, fields: Iterable[str], data: dict[str, Any]) -> tuple[ModelT, Changed]:
    """Set the ``fields`` of ``instance`` that ``data`` gives a new value, validate, save only those.

    Returns the instance and ``{field: (before, after)}`` for every field whose value changed
    (empty when none did, and then nothing is saved). Keys of ``data`` outside ``fields`` are
    ignored; refusing unknown names is the calling service's job, in its own words.

    Validation is the model's: the changed fields' own validators, ``Model.clean`` and every
    constraint (with the row's other values, so a constraint across two fields still holds).
    Unchanged fields are not re-validated: a row written before a validator was tightened can
    still change its other settings. Raises Django's ``ValidationError``; nothing is saved then,
    but the instance holds the refused values, so a caller that goes on should reload it.
    Uniqueness is left to the database's constraints, not a prior SELECT that a race can pass.

    The save names only the changed columns (plus ``auto_now`` ones such as ``updated_at``), so
    it never overwrites a column another writer changed in the meantime.
    """
    names = [name for name in fields if name in data]
    model_fields = {field.name: field for field in instance._meta.concrete_fields}
    unknown = [name for name in names if name not in model_fields]
    if unknown:
        raise ValueError(f"{type(instance).__name__} has no field {', '.join(unknown)}.")
    before = {name: getattr(instance, name) for name in names}
    touched = [name for name in names if before[name] != data[name]]
    if not touched:
        return instance, {}
    for name in touched:
        setattr(instance, name, data[name])
    _validate(instance, touched=touched)
    # Cleaning converts values to the field's type ("12" -> 12): compare what will be stored.
    changed = {name: (before[name], getattr(instance, name)) for name in touched if getattr(instance, name) != before[name]}
    if changed:
        automatic = [name for name, field in model_fields.items() if getattr(field, "auto_now", False)]
        instance.save(update_fields=[*changed, *(name for name in automatic if name not in changed)])
    return instance, changed


def _validate(instance: models.Model, *, touched: list[str]) -> None:
    """``full_clean`` limited to the touched fields' validators (see ``model_update``)."""
    untouched = [field.name for field in instance._meta.concrete_fields if field.name not in touched]
    errors: dict = {}
    try:
        instance.clean_fields(exclude=untouched)
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    try:
        instance.clean()
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    # As full_clean does: a field that already failed is not judged again by a constraint.
    failed = [name for name in errors if name != NON_FIELD_ERRORS]
    try:
        instance.validate_constraints(exclude=failed or None)
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)


def changed_before_after(changed: Changed) -> tuple[dict[str, Any], dict[str, Any]]:
    """``model_update``'s diff as the audit event's ``before`` and ``after``."""
    return {name: values[0] for name, values in changed.items()}, {name: values[1] for name, values in changed.items()}
