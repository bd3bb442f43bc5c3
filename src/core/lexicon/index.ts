/**
 * The one lexicon of the process. Rules that need it read `currentLexicon()` and do not run (and are listed
 * as not evaluated) while it is absent, so a check never waits for it. Front ends load it once:
 *   CLI:        await loadLexicon();            before the first check
 *   task pane:  void loadLexicon().then(recheck) after first paint; the data is its own webpack chunk
 */
import { Lexicon } from './lexicon';

export { Lexicon, EDGE } from './lexicon';

let current: Lexicon | null = null;
let loading: Promise<Lexicon> | null = null;

export function currentLexicon(): Lexicon | null {
  return current;
}

/** Installs a lexicon (or removes it with null): tests, or a host with its own data. */
export function setLexicon(lexicon: Lexicon | null): void {
  current = lexicon;
  loading = null;
}

/** Decodes packed data (the `data` field of src/core/data/lexicon/lexicon.json). */
export function decodeLexicon(data: string): Lexicon {
  return new Lexicon(data);
}

/** Loads the built-in lexicon once (its data is a separate chunk) and installs it. */
export function loadLexicon(): Promise<Lexicon> {
  if (current) return Promise.resolve(current);
  loading ??= import(/* webpackChunkName: "lexicon" */ '../data/lexicon/lexicon.json').then((m) => {
    const json = (m as { default?: { data: string } }).default ?? (m as unknown as { data: string });
    current = decodeLexicon(json.data);
    return current;
  });
  return loading;
}
