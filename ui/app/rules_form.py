"""A pydantic model as a flat form: one value per field path, and back.

The rules editor draws its widgets from this, never from a list of the ruleset's
fields: a field the ruleset's shape gains (a new kind of route, a rung declared
unknown) appears in the editor with no change here. A path is written as the
problems of a ruleset file write it (`collective.BK_TTG.base[0].award`), so a
problem found on save lands on the widget of its field.

Containers keep their shape in marker entries beside their fields:
`path#count` (items of a list of models), `path#keys` (keys of a map),
`path#present` (an optional model), `path#variant` (which model of a union).
No Streamlit here: the form is tested alone (tests/ui/test_rules_form.py).
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal, Union

import annotated_types
from pydantic import BaseModel, TypeAdapter
from pydantic.fields import FieldInfo

Flat = dict[str, Any]

COUNT, KEYS, PRESENT, VARIANT = "#count", "#keys", "#present", "#variant"
SCALARS = (str, int, float, bool)


@dataclass(frozen=True)
class Shape:
    """What a field holds, as the editor needs to know it.

    kind: "model", "models" (a list), "model_map" (str → model), "union" (one of
    several models), "scalar" (text, number, yes/no, a choice), "scalars" (a list of
    them), "scalar_map" (str → scalar)."""

    kind: str
    optional: bool = False
    model: type[BaseModel] | None = None
    variants: tuple[type[BaseModel], ...] = ()
    item: type | None = None  # the scalar type (str, int, bool, an Enum) or None
    choices: tuple[Any, ...] = ()  # a Literal's or an Enum's values
    item_shape: Shape | None = None  # of a list's or a map's items


def shape_of(annotation: Any) -> Shape:
    optional = False
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(members) < len(typing.get_args(annotation))
        if len(members) == 1:
            annotation, origin = members[0], typing.get_origin(members[0])
        elif all(_is_model(m) for m in members):
            return Shape("union", optional, variants=tuple(members))
        else:
            return Shape("scalar", optional, item=str)
    if _is_model(annotation):
        return Shape("model", optional, model=annotation)
    if origin in (tuple, list):
        args = [a for a in typing.get_args(annotation) if a is not Ellipsis]
        inner = shape_of(args[0]) if args else Shape("scalar", item=str)
        if inner.kind in ("model", "union"):
            return Shape("models", optional, item_shape=inner)
        return Shape("scalars", optional, item=inner.item, choices=inner.choices)
    if origin is dict:
        inner = shape_of(typing.get_args(annotation)[1])
        if inner.kind in ("model", "union"):
            return Shape("model_map", optional, item_shape=inner)
        return Shape("scalar_map", optional, item=inner.item, item_shape=inner)
    if origin is Literal:
        values = typing.get_args(annotation)
        return Shape("scalar", optional, item=type(values[0]), choices=values)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return Shape(
            "scalar", optional, item=annotation, choices=tuple(m.value for m in annotation)
        )
    if isinstance(annotation, type) and issubclass(annotation, SCALARS):
        return Shape("scalar", optional, item=annotation)
    return Shape("scalar", optional, item=str)


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def fields_of(model: type[BaseModel]) -> list[tuple[str, FieldInfo, Shape]]:
    return [(name, f, shape_of(f.annotation)) for name, f in model.model_fields.items()]


def bounds(field: FieldInfo) -> tuple[int | None, int | None]:
    """The lowest and highest number a field takes (Field(ge=…, le=…))."""
    low = high = None
    for rule in field.metadata:
        if isinstance(rule, annotated_types.Ge):
            low = rule.ge
        elif isinstance(rule, annotated_types.Gt):
            low = rule.gt + 1
        elif isinstance(rule, annotated_types.Le):
            high = rule.le
        elif isinstance(rule, annotated_types.Lt):
            high = rule.lt - 1
    return low, high


def min_items(field: FieldInfo) -> int:
    return max(
        (r.min_length for r in field.metadata if isinstance(r, annotated_types.MinLen)), default=0
    )


def child(path: str, part: str | int) -> str:
    if isinstance(part, int):
        return f"{path}[{part}]"
    return f"{path}.{part}" if path else part


# model → form ---------------------------------------------------------------------------


def flatten(instance: BaseModel) -> Flat:
    """Every field of `instance` at its path."""
    flat: Flat = {}
    _flatten_model(type(instance), instance.model_dump(mode="json"), "", flat)
    return flat


def flatten_value(shape: Shape, raw: Any, path: str, flat: Flat) -> None:
    """`raw` (plain data of `shape`) into `flat` under `path`."""
    if shape.kind in ("model", "union") and shape.optional:
        flat[path + PRESENT] = raw is not None
        if raw is None:
            return
    if shape.kind == "model":
        _flatten_model(shape.model, raw, path, flat)
    elif shape.kind == "union":
        variant = variant_of(shape, raw)
        flat[path + VARIANT] = variant.__name__
        _flatten_model(variant, raw, path, flat)
    elif shape.kind == "models":
        items = list(raw or [])
        flat[path + COUNT] = len(items)
        for i, item in enumerate(items):
            flatten_value(shape.item_shape, item, child(path, i), flat)
    elif shape.kind in ("model_map", "scalar_map"):
        items = dict(raw or {})
        flat[path + KEYS] = list(items)
        for key, item in items.items():
            flatten_value(shape.item_shape, item, child(path, str(key)), flat)
    elif shape.kind == "scalars":
        flat[path] = list(raw or [])
    else:
        flat[path] = raw


def _flatten_model(model: type[BaseModel], raw: dict, path: str, flat: Flat) -> None:
    raw = raw or {}
    for name, field, shape in fields_of(model):
        value = raw[name] if name in raw else _plain_default(field)
        flatten_value(shape, value, child(path, name), flat)


def _plain_default(field: FieldInfo) -> Any:
    if field.is_required():
        return blank(shape_of(field.annotation), field)
    return TypeAdapter(field.annotation).dump_python(field.get_default(), mode="json")


def variant_of(shape: Shape, raw: Any) -> type[BaseModel]:
    """The model of a union that `raw` is: the first whose fields hold all its keys."""
    keys = set(raw) if isinstance(raw, dict) else set()
    for variant in shape.variants:
        fields = variant.model_fields
        required = {n for n, f in fields.items() if f.is_required()}
        if keys <= set(fields) and required <= keys:
            return variant
    return shape.variants[0]


def blank(shape: Shape, field: FieldInfo | None = None) -> Any:
    """Plain data for a new item of `shape`: defaults where the model has them, the
    lowest allowed number, one blank item in a list that may not be empty. Not always
    valid (a citation's document is empty): the editor shows what is still missing."""
    if shape.optional and field is not None and not field.is_required():
        return None
    if shape.kind in ("model", "union"):
        model = shape.model or shape.variants[0]
        return {name: _plain_default(f) for name, f, _ in fields_of(model)}
    if shape.kind == "models":
        needed = min_items(field) if field else 0
        return [blank(shape.item_shape) for _ in range(needed)]
    if shape.kind in ("model_map", "scalar_map"):
        return {}
    if shape.kind == "scalars":
        return []
    if shape.choices:
        return shape.choices[0]
    if shape.item is bool:
        return False
    if shape.item in (int, float):
        low, _ = bounds(field) if field else (None, None)
        return low if low is not None else 0
    return ""


# form → model ---------------------------------------------------------------------------


def unflatten(model: type[BaseModel], flat: Flat, path: str = "") -> dict[str, Any]:
    """The plain data a form holds, ready for `model.model_validate`."""
    raw: dict[str, Any] = {}
    for name, _field, shape in fields_of(model):
        here = child(path, name)
        if not present(shape, flat, here):
            if shape.optional:
                raw[name] = None
            continue
        raw[name] = value_at(shape, flat, here)
    return raw


def present(shape: Shape, flat: Flat, path: str) -> bool:
    """Whether the form holds anything for `path` (a field the form was built
    without is left out, and the model's default applies)."""
    if shape.kind in ("model", "union") and shape.optional:
        return bool(flat.get(path + PRESENT))
    if shape.kind in ("model", "union"):
        return any(k == path or k.startswith((path + ".", path + "#")) for k in flat)
    if shape.kind == "models":
        return path + COUNT in flat
    if shape.kind in ("model_map", "scalar_map"):
        return path + KEYS in flat
    return path in flat


def value_at(shape: Shape, flat: Flat, path: str) -> Any:
    if shape.kind == "model":
        return unflatten(shape.model, flat, path)
    if shape.kind == "union":
        return unflatten(chosen_variant(shape, flat, path), flat, path)
    if shape.kind == "models":
        return [value_at(shape.item_shape, flat, child(path, i)) for i in range(flat[path + COUNT])]
    if shape.kind in ("model_map", "scalar_map"):
        return {k: value_at(shape.item_shape, flat, child(path, k)) for k in flat[path + KEYS]}
    value = flat[path]
    return _cleaned(value, shape)


def _cleaned(value: Any, shape: Shape) -> Any:
    """An empty text of an optional field is no value."""
    if shape.optional and isinstance(value, str) and not value.strip():
        return None
    return value


def chosen_variant(shape: Shape, flat: Flat, path: str) -> type[BaseModel]:
    name = flat.get(path + VARIANT)
    return next((v for v in shape.variants if v.__name__ == name), shape.variants[0])


# changes a person makes -----------------------------------------------------------------


def _under(key: str, path: str) -> bool:
    return key == path or key.startswith((path + ".", path + "[", path + "#"))


def replaced(flat: Flat, shape: Shape, path: str, raw: Any) -> Flat:
    """`flat` with everything under `path` replaced by `raw`."""
    kept = {k: v for k, v in flat.items() if not _under(k, path)}
    flatten_value(shape, raw, path, kept)
    return kept


def with_item(flat: Flat, shape: Shape, path: str) -> Flat:
    """A blank item added at the end of the list at `path`."""
    items = value_at(shape, flat, path) if path + COUNT in flat else []
    return replaced(flat, shape, path, [*items, blank(shape.item_shape)])


def without_item(flat: Flat, shape: Shape, path: str, index: int) -> Flat:
    items = value_at(shape, flat, path)
    del items[index]
    return replaced(flat, shape, path, items)


def with_key(flat: Flat, shape: Shape, path: str, key: str, raw: Any = None) -> Flat:
    items = value_at(shape, flat, path) if path + KEYS in flat else {}
    items[key] = blank(shape.item_shape) if raw is None else raw
    return replaced(flat, shape, path, items)


def without_key(flat: Flat, shape: Shape, path: str, key: str) -> Flat:
    items = value_at(shape, flat, path)
    items.pop(key, None)
    return replaced(flat, shape, path, items)


def with_variant(flat: Flat, shape: Shape, path: str, name: str) -> Flat:
    """The union at `path` made a blank `name` (a rung declared unknown becomes a filled one)."""
    variant = next(v for v in shape.variants if v.__name__ == name)
    return replaced(flat, shape, path, blank(Shape("model", model=variant)))
