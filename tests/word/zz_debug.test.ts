import { buildScaffold } from '../../src/core/outline/scaffold';
import { getTemplate } from '../../src/core/templates';
import { WordHost } from '../../src/word/WordHost';
import { createFakeWord } from '../fakes/fakeWord';
it('debug', async () => {
  const t = getTemplate('nq23-tong-ket-20-nam')!;
  const fake = createFakeWord(['']);
  const host = new WordHost(fake.env);
  const edits = buildScaffold(await host.read(), t);
  console.log(JSON.stringify(edits, null, 1).slice(0, 3000));
  const r = await host.apply(edits);
  console.log(JSON.stringify(r), fake.paragraphs().slice(0, 12).map((p) => `${p.styleBuiltIn}|${p.tags.join(',')}|${p.text}`).join('\n'));
});
