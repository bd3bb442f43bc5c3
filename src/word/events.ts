/**
 * Tells the task pane that the Word document changed, so it can check the edited paragraphs again.
 *
 * WordApi 1.6 (Word 2024, Microsoft 365 since 2308, the web): Document.onParagraphAdded / onParagraphChanged /
 * onParagraphDeleted ("Work with events using the Word JavaScript API"; Word.ParagraphChangedEventArgs). What real
 * Word does with them (OfficeDev/office-js issues):
 *  - events go missing when the user edits fast (#4874); deleting under Track Changes raises none on Mac (#3864);
 *    onParagraphDeleted is unreliable past ~250 pages on Mac (#5400, "by design"); undoing an added or deleted
 *    paragraph raises none (#5089); formatting changes raised none on the web until a fix (#6770);
 *  - adding or deleting a comment raised added/deleted events on desktop (#5049, fixed);
 *  - the add-in's own writes raise events too, asynchronously, after its batch.
 * So an event is only a hint that something changed: the pane reads the document and compares paragraph
 * fingerprints; it never trusts the event's ids, and it also compares when it gets the focus back.
 *
 * Before 1.6: a cheap comparison on a timer, one sync reading `body.text` (no paragraph collection) while the pane
 * is visible.
 */
import type { OfficeLike } from './settings';

/** How often the pane compares the text when Word has no paragraph events. */
export const POLL_MS = 2000;

type EventResult = { context: unknown; remove(): void };
type EventSource = { add(handler: (event: unknown) => unknown): EventResult };
type EventContext = {
  document: {
    onParagraphAdded: EventSource;
    onParagraphChanged: EventSource;
    onParagraphDeleted: EventSource;
    body: { load(path: string): { text: string } };
  };
  sync(): Promise<void>;
};

/** `Word` (its run, with or without an earlier batch's context) and `Office`, as WordHost takes them. */
export interface WordEventsEnvironment {
  word: object;
  office: OfficeLike;
}

type Run = <T>(...args: [(c: EventContext) => Promise<T>] | [unknown, (c: EventContext) => Promise<T>]) => Promise<T>;
const runOf =
  (env: WordEventsEnvironment): Run =>
  (...args) =>
    (env.word as { run: Run }).run(...args);

export interface WatchOptions {
  /** Timer functions (tests pass fakes); default: the page's. */
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (id: unknown) => void;
  /** Whether the pane is visible (no polling of a hidden pane); default: document.visibilityState. */
  visible?: () => boolean;
  /** True while changes are the add-in's own: the timer comparison takes them as the new baseline. */
  quiet?: () => boolean;
}

function supports16(office: OfficeLike): boolean {
  try {
    return office.context.requirements.isSetSupported('WordApi', '1.6');
  } catch {
    return false;
  }
}

/** Calls `changed` when the document may have changed; returns the function that stops watching. */
export function watchDocument(env: WordEventsEnvironment, changed: () => void, options: WatchOptions = {}): () => void {
  return supports16(env.office) ? watchEvents(env, changed) : watchText(env, changed, options);
}

function watchEvents(env: WordEventsEnvironment, changed: () => void): () => void {
  let results: EventResult[] = [];
  let stopped = false;
  const run = runOf(env);
  const remove = (list: EventResult[]) =>
    list.length
      ? run(list[0].context, async (context) => {
          for (const r of list) r.remove();
          await context.sync();
        }).catch(() => undefined)
      : Promise.resolve();
  const registered = run(async (context) => {
    const d = context.document;
    const handler = () => {
      if (!stopped) changed();
    };
    const list = [
      d.onParagraphAdded.add(handler),
      d.onParagraphChanged.add(handler),
      d.onParagraphDeleted.add(handler),
    ];
    await context.sync();
    return list;
  })
    .then((list) => {
      results = list;
      if (stopped) void remove(list);
    })
    // Registration refused (an older build that reports 1.6): the pane still compares on focus.
    .catch(() => undefined);
  return () => {
    stopped = true;
    void registered.then(() => remove(results));
  };
}

function watchText(env: WordEventsEnvironment, changed: () => void, options: WatchOptions): () => void {
  const every = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const stopEvery = options.clearInterval ?? ((id) => clearInterval(id as ReturnType<typeof setInterval>));
  const visible = options.visible ?? (() => typeof document === 'undefined' || document.visibilityState !== 'hidden');
  const run = runOf(env);
  let last: string | null = null;
  let busy = false;
  const poll = async () => {
    if (busy || !visible()) return;
    busy = true;
    try {
      const text = await run(async (context) => {
        const body = context.document.body.load('text');
        await context.sync();
        return body.text;
      });
      if (last !== null && text !== last && !options.quiet?.()) changed();
      last = text;
    } catch {
      // A failed read (document closing, busy host) is retried on the next tick.
    } finally {
      busy = false;
    }
  };
  const id = every(() => void poll(), POLL_MS);
  return () => stopEvery(id);
}
