#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build:cli` (run by `npm install` through `prepare`).
const path = require('path');
const bundle = path.join(__dirname, '..', 'dist-cli', 'thethuc.js');
try {
  require.resolve(bundle);
} catch {
  process.stderr.write(
    'thethuc: chưa build CLI, hãy chạy "npm run build:cli" / the CLI is not built yet: run "npm run build:cli"\n',
  );
  process.exit(2);
}
require(bundle);
