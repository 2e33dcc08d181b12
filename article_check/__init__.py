"""Article verification for documentation writers: does a help article still match the product?

`billing-e2e articles check` reads every article in `articles/` (plain text, Markdown or HTML, in
a language of `billing_e2e.domain.LANGUAGES`; an article in another language is said to be not
checked), and checks
it against the target's UI in the article's language:

- `extract`, `tokens`, `reader`, `grammar`: the UI labels each part tells the reader to click,
  select or look at, found in the article's own text by its grammar (verbs, role words, quotes),
  never from a list kept by hand: `tokens` cuts the text (and lists its URLs), `reader` reads the
  labels from the tokens with the language's words of `grammar` (one data file per language in
  `grammars/`), and `extract` is the entry point;
- `walks`: ways through the UI made with the harness's page objects (the same the scenarios use),
  read-only, with a screenshot and every role and accessible name at each stop; independent
  walks run side by side in lanes (threads, each with its own Playwright and browser);
- `planner`, `explore`: a walk planned from the article rather than chosen from the families:
  `planner` reads the steps as intentions (open, click, select, fill, look), the account they
  need and what is never pressed; `explore` realises them in the browser from the signed-in
  start, following the control each step names or searching the reachable pages for it, and
  stops in front of what commits;
- `urls`: what each address the article names does on the target (answers, redirects, fails);
- `compare`, `choose`, `align`, `matching`, `suggest`: the article's steps lined up with the
  walk's stops, each with a verdict, findings and suggested fixes: `choose` picks the walk the
  steps describe, `align` lines the steps up with its stops (`matching`: where a stop shows a
  label), `suggest` says what the UI shows instead, and `compare` composes them;
- `language`: the language an article and each of its sentences is written in, among every
  language the help center publishes (an article in a language without vocabulary is not checked);
- `steps`: an article's steps however written (numbered, bulleted, in paragraphs) and what each
  asks the reader to do (its intentions);
- `prose`: what the article's own text says whatever the UI shows (its language sentence by
  sentence, product names by today's name, the article's own product, hosts);
- `versions`: the same article in several languages, compared step by step;
- `snapshot`: what a page offers a reader (roles and accessible names);
- `model`: the data of a check: what the article names, what the UI showed, the verdicts;
- `check`: one run: the addresses, the walks the articles need, the comparison per article;
- `report`: the HTML report a writer reads (a page per article and locale), JSON for CI and the
  terminal summary;
- `cli`, `__main__`: the command (`billing-e2e articles check`);
- `timings`: where a run's time goes (`--timings FILE`).
"""
