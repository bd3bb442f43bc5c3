/** Where `npm start` records the playground server's process id, so that `npm stop` can end it. */
'use strict';
const path = require('node:path');

const PID_FILE = path.join(__dirname, '..', 'node_modules', '.cache', 'thethuc', 'playground-server.pid');

module.exports = { PID_FILE };
