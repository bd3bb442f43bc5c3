#!/usr/bin/env node
/**
 * npm stop: ends the playground server started by `npm start` (if any), then asks office-addin-debugging to
 * stop debugging and unregister the sideloaded add-in (it reports "Platform not supported" on Linux, harmlessly).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { PID_FILE } = require('./serverPid');

/** Guards against a stale pid file whose number now belongs to another program (checkable where /proc exists). */
function isOurServer(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start.js');
  } catch {
    return process.platform !== 'linux';
  }
}

function stopPlaygroundServer() {
  let pid;
  try {
    pid = Number(fs.readFileSync(PID_FILE, 'utf8').trim());
  } catch {
    return;
  }
  fs.rmSync(PID_FILE, { force: true });
  if (!Number.isInteger(pid) || pid <= 0 || !isOurServer(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
    console.log(`Thể thức: stopped the playground server (pid ${pid}).`);
  } catch {
    // Already gone (stopped with Ctrl+C or the machine restarted).
  }
}

stopPlaygroundServer();
const cli = require.resolve('office-addin-debugging/cli.js');
const result = spawnSync(process.execPath, [cli, 'stop', 'manifest.xml'], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
