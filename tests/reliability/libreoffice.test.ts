import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import { tmpdir } from 'os';
import path from 'path';
import { checkDocument } from '../../src/core/check';
import { readDocx } from '../../src/docx';
import { annotateDocx } from '../../src/docx/annotate';
import { fixDocx } from '../../src/docx/fix';
import { buildDocx, p, r } from '../docx/buildDocx';

/** LibreOffice opens the annotated and the fixed copies and keeps every comment (skipped without soffice). */
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

(soffice ? describe : describe.skip)('LibreOffice reads what the CLI writes', () => {
  it('converts an annotated and a fixed copy, comments and text intact', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'thethuc-lo-'));
    try {
      const original = buildDocx({
        body: p('Báo cáo  kết quả của của năm .') + `<w:p>${r('Chữ ', '<w:b/>')}${r('nghiêng', '<w:i/>')}</w:p>`,
      });
      const doc = readDocx(original);
      const texts = doc.paragraphs.map((x) => x.text);
      const findings = checkDocument(doc).findings;
      expect(findings.length).toBeGreaterThan(1);
      const annotated = annotateDocx(
        original,
        findings.map((f) => ({ paragraph: f.paragraph, start: f.start, length: f.length, lines: [f.message.vi] })),
        { author: 'Thể thức', initials: 'TT', date: '2026-11-22T08:00:00Z', paragraphTexts: texts },
      );
      const edits = findings.filter((f) => f.bulkSafe).flatMap((f) => f.fix ?? []);
      const fixed = fixDocx(
        original,
        edits.filter((e) => e.kind === 'replaceText'),
        texts,
      ).bytes;
      writeFileSync(path.join(dir, 'annotated.docx'), annotated);
      writeFileSync(path.join(dir, 'fixed.docx'), fixed);
      const result = spawnSync(
        soffice,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'odt',
          '--outdir',
          dir,
          path.join(dir, 'annotated.docx'),
          path.join(dir, 'fixed.docx'),
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(result.status).toBe(0);
      const content = (name: string) =>
        strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(dir, name))))['content.xml']);
      const a = content('annotated.odt');
      expect(a.match(/<office:annotation[ >]/g)).toHaveLength(findings.length);
      expect(a.match(/<office:annotation-end /g)?.length ?? 0).toBeGreaterThan(0);
      expect(a).toContain('Thể thức');
      const f = content('fixed.odt');
      expect(f).toContain('nghiêng');
      expect(f).not.toContain('  kết');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
