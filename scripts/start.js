#!/usr/bin/env node
/**
 * npm start [-- desktop | web --document <url> | --playground] [--port <n>]
 *
 * Windows/macOS: sideloads the add-in into Word desktop (office-addin-debugging, https dev server).
 * `web --document <url>`: sideloads into Word on the web.
 * Linux (no Word desktop), or --playground: serves the playground over plain http on localhost,
 * so the whole task pane can be tried in a browser without certificates.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { PID_FILE } = require('./serverPid');

const root = path.join(__dirname, '..');
const DEFAULT_PORT = 3000;

function parseArgs(argv) {
  const options = { platform: undefined, document: undefined, playground: false, port: undefined, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--playground') options.playground = true;
    else if (arg === '--document') options.document = argv[++i];
    else if (arg === '--port') options.port = argv[++i];
    else if ((arg === 'desktop' || arg === 'web') && !options.platform) options.platform = arg;
    else options.rest.push(arg);
  }
  return options;
}

function usage(message) {
  console.error(`start: ${message}`);
  console.error('usage: npm start [-- desktop | web --document <url> | --playground] [--port <n>]');
  process.exit(2);
}

/** Word desktop or Word on the web through Microsoft's sideloading tool; it runs `npm run dev-server` itself. */
function startInWord(options, port) {
  const cli = require.resolve('office-addin-debugging/cli.js');
  const args = [cli, 'start', 'manifest.xml', options.platform, '--app', 'word'];
  args.push('--dev-server', 'npm run dev-server', '--dev-server-port', String(port));
  if (options.document) args.push('--document', options.document);
  args.push(...options.rest);
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

async function startPlayground(port) {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const createConfig = require('../webpack.config.js');

  const config = await createConfig({ playground: true, devServer: true, port: String(port) }, { mode: 'development' });
  config.stats = 'errors-warnings';
  config.infrastructureLogging = { level: 'warn' };
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);

  const address = `http://localhost:${port}/playground.html`;
  let announced = false;
  compiler.hooks.done.tap('thethuc-start', (stats) => {
    if (stats.hasErrors()) {
      console.error('Thể thức: the build has errors (see above); the page shows them too.');
    }
    if (!announced) {
      announced = true;
      console.log(`\nThể thức playground: ${address}`);
      console.log('Dừng / stop: Ctrl+C (or `npm stop` from another terminal)\n');
    }
  });

  const stop = async () => {
    await server.stop();
    fs.rmSync(PID_FILE, { force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`Thể thức: building the playground for ${address} ...`);
  try {
    await server.start();
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') {
      usage(`port ${port} is in use; stop the other server (npm stop) or choose one with --port <n>`);
    }
    throw error;
  }
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(process.pid));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const port = Number(options.port || process.env.THETHUC_PORT || DEFAULT_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) usage(`not a port number: ${options.port}`);

  const hasWordDesktop = process.platform === 'win32' || process.platform === 'darwin';
  if (options.playground || (!options.platform && !hasWordDesktop)) {
    if (!options.playground) {
      console.log('Thể thức: no Word desktop on this system, so starting the browser playground.');
      console.log('  Word on the web: npm start -- web --document <url of a document in OneDrive/SharePoint>');
    }
    if (options.rest.length > 0 || options.document)
      usage(`not a playground option: ${options.rest[0] ?? '--document'}`);
    await startPlayground(port);
    return;
  }
  if (options.platform === 'desktop' && !hasWordDesktop) {
    usage('Word desktop runs only on Windows and macOS; use `npm start -- --playground` or `npm start -- web`');
  }
  if (options.port || process.env.THETHUC_PORT) {
    usage('--port only applies to the playground: the manifest points Word at https://localhost:3000');
  }
  if (options.platform === 'web' && !options.document) {
    console.warn('start: no --document <url> given; Word on the web will ask how to open the add-in.');
  }
  startInWord({ ...options, platform: options.platform || 'desktop' }, DEFAULT_PORT);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
