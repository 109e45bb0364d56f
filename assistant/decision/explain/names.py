"""Model and GPU names in free text, resolved against the catalog (``Resolver``, cached per catalog)."""

from __future__ import annotations

import functools
import re

import assistant.interview.patterns as rx
from tools.catalog import Catalog, compact


class Resolver:
    """Model and GPU names in free text, resolved against the catalog (cached per catalog)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        keys: dict[str, str] = {}
        for slug, entry in catalog.api.items():
            for name in (slug, entry.name, *entry.aliases):
                keys.setdefault(compact(name), slug)
        self.local = keys
        self.gpu_keys: dict[str, str] = {}
        for slug, spec in catalog.gpu_specs.items():
            for name in (slug, spec.name, *spec.aliases):
                self.gpu_keys.setdefault(compact(name), slug)
        for slug in list(catalog.gpu_specs):
            self.gpu_keys.setdefault(compact(slug.split("-")[0]), slug)

    @functools.cached_property
    def remote(self) -> dict[str, str]:
        from tools import genai_catalog

        out: dict[str, str] = {}
        for slug, entry in genai_catalog.all_catalog_prices(self.catalog.as_of).items():
            for name in (slug.split("/")[-1], *entry.aliases):
                out.setdefault(compact(name), slug)
        return out

    def model(self, phrase: str) -> str | None:
        key = compact(phrase)
        if len(key) < 3 or key.isdigit():
            return None
        return self.local.get(key) or self.remote.get(key)

    def gpu(self, phrase: str) -> str | None:
        key = compact(phrase)  # "L40S" as written, else without a plural "s" ("H100s")
        return self.gpu_keys.get(key) or self.gpu_keys.get(rx.sub(r"s$", "", key))

    def find(self, text: str) -> tuple[list[str], list[str], list[str]]:
        """(models, gpus, unknown names) mentioned after a comparison cue."""
        words = rx.findall(r"[A-Za-z0-9][A-Za-z0-9.\-_/]*", text)
        models: list[str] = []
        gpus: list[str] = []
        used = [False] * len(words)
        for size in range(5, 0, -1):
            for i in range(len(words) - size + 1):
                if any(used[i : i + size]):
                    continue
                phrase = " ".join(words[i : i + size])
                if size == 1 and words[i].lower() in STOP:
                    continue
                gpu = self.gpu(phrase) if size <= 2 else None
                slug = None if gpu else self.model(phrase)
                if gpu and gpu not in gpus:
                    gpus.append(gpu)
                elif slug and slug not in models:
                    models.append(slug)
                else:
                    continue
                for j in range(i, i + size):
                    used[j] = True
        unknown: list[str] = []
        if not models and not gpus:
            m = rx.search(
                r"(?:compare (?:it |this |that )?(?:with|to|against)|versus|vs\.?|what about|how about|"
                r"switch(?:ed|ing)? to|instead of|rather than|go(?:ing)? with|price (?:of|for)|"
                r"cost (?:of|with|on|using))"
                r"\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][\w.\- ]{1,40}?)\s*(?:\?|$|,|\.(?:\s|$)| instead| for| on| at)",
                text,
                re.IGNORECASE,
            )
            if m and m.group(1).strip().lower() not in STOP and rx.search(r"\d|[A-Z]", m.group(1)):
                unknown.append(m.group(1).strip())
        return models, gpus, unknown


STOP = {
    "a", "an", "the", "it", "that", "this", "with", "to", "vs", "about", "what", "how", "compare", "model",
    "models", "api", "apis", "cost", "price", "of", "for", "on", "we", "us", "our", "i", "if", "and", "or",
    "instead", "using", "use", "self", "host", "one", "two", "is", "be", "would", "much", "go", "all",
}  # fmt: skip


@functools.lru_cache(maxsize=8)
def resolver_for(catalog: Catalog) -> Resolver:
    return Resolver(catalog)
