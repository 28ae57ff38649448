"""Participant categories (cohorts), their Indonesian labels and the extra fields each one needs (fields the
registry marks `category_extra`, domain/registry.py).

The list lives in resources/reference/categories.json so the city office can change a rule without code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from jamsos_desktop.domain.problems import Level
from jamsos_desktop.paths import resource


@dataclass(frozen=True)
class Category:
    code: str
    label: str
    default_position: str
    fields: dict[str, Level]
    companies: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class CategoryRules:
    categories: tuple[Category, ...]
    max_age_years: int
    max_age_level: Level

    def get(self, code: str) -> Category | None:
        return self._by_code.get(code)

    @cached_property
    def _by_code(self) -> dict[str, Category]:
        """Code -> category, the first of a code winning (an import looks a category up twice per row)."""
        index: dict[str, Category] = {}
        for c in self.categories:
            index.setdefault(c.code, c)
        return index

    def find(self, text: str) -> Category | None:
        """A category by code or by its label as people write it ("Kader Posyandu", "ketua rt")."""
        key = " ".join(str(text or "").lower().replace("_", " ").split())
        for c in self.categories:
            if key in (c.code.replace("_", " "), c.label.lower()):
                return c
        return None

    @property
    def codes(self) -> list[str]:
        return [c.code for c in self.categories]


def load_categories(path: Path) -> CategoryRules:
    data = json.loads(path.read_text(encoding="utf-8"))
    cats = tuple(
        Category(
            code=c["code"],
            label=c["label"],
            default_position=c.get("position", ""),
            fields={name: Level(level) for name, level in c.get("fields", {}).items()},
            companies=tuple(c.get("companies", ())),
        )
        for c in data["categories"]
    )
    return CategoryRules(cats, int(data["max_age"]["years"]), Level(data["max_age"]["level"]))


@cache
def default_categories() -> CategoryRules:
    return load_categories(resource("reference", "categories.json"))
