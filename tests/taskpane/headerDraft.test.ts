import {
  DRAFT_SETTING,
  HEADER_SETTINGS,
  fillFromDocument,
  flushSave,
  openSession,
  readStoredDraft,
  scheduleSave,
  storedForm,
  typeField,
} from '../../src/taskpane/headerDraft';
import { EventfulMemoryHost, MemorySettings } from './memoryHost';

class DocHost extends EventfulMemoryHost {
  readonly documentSettings = new MemorySettings();
}

describe('the header form draft', () => {
  it('starts from the user’s remembered values and today, in dd/mm/yyyy', () => {
    const host = new DocHost(['x']);
    void host.settings.set(HEADER_SETTINGS.issuingBody, 'Tỉnh uỷ Bắc Ninh');
    const session = openSession(host, new Date(2026, 1, 5));
    expect(session.draft).toMatchObject({ issuingBody: 'Tỉnh uỷ Bắc Ninh', dateText: '05/02/2026', profile: 'party' });
    expect(openSession(host)).toBe(session);
  });

  it('reads a stored draft field by field, ignoring what is malformed', async () => {
    const store = new MemorySettings();
    await store.set(DRAFT_SETTING, '{"number": 7, "summary": "về việc A", "profile": "other", "nhuTren": false}');
    expect(readStoredDraft(store)).toEqual({ summary: 'về việc A', nhuTren: false });
    await store.set(DRAFT_SETTING, '{not json');
    expect(readStoredDraft(store)).toEqual({});
    expect(readStoredDraft(undefined)).toEqual({});
  });

  it('stores only what was typed or restored, and the document fills only the rest', async () => {
    const host = new DocHost(['x']);
    await host.documentSettings.set(DRAFT_SETTING, JSON.stringify({ place: 'Từ Sơn' }));
    const session = openSession(host);
    typeField(session, 'number', '12');
    expect(JSON.parse(storedForm(session))).toEqual({ place: 'Từ Sơn', number: '12' });
    const filled = fillFromDocument(session, { number: '99', place: 'Bắc Ninh', issuingBody: 'TỈNH UỶ' });
    expect(filled).toEqual(['issuingBody']);
    expect(session.draft).toMatchObject({ number: '12', place: 'Từ Sơn', issuingBody: 'TỈNH UỶ' });
  });

  it('saves once after a pause in typing, not per keystroke; a refused save is not an error', async () => {
    jest.useFakeTimers();
    try {
      const host = new DocHost(['x']);
      const writes: string[] = [];
      host.documentSettings.set = async (_key, value) => {
        writes.push(value);
        throw new Error('read-only');
      };
      const session = openSession(host);
      for (const n of ['1', '12', '123']) {
        typeField(session, 'number', n);
        scheduleSave(host, session);
      }
      expect(writes).toEqual([]);
      jest.advanceTimersByTime(1000);
      await Promise.resolve();
      expect(writes.map((w) => JSON.parse(w).number)).toEqual(['123']);
      await expect(flushSave(host)).resolves.toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });

  it('another document opened in the host starts a new form', () => {
    const host = new DocHost(['x']);
    const session = openSession(host);
    typeField(session, 'number', '12');
    host.open(['y'], 'b.docx');
    expect(openSession(host)).not.toBe(session);
    expect(openSession(host).draft.number).toBe('');
  });
});
