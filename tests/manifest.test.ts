/**
 * What the Office manifest schema cannot check: resource ids resolve, URLs are https and point at files the build
 * produces, icons are real PNGs of the stated size, and only WordApi 1.3 is required.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, normalizePublicUrl, rewriteManifestUrls } = require('../scripts/publicUrl') as {
  DEV_URL: string;
  normalizePublicUrl: (url: string) => string;
  rewriteManifestUrls: (xml: string, publicUrl: string) => string;
};

const repoRoot = path.join(__dirname, '..');
const manifestPath = path.join(repoRoot, 'manifest.xml');
const manifestXml = fs.readFileSync(manifestPath, 'utf8');
const xsdDir = path.join(__dirname, '..', '..', 'shared', 'office-manifest-xsd');

const APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BT_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
/** Pages webpack.config.js emits; every dev-server URL must name one of these or a file in assets/. */
const BUILT_PAGES = ['taskpane.html', 'playground.html'];

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(xml, 'text/xml');
  return { doc, errors };
}

const { doc, errors: parseErrors } = parse(manifestXml);
const officeApp = doc.documentElement as unknown as Element;

function elements(ns: string, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, localName)) as Element[];
}

function childElements(parent: Element, ns: string, localName: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).namespaceURI === ns && (node as Element).localName === localName,
  );
}

/** Resource kinds in <Resources>, keyed by id, with their default value. */
function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const group of elements(BT_NS, kind)) {
    for (const entry of Array.from(group.childNodes)) {
      if (entry.nodeType !== 1) continue;
      const element = entry as Element;
      map.set(element.getAttribute('id') ?? '', element);
    }
  }
  return map;
}

/** Which resource group each resid-bearing element must point into. */
function expectedKind(element: Element): 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings' {
  if (element.namespaceURI === BT_NS && element.localName === 'Image') return 'Images';
  switch (element.localName) {
    case 'SourceLocation':
    case 'LearnMoreUrl':
    case 'FunctionFile':
      return 'Urls';
    case 'Description':
      return 'LongStrings';
    default:
      return 'ShortStrings';
  }
}

function allElements(): Element[] {
  return Array.from(doc.getElementsByTagName('*')) as Element[];
}

function usedResids(): Element[] {
  return allElements().filter((element) => element.hasAttribute('resid'));
}

/** Every URL in the manifest: URL resources, base-manifest URL settings and their locale overrides. */
function allUrls(): string[] {
  const urls: string[] = [];
  for (const element of allElements()) {
    for (const name of ['DefaultValue', 'Value']) {
      const value = element.getAttribute(name);
      if (value && /^[a-z][a-z0-9+.-]*:/i.test(value) && !/\s/.test(value)) urls.push(value);
    }
  }
  for (const kind of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']) {
    for (const element of elements(APP_NS, kind)) {
      urls.push(element.getAttribute('DefaultValue') ?? '');
    }
  }
  return urls;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG file`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Maps a dev-server URL to the file in the repository that the build copies there. */
function localFileFor(url: string): string {
  return path.join(repoRoot, url.slice(DEV_URL.length));
}

/** Icons the manifest uses, with the pixel size each slot requires. */
function iconUses(): { url: string; size: number; where: string }[] {
  const images = resources('Images');
  const uses: { url: string; size: number; where: string }[] = [];
  for (const element of elements(BT_NS, 'Image')) {
    const size = element.getAttribute('size');
    const resid = element.getAttribute('resid');
    if (!size || !resid) continue;
    const url = images.get(resid)?.getAttribute('DefaultValue') ?? '';
    uses.push({ url, size: Number(size), where: `ribbon icon ${resid} (size ${size})` });
  }
  const baseIcons: [string, number][] = [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ];
  for (const [name, size] of baseIcons) {
    for (const element of elements(APP_NS, name)) {
      uses.push({ url: element.getAttribute('DefaultValue') ?? '', size, where: name });
    }
  }
  return uses;
}

describe('manifest.xml', () => {
  it('is well-formed XML with an OfficeApp task-pane root', () => {
    expect(parseErrors).toEqual([]);
    expect(officeApp.localName).toBe('OfficeApp');
    expect(officeApp.namespaceURI).toBe(APP_NS);
    expect(officeApp.getAttributeNS(XSI_NS, 'type')).toBe('TaskPaneApp');
  });

  it('targets Word only, with document read/write permission', () => {
    const hosts = childElements(childElements(officeApp, APP_NS, 'Hosts')[0], APP_NS, 'Host');
    expect(hosts.map((host) => host.getAttribute('Name'))).toEqual(['Document']);
    const overrideHosts = elements(OVERRIDES_NS, 'Host');
    expect(overrideHosts.map((host) => host.getAttributeNS(XSI_NS, 'type'))).toEqual(['Document']);
    expect(elements(APP_NS, 'Permissions').map((element) => element.textContent)).toEqual(['ReadWriteDocument']);
  });

  it('requires WordApi 1.3 and nothing else', () => {
    const requirements = elements(APP_NS, 'Requirements');
    expect(requirements).toHaveLength(1);
    const sets = elements(APP_NS, 'Set').map((set) => ({
      name: set.getAttribute('Name'),
      minVersion: set.getAttribute('MinVersion') || elements(APP_NS, 'Sets')[0].getAttribute('DefaultMinVersion'),
    }));
    expect(sets).toEqual([{ name: 'WordApi', minVersion: '1.3' }]);
    expect(elements(APP_NS, 'Method')).toHaveLength(0);
  });

  it('is named "Thể thức", defaults to vi-VN and overrides every localised text for en-US', () => {
    expect(elements(APP_NS, 'DefaultLocale')[0].textContent).toBe('vi-VN');
    expect(elements(APP_NS, 'DisplayName')[0].getAttribute('DefaultValue')).toBe('Thể thức');
    const localised = [
      ...elements(APP_NS, 'DisplayName'),
      ...elements(APP_NS, 'Description'),
      ...resources('ShortStrings').values(),
      ...resources('LongStrings').values(),
    ];
    const missingEnglish = localised
      .filter((element) => {
        const overrides = Array.from(element.childNodes).filter((node) => node.nodeType === 1) as Element[];
        return !overrides.some(
          (override) => override.getAttribute('Locale') === 'en-US' && override.getAttribute('Value'),
        );
      })
      .map((element) => element.getAttribute('id') ?? element.localName);
    expect(missingEnglish).toEqual([]);
  });

  it('resolves every resid to a defined resource of the right kind', () => {
    const unresolved = usedResids()
      .map((element) => ({ element, kind: expectedKind(element), id: element.getAttribute('resid') ?? '' }))
      .filter(({ kind, id }) => !resources(kind).has(id))
      .map(({ element, kind, id }) => `${element.localName} resid="${id}" (expected in bt:${kind})`);
    expect(unresolved).toEqual([]);
  });

  it('defines no resource that nothing uses, and no id twice', () => {
    const used = new Set(usedResids().map((element) => element.getAttribute('resid')));
    const defined = (['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const).flatMap((kind) => [
      ...resources(kind).keys(),
    ]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it('puts a button on the Home tab that shows the task pane page', () => {
    const tabs = elements(OVERRIDES_NS, 'OfficeTab').map((tab) => tab.getAttribute('id'));
    expect(tabs).toEqual(['TabHome']);
    const actions = elements(OVERRIDES_NS, 'Action');
    expect(actions.map((action) => action.getAttributeNS(XSI_NS, 'type'))).toEqual(['ShowTaskpane']);
    const resid = childElements(actions[0], OVERRIDES_NS, 'SourceLocation')[0].getAttribute('resid') ?? '';
    const buttonUrl = resources('Urls').get(resid)?.getAttribute('DefaultValue');
    const defaultUrl = elements(APP_NS, 'SourceLocation')[0].getAttribute('DefaultValue');
    expect(buttonUrl).toBe(`${DEV_URL}taskpane.html`);
    expect(defaultUrl).toBe(buttonUrl);
  });

  it('uses https for every URL, each naming a page or asset the build produces', () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith('https://'))).toEqual([]);
    const unknownTargets = urls
      .filter((url) => url.startsWith(DEV_URL))
      .filter((url) => {
        const relative = url.slice(DEV_URL.length);
        return !BUILT_PAGES.includes(relative) && !(relative.startsWith('assets/') && fs.existsSync(localFileFor(url)));
      });
    expect(unknownTargets).toEqual([]);
  });

  it('references icons that exist as PNG files of the stated size', () => {
    const uses = iconUses();
    expect(uses.map((use) => use.size).sort((a, b) => a - b)).toEqual(expect.arrayContaining([16, 32, 64, 80]));
    const problems = uses.flatMap(({ url, size, where }) => {
      const file = localFileFor(url);
      if (!url.startsWith(DEV_URL) || !fs.existsSync(file)) return [`${where}: no file for ${url}`];
      const actual = pngSize(file);
      return actual.width === size && actual.height === size
        ? []
        : [`${where}: ${path.basename(file)} is ${actual.width}×${actual.height}, expected ${size}×${size}`];
    });
    expect(problems).toEqual([]);
  });

  it('ships every icon size in assets/ (the 128 px one is for store and admin-center listings)', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(repoRoot, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  const schema = path.join(xsdDir, 'OfficeAppManifestV1_1.xsd');
  const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
  const schemaCheck = fs.existsSync(schema) && hasXmllint ? it : it.skip;
  schemaCheck('validates against the Office manifest schema (xmllint; skipped without ../shared or xmllint)', () => {
    const result = spawnSync('xmllint', ['--noout', '--schema', schema, manifestPath], { encoding: 'utf8' });
    expect(result.stderr.trim()).toBe(`${manifestPath} validates`);
    expect(result.status).toBe(0);
  });
});

describe('production manifest URLs', () => {
  it('rewrites every dev-server URL to the public URL and leaves the rest alone', () => {
    const rewritten = rewriteManifestUrls(manifestXml, 'https://addin.example.gov.vn/thethuc');
    expect(rewritten).not.toContain(DEV_URL);
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://addin.example.gov.vn/thethuc/taskpane.html" />');
    expect(rewritten.split('https://addin.example.gov.vn/thethuc/').length).toBe(manifestXml.split(DEV_URL).length);
    expect(parse(rewritten).errors).toEqual([]);
  });

  it('refuses a public URL that Office would not load', () => {
    expect(() => normalizePublicUrl('http://addin.example.gov.vn/')).toThrow(/https/);
    expect(() => normalizePublicUrl('addin.example.gov.vn')).toThrow(/not a URL/);
    expect(() => normalizePublicUrl('https://addin.example.gov.vn/?v=1')).toThrow(/query/);
    expect(normalizePublicUrl('https://addin.example.gov.vn/a')).toBe('https://addin.example.gov.vn/a/');
  });
});
