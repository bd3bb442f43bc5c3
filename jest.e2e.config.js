/** End-to-end tests in a real Chromium against the built playground (`npm run test:e2e` builds first). */
const base = require('./jest.config');

module.exports = {
  transform: base.transform,
  moduleFileExtensions: base.moduleFileExtensions,
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  testTimeout: 180000,
};
