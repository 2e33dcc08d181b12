"""How a defect changes the mock: patches installed once at app start, each off until activated.

A `Defect` is a name, a class, the locales it applies to, what a user would see, and its
patches. Every patch is installed when a test-mode app starts and then routes each call either
to the product's own code (the defect is not active) or to the broken variant (it is), so the
product code carries no `if defect` anywhere. The patch kinds:

- `Wrap`: a function or class attribute of a product module (`pricing.unused_credit`,
  `billing.check_card`, a property such as `Account.is_corporate`). Module attributes are
  shared by every app of the process, so a wrap is installed once per process; which defects are
  active is read from the app of the request, so apps never see each other's defects.
- `View`, `Hook`, `Filter`: a view function, a before-request hook or a Jinja filter of one app.
- `Relabel`: the translation of one msgid in one locale (a `Wrap` of `i18n.translations`); the
  catalogue's renamed labels are data, `renamed_labels.toml`.
- `TemplateEdit`: a template served with one piece of its source replaced. The piece must be in
  the template exactly `count` times, checked at install: a catalogue that no longer matches the
  templates fails when the app starts, not silently.

The active set is process state (`DefectState`, a set under a lock in `app.extensions`), not a
SQLite row: a defect changes code, not data, so it belongs to the running process like the code
does; it is read on every patched call, where a query would cost more than the call; and a
restarted server starts with exactly the `--defect` flags it was given.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from flask import Flask, current_app, has_app_context
from jinja2 import Environment, Template

from .. import i18n
from ..i18n import Lang

DefectClass = Literal["label", "money", "date", "email", "flow", "payment", "double-submit"]
DEFECT_CLASSES: tuple[DefectClass, ...] = ("label", "money", "date", "email", "flow", "payment", "double-submit")
EXTENSION = "defects"

Function = Callable[..., Any]
Factory = Callable[[Function], Function]
"""Given the product's function, the broken one (it may call the product's function)."""


class DefectError(ValueError):
    """A defect the catalogue does not have, or a patch that no longer fits the product."""


class DefectState:
    """The defects active in one app: a set under a lock (waitress serves from several threads)."""

    def __init__(self, known: Iterable[str]) -> None:
        self._known = frozenset(known)
        self._active: frozenset[str] = frozenset()
        self._lock = threading.Lock()

    def __contains__(self, name: object) -> bool:
        return name in self._active  # a frozenset, replaced whole: reading needs no lock

    @property
    def active(self) -> frozenset[str]:
        return self._active

    def unknown(self, names: Iterable[str]) -> list[str]:
        return [name for name in names if name not in self._known]

    def replace(self, names: Iterable[str]) -> None:
        wanted = frozenset(names)
        if unknown := self.unknown(sorted(wanted)):
            raise DefectError(f"unknown defect {', '.join(map(repr, unknown))}")
        with self._lock:
            self._active = wanted


def is_active(name: str, extension: str = EXTENSION) -> bool:
    """Whether the app serving this call has `name` on in the catalogue kept under `extension`
    (the defects' by default; never outside an app)."""
    if not has_app_context():
        return False
    state: DefectState | None = current_app.extensions.get(extension)
    return state is not None and name in state


class CatalogueEntry(Protocol):
    """What an app installs of a catalogue (a defect, a harmless release): a name and its patches."""

    @property
    def name(self) -> str: ...

    @property
    def patches(self) -> Sequence[Patch]: ...


def unknown_message(kind: str, unknown: Iterable[str], known: Iterable[str]) -> str:
    """'unknown KIND 'x', 'y'; known: a, b, ...', for the command line and the control API."""
    return f"unknown {kind} {', '.join(map(repr, unknown))}; known: {', '.join(known)}"


def install_catalogue(
    app: Flask, extension: str, kind: str, entries: Sequence[CatalogueEntry], active: Iterable[str] = ()
) -> DefectState:
    """Install every entry's patches (inactive) into `app`, keep the active set under `extension`,
    and activate `active`; DefectError naming the known ones for an unknown name."""
    names = [entry.name for entry in entries]
    state = DefectState(names)
    wanted = tuple(active)
    if unknown := state.unknown(wanted):
        raise DefectError(unknown_message(kind, unknown, names))
    for entry in entries:
        for patch in entry.patches:
            patch.install(app, entry.name)
    state.replace(wanted)
    app.extensions[extension] = state
    return state


def catalogue_state(app: Flask, extension: str) -> DefectState:
    """The active set `install_catalogue` keeps under `extension`."""
    found: DefectState = app.extensions[extension]
    return found


def _dispatch(name: str, product: Function, broken: Function) -> Function:
    @functools.wraps(product)
    def dispatcher(*args: Any, **kwargs: Any) -> Any:
        return (broken if is_active(name) else product)(*args, **kwargs)

    # A cached function (`i18n.translations`) keeps its cache controls.
    for control in ("cache_clear", "cache_info"):
        if hasattr(product, control):
            setattr(dispatcher, control, getattr(product, control))
    return dispatcher


class Patch(Protocol):
    def install(self, app: Flask, defect: str) -> None: ...


_PROCESS_WRAPS: set[tuple[str, int, str]] = set()
_PROCESS_LOCK = threading.Lock()


@dataclass(frozen=True)
class Wrap:
    """Replace `attribute` of each target (a module or a class) with a dispatcher, once per process.

    A name a module imported with `from x import f` is its own attribute: list every module whose
    code calls it. A property is wrapped by its getter.
    """

    targets: tuple[tuple[object, str], ...]
    factory: Factory

    def install(self, app: Flask, defect: str) -> None:
        with _PROCESS_LOCK:
            for target, attribute in self.targets:
                key = (defect, id(target), attribute)
                if key in _PROCESS_WRAPS:
                    continue
                # On a class, the attribute itself (a property stays a property), not what it returns.
                product = target.__dict__[attribute] if isinstance(target, type) else getattr(target, attribute)
                if isinstance(product, property):
                    assert product.fget is not None
                    dispatcher: object = property(_dispatch(defect, product.fget, self.factory(product.fget)))
                elif callable(product):
                    dispatcher = _dispatch(defect, product, self.factory(product))
                else:
                    raise DefectError(f"{defect}: {target!r}.{attribute} is not a function")
                setattr(target, attribute, dispatcher)
                _PROCESS_WRAPS.add(key)


@dataclass(frozen=True)
class View:
    """Replace the view of `endpoint` (the view as registered, with its access checks inside)."""

    endpoint: str
    factory: Factory

    def install(self, app: Flask, defect: str) -> None:
        product = app.view_functions[self.endpoint]
        app.view_functions[self.endpoint] = _dispatch(defect, product, self.factory(product))


@dataclass(frozen=True)
class Hook:
    """Replace the app-wide before-request hook whose function is called `name`."""

    name: str
    factory: Factory

    def install(self, app: Flask, defect: str) -> None:
        hooks = app.before_request_funcs[None]
        found = [index for index, hook in enumerate(hooks) if getattr(hook, "__name__", None) == self.name]
        if len(found) != 1:
            raise DefectError(f"{defect}: the app has {len(found)} before-request hooks named {self.name}, not 1")
        product = hooks[found[0]]
        hooks[found[0]] = _dispatch(defect, product, self.factory(product))


@dataclass(frozen=True)
class Filter:
    """Replace a Jinja filter of the app (`money`, `long_date`, ...)."""

    name: str
    factory: Factory

    def install(self, app: Flask, defect: str) -> None:
        product = app.jinja_env.filters[self.name]
        app.jinja_env.filters[self.name] = _dispatch(defect, product, self.factory(product))


class _Relabelled:
    """A locale's translations with one msgid translated otherwise."""

    def __init__(self, translations: Any, msgid: str, text: str) -> None:
        self._translations = translations
        self._msgid = msgid
        self._text = text

    def gettext(self, message: str) -> str:
        return self._text if message == self._msgid else str(self._translations.gettext(message))

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return str(self._translations.ngettext(singular, plural, n))


def relabel(lang: Lang, msgid: str, text: str) -> Wrap:
    """The label `msgid` reads `text` in `lang` (a changed catalog entry)."""
    if msgid not in getattr(i18n.translations(lang), "_catalog", {}):  # gettext's own table of the .po file
        raise DefectError(f"no msgid {msgid!r} in the {lang} catalog")

    def factory(product: Function) -> Function:
        def translations(locale: Lang) -> Any:
            found = product(locale)
            return _Relabelled(found, msgid, text) if locale == lang else found

        return translations

    return Wrap(((i18n, "translations"),), factory)


@dataclass(frozen=True)
class TemplateEdit:
    """`template` served with `old` replaced by `new` (`old` must be in it exactly `count` times)."""

    template: str
    old: str
    new: str
    count: int = 1

    def install(self, app: Flask, defect: str) -> None:
        edits = _TemplateEdits.of(app.jinja_env)
        source = edits.source(self.template)
        if source.count(self.old) != self.count:
            raise DefectError(
                f"{defect}: {self.template} has {source.count(self.old)} times {self.old!r}, not {self.count}"
            )
        edits.add(self.template, defect, self)


class _TemplateEdits:
    """The app's Jinja environment, serving a template with the active defects' edits applied."""

    def __init__(self, env: Environment) -> None:
        self._env = env
        self._product = env.get_template
        self._edits: dict[str, list[tuple[str, TemplateEdit]]] = {}
        self._compiled: dict[tuple[str, tuple[str, ...]], Template] = {}
        # Rendering, {% extends %}, {% include %} and {% from ... import %} all ask the environment.
        env.get_template = self.get_template  # type: ignore[method-assign]

    @classmethod
    def of(cls, env: Environment) -> _TemplateEdits:
        edits = env.globals.get("_defect_template_edits")
        if not isinstance(edits, cls):
            edits = cls(env)
            env.globals["_defect_template_edits"] = edits
        return edits

    def source(self, name: str) -> str:
        assert self._env.loader is not None
        return self._env.loader.get_source(self._env, name)[0]

    def add(self, name: str, defect: str, edit: TemplateEdit) -> None:
        self._edits.setdefault(name, []).append((defect, edit))

    def get_template(self, name: str | Template, parent: str | None = None, globals: Any = None) -> Template:
        if not isinstance(name, str):
            return self._product(name, parent, globals)
        active = [(defect, edit) for defect, edit in self._edits.get(name, []) if is_active(defect)]
        if not active:
            return self._product(name, parent, globals)
        key = (name, tuple(defect for defect, _edit in active))
        template = self._compiled.get(key)
        if template is None:
            source = self.source(name)
            for _defect, edit in active:
                source = source.replace(edit.old, edit.new)
            template = self._env.from_string(source)
            self._compiled[key] = template
        return template


@dataclass(frozen=True)
class Defect:
    name: str
    kind: DefectClass
    description: str
    patches: tuple[Patch, ...]
    # The languages where a user sees it; None: every language the mock serves.
    only_in: tuple[Lang, ...] | None = None

    @property
    def locales(self) -> tuple[Lang, ...]:
        return self.only_in if self.only_in is not None else i18n.languages()

    @property
    def locales_label(self) -> str:
        return "all" if self.only_in is None else ", ".join(self.only_in)
