import keHoach from '../../src/core/templates/builtin/ke-hoach.json';
import { loadOrgConfig } from '../../src/taskpane/orgConfig';

/** A host serving `files` (path → body); anything else is 404. Records what was asked for. */
function fakeHost(files: Record<string, string | number>) {
  const asked: string[] = [];
  const fetchImpl = async (url: string) => {
    asked.push(url);
    const body = files[url];
    if (body === undefined) return { ok: false, status: 404, text: async () => '' };
    if (typeof body === 'number') return { ok: false, status: body, text: async () => '' };
    return { ok: true, status: 200, text: async () => body };
  };
  return { asked, fetchImpl };
}

const template = (id: string) => JSON.stringify({ ...keHoach, id });

describe('loadOrgConfig', () => {
  it('is empty and silent when the office publishes nothing', async () => {
    const { fetchImpl, asked } = fakeHost({});
    expect(await loadOrgConfig(fetchImpl)).toEqual({ config: {}, problems: [] });
    expect(asked).toEqual(['org/config.json', 'org/templates/index.json']);
  });

  it('loads the shared settings and the listed templates, from relative URLs only', async () => {
    const { fetchImpl, asked } = fakeHost({
      'org/config.json': JSON.stringify({ toneStyle: 'new', exceptions: ['UBKTTU'] }),
      'org/templates/index.json': JSON.stringify(['bao-cao-quy.json']),
      'org/templates/bao-cao-quy.json': template('bao-cao-quy'),
    });
    const { config, problems } = await loadOrgConfig(fetchImpl);
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ toneStyle: 'new', exceptions: ['UBKTTU'] });
    expect(config.templates?.map((t) => t.id)).toEqual(['bao-cao-quy']);
    expect(asked.every((url) => url.startsWith('org/'))).toBe(true);
  });

  it('skips a broken settings file whole, saying why in Vietnamese', async () => {
    const { fetchImpl } = fakeHost({ 'org/config.json': JSON.stringify({ toneStyle: 'new', profile: 'x' }) });
    const { config, problems } = await loadOrgConfig(fetchImpl);
    expect(config).toEqual({});
    expect(problems[0].vi).toMatch(/^Cài đặt của cơ quan \(config\.json\) không dùng được: "profile"/);
  });

  it('refuses template names that leave org/templates/, and reports unreadable files', async () => {
    const { fetchImpl, asked } = fakeHost({
      'org/templates/index.json': JSON.stringify(['../secret.json', 'https://elsewhere/x.json', 'a.json', 'b.json']),
      'org/templates/a.json': '{ not json',
      'org/templates/b.json': 500,
    });
    const { config, problems } = await loadOrgConfig(fetchImpl);
    expect(config).toEqual({});
    expect(problems.map((p) => p.vi)).toEqual([
      expect.stringContaining('tên tệp không hợp lệ'),
      expect.stringContaining('tên tệp không hợp lệ'),
      expect.stringContaining('templates/a.json'),
      expect.stringContaining('mã 500'),
    ]);
    expect(asked).not.toContain('org/templates/../secret.json');
    expect(asked.some((u) => u.includes('elsewhere'))).toBe(false);
  });

  it('gives up on a host that does not answer, without throwing', async () => {
    jest.useFakeTimers();
    const never = (_url: string, init?: { signal?: AbortSignal }) =>
      new Promise<never>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const pending = loadOrgConfig(never);
    await jest.advanceTimersByTimeAsync(6000);
    const { config, problems } = await pending;
    jest.useRealTimers();
    expect(config).toEqual({});
    expect(problems[0].vi).toMatch(/quá thời gian chờ/);
  });
});
