#!/usr/bin/env node
/**
 * Validates the XML manifest against Microsoft's schemas, offline, with xmllint.
 * Usage: node scripts/validate.js [manifest.xml]. The schemas are looked for in ../shared/office-manifest-xsd
 * (beside the clone) or in the folder named by THETHUC_MANIFEST_XSD_DIR.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const manifest = path.resolve(process.argv[2] || path.join(root, 'manifest.xml'));
const xsdDir = process.env.THETHUC_MANIFEST_XSD_DIR || path.join(root, '..', 'shared', 'office-manifest-xsd');
const schema = path.join(xsdDir, 'OfficeAppManifestV1_1.xsd');

function fail(message) {
  console.error(`validate: ${message}`);
  process.exit(2);
}

if (!fs.existsSync(manifest)) fail(`manifest not found: ${manifest}`);
if (!fs.existsSync(schema)) {
  fail(
    `manifest schemas not found at ${xsdDir}.\n` +
      '  Put the office-manifest-xsd folder beside the clone (../shared/office-manifest-xsd) or set\n' +
      '  THETHUC_MANIFEST_XSD_DIR to the folder that holds OfficeAppManifestV1_1.xsd.',
  );
}

const result = spawnSync('xmllint', ['--noout', '--schema', schema, manifest], { stdio: 'inherit' });
if (result.error && result.error.code === 'ENOENT') {
  fail('xmllint is not installed. On Debian/Ubuntu: apt-get install libxml2-utils');
}
if (result.status !== 0) {
  console.error(`validate: ${path.relative(process.cwd(), manifest)} does not match the Office manifest schema`);
  process.exit(1);
}
