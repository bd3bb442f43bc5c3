#!/usr/bin/env node
/**
 * Content-Security-Policy of the add-in's pages: one place for the meta tag webpack writes into each page and for
 * the header a server should send (`node scripts/csp.js taskpane` prints it).
 *
 * - script-src: our own bundles; the task pane adds Office.js's host and the Microsoft Ajax CDN it loads from
 *   (OfficeDev/office-js#1005, OfficeDev/office-js-docs-pr#721). No 'unsafe-eval': the JSON Schemas are
 *   precompiled (scripts/build-schemas.js) and webpack's development build uses no eval source maps.
 * - style-src 'unsafe-inline': Fluent UI v9 (Griffel) inserts its styles at run time; a static site has no
 *   per-request nonce to give it. Styles cannot run code.
 * - connect-src 'self': the pane talks to nothing but its own host (org settings and templates beside it).
 * - worker-src 'self': the check runs in a dedicated worker loaded from our own origin; no blob: or data: workers.
 * - frame-ancestors is honoured only as an HTTP header, never in a meta tag: set it on the server to the Office
 *   hosts that embed the task pane (see README, "Content-Security-Policy").
 */
'use strict';

const OFFICE_SCRIPT_HOSTS = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'];

/** Office on the web and Office desktop webviews that frame the task pane (header only). */
const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.sharepoint.com',
  'https://*.cloud.microsoft',
];

/**
 * @param {{ officeJs?: boolean, header?: boolean }} options  officeJs: the page loads Office.js;
 *   header: include the directives only an HTTP header can carry.
 */
function contentSecurityPolicy({ officeJs = false, header = false } = {}) {
  const directives = [
    ['default-src', "'self'"],
    ['script-src', ["'self'", ...(officeJs ? OFFICE_SCRIPT_HOSTS : [])].join(' ')],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    // The printed report is an iframe with srcdoc (same origin, sandboxed without scripts).
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
  ];
  if (header) directives.push(['frame-ancestors', (officeJs ? OFFICE_FRAME_ANCESTORS : ["'self'"]).join(' ')]);
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

if (require.main === module) {
  const page = process.argv[2] ?? 'taskpane';
  if (page !== 'taskpane' && page !== 'playground') {
    console.error('usage: node scripts/csp.js [taskpane|playground]');
    process.exit(2);
  }
  console.log(`Content-Security-Policy: ${contentSecurityPolicy({ officeJs: page === 'taskpane', header: true })}`);
}

module.exports = { contentSecurityPolicy, OFFICE_SCRIPT_HOSTS };
