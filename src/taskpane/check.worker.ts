/**
 * The check off the pane's thread: a dedicated worker (same origin, CSP `worker-src 'self'`) that holds the rules
 * and the lexicon, so a 100-page check never freezes the pane. The lexicon loads here at start; checks wait for it,
 * so every result is the one a check with the lexicon gives.
 */
import { loadLexicon } from '../core/lexicon';
import { CheckSession, type CheckRequest } from './checkSession';

const session = new CheckSession();
// A lexicon that fails to load leaves its rules "not evaluated", as on the main thread.
const lexicon = loadLexicon().catch(() => null);

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  void lexicon.then(() => scope.postMessage(session.respond(e.data)));
};
