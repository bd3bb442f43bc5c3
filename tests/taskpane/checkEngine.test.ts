/**
 * The check engine: a result from the worker session is the result a check on the pane's thread gives (same code,
 * data cloned across the boundary as a browser does), re-checks reuse the last result, and a worker that cannot
 * start hands its work to the main thread.
 */
import { checkDocument, type CheckResult } from '../../src/core/check';
import lexiconData from '../../src/core/data/lexicon/lexicon.json';
import { decodeLexicon, setLexicon } from '../../src/core/lexicon';
import { createDocument, type DocumentModel } from '../../src/core/model';
import { MainThreadEngine, WorkerEngine, defaultCheckEngine, type WorkerLike } from '../../src/taskpane/checkEngine';
import { CheckSession, type CheckRequest } from '../../src/taskpane/checkSession';

const PARAGRAPHS = [
  'ĐẢNG BỘ TỈNH BẮC NINH',
  'BÁO CÁO',
  'tổng kết công tác năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
  'Báo cáo tình hình của của đơn vị trong năm, cán bộ đã hoàn thành  nhiệm vụ.',
  'Công tác cải cách hành chính được đẩy mạnh, thủ tục hành chính được công khai, minh bạch.',
  'Đảng ủy cơ quan lãnh đạo các chi bộ trực thuộc triển khai thực hiện nghiêm túc .',
];

/** A Worker in the same process: messages are structured-cloned both ways, answers arrive asynchronously. */
class InProcessWorker implements WorkerLike {
  readonly requests: CheckRequest[] = [];
  private readonly session = new CheckSession();
  private readonly listeners = new Map<string, Array<(e: never) => void>>();
  terminated = false;

  postMessage(message: CheckRequest): void {
    const request = structuredClone(message);
    this.requests.push(request);
    setTimeout(() => this.emit('message', { data: structuredClone(this.session.respond(request)) }), 0);
  }
  addEventListener(type: string, listener: (e: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event: unknown): void {
    for (const l of this.listeners.get(type) ?? []) (l as (e: unknown) => void)(event);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A worker whose script never loads (refused by a policy, or missing): it fires 'error' and never answers. */
class BrokenWorker extends InProcessWorker {
  override postMessage(message: CheckRequest): void {
    this.requests.push(message);
    setTimeout(() => this.emit('error', new Event('error')), 0);
  }
}

const plain = (r: CheckResult) => JSON.parse(JSON.stringify(r)) as CheckResult;

function edited(doc: DocumentModel, index: number, text: string): DocumentModel {
  return { ...doc, paragraphs: doc.paragraphs.map((p, i) => (i === index ? { ...p, text } : p)) };
}

describe('check engine', () => {
  beforeAll(() => setLexicon(decodeLexicon((lexiconData as { data: string }).data)));
  afterAll(() => setLexicon(null));

  const doc = createDocument(PARAGRAPHS, { name: 'bao-cao.txt' });
  const config = { today: '2026-03-05' };

  it('gives in the worker the result a check on the main thread gives, full and re-checked', async () => {
    const worker = new InProcessWorker();
    const engine = new WorkerEngine(worker);
    const main = new MainThreadEngine();
    const first = await engine.check(doc, config);
    expect(first.findings.length).toBeGreaterThan(2);
    expect(plain(first)).toEqual(plain(checkDocument(doc, config)));
    expect(plain(first)).toEqual(plain(await main.check(doc, config)));

    const after = edited(doc, 4, 'Báo cáo tình hình của đơn vị trong năm, cán bộ đã hoàn thành nhiệm vụ.');
    const second = await engine.check(after, config, first);
    expect(worker.requests[1].previousId).toBe(worker.requests[0].id);
    expect(plain(second)).toEqual(plain(checkDocument(after, config)));
    expect(second.findings.length).toBeLessThan(first.findings.length);
    expect(engine.where).toBe('worker');
  });

  it('a result the worker no longer holds is checked in full, with the same findings', async () => {
    const session = new CheckSession();
    const full = session.run({ id: 1, doc, config });
    const after = edited(doc, 6, 'Đảng ủy cơ quan lãnh đạo các chi bộ trực thuộc.');
    session.run({ id: 2, doc: after, config, previousId: 1 });
    session.run({ id: 3, doc, config, previousId: 2 });
    // Only the last two are kept: 1 is gone, so this is a full check, still equal to checkDocument.
    expect(plain(session.run({ id: 4, doc: after, config, previousId: 1 }))).toEqual(
      plain(checkDocument(after, config)),
    );
    expect(plain(full)).toEqual(plain(checkDocument(doc, config)));
  });

  it('a worker that cannot start: the waiting check and the next ones run on the main thread', async () => {
    const worker = new BrokenWorker();
    const engine = new WorkerEngine(worker);
    const result = await engine.check(doc, config);
    expect(plain(result)).toEqual(plain(checkDocument(doc, config)));
    expect(worker.terminated).toBe(true);
    expect(engine.where).toBe('main');
    await engine.check(doc, config);
    expect(worker.requests).toHaveLength(1);
  });

  it('an error inside the check rejects that check only', async () => {
    const worker = new InProcessWorker();
    const engine = new WorkerEngine(worker);
    const broken = { ...doc, paragraphs: null } as unknown as DocumentModel;
    await expect(engine.check(broken, config)).rejects.toThrow();
    expect(plain(await engine.check(doc, config))).toEqual(plain(checkDocument(doc, config)));
  });

  it('without Web Workers (Node, jsdom, old hosts) the default engine is the main thread', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    expect((await defaultCheckEngine()).where).toBe('main');
  });
});
