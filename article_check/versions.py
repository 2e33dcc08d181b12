"""The same article in several languages, compared step by step: a step one version has and another
lacks, or the same steps in another order.

Each version's numbered steps were lined up with its walk (`compare`); a step is where in the UI
it acts: the stop of the walk it was compared at (`sign_in`, `options_menu`, `edit`, `checkout`,
...), which is the same in every language. Two versions of one article walked the same way should
act at the same stops in the same order; where one acts at a stop more often than another, the
other lacks a step there, and where both act at the same stops in another order, their steps are
in another order. The finding goes to the version that differs from the others (for two versions:
the one that lacks the step, or the later one in `LANGUAGES` order).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby

from billing_e2e.domain import LANGUAGE_DATA, LANGUAGES

from .model import ArticleResult, Finding, StepResult

NAMES = {code: data.name for code, data in LANGUAGE_DATA.items()}
"""`it` → `Italian`: how a finding names the other version's language (`languages.toml`)."""


def _stops(article: ArticleResult) -> list[tuple[str, StepResult]]:
    """(where the step acts, the step) of each numbered step compared with the walk: the stop, and
    whether the step uses the control the walk leaves it by (`checkout → Place Order`) or only
    looks at it (`checkout`), so two steps on one page tell apart in every language."""
    acting = []
    for step in article.steps:
        state = step.state
        if step.kind != "step" or state is None:
            continue
        used = state.next_action is not None and state.next_action.name in step.confirmed
        acting.append((f"{state.name} → {state.next_action.role}" if used and state.next_action else state.name, step))
    return acting


def _with_finding(article: ArticleResult, step: StepResult, finding: Finding) -> ArticleResult:
    def changed(other: StepResult) -> StepResult:
        if other is not step:
            return other
        verdict = other.verdict if other.verdict in ("broken", "drift") else "drift"
        summary = finding.message if verdict != other.verdict else f"{other.summary} {finding.message}"
        return replace(other, findings=(*other.findings, finding), verdict=verdict, summary=summary)

    return replace(article, steps=tuple(changed(step) for step in article.steps))


def _lacking(version: ArticleResult, other: ArticleResult) -> list[tuple[StepResult, Finding]]:
    """Steps `other` has at a stop more often than `version`: (the step of `version` after which
    it is missing, the finding)."""
    ours, theirs = _stops(version), _stops(other)
    if not ours:
        return []
    missing = Counter(name for name, _ in theirs) - Counter(name for name, _ in ours)
    found = []
    for stop in missing:
        position = max(i for i, (name, _) in enumerate(theirs) if name == stop)
        step = theirs[position][1]
        before = {name for name, _ in theirs[:position]}
        anchor = next((s for name, s in reversed(ours) if name == stop or name in before), ours[0][1])
        other_name = NAMES.get(other.language, other.language)
        message = (
            f"The {other_name} version has a step here that this version lacks (step {step.number}: “{step.text}”)."
        )
        found.append(
            (
                anchor,
                Finding(
                    "version_differs", anchor.part_id, message, f"Add a step for: {step.text}", step.text, None, stop
                ),
            )
        )
    return found


def _reordered(version: ArticleResult, other: ArticleResult) -> tuple[StepResult, Finding] | None:
    """The first step of `version` where it acts at the same stops as `other` in another order."""
    ours, theirs = [name for name, _ in _stops(version)], [name for name, _ in _stops(other)]
    if Counter(ours) != Counter(theirs) or ours == theirs:
        return None
    first = next(i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b)
    step = _stops(version)[first][1]
    other_name = NAMES.get(other.language, other.language)
    message = f"The {other_name} version has its steps in another order from step {step.number} on."
    fix = f"Put the steps in the order of the {other_name} version."
    return step, Finding("version_differs", step.part_id, message, fix, step.text, None, ours[first])


def _usual_order(versions: Sequence[ArticleResult]) -> ArticleResult:
    """The version whose order of stops most versions share; of equally shared orders, the
    first's (in `LANGUAGES` order)."""
    orders = Counter(tuple(name for name, _ in _stops(version)) for version in versions)
    return max(versions, key=lambda v: orders[tuple(name for name, _ in _stops(v))])


def compare_versions(results: Sequence[ArticleResult]) -> list[ArticleResult]:
    """The results with a `version_differs` finding where versions of one article (same number,
    same walk, several languages) differ; the others as they were."""
    order: dict[str, int] = {language: index for index, language in enumerate(LANGUAGES)}
    by_key = {(result.number, result.language): result for result in results}
    ordered = sorted(results, key=lambda r: (r.number, order.get(r.language, len(order))))
    for _, group in groupby(ordered, key=lambda r: r.number):
        versions = [v for v in group if v.error is None and v.flow is not None]
        if len(versions) < 2 or len({v.flow for v in versions}) > 1:
            continue
        # Another order is told against the order most versions share (of two, the first's), so
        # the version that differs gets it, whatever its language.
        reference = _usual_order(versions)
        for version in versions:
            lacking = [pair for other in versions if other is not version for pair in _lacking(version, other)]
            # A step two other versions have is missing once, not once per language.
            found = list({finding.state: (step, finding) for step, finding in reversed(lacking)}.values())
            reordered = _reordered(version, reference) if version is not reference else None
            for step, finding in [*found, *([reordered] if reordered else [])]:
                key = (version.number, version.language)
                current = by_key[key]
                same = next(s for s in current.steps if s.part_id == step.part_id)
                by_key[key] = _with_finding(current, same, finding)
    return [by_key[(result.number, result.language)] for result in results]
