"""The price catalog: article prices, the genai-prices snapshot, and the user's override file."""

from __future__ import annotations

import difflib
import functools
import json
import re
import tomllib
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tools import genai_catalog
from tools.catalog_models import (
    ApiPrice,
    CacheTerms,
    CatalogData,
    Cloud,
    GpuOffer,
    GpuSpec,
    HardwareItem,
    OpenModel,
    Range,
)
from tools.sources import Source

PriceMode = Literal["auto", "articles", "catalog"]
PriceOrigin = Literal["article", "catalog", "vendor", "user"]
DATA_DIR = Path(__file__).parent / "data"


class CatalogError(ValueError):
    """A catalog file that cannot be used; the message names file, entry and field."""


class UnknownNameError(LookupError):
    """A name the catalog does not know, with the closest names it does know."""

    def __init__(self, what: str, name: str, hints: list[str]) -> None:
        self.what, self.name, self.hints = what, name, hints
        hint = f"; did you mean {', '.join(hints)}?" if hints else ""
        super().__init__(f"unknown {what} {name!r}{hint}")


class ResolvedPrice(BaseModel):
    """The price used for one model, where it came from, and how it compares to the other source."""

    model_config = ConfigDict(frozen=True)

    price: ApiPrice
    origin: PriceOrigin = Field(description="article, catalog, vendor (the provider's own price page) or user")
    notes: tuple[str, ...] = ()
    cloud: Cloud | None = Field(default=None, description="the cloud a dedicated deployment runs in, else None")

    @property
    def source(self) -> Source:
        return self.price.source


@functools.lru_cache(maxsize=4096)  # a comparison asks for the same few hundred names again and again
def compact(name: str) -> str:
    """Spelling-insensitive key: 'GPT-5', 'gpt5' and 'gpt 5' are the same model."""
    return re.sub(r"[^a-z0-9/]", "", name.lower().strip())


def _index(entries: dict[str, Any]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for slug, entry in entries.items():
        for name in (slug, *getattr(entry, "aliases", ()), getattr(entry, "name", "")):
            if name:
                keys.setdefault(compact(name), slug)
    return keys


def _describe_error(path: Path, data: dict[str, Any], exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = list(err["loc"])
    where = ""
    if len(loc) >= 2 and isinstance(loc[1], int):
        section, idx = str(loc[0]), loc[1]
        try:
            slug = data[section][idx].get("slug")
        except (KeyError, IndexError, AttributeError, TypeError):
            slug = None
        where = f"{section}[{idx}]" + (f" ({slug!r})" if slug else "")
        loc = loc[2:]
    elif loc:
        where, loc = str(loc[0]), loc[1:]
    field = ".".join(str(p) for p in loc) or "(entry)"
    return f"price file {path}: entry {where}: field {field}: {err['msg']}"


def _default_user_source(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Entries in a user file may omit their source: they cite the file itself."""
    stamp = datetime.fromtimestamp(path.stat().st_mtime).date().isoformat()
    user_source = {"kind": "user", "title": path.name, "as_of": stamp}
    for section in ("api", "vendor_api", "gpu_specs", "gpu_offers", "hardware", "open_models"):
        for entry in data.get(section, []) or []:
            if isinstance(entry, dict):
                entry.setdefault("source", dict(user_source))
                if section == "hardware":
                    entry.setdefault("spec_source", dict(user_source))
                if entry.get("quality_tier") is not None:
                    entry.setdefault("quality_source", dict(user_source))
    for key in ("spot_discount", "reserved_discount"):
        if isinstance(data.get(key), dict):
            data[key].setdefault("source", dict(user_source))
    if isinstance(data.get("batch_discounts"), dict):
        sources = data.setdefault("batch_discount_sources", {})
        if isinstance(sources, dict):
            for provider in data["batch_discounts"]:
                sources.setdefault(provider, dict(user_source))
    for terms in (data.get("cache_terms") or {}).values() if isinstance(data.get("cache_terms"), dict) else ():
        if isinstance(terms, dict):
            terms.setdefault("source", dict(user_source))
    return data


def load_file(path: Path, *, user: bool = False) -> CatalogData:
    """Read and validate one TOML or JSON catalog file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"price file {path}: cannot read: {exc.strerror or exc}") from exc
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw)
        elif path.suffix.lower() == ".toml":
            data = tomllib.loads(raw.decode("utf-8"))
        else:
            raise CatalogError(f"price file {path}: use a .toml or .json file")
    except (json.JSONDecodeError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CatalogError(f"price file {path}: not valid {path.suffix[1:]}: {exc}") from exc
    if not isinstance(data, dict):
        raise CatalogError(f"price file {path}: top level must be a table of sections")
    if user:
        data = _default_user_source(path, data)
    try:
        return CatalogData.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(_describe_error(path, data, exc)) from exc


class Catalog:
    """Lookups by name across the local (article + user) data and the genai-prices snapshot."""

    def __init__(self, base: CatalogData, user: CatalogData | None = None, as_of: date | None = None):
        self.as_of = as_of
        self._resolved: dict[tuple[str, str], ResolvedPrice] = {}  # the catalog never changes once loaded
        self.user_slugs = {e.slug for e in user.api} if user else set()
        self.api = {e.slug: e for e in base.api}
        self.gpu_specs = {e.slug: e for e in base.gpu_specs}
        self.gpu_offers = {e.slug: e for e in base.gpu_offers}
        self.hardware = {e.slug: e for e in base.hardware}
        self.open_models = {e.slug: e for e in base.open_models}
        self.vendor_api = {e.slug: e for e in base.vendor_api}
        self.batch_discounts = {compact(k): v for k, v in base.batch_discounts.items()}
        self.batch_discount_sources = {compact(k): v for k, v in base.batch_discount_sources.items()}
        self.cache_terms: dict[str, CacheTerms] = {compact(k): v for k, v in base.cache_terms.items()}
        self.spot_discount: Range | None = base.spot_discount
        self.reserved_discount: Range | None = base.reserved_discount
        self.article_api = dict(self.api)
        if user:
            self._apply(user)
        for offer in self.gpu_offers.values():
            if offer.gpu not in self.gpu_specs:
                raise CatalogError(f"gpu offer {offer.slug!r}: unknown gpu spec {offer.gpu!r}")
        self._keys = {
            "api": _index(self.api),
            "gpu": _index({**self.gpu_offers, **{s: self.gpu_specs[s] for s in self.gpu_specs}}),
            "hardware": _index(self.hardware),
            "open_model": _index(self.open_models),
        }

    def _apply(self, user: CatalogData) -> None:
        self.api.update({e.slug: e for e in user.api})
        self.gpu_specs.update({e.slug: e for e in user.gpu_specs})
        self.gpu_offers.update({e.slug: e for e in user.gpu_offers})
        self.hardware.update({e.slug: e for e in user.hardware})
        self.open_models.update({e.slug: e for e in user.open_models})
        self.vendor_api.update({e.slug: e for e in user.vendor_api})
        self.batch_discounts.update({compact(k): v for k, v in user.batch_discounts.items()})
        self.batch_discount_sources.update({compact(k): v for k, v in user.batch_discount_sources.items()})
        self.cache_terms.update({compact(k): v for k, v in user.cache_terms.items()})
        self.spot_discount = user.spot_discount or self.spot_discount
        self.reserved_discount = user.reserved_discount or self.reserved_discount

    # ------------------------------------------------------------------ lookups
    def _find(self, what: str, name: str, table: dict[str, Any]) -> Any:
        slug = self._keys[what].get(compact(name))
        if slug is None:
            raise UnknownNameError(what.replace("_", " "), name, self.hints(what, name))
        return table[slug]

    def hints(self, what: str, name: str, extra: tuple[str, ...] = ()) -> list[str]:
        keys = self._keys[what]
        close = difflib.get_close_matches(compact(name), list(keys) + list(extra), n=3, cutoff=0.6)
        out: list[str] = []
        for c in close:
            slug = keys.get(c, c)
            if slug not in out:
                out.append(slug)
        return out

    def local_api(self, name: str) -> ApiPrice | None:
        slug = self._keys["api"].get(compact(name))
        return self.api[slug] if slug else None

    def api_price(self, name: str, mode: PriceMode = "auto") -> ResolvedPrice:
        """Resolve a model name to the price to use, noting where the sources differ.

        ``auto`` takes the model vendor's own price where the snapshot only carries a reseller's
        copy of it, else the catalog where it knows the model, else the local (article or vendor)
        price; a model the user's override file names always takes the user's price. Missing cache
        prices are filled from the provider's cache terms; ``articles`` borrows the snapshot's
        long-context tiers, which no article states.
        """
        key = (name, mode)
        if key not in self._resolved:
            resolved = self._resolve(name, mode)
            self._resolved[key] = resolved.model_copy(update={"price": self._with_cache_terms(resolved.price)})
        return self._resolved[key]

    def _resolve(self, name: str, mode: PriceMode) -> ResolvedPrice:
        local = self.local_api(name)
        if local is not None and local.slug in self.user_slugs:
            return ResolvedPrice(price=local, origin="user", notes=("price from your override file",))
        if mode == "articles":
            if local is None:
                raise UnknownNameError("model priced by the articles", name, self.hints("api", name))
            other = genai_catalog.find_catalog_price(local.slug, self.as_of)
            price, borrowed = _borrow_from_catalog(local, other)
            return ResolvedPrice(
                price=price, origin=_local_origin(local), notes=_differs(other, local, "catalog") + borrowed
            )
        catalog = genai_catalog.find_catalog_price(local.slug if local else name.strip(), self.as_of)
        vendor = self.vendor_api.get(local.slug) if local else None
        if local is not None and vendor is not None:
            vendor = vendor.model_copy(update=_identity(local))
            reseller = self._reseller_copy(local.slug, catalog, vendor)
            if mode == "auto" and (catalog is None or reseller):
                why = (
                    f"the genai-prices snapshot prices this model at ${catalog.input_usd_per_mtok:g} in / "
                    f"${catalog.output_usd_per_mtok:g} out per Mtok, a reseller's price ({reseller}); "
                    f"the vendor's own price is used"
                    if catalog is not None
                    else "the genai-prices snapshot does not price this model: the vendor's own price is used"
                )
                return ResolvedPrice(price=vendor, origin="vendor", notes=(why, *_differs(local, vendor, "article")))
            if catalog is not None and mode == "catalog" and reseller:
                renamed = catalog.model_copy(update=_identity(local))
                return ResolvedPrice(
                    price=renamed,
                    origin="catalog",
                    notes=(
                        f"this snapshot price is a reseller's ({reseller}); the vendor's own price is "
                        f"${vendor.input_usd_per_mtok:g} in / ${vendor.output_usd_per_mtok:g} out per Mtok "
                        f"({vendor.source.label()})",
                    ),
                )
        if catalog is None:
            if local is None:
                raise UnknownNameError("model", name, self.hints("api", name, self._catalog_names()))
            if mode == "catalog":
                raise LookupError(f"the genai-prices snapshot does not price {name!r}; use --prices articles")
            what = "vendor's published" if local.source.kind == "vendor" else "article"
            return ResolvedPrice(
                price=local,
                origin=_local_origin(local),
                notes=(f"the genai-prices snapshot does not price this model: {what} price used",),
            )
        if local is None:
            return ResolvedPrice(price=catalog, origin="catalog")
        renamed = catalog.model_copy(update=_identity(local))
        other_name = "vendor's published" if local.source.kind == "vendor" else "article"
        vendor_note = _differs(vendor, catalog, "vendor's published") if vendor is not None else ()
        return ResolvedPrice(price=renamed, origin="catalog", notes=_differs(local, catalog, other_name) + vendor_note)

    def _reseller_copy(self, slug: str, catalog: ApiPrice | None, vendor: ApiPrice) -> str | None:
        """The reseller the snapshot's entry copies, where it disagrees with the vendor's own price."""
        if catalog is None or _same_price(catalog, vendor):
            return None
        return genai_catalog.reseller_origin(slug, self.as_of)

    def cache_terms_for(self, provider: str) -> CacheTerms | None:
        return self.cache_terms.get(compact(provider))

    def _with_cache_terms(self, price: ApiPrice) -> ApiPrice:
        """Fill the cache prices a model entry lacks from its provider's cache terms."""
        terms = self.cache_terms_for(price.provider)
        if terms is None:
            return price
        update: dict[str, Any] = {}
        pairs = (
            ("cached_input_usd_per_mtok", terms.read_multiplier),
            ("cache_write_usd_per_mtok", terms.write_multiplier),
            ("cache_write_1h_usd_per_mtok", terms.write_1h_multiplier),
        )
        for field, multiplier in pairs:
            if getattr(price, field) is None and multiplier is not None:
                update[field] = round(price.input_usd_per_mtok * multiplier, 6)
        if not update:
            return price
        if price.cache_source is None:
            update["cache_source"] = terms.source
        tiers = tuple(
            t.model_copy(
                update={
                    k: round(t.input_usd_per_mtok * m, 6)
                    for k, m in (
                        ("cached_input_usd_per_mtok", terms.read_multiplier),
                        ("cache_write_usd_per_mtok", terms.write_multiplier),
                    )
                    if getattr(t, k) is None and m is not None
                }
            )
            for t in price.tiers
        )
        return price.model_copy(update={**update, "tiers": tiers})

    def _catalog_names(self) -> tuple[str, ...]:
        return tuple(_catalog_keys(self.as_of))

    def gpu_offer(self, name: str) -> GpuOffer:
        key = compact(name)
        slug = self._keys["gpu"].get(key)
        if slug in self.gpu_offers:
            return self.gpu_offers[slug]
        if slug in self.gpu_specs:  # a spec name: its single-GPU on-demand offer
            for offer in self.gpu_offers.values():
                if offer.gpu == slug and offer.count == 1 and offer.pricing == "on_demand":
                    return offer
        raise UnknownNameError("GPU", name, self.hints("gpu", name))

    def gpu_spec(self, name: str) -> GpuSpec:
        """A GPU by slug, name or alias (with or without a rental offer), or the GPU of a named offer."""
        slug = self._keys["gpu"].get(compact(name))
        if slug in self.gpu_specs:
            return self.gpu_specs[slug]
        return self.gpu_specs[self.gpu_offer(name).gpu]

    def hardware_item(self, name: str) -> HardwareItem:
        item: HardwareItem = self._find("hardware", name, self.hardware)
        return item

    def open_model(self, name: str) -> OpenModel:
        model: OpenModel = self._find("open_model", name, self.open_models)
        return model

    def batch_discount(self, price: ApiPrice) -> tuple[float | None, Source | None]:
        """The provider's batch discount and its source: data files first, then the catalog."""
        key = compact(price.provider)
        if key in self.batch_discounts:
            return self.batch_discounts[key], self.batch_discount_sources.get(key)
        if price.batch_discount is not None:
            return price.batch_discount, price.source
        found = genai_catalog.find_catalog_price(price.slug, self.as_of)
        if found is not None and found.batch_discount is not None:
            return found.batch_discount, found.source
        return None, None


def _same_price(a: ApiPrice, b: ApiPrice) -> bool:
    return (a.input_usd_per_mtok, a.output_usd_per_mtok) == (b.input_usd_per_mtok, b.output_usd_per_mtok)


def _identity(local: ApiPrice) -> dict[str, Any]:
    """What a catalog or vendor entry takes from the local entry it stands in for."""
    return {
        "slug": local.slug,
        "name": local.name,
        "kind": local.kind,
        "quality_tier": local.quality_tier,
        "quality_source": local.quality_source,
    }


def _local_origin(local: ApiPrice) -> PriceOrigin:
    return "vendor" if local.source.kind == "vendor" else "article"


def _borrow_from_catalog(local: ApiPrice, other: ApiPrice | None) -> tuple[ApiPrice, tuple[str, ...]]:
    """Long-context tiers (and cache prices at the same base price) from the snapshot, cited as such."""
    if other is None:
        return local, ()
    update: dict[str, Any] = {}
    notes: list[str] = []
    if not local.tiers and other.tiers:
        update["tiers"] = tuple(t.model_copy(update={"source": t.source or other.source}) for t in other.tiers)
        notes.append(
            "long-context prices from the genai-prices snapshot (the articles give none): "
            + "; ".join(
                f"above {t.above_input_tokens:,} input tokens ${t.input_usd_per_mtok:g} in / "
                f"${t.output_usd_per_mtok:g} out per Mtok"
                for t in other.tiers
            )
        )
    if other.input_usd_per_mtok == local.input_usd_per_mtok:
        cache_fields = ("cached_input_usd_per_mtok", "cache_write_usd_per_mtok", "cache_write_1h_usd_per_mtok")
        borrowed = {
            f: getattr(other, f) for f in cache_fields if getattr(local, f) is None and getattr(other, f) is not None
        }
        if borrowed:
            update.update(borrowed)
            update["cache_source"] = local.cache_source or other.source
    return (local.model_copy(update=update) if update else local), tuple(notes)


def _differs(other: ApiPrice | None, used: ApiPrice, other_name: str) -> tuple[str, ...]:
    if other is None:
        return ()
    if _same_price(other, used):
        return ()
    return (
        f"the {other_name} price differs: ${other.input_usd_per_mtok:g} in / "
        f"${other.output_usd_per_mtok:g} out per Mtok ({other.source.label()}) against "
        f"${used.input_usd_per_mtok:g} / ${used.output_usd_per_mtok:g} used here",
    )


@cache
def _catalog_keys(as_of: date | None) -> dict[str, str]:
    return {compact(slug): slug for slug in genai_catalog.all_catalog_prices(as_of)}


@cache
def _base_data() -> CatalogData:
    return load_file(DATA_DIR / "articles.toml")


def load_catalog(override: Path | None = None, as_of: date | None = None) -> Catalog:
    """The catalog with the user's override file applied (validated, errors name the entry)."""
    user = load_file(override, user=True) if override else None
    return Catalog(_base_data(), user, as_of)
