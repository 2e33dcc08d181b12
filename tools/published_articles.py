"""`bin/published-articles`: how right the article check is on help articles as GoTo publishes them.

The corpus (`tests/article_check/published/`) holds real help-center articles in six languages,
stored as the search index returned them, and `manifest.toml` says per article what a careful
documentation writer expects the check to report against the bundled mock, and which false alarms
to watch for. This tool runs the real check (`python -m article_check articles check`, the
command a writer runs) on the corpus, matches its findings with the expected ones and prints, per
article and in total: right findings, false findings, missed expected findings, precision and
recall, the articles that pass with no step read, and the languages the check took wrongly.

The kinds of the check's own findings are mapped onto the manifest's implementation-independent
kinds (`CHECK_KINDS`, plus the verdicts "not checkable" and the check's errors), and a reported
finding matches an expected one by the rule of `matches` (documented in the corpus README):

- same kind (`host` and `broken-address` stand for each other: a LogMeIn-era address may be told
  as a legacy host or as an address that fails);
- the text concerned: the expected `says` and the reported text contain one another, ignoring
  case, quotes, spaces and punctuation at the ends (an empty `says` matches any);
- what the UI has instead, for `product-name`, `label` and `label-place`, where the check names it
  (its `ui_text`): the expected one, by the same text rule ("GoTo Meeting" told to become
  "GoToMeeting" is no right finding for an article whose expected fix is "GoTo Meeting");
- the step, for the kinds of a step (`label`, `label-place`, `not-checkable` of one step):
  equal. The prose kinds (`language`, `product-name`, `host`, `broken-address`) are told where the
  text is, and one fix mends every place: they match whatever the part, and the reported ones are
  deduplicated by (kind, text) first.
- An expected finding of the whole article (step 0) of kind `not-checkable`, `no-steps` or
  `unsupported-language` absorbs every reported finding of these three kinds in the article (the
  check says the same thing once per step).

Optional expected findings count as right when reported and are never missed. Informational
findings of the check (`INFORMATIONAL`: what it compared with, not a claim on the article) are
listed but counted neither way.

Exit codes: 0 done; 1 the check produced no report, or precision or recall fell under
`--require-precision` / `--require-recall`; 2 bad arguments or a bad manifest.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from article_check.report import JSON_NAME

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "article_check" / "published"
MANIFEST_NAME = "manifest.toml"

Kind = Literal[
    "language",
    "product-name",
    "host",
    "label",
    "label-place",
    "broken-address",
    "address-missing",
    "not-checkable",
    "unsupported-language",
    "no-steps",
]
ARTICLE_KINDS: frozenset[str] = frozenset({"not-checkable", "no-steps", "unsupported-language"})
"""Kinds that say the article (or a step) cannot be checked: an expected one of step 0 absorbs them all."""
PROSE_KINDS: frozenset[str] = frozenset({"language", "product-name", "host", "broken-address", "address-missing"})
"""Kinds told wherever the text stands: matched whatever the step, deduplicated by text."""
FIX_KINDS: frozenset[str] = frozenset({"product-name", "label", "label-place"})
"""Kinds whose fix (what the UI has instead) must be the expected one, where the check names it."""
EQUIVALENT: dict[str, frozenset[str]] = {
    "host": frozenset({"host", "broken-address"}),
    "broken-address": frozenset({"host", "broken-address"}),
}

CHECK_KINDS: dict[str, str] = {
    "label_differs": "label",
    "label_conditional": "label",
    "label_missing": "label",
    "wrong_order": "label",
    "version_differs": "label",
    "label_place": "label-place",
    "product_name": "product-name",
    "old_brand": "product-name",
    "scope": "product-name",
    "foreign_language": "language",
    "legacy_host": "host",
    "url_redirects": "host",
    "url_broken": "broken-address",
    "address_missing": "address-missing",
    "not_checkable": "not-checkable",
    "unsupported_language": "unsupported-language",
    "language_not_supported": "unsupported-language",
    "no_steps": "no-steps",
}
"""The check's finding kinds (article_check.model.FindingKind, and the names the rewritten check is
expected to use) as the manifest's kinds. An unknown kind is reported as itself: a false finding."""
INFORMATIONAL: frozenset[str] = frozenset({"product_not_sold"})
"""The check telling what it compared with (another product of the same kind): not a claim on the article."""


class BadInputError(Exception):
    """Bad arguments or a bad manifest: exit code 2."""


class ExpectedEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Kind
    step: int = Field(ge=0)
    says: str
    expected: str
    optional: bool = False


class FalseAlarm(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str
    step: int = Field(ge=0)
    says: str
    why: str


class ArticleEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str = Field(pattern=r"^\d{3}_[a-z]{2}_[a-z0-9_]+\.txt$")
    source: str = Field(pattern=r"^https?://")
    language: str = Field(pattern=r"^[a-z]{2}$")
    product: str
    product_current: str
    topic: str
    scope: Literal["billing-center", "corporate-portal", "goto-admin", "support"]
    steps_form: Literal["numbered", "bulleted", "prose", "none"]
    step_flows: tuple[str, ...]
    expected: tuple[ExpectedEntry, ...]
    false_alarms: tuple[FalseAlarm, ...]

    @model_validator(mode="after")
    def _steps_agree(self) -> ArticleEntry:
        if (self.steps_form == "none") != (not self.step_flows):
            raise ValueError(f"steps_form {self.steps_form!r} but {len(self.step_flows)} step flows")
        for entry in self.expected:
            if entry.step > len(self.step_flows):
                raise ValueError(
                    f"expected {entry.kind} at step {entry.step}, but the article has {len(self.step_flows)}"
                )
        return self

    @property
    def number(self) -> str:
        return self.file[:3]

    @property
    def steps_seen(self) -> int:
        return len(self.step_flows)


class MockEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    flows: tuple[str, ...]
    building: tuple[str, ...]
    languages: tuple[str, ...]


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    mock: MockEntry
    article: tuple[ArticleEntry, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> Manifest:
        numbers = [entry.number for entry in self.article]
        repeated = sorted({number for number in numbers if numbers.count(number) > 1})
        if repeated:
            raise ValueError(f"more than one article numbered {', '.join(repeated)}")
        return self

    def checkable(self, article: ArticleEntry) -> bool:
        """Whether the mock can show every step of the article, in a language the check reads."""
        return (
            article.language in self.mock.languages
            and article.scope in ("billing-center", "corporate-portal")
            and bool(article.step_flows)
            and all(flow in self.mock.flows for flow in article.step_flows)
        )


def load_manifest(corpus: Path) -> Manifest:
    """The corpus's manifest, checked: every article file it names exists, and every article file
    of the folder is in it."""
    path = corpus / MANIFEST_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest.model_validate(data)
    except FileNotFoundError as error:
        raise BadInputError(f"no manifest at {path}") from error
    except (tomllib.TOMLDecodeError, ValidationError) as error:
        raise BadInputError(f"{path}: {error}") from error
    named = {entry.file for entry in manifest.article}
    present = {path.name for path in corpus.glob("[0-9][0-9][0-9]_*.txt")}
    if named - present:
        raise BadInputError(f"{path}: no such article file: {', '.join(sorted(named - present))}")
    if present - named:
        raise BadInputError(f"{path}: articles missing from the manifest: {', '.join(sorted(present - named))}")
    return manifest


@dataclass(frozen=True)
class Expected:
    kind: str
    step: int
    says: str
    expected: str
    optional: bool = False
    derived: bool = False
    """Derived from the step's flow (not in the mock's flows), not written in the manifest."""


@dataclass(frozen=True)
class Reported:
    kind: str
    step: int
    says: str
    shown: str
    part: str
    check_kind: str
    """The check's own kind (or `verdict:not_checkable`, `error`)."""
    ui: str = ""
    """What the UI has instead, where the check names it (its `ui_text`)."""


def expected_findings(manifest: Manifest, article: ArticleEntry) -> list[Expected]:
    """The manifest's expected findings of `article`, plus one "not checkable" per step of a flow the
    mock does not have (in a language the check reads, in the Billing Center or the portal)."""
    found = [Expected(e.kind, e.step, e.says, e.expected, e.optional) for e in article.expected]
    if article.language in manifest.mock.languages and article.scope in ("billing-center", "corporate-portal"):
        for number, flow in enumerate(article.step_flows, start=1):
            if flow not in manifest.mock.flows:
                found.append(Expected("not-checkable", number, flow, f"the mock has no {flow} flow", derived=True))
    return found


def reported_findings(entry: dict[str, Any]) -> tuple[list[Reported], list[Reported]]:
    """(what the check reported on one article of its JSON report, its informational findings). A
    box's findings belong to the numbered step before it (0 before the first step)."""
    reported: list[Reported] = []
    informational: list[Reported] = []
    number = entry.get("number", "")

    def add(finding: dict[str, Any], step: int) -> None:
        check_kind = str(finding.get("kind", ""))
        item = Reported(
            kind=CHECK_KINDS.get(check_kind, check_kind),
            step=step,
            says=str(finding.get("article_text") or ""),
            shown=str(finding.get("ui_text") or finding.get("suggestion") or ""),
            part=str(finding.get("part_id") or number),
            check_kind=check_kind,
            ui=str(finding.get("ui_text") or ""),
        )
        (informational if check_kind in INFORMATIONAL else reported).append(item)

    article_level = entry.get("findings")
    if isinstance(article_level, list):  # findings of the whole article, where the check lists them (today: a count)
        for finding in article_level:
            add(finding, 0)
    step = 0
    for part in entry.get("steps") or ():
        if part.get("kind") == "step" and isinstance(part.get("number"), int):
            step = part["number"]
        part_step = step if part.get("kind") != "title" else 0
        for finding in part.get("findings") or ():
            add(finding, part_step)
        if part.get("verdict") == "not_checkable":
            reported.append(
                Reported(
                    "not-checkable",
                    part_step,
                    "",
                    str(part.get("summary") or ""),
                    part["part_id"],
                    "verdict:not_checkable",
                )
            )
    if entry.get("error"):
        reported.append(Reported(error_kind(str(entry["error"])), 0, "", str(entry["error"]), number, "error"))
    # The article's own verdict (a language without vocabulary, no step read): said once, for it all.
    verdict, summary = entry.get("article_verdict"), str(entry.get("article_summary") or "")
    if verdict == "not_checked":
        reported.append(Reported("unsupported-language", 0, "", summary, number, "article:not_checked"))
    elif verdict == "check_error":
        reported.append(Reported(error_kind(summary), 0, "", summary, number, "article:check_error"))
    elif verdict == "not_checkable":  # the whole article (its way is support's, not the product's UI)
        reported.append(Reported("not-checkable", 0, "", summary, number, "article:not_checkable"))
    return reported, informational


def error_kind(message: str) -> str:
    """What an article-level error of the check says, as a kind: a language it cannot check, no
    step read, or another error (the file could not be read: not a finding)."""
    text = message.casefold()
    if "language" in text and ("support" in text or "vocabulary" in text):
        return "unsupported-language"
    if re.search(r"\bno (numbered )?steps?\b|\bsteps? could\b", text):
        return "no-steps"
    return "error"


_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def normalized(text: str) -> str:
    """Case-folded, runs of spaces as one, quotes and punctuation at the ends dropped."""
    return _EDGES.sub("", " ".join(text.replace("’", "'").split()).casefold())


def same_text(expected: str, reported: str) -> bool:
    """The rule for the text concerned: one contains the other, normalized; an empty expectation
    matches anything."""
    wanted, said = normalized(expected), normalized(reported)
    return not wanted or (bool(said) and (wanted in said or said in wanted))


def kind_matches(expected: str, reported: str) -> bool:
    return reported in EQUIVALENT.get(expected, frozenset({expected}))


def absorbs(expected: Expected) -> bool:
    """An expected finding of the whole article that says it cannot be checked."""
    return expected.step == 0 and expected.kind in ARTICLE_KINDS


def matches(expected: Expected, reported: Reported) -> bool:
    """Whether `reported` is the finding `expected` asks for (see the module's docstring)."""
    if absorbs(expected):
        return reported.kind == expected.kind  # of any step: the check may say it step by step
    if not kind_matches(expected.kind, reported.kind):
        return False
    if expected.kind not in PROSE_KINDS and expected.step != reported.step:
        return False
    if expected.kind in ARTICLE_KINDS:
        return True  # a step's "not checkable" is told by its verdict, not by a text
    if expected.kind in FIX_KINDS and reported.ui and not same_text(expected.expected, reported.ui):
        return False
    return same_text(expected.says, reported.says)


def deduplicated(reported: Iterable[Reported]) -> list[Reported]:
    """The prose kinds once per (kind, text), "not checkable" once per step (a step and its boxes
    say it each); every other finding as it is."""
    seen: set[tuple[str, str]] = set()
    kept: list[Reported] = []
    for item in reported:
        key = None
        if item.kind in PROSE_KINDS:
            key = (item.kind, normalized(item.says))
        elif item.kind == "not-checkable":
            key = (item.kind, str(item.step))
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        kept.append(item)
    return kept


@dataclass
class ArticleScore:
    number: str
    file: str
    language: str
    language_read: str | None
    checkable: bool
    steps_seen: int
    steps_read: int
    verdict: str | None
    error: str | None
    right: list[Reported] = field(default_factory=list)
    false: list[Reported] = field(default_factory=list)
    missed: list[Expected] = field(default_factory=list)
    found: list[Expected] = field(default_factory=list)
    informational: list[Reported] = field(default_factory=list)
    known_false_alarms: list[str] = field(default_factory=list)
    """The manifest's false alarms that this run raised (the `why` of each)."""

    @property
    def language_misread(self) -> bool:
        return self.error is None and self.language_read is not None and self.language_read != self.language

    @property
    def passes_with_no_steps(self) -> bool:
        """Read without error, no step read, and nothing said about it: the vacuous pass."""
        return (
            self.error is None
            and self.steps_read == 0
            and self.verdict in ("matches", "nothing_to_check", None)
            and not any(item.kind in ARTICLE_KINDS for item in self.right + self.false)
        )

    @property
    def steps_unread(self) -> bool:
        """The reader sees steps (numbered, bulleted or prose) and the check read none."""
        return self.steps_seen > 0 and self.steps_read == 0


def score_article(manifest: Manifest, article: ArticleEntry, entry: dict[str, Any] | None) -> ArticleScore:
    """Match the check's report on one article (None: the check did not report it) with the manifest."""
    expected = expected_findings(manifest, article)
    score = ArticleScore(
        number=article.number,
        file=article.file,
        language=article.language,
        language_read=None if entry is None else str(entry.get("language")),
        checkable=manifest.checkable(article),
        steps_seen=article.steps_seen,
        steps_read=0 if entry is None else sum(part.get("kind") == "step" for part in entry.get("steps") or ()),
        verdict=None if entry is None else entry.get("verdict"),
        error="not in the check's report" if entry is None else entry.get("error"),
    )
    if entry is None:
        score.missed = [item for item in expected if not item.optional]
        return score
    reported, score.informational = reported_findings(entry)
    remaining = deduplicated(reported)
    # The expectations of one step or text first, then those of the whole article, which take
    # every "cannot check" left (the check may say it once per step).
    for wanted in sorted(expected, key=absorbs):
        hits = [item for item in remaining if matches(wanted, item)]
        taken = [item for item in remaining if item.kind in ARTICLE_KINDS] if hits and absorbs(wanted) else hits[:1]
        if taken:
            score.found.append(wanted)
            score.right.append(taken[0])
            remaining = [item for item in remaining if item not in taken]
        elif not wanted.optional:
            score.missed.append(wanted)
    score.false = [item for item in remaining if item.kind != "error"]
    for alarm in article.false_alarms:
        raised = [
            item
            for item in score.false
            if item.kind == alarm.kind
            and (alarm.kind in PROSE_KINDS or alarm.step in (0, item.step))
            and same_text(alarm.says, item.says)
        ]
        if alarm.kind == "no-steps" and (score.passes_with_no_steps or (score.error and not score.steps_read)):
            raised = [Reported("no-steps", 0, "", "", article.number, "")]
        if raised:
            score.known_false_alarms.append(alarm.why)
    return score


@dataclass
class CorpusScore:
    articles: list[ArticleScore]
    seconds: float | None = None
    check_exit: int | None = None

    @property
    def right(self) -> int:
        return sum(len(a.right) for a in self.articles)

    @property
    def false(self) -> int:
        return sum(len(a.false) for a in self.articles)

    @property
    def found(self) -> int:
        return sum(len(a.found) for a in self.articles)

    @property
    def missed(self) -> int:
        return sum(len(a.missed) for a in self.articles)

    @property
    def precision(self) -> float:
        reported = self.right + self.false
        return self.right / reported if reported else 1.0

    @property
    def recall(self) -> float:
        """Of the expected findings (optional ones only when found), the share found."""
        expected = self.found + self.missed
        return self.found / expected if expected else 1.0

    def summary(self) -> dict[str, Any]:
        return {
            "articles": len(self.articles),
            "right": self.right,
            "false": self.false,
            "found": self.found,
            "missed": self.missed,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "passing_with_no_steps": [a.number for a in self.articles if a.passes_with_no_steps],
            "steps_seen": sum(a.steps_seen for a in self.articles),
            "steps_read": sum(a.steps_read for a in self.articles),
            "steps_unread": [a.number for a in self.articles if a.steps_unread],
            "languages_misread": {
                a.number: f"{a.language}→{a.language_read}" for a in self.articles if a.language_misread
            },
            "errors": {a.number: a.error for a in self.articles if a.error},
            "seconds": None if self.seconds is None else round(self.seconds, 1),
            "check_exit": self.check_exit,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "articles": [
                {
                    **asdict(a),
                    "language_misread": a.language_misread,
                    "passes_with_no_steps": a.passes_with_no_steps,
                    "steps_unread": a.steps_unread,
                }
                for a in self.articles
            ],
        }


def score_report(manifest: Manifest, report: dict[str, Any], numbers: Sequence[str] = ()) -> CorpusScore:
    """Score a run's `article-check.json` against the manifest (only `numbers`, when given)."""
    by_file = {Path(str(entry.get("path", ""))).name: entry for entry in report.get("articles") or ()}
    chosen = [a for a in manifest.article if not numbers or a.number in numbers]
    return CorpusScore([score_article(manifest, a, by_file.get(a.file)) for a in chosen])


def run_check(
    corpus: Path, out: Path, numbers: Sequence[str], walkers: int | None
) -> tuple[dict[str, Any] | None, int, float]:
    """Run `article_check articles check` on the corpus (the articles `numbers`, or all), its progress
    on this stderr; (its JSON report or None, its exit code, its wall seconds)."""
    command = [sys.executable, "-m", "article_check", "articles", "check", "--articles", str(corpus), "--out", str(out)]
    for number in numbers:
        command += ["--article", number]
    if walkers is not None:
        command += ["--walkers", str(walkers)]
    started = time.monotonic()
    done = subprocess.run(  # noqa: S603 - the project's own command
        command, cwd=ROOT, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False
    )
    seconds = time.monotonic() - started
    report = out / JSON_NAME
    if not report.is_file():
        return None, done.returncode, seconds
    data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return data, done.returncode, seconds


def article_line(score: ArticleScore) -> str:
    language = score.language if not score.language_misread else f"{score.language} (read as {score.language_read})"
    parts = [
        f"{score.number} {language}",
        f"steps {score.steps_read}/{score.steps_seen}",
        f"right {len(score.right)}",
        f"false {len(score.false)}",
        f"missed {len(score.missed)}",
    ]
    if score.passes_with_no_steps:
        parts.append("PASSES WITH NO STEPS")
    if score.error:
        parts.append(f"error: {score.error}")
    return ", ".join(parts)


def report_lines(score: CorpusScore) -> list[str]:
    """The printed report: one block per article (its false and missed findings named), then the totals."""
    lines: list[str] = []
    for article in score.articles:
        lines.append(article_line(article))
        for item in article.false:
            lines.append(
                f"    false   {item.kind} (step {item.step}, {item.check_kind}): {item.says!r} → {item.shown!r}"[:240]
            )
        for wanted in article.missed:
            lines.append(f"    missed  {wanted.kind} (step {wanted.step}): {wanted.says!r} → {wanted.expected!r}")
        for why in article.known_false_alarms:
            lines.append(f"    known false alarm: {why}")
    summary = score.summary()

    def listed(what: str, numbers: Iterable[str]) -> str:
        shown = list(numbers)
        return " ".join([f"{what}: {len(shown)}", *shown])

    misread = summary["languages_misread"]
    lines += [
        "",
        f"articles {summary['articles']}: right {score.right}, false {score.false}, "
        f"found {score.found} of {score.found + score.missed} expected (missed {score.missed})",
        f"precision {score.precision:.2f}, recall {score.recall:.2f}",
        listed("passing with no steps", summary["passing_with_no_steps"]),
        f"steps read: {summary['steps_read']} of the {summary['steps_seen']} a reader sees; "
        + listed("articles whose steps were not read", summary["steps_unread"]),
        listed("languages misread", (f"{number} {languages}" for number, languages in misread.items())),
        listed("articles the check could not read", summary["errors"]),
    ]
    if score.seconds is not None:
        lines.append(f"check wall time {score.seconds:.1f} s (exit {score.check_exit})")
    return lines


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="published-articles", description="score the article check on the published-articles corpus"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder (default: the project's)")
    parser.add_argument("--article", action="append", default=[], metavar="NNN", help="only this article (repeatable)")
    parser.add_argument("--out", type=Path, help="the check's report folder (default: a temporary one)")
    parser.add_argument(
        "--from-report", type=Path, metavar="JSON", help="score this article-check.json instead of running"
    )
    parser.add_argument("--walkers", type=int, help="the check's --walkers")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the scores as JSON")
    parser.add_argument("--require-precision", type=float, metavar="P", help="exit 1 when precision is under P")
    parser.add_argument("--require-recall", type=float, metavar="R", help="exit 1 when recall is under R")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        manifest = load_manifest(args.corpus)
        known = {entry.number for entry in manifest.article}
        unknown = [number for number in args.article if number not in known]
        if unknown:
            raise BadInputError(f"no article {', '.join(unknown)} in {args.corpus}")
        if args.walkers is not None and args.walkers < 1:
            raise BadInputError(f"--walkers must be at least 1, not {args.walkers}")
        for name in ("require_precision", "require_recall"):
            value = getattr(args, name)
            if value is not None and not 0 <= value <= 1:
                raise BadInputError(f"--{name.replace('_', '-')} must be between 0 and 1, not {value}")
        if args.from_report is not None:
            try:
                report: dict[str, Any] | None = json.loads(args.from_report.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as error:
                raise BadInputError(f"cannot read {args.from_report}: {error}") from error
            exit_code: int | None = None
            seconds: float | None = None
        else:
            with tempfile.TemporaryDirectory(prefix="published-articles-") as scratch:
                out = args.out or Path(scratch)
                report, exit_code, seconds = run_check(args.corpus, out, args.article, args.walkers)
    except BadInputError as error:
        print(f"published-articles: {error}", file=sys.stderr)
        return 2
    if report is None:
        print(f"published-articles: the article check wrote no report (exit {exit_code})", file=sys.stderr)
        return 1
    score = score_report(manifest, report, args.article)
    score.seconds, score.check_exit = seconds, exit_code
    for article in score.articles:
        print(f"scored {article_line(article)}", file=sys.stderr)
    for line in report_lines(score):
        print(line)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(score.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.require_precision is not None and score.precision < args.require_precision:
        return 1
    if args.require_recall is not None and score.recall < args.require_recall:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
