/**
 * The Word host tells the pane about edits: through paragraph events on WordApi 1.6 (the fake raises them after
 * every text change, the add-in's own included, asynchronously — see tests/fakes/fakeWord.ts #14), otherwise by
 * comparing body.text on a timer. Its own writes are not reported as the user's.
 */
import { WordHost } from '../../src/word/WordHost';
import { POLL_MS, watchDocument } from '../../src/word/events';
import { createFakeWord } from '../fakes/fakeWord';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const settle = async () => {
  for (let i = 0; i < 5; i++) await tick();
};

describe('Word document changes', () => {
  it('WordApi 1.6: registers the three paragraph events in one sync and reports a user edit', async () => {
    const fake = createFakeWord(['Báo cáo của của đơn vị', 'Hai'], { apiVersion: '1.6' });
    const host = new WordHost(fake.env);
    const changes: string[] = [];
    const syncsBefore = fake.syncCount;
    const stop = host.onDocumentChange((c) => changes.push(c));
    await settle();
    expect(fake.paragraphHandlerCount).toBe(3);
    expect(fake.syncCount - syncsBefore).toBe(1);

    fake.setParagraphText(0, 'Báo cáo của đơn vị');
    await settle();
    expect(changes).toEqual(['edit']);

    stop();
    await settle();
    expect(fake.paragraphHandlerCount).toBe(0);
    fake.setParagraphText(1, 'Ba');
    await settle();
    expect(changes).toEqual(['edit']);
  });

  it("the add-in's own fix raises events in Word, but is not reported as the user's edit", async () => {
    const fake = createFakeWord(['Báo cáo của của đơn vị'], { apiVersion: '1.6' });
    const host = new WordHost(fake.env);
    const changes: string[] = [];
    host.onDocumentChange((c) => changes.push(c));
    await settle();
    await host.read();
    const raised = fake.paragraphEventsRaised;
    const outcome = await host.apply([
      { kind: 'replaceText', paragraph: 0, start: 8, length: 8, expected: 'của của ', replacement: 'của ' },
    ]);
    expect(outcome.applied).toBe(1);
    await settle();
    expect(fake.paragraphEventsRaised).toBeGreaterThan(raised);
    expect(changes).toEqual([]);
  });

  it('before 1.6: one sync of body.text per tick while visible, an edit reported once, no event registered', async () => {
    const fake = createFakeWord(['Một', 'Hai'], { apiVersion: '1.4' });
    const ticks: Array<() => void> = [];
    let visible = true;
    const changes: number[] = [];
    const stop = watchDocument(fake.env, () => changes.push(1), {
      setInterval: (fn, ms) => {
        expect(ms).toBe(POLL_MS);
        ticks.push(fn);
        return 1;
      },
      clearInterval: () => ticks.splice(0),
      visible: () => visible,
    });
    const poll = async () => {
      ticks[0]();
      await settle();
    };
    const syncs = fake.syncCount;
    await poll();
    expect(fake.syncCount - syncs).toBe(1);
    await poll();
    expect(changes).toEqual([]);
    fake.setParagraphText(1, 'Ba');
    await poll();
    expect(changes).toEqual([1]);
    await poll();
    expect(changes).toEqual([1]);
    visible = false;
    fake.setParagraphText(1, 'Bốn');
    const hidden = fake.syncCount;
    await poll();
    expect(fake.syncCount).toBe(hidden);
    expect(fake.paragraphHandlerCount).toBe(0);
    stop();
    expect(ticks).toEqual([]);
  });

  it('lost events (fast edits, office-js#4874): nothing is reported, which is why the pane also compares on focus', async () => {
    const fake = createFakeWord(['Một'], { apiVersion: '1.6' });
    const changes: number[] = [];
    watchDocument(fake.env, () => changes.push(1));
    await settle();
    fake.dropParagraphEvents = true;
    fake.setParagraphText(0, 'Hai');
    await settle();
    expect(fake.paragraphEventsRaised).toBe(1);
    expect(changes).toEqual([]);
  });
});
