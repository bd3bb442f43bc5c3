import { spawnSync } from 'child_process';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { version } from '../../package.json';

const ROOT = path.join(__dirname, '..', '..');
const SEED = path.join(ROOT, '..', 'shared', 'seeds', '000_e4afd91083a3c978.txt');

/** Same bundle as `npm run build:cli`, so `node bin/thethuc.js` runs what `npx thethuc` runs. */
beforeAll(async () => {
  await build({
    entryPoints: [path.join(ROOT, 'src/cli/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: path.join(ROOT, 'dist-cli/thethuc.js'),
    logLevel: 'warning',
  });
}, 60_000);

const thethuc = (...args: string[]) => thethucWith({}, ...args);
const thethucWith = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/thethuc.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });

describe('bin/thethuc.js', () => {
  it('runs the built CLI: version, help and usage errors with their exit codes', () => {
    expect(thethuc('--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
    expect(thethuc('--help').stdout).toContain('thethuc check');
    const bad = thethuc('check', '--nope', 'x.txt');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--nope');
  });

  it('reports an unreadable file on stderr with exit 2', () => {
    const r = thethuc('check', path.join(ROOT, 'no-such-file.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-file.txt');
  });

  (existsSync(SEED) ? it : it.skip)('checks a real file and prints JSON', () => {
    const r = thethuc('check', '--format', 'json', SEED);
    const json = JSON.parse(r.stdout) as {
      version: number;
      files: Array<{ path: string; error: null; findings: Array<{ severity: string }> }>;
    };
    expect(json.version).toBe(1);
    expect(json.files[0]).toMatchObject({ path: SEED, error: null });
    expect(r.status).toBe(json.files[0].findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  (existsSync(SEED) ? it : it.skip)('writes its caches and reports exactly what it reports without them', () => {
    const built = thethuc('--build-cache');
    expect(built).toMatchObject({ status: 0, stderr: '' });
    for (const name of ['thethuc.js.cache', 'lexicon.cache'])
      expect(statSync(path.join(ROOT, 'dist-cli', name)).size).toBeGreaterThan(100_000);
    const withCaches = thethuc('check', '--format', 'json', SEED);
    const without = thethucWith({ THETHUC_NO_CACHE: '1' }, 'check', '--format', 'json', SEED);
    expect(JSON.parse(withCaches.stdout).files[0].findings.length).toBeGreaterThan(0);
    expect(withCaches.stdout).toBe(without.stdout);
    expect(withCaches.status).toBe(without.status);
  });

  it('checks a folder on worker threads with the same report as on one thread', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'thethuc-pool-'));
    try {
      for (let i = 1; i <= 7; i++)
        writeFileSync(path.join(dir, `báo cáo ${i}.txt`), `BÁO CÁO\n\nKết quả công tác của của đơn vị ${i}.\n`);
      const pool = thethucWith({ THETHUC_JOBS: '2' }, 'check', '--format', 'json', dir);
      const one = thethucWith({ THETHUC_JOBS: '1' }, 'check', '--format', 'json', dir);
      const files = JSON.parse(pool.stdout).files as Array<{ path: string; error: string | null }>;
      expect(files.map((f) => [path.basename(f.path), f.error])).toEqual(
        [1, 2, 3, 4, 5, 6, 7].map((i) => [`báo cáo ${i}.txt`, null]),
      );
      expect(pool.stdout).toBe(one.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
