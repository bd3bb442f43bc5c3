/**
 * Where the pane's checks run. In a browser with Web Workers: a worker (see check.worker.ts), so the pane stays
 * responsive on long documents. Without them (jsdom tests, old hosts), or when the worker cannot start (a policy or
 * a missing file): the pane's own thread, with the same code and the same results.
 */
import type { CheckResult } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { DocumentModel } from '../core/model';
import { loadLexicon } from '../core/lexicon';
import type { Rule } from '../core/rule';
import { CheckSession, type CheckRequest, type CheckResponse } from './checkSession';

export interface CheckEngine {
  /** Where the next check runs (the pane shows nothing different; tests and the e2e run read it). */
  readonly where: 'worker' | 'main';
  /**
   * Checks `doc`. With `previous` (a result this engine gave for the same configuration) only the paragraphs that
   * changed since are checked again; the result is the one a full check gives.
   */
  check(doc: DocumentModel, config: CheckConfig, previous?: CheckResult | null): Promise<CheckResult>;
  dispose(): void;
}

/** Lets the browser paint (the progress bar) before a long synchronous step. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs checks on the calling thread, between paints. */
export class MainThreadEngine implements CheckEngine {
  readonly where = 'main' as const;
  private readonly session: CheckSession;
  private readonly ids = new WeakMap<CheckResult, number>();
  private next = 1;

  constructor(rules?: readonly Rule[]) {
    this.session = new CheckSession(rules);
  }

  async check(doc: DocumentModel, config: CheckConfig, previous?: CheckResult | null): Promise<CheckResult> {
    await yieldToBrowser();
    const id = this.next++;
    const previousId = previous ? this.ids.get(previous) : undefined;
    const result = this.session.run({ id, doc, config, previousId });
    this.ids.set(result, id);
    return result;
  }

  dispose(): void {}
}

/** What the worker engine needs of a Worker (tests hand over a fake). */
export interface WorkerLike {
  postMessage(message: CheckRequest): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<CheckResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (e: Event) => void): void;
  terminate(): void;
}

interface Pending {
  resolve(result: CheckResult): void;
  reject(error: Error): void;
  doc: DocumentModel;
  config: CheckConfig;
}

/** Runs checks in a worker; falls back to the main thread for good when the worker fails to start or dies. */
export class WorkerEngine implements CheckEngine {
  private worker: WorkerLike | null;
  private readonly fallback: MainThreadEngine;
  private readonly pending = new Map<number, Pending>();
  private readonly ids = new WeakMap<CheckResult, number>();
  private next = 1;

  constructor(worker: WorkerLike, rules?: readonly Rule[]) {
    this.worker = worker;
    this.fallback = new MainThreadEngine(rules);
    worker.addEventListener('message', (e: MessageEvent<CheckResponse>) => this.receive(e.data));
    // A worker script refused by a policy or missing fires 'error' and never answers: finish its work here.
    worker.addEventListener('error', () => this.abandonWorker());
    worker.addEventListener('messageerror', () => this.abandonWorker());
  }

  get where(): 'worker' | 'main' {
    return this.worker ? 'worker' : 'main';
  }

  check(doc: DocumentModel, config: CheckConfig, previous?: CheckResult | null): Promise<CheckResult> {
    if (!this.worker) return this.fallback.check(doc, config, previous);
    const id = this.next++;
    const previousId = previous ? this.ids.get(previous) : undefined;
    return new Promise<CheckResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, doc, config });
      try {
        this.worker!.postMessage({ id, doc, config, ...(previousId !== undefined ? { previousId } : {}) });
      } catch {
        // A document the browser cannot clone for the worker: check it here.
        this.pending.delete(id);
        this.fallback.check(doc, config).then(resolve, reject);
      }
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, p] of this.pending) p.reject(new Error(`Check ${id} cancelled.`));
    this.pending.clear();
  }

  private receive(response: CheckResponse): void {
    const p = this.pending.get(response.id);
    if (!p) return;
    this.pending.delete(response.id);
    if ('error' in response) return p.reject(new Error(response.error));
    this.ids.set(response.result, response.id);
    p.resolve(response.result);
  }

  private abandonWorker(): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    void loadLexicon(); // the worker would have loaded it; checks here need it on this thread now
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) this.fallback.check(p.doc, p.config).then(p.resolve, p.reject);
  }
}

let shared: Promise<CheckEngine> | null = null;

/**
 * The pane's engine: one worker for the page, started on first use. `rules` other than the built-in ones (tests)
 * cannot cross to a worker: those run on the main thread.
 */
export function defaultCheckEngine(rules?: readonly Rule[]): Promise<CheckEngine> {
  if (rules || typeof Worker !== 'function') return Promise.resolve(new MainThreadEngine(rules));
  shared ??= import(/* webpackMode: "eager" */ './checkWorkerFactory').then(
    ({ startCheckWorker }) => {
      try {
        return new WorkerEngine(startCheckWorker());
      } catch {
        return mainThreadWithLexicon();
      }
    },
    mainThreadWithLexicon,
  );
  return shared;
}

function mainThreadWithLexicon(): CheckEngine {
  void loadLexicon();
  return new MainThreadEngine();
}

/** Whether this browser can run the check in a worker (the Word entry loads the lexicon on the main thread if not). */
export function workersAvailable(): boolean {
  return typeof Worker === 'function';
}
