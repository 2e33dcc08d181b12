"""Read the UI labels an article part tells the reader to click, select or look at (its mentions).

The labels are read from the article's own grammar (grammar.py, one data file per language), never
from a list of the product's labels: a label an article renames, or a label of a new article, is
found the same way. A part's text is cut into tokens (tokens.py), then read left to right:

1. Each sentence is scanned for something that introduces a label:
   - a cue verb (`Fai clic su`, `Wählen Sie`, `Select`), which sets the action (click, select or
     look); the label follows after skippable determiners, pronouns and adverbs;
   - a role word: in Italian and German it comes before the label (`nella pagina Completa
     transazione`, `die Option In den Warenkorb`, `Icona Opzioni`), in English after it (`the
     Options icon`, `on the Checkout page`) or, capitalised, before it (`Icon Options`); a German
     compound `…symbol` is the icon named by its first part;
   - an "instead of" word (`anziché`, `anstelle`, `instead of`) before a quote;
   - `, oder` / `, o` / `, or` before a capitalised word, in a sentence that already named a label
     (`Wählen Sie Kaufen, um …, oder Testen`): an alternative to that label.
2. The label starts at a quote (its end is then sure) or at a capitalised word. A lower-case word
   there means the cue introduced prose (`Scegli il piano più adatto`), except the described form
   `role word + di/delle/of the + lower-case noun` (`l'icona delle opzioni` → `opzioni`) and, in a
   language with infinitive endings, a lower-case infinitive right after a click or select cue
   (`Selecione editar ao lado …`: the UI's lower-case `editar` link). A quote
   is a label only this way, right after what introduces it (`account "Corporate"` is not one).
3. An unquoted label ends at punctuation (but a dialog's answer goes on past its comma: `Yes,
   Cancel`, `Sì, annulla`), a bracket, a quote, a URL, `>` (the next label continues
   the sequence), an alternative conjunction before a capitalised word (the next alternative), or
   a stop word; in a language with infinitive endings (it, fr, es, pt: `grammar.infinitives`) also
   at a lower-case infinitive after its first word, in German at a
   verb form (`angezeigt`), and in English, where labels are in Title Case, at the first lower-case
   word that does not join two capitalised ones (`Add to Cart`, but `Change to update`). A label has
   at most seven words. When a stop word or such a guess ended it, `candidate` keeps going to the
   next punctuation, so the comparison can take the longest stretch the UI shows; when the end is
   sure, `candidate == text`.
4. Cross-references to other articles (`Vedi Domande frequenti …`, `Scopri di più in …`,
   `Weitere Informationen finden Sie unter …`, `Learn more in …`) are not read as labels: the rest
   of their sentence is skipped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from article_check.model import Action, Mention
from billing_e2e.articles import ArticlePart

from .grammar import Grammar, Phrases
from .tokens import URL_RE, Token, tokenize

MAX_WORDS = 7
"""A label has at most this many words (and so has its candidate)."""


# What the reader does with an element named only by its role word (no cue verb before it);
# pages, sections and screens are looked at whatever the verb.
_ROLE_ACTIONS: dict[str, Action] = {
    "icon": "look",
    "button": "click",
    "page": "look",
    "option": "click",
    "field": "look",
    "menu": "look",
    "link": "click",
    "tab": "click",
    "section": "look",
    "screen": "look",
}
_LOOK_ROLES = frozenset({"page", "section", "screen"})


_Link = tuple[Literal["sequence", "alternatives"], int]
"""A label joined to an earlier one (its index in the mentions found): by `>`, or as an alternative."""


class Reader:
    """Reads one part's tokens left to right. Methods that read a label return the index of the
    token to go on from, or None when nothing there is a label."""

    def __init__(self, part: ArticlePart, grammar: Grammar) -> None:
        self.part = part
        self.grammar = grammar
        self.tokens = tokenize(part.text, grammar)
        self.mentions: list[Mention] = []
        self.groups = {"sequence": 0, "alternatives": 0}
        self.floor = 0  # tokens before this belong to a label already found
        self.sentence_start = 0  # first token of the sentence being read
        self.sentence_mentions = 0  # mentions found before that sentence
        self.sentence_cue: Action | None = None
        """The action of the sentence's last cue, also when it introduced prose (`Wählen Sie das
        gewünschte Produkt und dann Kaufen`: Kaufen is chosen too)."""

    def read(self) -> list[Mention]:
        i = 0
        while i < len(self.tokens):
            if self.tokens[i].kind == "end":
                self.sentence_start, self.sentence_mentions = i + 1, len(self.mentions)
                self.sentence_cue = None
                i += 1
            else:
                i = max(i + 1, self._step(i))
        return sorted(self.mentions, key=lambda mention: mention.start)

    def _step(self, i: int) -> int:
        if self._cross_reference(i):
            return self._sentence_end(i)
        cue = self._cue(i)
        if cue is not None:
            action, j = cue
            self.sentence_cue = action
            found = self._after_cue(j, action)
            link: int | None = j
            while found is None and link is not None and (link := self._link_after_place(link)) is not None:
                # `Klicken Sie beim gewünschten Produkt auf …`: a place named before the preposition;
                # `Klicken Sie oben auf der Seite auf …`: the place's own preposition comes first.
                found = self._after_cue(link + 1, action)
            return _first(found, j)
        length = self._match(i, self.grammar.instead_of)
        if length:
            return _first(self._after_instead(i + length), i + length)
        if self._role(i) is not None or self._compound(i) is not None:
            return _first(self._at_role(i), i + 1)
        if len(self.mentions) > self.sentence_mentions and (k := self._elliptical(i)) is not None:
            # `Click the Options icon of the product, and then Edit Subscription`.
            return self._go_on(k, self.mentions[-1].action)
        if self.sentence_cue is not None and (k := self._elliptical(i)) is not None:
            # The cue named prose first: `Wählen Sie das gewünschte Produkt und dann Kaufen`.
            return self._go_on(k, self.sentence_cue)
        return _first(self._comma_alternative(i), i + 1)

    # -- token tests -------------------------------------------------------------------------

    def _token(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def _kind(self, i: int) -> str:
        token = self._token(i)
        return token.kind if token is not None else ""

    def _key(self, i: int) -> str:
        token = self._token(i)
        return token.key if token is not None else ""

    def _upper(self, i: int) -> bool:
        token = self._token(i)
        return token is not None and token.kind == "word" and token.text[0].isupper()

    def _lower(self, i: int) -> bool:
        token = self._token(i)
        return token is not None and token.kind == "word" and token.text[0].islower()

    def _match(self, i: int, phrases: Phrases) -> int:
        """The length of the longest phrase that starts at token i (0: none)."""
        best = 0
        for phrase in phrases:
            if len(phrase) > best and all(self._key(i + k) == word for k, word in enumerate(phrase)):
                best = len(phrase)
        return best

    def _role(self, i: int) -> str | None:
        return self.grammar.roles.get(self._key(i))

    def _compound(self, i: int) -> tuple[str, str] | None:
        """(name, role) of a compound role word (`Optionen-Symbol` → `Optionen`, icon)."""
        key = self._key(i)
        for suffix, role in self.grammar.role_suffixes.items():
            if key.endswith(suffix) and len(key) > len(suffix):
                token = self.tokens[i]
                name = token.text[: len(token.text) - len(suffix)].rstrip("-")
                return (name, role) if name else None
        return None

    def _starts_label(self, i: int) -> bool:
        token = self._token(i)
        return self._upper(i) and token is not None and token.text not in self.grammar.cased_skips

    def _skip(self, j: int) -> int:
        """Past the determiners, pronouns and adverbs (at most three) before a label."""
        for _ in range(3):
            token = self._token(j)
            if token is None or token.kind != "word":
                break
            if (self._lower(j) and token.key in self.grammar.skips) or token.text in self.grammar.cased_skips:
                j += 1
            else:
                break
        return j

    def _sentence_end(self, i: int) -> int:
        while i < len(self.tokens) and self.tokens[i].kind != "end":
            i += 1
        return i

    # -- what introduces a label -------------------------------------------------------------

    def _cross_reference(self, i: int) -> bool:
        if self._match(i, self.grammar.cross_references):
            return True
        if self._key(i) in self.grammar.see:
            # `Vedi Domande frequenti …` names an article; `vedi la Icona Opzioni` an element.
            return self._kind(i + 1) == "quote" or (self._upper(i + 1) and self._role(i + 1) is None)
        return False

    def _cue(self, i: int) -> tuple[Action, int] | None:
        """(action, index after the cue and its preposition) of a cue phrase at i."""
        best: tuple[Action, int] | None = None
        for action, phrases in self.grammar.cues:
            length = self._match(i, phrases)
            if length and (best is None or length > best[1] - i):
                best = (action, i + length)
        if best is None:
            return None
        action, j = best
        if self._lower(j) and self._key(j) in self.grammar.cue_links:
            j += 1
        return action, j

    def _after_cue(self, j: int, action: Action, link: _Link | None = None) -> int | None:
        cue_end = j
        j = self._skip(j)
        if self._lower(j) and self._key(j) in self.grammar.cue_links:
            # An adverb before the preposition: `Klicken Sie dann auf …`, `then click on …`.
            j = self._skip(j + 1)
        kind = self._kind(j)
        if kind == "quote":
            return self._quoted(j, action, None, link)
        if self._compound(j) is not None:
            return self._compound_mention(j, action, link)
        if self._role(j) is not None:
            return self._after_role(j, action, link)
        role_after = self._role(j + 1)
        if not self.grammar.role_first and self._lower(j) and role_after is not None:
            # `click the options icon`: the element described in prose.
            return self._emit(
                j, j + 1, j + 1, j + 2, _role_action(role_after, action), role_after, link, described=True
            )
        if self._starts_label(j):
            return self._unquoted(j, action, None, link)
        if action != "look" and j == cue_end and self._lower(j) and self._infinitive(j):
            # A verb right after the cue, with no article before it, is no prose but the control
            # the UI names by that verb in lower case (`Selecione editar ao lado da forma de
            # pagamento`: the `editar` link); prose names a thing (`Selecione o plano`).
            return self._emit(j, j + 1, j + 1, j + 1, action, None, link)
        return None

    def _infinitive(self, j: int) -> bool:
        """Whether the word at j is an infinitive of the language (at least two letters before
        its ending; never in a language without infinitive endings)."""
        key = self._key(j)
        return any(len(key) > len(ending) + 1 and key.endswith(ending) for ending in self.grammar.infinitives)

    def _link_after_place(self, j: int, reach: int = 7) -> int | None:
        """The cue's preposition (`auf`) a few words on, after a phrase that says where (`beim
        gewünschten Produkt`, `im rechten Navigationsbereich Ihrer vorhandenen Zahlungsmethode`);
        None when something else than words comes first."""
        for m in range(j, j + reach):
            if self._kind(m) != "word" or (m > j and self._cue(m) is not None):
                return None  # not a place phrase, or the next instruction (`… e clique em X`)
            if m > j and self._lower(m) and self._key(m) in self.grammar.cue_links:
                return m
        return None

    def _after_instead(self, j: int) -> int | None:
        """`anziché "Completa transazione"`, `anstelle der Option „Zur Kasse“`."""
        j = self._skip(j)
        role = self._role(j)
        if role is not None:
            j += 1
        if self._kind(j) == "quote":
            return self._quoted(j, _role_action(role, "click"), role, None)
        return None

    def _at_role(self, i: int) -> int | None:
        """A role word met without a cue before it."""
        if self._compound(i) is not None:
            return self._compound_mention(i, None, None)
        role = self._role(i)
        if role is None:
            return None
        if not self.grammar.role_first and self._lower(i):
            start = self._label_before(i)
            if start is not None:
                return self._emit(start, i, i, i + 1, _role_action(role, None), role, None)
        return self._after_role(i, None, None)

    def _after_role(self, i: int, action: Action | None, link: _Link | None) -> int | None:
        """The label after the role word at i: quoted, capitalised (it/de, or an English role word
        written first and capitalised: `Icon Options`), or described (`icona delle opzioni`)."""
        role = self._role(i)
        act = _role_action(role, action)
        j = i + 1
        if self._kind(j) == "quote":
            return self._quoted(j, act, role, link)
        if self._starts_label(j) and (self.grammar.role_first or self._upper(i)):
            return self._unquoted(j, act, role, link)
        length = self._match(j, self.grammar.described)
        if length and self._lower(j + length):
            return self._described(j + length, act, role, link)
        return None

    def _comma_alternative(self, i: int) -> int | None:
        """`Wählen Sie Kaufen, um ein Abo zu erwerben, oder Testen, …`: an alternative to the
        sentence's last label."""
        if not (self._lower(i) and self._key(i) in self.grammar.alternatives and self._kind(i - 1) == "comma"):
            return None
        if len(self.mentions) == self.sentence_mentions:
            return None
        last = len(self.mentions) - 1
        return self._after_cue(i + 1, self.mentions[last].action, ("alternatives", last))

    # -- where a label ends ------------------------------------------------------------------

    def _label_before(self, i: int) -> int | None:
        """Start of the Title Case label before an English role word (`on the Checkout page`)."""
        grammar = self.grammar
        floor = max(self.floor, self.sentence_start, i - 2 * MAX_WORDS)
        start = i
        m = i - 1
        while m >= floor and self._kind(m) == "word":
            if self._upper(m) or self.tokens[m].text[0].isdigit():
                start = m
            elif self._key(m) not in grammar.connectors | grammar.skips:
                break
            m -= 1
        # A determiner in the run starts the label after it (`If the Checkout page` → `Checkout`).
        for p in range(start, i):
            if self._key(p) in grammar.skips:
                start = p + 1
        start = max(start, i - MAX_WORDS)
        while start < i and not self._upper(start):
            start += 1
        return start if start < i else None

    def _alternative_next(self, j: int) -> bool:
        """An alternative conjunction at j, with the next label right after it."""
        return (
            self._lower(j)
            and self._key(j) in self.grammar.alternatives
            and (self._kind(j + 1) == "quote" or self._starts_label(j + 1))
        )

    def _ends_label(self, j: int) -> bool:
        """Whether the word at j (after a label's first word) is past the label's end."""
        grammar = self.grammar
        key = self._key(j)
        if grammar.title_case:
            if not self._lower(j):
                return False
            # One small word between two capitalised ones belongs to the label: `Add to Cart`.
            return not (key in grammar.connectors and self._upper(j + 1))
        if self._lower(j) and (key in grammar.stops or key in grammar.verb_stops or key in grammar.alternatives):
            return True
        if grammar.role_first and self._lower(j) and key in grammar.skips and self._role(j + 1) is not None:
            return True  # `auf der Seite Kasse die Option …`: the next element's article
        # An infinitive (`apportare`, `apporter`): at least two letters before its ending.
        return self._lower(j) and self._infinitive(j)

    def _span(self, k: int, role: str | None = None) -> tuple[int, int]:
        """(end of the guessed label, end of the candidate) of the unquoted label starting at k."""
        text_end: int | None = None
        j = k + 1
        while j < len(self.tokens) and j - k < MAX_WORDS and self._kind(j) == "word":
            if self._alternative_next(j):
                break
            # A page's or section's name holds no article: `Seite Kasse den Abrechnungszeitraum`.
            page_ends = role in _LOOK_ROLES and self._lower(j) and self._key(j) in self.grammar.skips
            if text_end is None and (self._ends_label(j) or page_ends):
                text_end = j
            j += 1
        if text_end is None:
            return j, j
        candidate_end = j
        while candidate_end > text_end and self._key(candidate_end - 1) in self.grammar.small_words:
            candidate_end -= 1
        return text_end, candidate_end

    # -- the mentions ------------------------------------------------------------------------

    def _answer_end(self, k: int) -> int | None:
        """The end of a dialog's answer button named with its comma (`Yes, Cancel`, `Sì, annulla`):
        the answer word, the comma and the words after it up to the clause's end (a stop word, or in
        Title Case a lower-case word); None when the label at k is no such answer."""
        grammar = self.grammar
        if self._key(k) not in grammar.answers or self._kind(k + 1) != "comma":
            return None
        end = k + 2
        while end < len(self.tokens) and end - k <= MAX_WORDS and self._kind(end) == "word":
            if self._lower(end) and (grammar.title_case or self._key(end) in grammar.stops):
                break
            end += 1
        return end if end > k + 2 else None

    def _unquoted(self, k: int, action: Action | None, role: str | None, link: _Link | None) -> int:
        answer_end = self._answer_end(k)
        if answer_end is not None:
            return self._emit(k, answer_end, answer_end, answer_end, _role_action(role, action), role, link)
        text_end, candidate_end = self._span(k, role)
        resume = text_end
        if not self.grammar.role_first and role is None:
            # English names the role after the label: `the Options icon`, `the Options Icon`.
            if self._role(text_end) is not None:
                role, candidate_end, resume = self._role(text_end), text_end, text_end + 1
            elif text_end - k > 1 and self._upper(text_end - 1) and self._role(text_end - 1) is not None:
                role, text_end, resume = self._role(text_end - 1), text_end - 1, text_end
                candidate_end = text_end
        return self._emit(k, text_end, candidate_end, resume, _role_action(role, action), role, link)

    def _described(self, k: int, action: Action, role: str | None, link: _Link | None) -> int | None:
        """`icona delle opzioni` → `opzioni`: lower-case words up to a stop (three at most)."""
        end = k
        while end - k < 3 and self._lower(end) and self._key(end) not in self.grammar.stops | self.grammar.skips:
            if self._role(end) is not None:
                break
            end += 1
        if end == k:
            return None
        return self._emit(k, end, end, end, action, role, link, described=True)

    def _compound_mention(self, i: int, action: Action | None, link: _Link | None) -> int:
        """A compound role word (`Optionssymbol`, `Optionen-Symbol`) is a word of the prose, not a
        label: its first part is not what the UI calls the element (`Options…` is no word of it).
        An elliptical cue after it still names a label (`auf das Optionen-Symbol und dann auf X`)."""
        k = self._elliptical(i + 1)
        if k is None:
            return i + 1
        return self._go_on(k, action or "click")

    def _quoted(self, j: int, action: Action, role: str | None, link: _Link | None) -> int | None:
        token = self.tokens[j]
        if URL_RE.fullmatch(token.text):
            return None
        resume = j + 1
        trailing = self._role(resume)
        if not self.grammar.role_first and role is None and trailing is not None:
            role, action, resume = trailing, _role_action(trailing, action), resume + 1  # `the "Next" button`
        return self._add(token.text, token.text, token.start, resume, action, role, link, quoted=True)

    def _emit(
        self,
        k: int,
        text_end: int,
        candidate_end: int,
        resume: int,
        action: Action,
        role: str | None,
        link: _Link | None,
        *,
        described: bool = False,
    ) -> int:
        """The mention made of tokens k … text_end - 1 (candidate: … candidate_end - 1)."""
        start = self.tokens[k].start
        text = self.part.text[start : self.tokens[text_end - 1].end]
        candidate = self.part.text[start : self.tokens[max(candidate_end, text_end) - 1].end]
        return self._add(text, candidate, start, resume, action, role, link, described=described)

    def _add(
        self,
        text: str,
        candidate: str,
        start: int,
        resume: int,
        action: Action,
        role: str | None,
        link: _Link | None,
        *,
        quoted: bool = False,
        described: bool = False,
        gloss: bool = False,
    ) -> int:
        text, candidate = _with_its_mark(self.part.text, start, text, candidate)
        sequence = alternatives = 0
        if link is not None:
            kind, previous = link
            before = self.mentions[previous]
            if kind == "sequence":
                sequence = before.sequence or self._new_group(kind)
                self.mentions[previous] = replace(before, sequence=sequence)
            else:
                alternatives = before.alternatives or self._new_group(kind)
                self.mentions[previous] = replace(before, alternatives=alternatives)
        mention = Mention(
            text=text,
            candidate=candidate,
            action=action,
            part_id=self.part.id,
            start=start,
            quoted=quoted,
            role_hint=role,
            sequence=sequence,
            alternatives=alternatives,
            described=described,
            gloss=gloss,
        )
        self.mentions.append(mention)
        self.floor = max(self.floor, resume)
        return self._chain(resume, len(self.mentions) - 1)

    def _new_group(self, kind: str) -> int:
        self.groups[kind] += 1
        return self.groups[kind]

    def _elliptical(self, j: int) -> int | None:
        """The start of a label named after an elliptical cue at j (`und dann auf X`, `, poi su X`,
        `, and then X`): the previous cue's verb goes on. None when j starts no such cue."""
        grammar = self.grammar
        comma = self._kind(j) == "comma"
        k = j + 1 if comma else j
        conjunction = self._lower(k) and self._key(k) in grammar.and_words
        k += conjunction
        then = self._lower(k) and self._key(k) in grammar.then_words
        k += then
        link = self._lower(k) and self._key(k) in grammar.cue_links
        k += link
        if not ((conjunction and (then or link)) or (comma and then)):
            return None
        k = self._skip(k)
        if self._kind(k) == "quote" or (self._starts_label(k) and self._compound(k) is None):
            return k
        return None

    def _go_on(self, k: int, action: Action) -> int:
        """The label at k, after an elliptical cue, for the action of the cue before it."""
        if self._kind(k) == "quote":
            return _first(self._quoted(k, action, None, None), k)
        if self._role(k) is not None:
            return _first(self._after_role(k, action, None), k)
        return self._unquoted(k, action, None, None)

    def _chain(self, j: int, index: int) -> int:
        """After a label: `>` continues its sequence, `o`/`oder`/`or` + a label offers an alternative,
        an elliptical cue (`und dann auf X`) names the next label for the same action."""
        link: _Link
        if (end := self._gloss_end(j)) is not None:
            # `Add New Subscription (Ajouter un nouvel abonnement)`: the label again, translated.
            text = self.part.text[self.tokens[j + 1].start : self.tokens[end - 1].end]
            start = self.tokens[j + 1].start
            action = self.mentions[index].action
            return self._add(text, text, start, end + 1, action, None, ("alternatives", index), quoted=True, gloss=True)
        if self._kind(j) == "arrow":
            link = ("sequence", index)
        elif self._alternative_next(j):
            link = ("alternatives", index)
        elif (k := self._elliptical(j)) is not None:
            return self._go_on(k, self.mentions[index].action)
        elif (k := self._after_page(j, index)) is not None and self.sentence_cue is not None:
            # The page was where to act: `Klicken Sie auf der Seite „Kasse“ auf Bestellung ändern`.
            return self._go_on(k, self.sentence_cue)
        else:
            return j
        action = self.mentions[index].action
        nxt = j + 1
        if self._kind(nxt) == "quote":
            return _first(self._quoted(nxt, action, None, link), nxt)
        if self._kind(nxt) == "word":
            return self._unquoted(nxt, action, None, link)
        return nxt

    def _gloss_end(self, j: int) -> int | None:
        """The closing bracket of a label given again in brackets right after a label (`Go To
        Billing (Accéder à la facturation)`): words only, the first capitalised; None otherwise."""
        if self._kind(j) != "bracket" or self.tokens[j].text != "(" or not self._upper(j + 1):
            return None
        end = j + 1
        while self._kind(end) == "word" and end - j <= MAX_WORDS:
            end += 1
        closes = self._kind(end) == "bracket" and self.tokens[end].text == ")"
        return end if closes and end > j + 1 else None

    def _after_page(self, j: int, index: int) -> int | None:
        """The label after the cue's preposition again (`auf`), right after a page the sentence
        named as the place (it, de: the role word comes first); None otherwise."""
        if not (self.grammar.role_first and self.mentions[index].role_hint in _LOOK_ROLES):
            return None
        if not (self._lower(j) and self._key(j) in self.grammar.cue_links):
            return None
        k = self._skip(j + 1)
        return k if self._kind(k) == "quote" or self._starts_label(k) else None


def _first(value: int | None, default: int) -> int:
    return default if value is None else value


def _role_action(role: str | None, action: Action | None) -> Action:
    if role in _LOOK_ROLES:
        return "look"
    if action is not None:
        return action
    return _ROLE_ACTIONS.get(role, "look") if role is not None else "look"


def _with_its_mark(part_text: str, start: int, text: str, candidate: str) -> tuple[str, str]:
    """The mention's text and candidate with the question or exclamation mark that ends the label
    ("select Forgot Password?, enter …", "click Forgot Password? and enter …"), where the sentence
    goes on after it; a mark that ends the sentence is the sentence's ("Do you want to select
    Cancel? Then …"), so it stays out."""
    end = start + len(candidate)
    mark = part_text[end : end + 1]
    if mark not in ("?", "!"):
        return text, candidate
    after = part_text[end + 1 :]
    goes_on = after[:1] in (",", ";") or (after[:1].isspace() and after.lstrip()[:1].islower())
    if not goes_on:
        return text, candidate
    return (text + mark if len(text) == len(candidate) else text), candidate + mark
