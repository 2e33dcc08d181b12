"""Article verification for documentation writers: does a help article still match the product?

`billing-e2e articles check` reads every article in `articles/` (plain text, Markdown or HTML, in
Italian, German or English), and checks it against the target's UI in the article's language:

- `extract`: the UI labels each part tells the reader to click, select or look at, found in the
  article's own text by its grammar (verbs, role words, quotes), never from a list kept by hand:
  `tokens` cuts the text (and lists its URLs), `reader` reads the labels from the tokens with the
  language's words of `grammar` (one data file per language in `grammars/`);
- `walks`: ways through the UI made with the harness's page objects (the same the scenarios use),
  read-only, with a screenshot and every role and accessible name at each stop; independent
  walks run side by side in lanes (threads, each with its own Playwright and browser);
- `urls`: what each address the article names does on the target (answers, redirects, fails);
- `compare`, with `choose` (the walk the steps describe), `align` (the steps lined up with its
  stops; `matching`: where a stop shows a label) and `suggest` (what the UI shows instead):
  lines the article's steps up with the walk's stops and gives each a verdict with
  findings and suggested fixes;
- `report`: the HTML report a writer reads (a page per article and locale), JSON for CI and the
  terminal summary; `cli` is the command; `timings`: where a run's time goes (`--timings FILE`).
"""
