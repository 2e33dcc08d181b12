"""Parse a help article into its checkable parts, each with a stable id, from the article itself.

An article is the question it answers (its title), a few intro paragraphs, numbered steps and
boxes (notes, tips, troubleshooting, warnings, results) between and after them, and sometimes
paragraphs after the last step. Each part gets an id made of the article's number (the 3-digit
prefix of its file name) and:

- for a numbered step, its number: `002.3`;
- for everything else, its kind and a counter per kind within the article, in reading order:
  `002.intro-1`, `002.note-2`, `000.troubleshooting-1`, `002.warning-1`, `004.result-2`,
  `002.after-1`.

The rules, applied to paragraphs (in the plain-text articles, every line is a paragraph):

- Lines before the title (the first line that asks a question, else the first heading, else the
  first line) are not parts ("product icon", "HELP FILE"); headings after it are section titles,
  not parts. Neither is the help center's footer (`Article last updated: 30 November, 2023`,
  `Artikel zuletzt aktualisiert: …`): a date the page carries, not something the article says
  the product does.
- A paragraph `N. text` (or `N) text`) is step N; a bulleted paragraph (`- text`) is read without
  its bullet (it is not a step: its number is lost).
- A paragraph opening with a box label (`Nota:`, `Hinweis:`, `Troubleshooting:`, … of the article's
  language or of the help center's own, English, whose templates leave `Note:` in translated
  pages: `box_labels`) is a box of that kind. A label alone on its line (`Ergebnisse:`)
  takes the next paragraph as its text.
- Any other paragraph is an `intro` before the first step, an `after` paragraph after the last one,
  and, between steps, more of the step before it (as are paragraphs that Markdown or HTML nest in
  a step's list item).

Plain text, Markdown and HTML articles give the same parts: Markdown and HTML are first reduced to
the same paragraphs (markup stripped, ordered-list items numbered).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from types import MappingProxyType
from typing import Literal, NamedTuple, get_args

from .domain import HELP_CENTER_SOURCE, LANGUAGE_DATA

PartKind = Literal["step", "intro", "note", "tip", "troubleshooting", "warning", "result", "after", "title"]
"""`title`: the article's title as a part of its own, which only the article check makes (to read its
prose); a parsed article's parts are never titles."""
Format = Literal["text", "markdown", "html"]

ARTICLE_SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


@dataclass(frozen=True)
class BoxLabels:
    """The box labels an article in one language opens its boxes with, and how to find them."""

    kinds: Mapping[str, PartKind]
    """Each label, case-folded, and the kind of box it opens."""
    pattern: re.Pattern[str]
    """A paragraph that opens with one of them (`label`) and its text (`text`)."""

    def match(self, text: str) -> re.Match[str] | None:
        """The box label the paragraph opens with, if any."""
        return self.pattern.match(text)

    def kind(self, label: str) -> PartKind:
        """The kind of box a matched label opens."""
        return self.kinds[label.casefold()]


def _language_labels(code: str) -> dict[str, PartKind]:
    kinds: tuple[PartKind, ...] = get_args(PartKind)
    data = LANGUAGE_DATA[code]
    found: dict[str, PartKind] = {}
    for kind, texts in data.article.labels.items():
        if kind not in kinds:
            where = f"{data.source}: [{data.code}.article.labels]"
            raise ValueError(f"{where} {kind!r} is not a kind of part ({', '.join(kinds)})")
        found.update((text.casefold(), kind) for text in texts)
    return found


@cache
def box_labels(language: str | None = None) -> BoxLabels:
    """The box labels of an article in `language`: its own (`languages.toml`) and those of the
    language the help center writes its articles in and translates from (`HELP_CENTER_SOURCE`),
    whose templates' labels stay in translated pages (`Note:`, `Result:` in German articles).
    Another language's labels are words of the text: `Attention`, French for a warning, opens an
    English sentence (`Attention: …` in a German article is not a box). With no language (or one
    without data), every language's labels: for splitting text before its language is known."""
    codes = [language] if language is not None and language in LANGUAGE_DATA else list(LANGUAGE_DATA)
    if HELP_CENTER_SOURCE in LANGUAGE_DATA:
        codes.append(HELP_CENTER_SOURCE)
    kinds: dict[str, PartKind] = {}
    for code in codes:
        kinds.update(_language_labels(code))
    # Longest first, so "Ergebnisse" is not read as "Ergebnis" + "se".
    pattern = re.compile(
        r"^(?P<label>" + "|".join(re.escape(label) for label in sorted(kinds, key=len, reverse=True)) + r")"
        r"\s*:\s*(?P<text>.*)$",
        re.IGNORECASE,
    )
    return BoxLabels(MappingProxyType(kinds), pattern)


for _code in LANGUAGE_DATA:
    _language_labels(_code)  # a kind that is no kind of part stops the import, naming the file
_FOOTER_RE = re.compile(r"^(article last updated|artikel zuletzt aktualisiert|articolo aggiornato il)\s*:", re.I)
_STEP_RE = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")
_NUMBER_RE = re.compile(r"^(?P<number>\d{3})_")
_SPACE_RE = re.compile(r"\s+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent words of each language (lower case, `languages.toml`); the language with most hits wins.
_KEYWORDS: dict[str, frozenset[str]] = {code: data.article.words for code, data in LANGUAGE_DATA.items()}
_WORD_RE = re.compile(r"[^\W\d_]+")


class ArticleFormatError(ValueError):
    """The article cannot be split into parts with unique ids (e.g. two steps numbered 3)."""


@dataclass(frozen=True)
class ArticlePart:
    """One checkable part of an article: a step, a box or a paragraph."""

    id: str
    kind: PartKind
    number: int | None
    text: str
    label: str | None = None
    """The box's label as the article writes it (`Risoluzione dei problemi`), for boxes."""


@dataclass(frozen=True)
class Article:
    """A parsed help article."""

    number: str
    language: str
    title: str
    parts: list[ArticlePart]
    path: Path | None = field(default=None, compare=False)

    @property
    def ids(self) -> list[str]:
        """The parts' ids in reading order."""
        return [part.id for part in self.parts]

    def part(self, part_id: str) -> ArticlePart:
        """The part with this id (KeyError if there is none)."""
        for part in self.parts:
            if part.id == part_id:
                return part
        raise KeyError(part_id)


class _Para(NamedTuple):
    """A paragraph of an article, with the markup already stripped."""

    text: str
    heading: bool = False
    continuation: bool = False
    """Markdown or HTML nests it in the list item before it."""


# ---------------------------------------------------------------------------------------------
# Formats → paragraphs


def _clean(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


_TEXT_BULLET_RE = re.compile(r"^\s*[-•*]\s+")


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _text_paragraphs(text: str) -> list[_Para]:
    """Each line a paragraph. A bulleted line ("- Accedi …", a list that lost its numbers) is read
    without its bullet, as Markdown reads a list item, so the plain and Markdown texts of an
    article give the same parts. A numbered line indented deeper than the article's first numbered
    line is a sub-step (`3. Para añadir …` then `    1. Seleccione …`): more of the step it is
    under, as Markdown and HTML nest it, not a step of its own."""
    lines = [line for line in text.splitlines() if line.strip()]
    numbered = [_indent(line) for line in lines if _STEP_RE.match(line.strip())]
    steps_at = numbered[0] if numbered else 0
    return [
        _Para(
            _clean(_TEXT_BULLET_RE.sub("", line)),
            continuation=_indent(line) > steps_at and bool(_STEP_RE.match(line.strip())),
        )
        for line in lines
    ]


_MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(?P<text>.*?)(?:\s+#+)?\s*$")
_MD_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_ORDERED_RE = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,9})[.)](?P<gap>\s+)(?P<text>.*)$")
_MD_BULLET_RE = re.compile(r"^(?P<indent>\s*)[-*+](?P<gap>\s+)(?P<text>.*)$")
_MD_QUOTE_RE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_MD_REFDEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")


def _keep_address(match: re.Match[str]) -> str:
    """A link keeps its web address in the text, where the reader of the plain text would see it."""
    text, address = match.group(1), match.group(2)
    return address if text.strip() in ("", address) else f"{text} ({address})"


_MD_INLINE: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image → its alt text
    (
        re.compile(r"\[([^\]]*)\]\(\s*<?(https?://[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)"),
        _keep_address,
    ),  # web link → text (address)
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # other link → its text
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference link → its text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolink → the address
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"`+([^`]*)`+"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),  # backslash escapes
]


def _md_inline(text: str) -> str:
    for pattern, replacement in _MD_INLINE:
        text = pattern.sub(replacement, text)
    return _clean(html.unescape(text))


def _markdown_paragraphs(text: str, labels: BoxLabels) -> list[_Para]:
    """Markdown's paragraphs: soft-wrapped lines joined, list items and headings on their own,
    paragraphs indented under a list item marked as its continuation, further paragraphs of a
    block quote joined to its first, `1.`-only lists numbered."""
    paragraphs: list[_Para] = []
    lines: list[str] = []  # of the paragraph being read
    heading = continuation = merge = False
    quoted_paragraph = False  # the paragraph being read is in a block quote
    quote_open = False  # a block quote goes on (a blank `>` line does not end it)
    item_column: int | None = None  # where the text of the last list item starts
    last_step = 0
    in_fence = False

    def flush() -> None:
        nonlocal lines, heading, continuation, merge
        joined = _md_inline(" ".join(lines))
        if joined and merge and paragraphs:
            paragraphs[-1] = paragraphs[-1]._replace(text=f"{paragraphs[-1].text} {joined}")
        elif joined:
            paragraphs.append(_Para(joined, heading, continuation))
        lines, heading, continuation, merge = [], False, False, False

    def start(text: str, quoted: bool) -> None:
        nonlocal lines, quoted_paragraph
        flush()
        lines, quoted_paragraph = [text], quoted

    for raw in text.splitlines():
        if _MD_FENCE_RE.match(raw):
            in_fence = not in_fence
            flush()
            continue
        quoted = bool(_MD_QUOTE_RE.match(raw))
        line = _MD_QUOTE_RE.sub("", raw) if quoted else raw
        if not line.strip():
            flush()
            quote_open = quoted and quote_open
            continue
        if _MD_REFDEF_RE.match(line):
            continue
        continues_quote = quoted and quote_open and not lines
        quote_open = quoted
        title = _MD_HEADING_RE.match(line)
        if title:
            flush()
            paragraphs.append(_Para(_md_inline(title.group("text")), heading=True))
            item_column = None
            continue
        if _MD_SETEXT_RE.match(line) and lines and not quoted:
            heading = True
            flush()
            item_column = None
            continue
        ordered = _MD_ORDERED_RE.match(line)
        bullet = None if ordered else _MD_BULLET_RE.match(line)
        indent = len(line) - len(line.lstrip())
        if ordered:
            # A list numbered `1.`, `1.`, … (or otherwise not increasing) counts on, as Markdown shows it.
            number = int(ordered.group("number"))
            last_step = number if number > last_step else last_step + 1
            item_column = len(ordered.group("indent")) + len(ordered.group("number")) + 1 + len(ordered.group("gap"))
            start(f"{last_step}. {ordered.group('text')}", quoted)
            continue
        if bullet:
            start(bullet.group("text"), quoted)
            continuation = item_column is not None and indent >= 1
            continue
        starts_box = bool(labels.match(_md_inline(line)))
        if lines and not starts_box and quoted == quoted_paragraph:
            lines.append(line.strip())  # a soft-wrapped line of the same paragraph
            continue
        start(line.strip(), quoted)
        if starts_box:
            continue
        if continues_quote:
            merge = True
        elif item_column is not None and indent >= min(item_column, 2):
            continuation = True
        elif not quoted:
            item_column = None  # an unindented paragraph ends the list
    flush()
    return paragraphs


class _HTMLParagraphs(HTMLParser):
    """Reduces HTML to paragraphs: block elements end one, top-level `<ol>` items are numbered,
    the further blocks of a step's `<li>` are its continuation, `<img>` gives its alt text."""

    BLOCKS = _words(
        "p div li ul ol h1 h2 h3 h4 h5 h6 br hr blockquote section article header footer aside main "
        "nav table thead tbody tr td th dl dt dd pre figure figcaption details summary"
    )
    HEADINGS = _words("h1 h2 h3 h4 h5 h6")
    SKIP = _words("script style head template noscript")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[_Para] = []
        self._text: list[str] = []
        self._heading = False
        self._continuation = False
        self._skip_depth = 0
        self._lists: list[list[int]] = []  # per open list: [ordered (0/1), counter]
        self._items = 0  # open <li> elements
        self._link: tuple[str, int] | None = None  # the open <a href>'s address and where its text starts

    def _flush(self) -> None:
        text = _clean("".join(self._text))
        if text:
            self.paragraphs.append(_Para(text, self._heading, self._continuation))
            # Whatever else a list item holds continues it.
            self._continuation = self._items > 0
        self._text = []
        self._heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in self.SKIP:
            self._skip_depth += 1
            return
        if tag == "img" and values.get("alt"):
            self._text.append(f" {values['alt']} ")
            return
        if tag == "a":
            href = (values.get("href") or "").strip()
            self._link = (href, len(self._text)) if href.startswith(("http://", "https://")) else None
            return
        if tag not in self.BLOCKS:
            return
        self._flush()
        if tag in self.HEADINGS:
            self._heading = True
        if tag in {"ol", "ul"}:
            start = values.get("start")
            counter = int(start) - 1 if tag == "ol" and start and start.strip().isdigit() else 0
            self._lists.append([int(tag == "ol"), counter])
        elif tag == "li":
            nested = self._items > 0
            self._items += 1
            self._continuation = nested
            if self._lists and self._lists[-1][0] and not nested:
                value = values.get("value")
                self._lists[-1][1] = int(value) if value and value.strip().isdigit() else self._lists[-1][1] + 1
                self._text.append(f"{self._lists[-1][1]}. ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None:
            # A link keeps its web address in the text, as the plain-text article shows it.
            href, start = self._link
            self._link = None
            if "".join(self._text[start:]).strip() not in ("", href):
                self._text.append(f" ({href})")
            elif not "".join(self._text[start:]).strip():
                self._text.append(href)
            return
        if tag in self.SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag not in self.BLOCKS:
            return
        self._flush()
        if tag in {"ol", "ul"} and self._lists:
            self._lists.pop()
        elif tag == "li" and self._items:
            self._items -= 1
            self._continuation = self._items > 0

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _html_paragraphs(text: str) -> list[_Para]:
    parser = _HTMLParagraphs()
    parser.feed(text)
    parser.close()
    return parser.paragraphs


def detect_format(path: Path, text: str) -> Format:
    """The article's format, from its suffix (`.txt`, `.md`, `.html`), else from its content."""
    known = ARTICLE_SUFFIXES.get(path.suffix.lower())
    if known is not None:
        return known
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(p|div|ol|li|h1|body)[\s>]", head):
        return "html"
    return "text"


# ---------------------------------------------------------------------------------------------
# Paragraphs → parts


def detect_language(text: str) -> str:
    """The language (of `LANGUAGES`) whose frequent words the text uses most."""
    words = Counter(word.casefold() for word in _WORD_RE.findall(text))
    scores = {language: sum(words[word] for word in keywords) for language, keywords in _KEYWORDS.items()}
    return max(scores, key=lambda language: scores[language])


_BODY_WORDS = 12
"""A paragraph of at least this many words (not a question) is the article's body: its title came
before it."""


def _title_index(paragraphs: list[_Para], labels: BoxLabels) -> int:
    """The question the article answers; else its first heading; else its first paragraph. A
    question after the body has begun is one of its sections (a list of topics), not its title:
    the title is then the paragraph just before the body (`Annullare il piano … a GoToWebinar`)."""
    for index, paragraph in enumerate(paragraphs):
        if _STEP_RE.match(paragraph.text) or labels.match(paragraph.text):
            break
        if paragraph.text.endswith("?"):
            return index
        if len(paragraph.text.split()) >= _BODY_WORDS:
            before = paragraphs[index - 1].text if index else ""
            if before and len(before.split()) < _BODY_WORDS and not before.endswith((".", ":", ";")):
                return index - 1
            break
    for index, paragraph in enumerate(paragraphs):
        if paragraph.heading:
            return index
    return 0


@dataclass
class _Draft:
    kind: PartKind
    number: int | None
    texts: list[str]
    label: str | None = None


def _parts(number: str, paragraphs: list[_Para], source: str, labels: BoxLabels) -> list[ArticlePart]:
    # A numbered paragraph nested in a step (a sub-step) is more of that step.
    steps = [i for i, p in enumerate(paragraphs) if not p.heading and not p.continuation and _STEP_RE.match(p.text)]
    first_step = steps[0] if steps else len(paragraphs)
    last_step = steps[-1] if steps else len(paragraphs)
    drafts: list[_Draft] = []
    last: _Draft | None = None  # the last step
    # A list that starts again at 1 is the next procedure of the article (`1, 2`, a screenshot,
    # `1, 2`): its steps are numbered on from the last one (3, 4), as a reader counts them, so
    # every part keeps a unique id; a number repeated otherwise (`1, 2, 2`) is still an error.
    counted_on = 0
    for index, paragraph in enumerate(paragraphs):
        if paragraph.heading:
            continue
        current = drafts[-1] if drafts else None
        step = None if paragraph.continuation else _STEP_RE.match(paragraph.text)
        box = None if step else labels.match(paragraph.text)
        if step:
            if last is not None and last.number is not None and int(step.group("number")) == 1:
                counted_on = last.number
            last = _Draft("step", counted_on + int(step.group("number")), [step.group("text")])
            drafts.append(last)
        elif box:
            kind = labels.kind(box.group("label"))
            drafts.append(_Draft(kind, None, [box.group("text")] if box.group("text") else [], box.group("label")))
        elif current is not None and not current.texts:
            current.texts.append(paragraph.text)  # the text of a label alone on its line
        elif last is not None and (paragraph.continuation or first_step < index < last_step):
            last.texts.append(paragraph.text)  # more of the step it is under
        elif current is not None and paragraph.continuation:
            current.texts.append(paragraph.text)
        else:
            drafts.append(_Draft("intro" if index < first_step else "after", None, [paragraph.text]))

    parts: list[ArticlePart] = []
    counters: Counter[str] = Counter()
    seen: set[str] = set()
    for draft in drafts:
        if draft.kind == "step":
            part_id = f"{number}.{draft.number}"
        else:
            counters[draft.kind] += 1
            part_id = f"{number}.{draft.kind}-{counters[draft.kind]}"
        if part_id in seen:
            raise ArticleFormatError(f"{source}: two parts would have the id {part_id} (a step number repeats)")
        seen.add(part_id)
        parts.append(ArticlePart(part_id, draft.kind, draft.number, _clean(" ".join(draft.texts)), draft.label))
    return parts


def article_number(path: Path) -> str:
    """The 3-digit prefix of the article's file name: `002_34dc6d3e83136873.txt` → `002`."""
    match = _NUMBER_RE.match(path.name)
    if match is None:
        raise ArticleFormatError(f"{path}: an article's file name starts with its 3-digit number, e.g. 002_….txt")
    return match.group("number")


def _paragraphs(text: str, fmt: Format, labels: BoxLabels) -> list[_Para]:
    if fmt == "markdown":
        return _markdown_paragraphs(text, labels)
    if fmt == "html":
        return _html_paragraphs(text)
    return _text_paragraphs(text)


def parse_text(text: str, number: str, fmt: Format = "text", language: str | None = None, source: str = "") -> Article:
    """Parse an article given as a string (`fmt`: text, markdown or html)."""
    paragraphs = _paragraphs(text, fmt, box_labels())
    if not paragraphs:
        raise ArticleFormatError(f"{source or number}: the article is empty")
    language = language or detect_language(" ".join(p.text for p in paragraphs))
    # The box labels are the article's language's: read again with them where they split the text.
    labels = box_labels(language)
    if fmt == "markdown":
        paragraphs = _paragraphs(text, fmt, labels)
    title_index = _title_index(paragraphs, labels)
    body = [paragraph for paragraph in paragraphs[title_index + 1 :] if not _FOOTER_RE.match(paragraph.text)]
    return Article(number, language, paragraphs[title_index].text, _parts(number, body, source or number, labels))


def parse_article(path: str | Path, language: str | None = None) -> Article:
    """Parse the article at `path` (plain text, Markdown or HTML) into its parts.

    Its number comes from the file name, its language (unless given) from its words."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    fmt = detect_format(path, text)
    article = parse_text(text, article_number(path), fmt, language, source=str(path))
    return Article(article.number, article.language, article.title, article.parts, path)


def is_article_file(path: Path) -> bool:
    """A file named `NNN_….txt` (or .md, .markdown, .html, .htm)."""
    return path.is_file() and bool(_NUMBER_RE.match(path.name)) and path.suffix.lower() in ARTICLE_SUFFIXES


def load_articles(folder: str | Path, *, versions: bool = False) -> list[Article]:
    """Every article in `folder` (files `NNN_….txt|md|html`; the README is not one), by number.

    A number names one article: its part ids must be unique for `@verifies:` tags. With
    `versions`, an article may also come in other languages under the same number (`002_….txt`
    in Italian and `002_…_en.md` in English): one per number and language, sorted by both."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no articles folder at {folder}")
    articles = [parse_article(path) for path in sorted(folder.iterdir()) if is_article_file(path)]
    keys = Counter((article.number, article.language if versions else "") for article in articles)
    repeated = sorted(
        f"{number} ({language})" if language else number for (number, language), n in keys.items() if n > 1
    )
    if repeated:
        raise ArticleFormatError(f"{folder}: more than one article numbered {', '.join(repeated)}")
    return sorted(articles, key=lambda article: (article.number, article.language))


@dataclass(frozen=True)
class Unreadable:
    """A file of an articles folder that could not be read as an article, and why."""

    path: Path
    number: str
    """Its 3-digit number, or the file name when it has none."""
    reason: str


def read_folder(folder: str | Path, *, versions: bool = False) -> tuple[list[Article], list[Unreadable]]:
    """Like `load_articles`, but a bad file does not stop the others: (the articles, the files that
    could not be read, each with the reason). A file named like an article (`NNN_…`) in a format
    that is not one of `ARTICLE_SUFFIXES` (`.docx`, `.pdf`) is named as unsupported."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no articles folder at {folder}")
    articles: list[Article] = []
    unreadable: list[Unreadable] = []
    for path in sorted(folder.iterdir()):
        match = _NUMBER_RE.match(path.name)
        if not path.is_file() or match is None:
            continue
        number = match.group("number")
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            supported = ", ".join(ARTICLE_SUFFIXES)
            reason = f"unsupported format {path.suffix or '(no extension)'}; articles are {supported}"
            unreadable.append(Unreadable(path, number, reason))
            continue
        try:
            articles.append(parse_article(path))
        except UnicodeDecodeError as error:
            unreadable.append(Unreadable(path, number, f"not UTF-8 text ({error.reason} at byte {error.start})"))
        except (OSError, ArticleFormatError) as error:
            unreadable.append(Unreadable(path, number, str(error)))
    keys = Counter((article.number, article.language if versions else "") for article in articles)
    kept = []
    for article in articles:
        if keys[(article.number, article.language if versions else "")] > 1:
            what = f"{article.number} ({article.language})" if versions else article.number
            assert article.path is not None
            unreadable.append(Unreadable(article.path, article.number, f"more than one article numbered {what}"))
        else:
            kept.append(article)
    return sorted(kept, key=lambda article: (article.number, article.language)), unreadable


def known_part_ids(articles: list[Article]) -> set[str]:
    """The ids of every part of these articles."""
    return {part.id for article in articles for part in article.parts}
