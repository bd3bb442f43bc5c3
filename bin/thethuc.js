#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build:cli` (run by `npm install` through `prepare`), which then runs
// `bin/thethuc.js --build-cache` to write, next to the bundle, V8's compiled code for it (thethuc.js.cache) and the
// decoded lexicon (lexicon.cache). With the code cache a run neither parses nor compiles 1 MB of JavaScript again;
// V8 checks it against the source and its own version and ignores one that does not fit, as the CLI does a lexicon
// cache made for other data. Worker threads start from this file too, so they get the same cache.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const bundle = path.join(__dirname, '..', 'dist-cli', 'thethuc.js');
const codeCache = `${bundle}.cache`;
let source;
try {
  source = fs.readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write(
    'thethuc: chưa build CLI, hãy chạy "npm run build:cli" / the CLI is not built yet: run "npm run build:cli"\n',
  );
  process.exit(2);
}
if (process.argv[2] === '--build-cache') {
  process.env.THETHUC_BUILD_CACHE = '1';
  process.argv.splice(2, 1);
}
const building = process.env.THETHUC_BUILD_CACHE === '1';
let cachedData;
// THETHUC_NO_CACHE=1 runs without either cache (to compare, or to rule them out).
if (!building && !process.env.THETHUC_NO_CACHE) {
  try {
    cachedData = fs.readFileSync(codeCache);
  } catch {
    // No cache: compile as `require` would.
  }
}
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
// Workers are started from this loader, not from the bundle itself.
globalThis.thethucEntry = __filename;
const bundleModule = new Module(bundle, module);
bundleModule.filename = bundle;
bundleModule.paths = Module._nodeModulePaths(path.dirname(bundle));
script
  .runInThisContext()
  .call(
    bundleModule.exports,
    bundleModule.exports,
    Module.createRequire(bundle),
    bundleModule,
    bundle,
    path.dirname(bundle),
  );
if (building) {
  // After the warm-up run, so the functions it compiled are in the cache too.
  process.on('exit', () => {
    const tmp = `${codeCache}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, codeCache);
  });
}
