import { WordHost } from '../../src/word/WordHost';
import { createFakeWord } from '../fakes/fakeWord';

describe('WordHost.documentSettings (Office.context.document.settings)', () => {
  it('a value set is saved into the document, and the next session of the pane reads it', async () => {
    const fake = createFakeWord(['Nội dung.']);
    const host = new WordHost(fake.env);
    await host.documentSettings!.set('thethuc.header.draft', '{"number":"694"}');
    expect(fake.settingsSaves).toBe(1);
    expect(fake.settings.get('thethuc.header.draft')).toBe('{"number":"694"}');
    const next = new WordHost(fake.newPaneSession().env);
    expect(next.documentSettings!.get('thethuc.header.draft')).toBe('{"number":"694"}');
  });

  it('the fake keeps Office’s in-memory copy apart from the document: only saveAsync reaches the next session', () => {
    const fake = createFakeWord(['Nội dung.']);
    fake.Office.context.document.settings.set('k', 'only in memory');
    expect(fake.Office.context.document.settings.get('k')).toBe('only in memory');
    expect(fake.settings.has('k')).toBe(false);
    const next = fake.newPaneSession().Office.context.document.settings;
    expect(next.get('k')).toBeNull();
    // refreshAsync reloads what the document holds and drops what was only set.
    let refreshed: unknown = 'not called';
    fake.Office.context.document.settings.refreshAsync((r) => (refreshed = r.status));
    expect(refreshed).toBe('succeeded');
    expect(fake.Office.context.document.settings.get('k')).toBeNull();
  });

  it('a read-only document refuses the save; the value stays for this session only', async () => {
    const fake = createFakeWord(['Nội dung.'], { mode: 'readOnly' });
    const host = new WordHost(fake.env);
    await expect(host.documentSettings!.set('k', 'v')).rejects.toBeTruthy();
    expect(host.documentSettings!.get('k')).toBe('v');
    expect(new WordHost(fake.newPaneSession().env).documentSettings!.get('k')).toBeUndefined();
  });

  it('settings given when the fake is built are already in the document', () => {
    const fake = createFakeWord(['Nội dung.'], { settings: { k: 'saved before' } });
    expect(new WordHost(fake.env).documentSettings!.get('k')).toBe('saved before');
  });
});
