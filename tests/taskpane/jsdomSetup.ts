/** What Fluent UI needs from a browser that jsdom lacks (layout observers). Import first in component tests. */
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoopResizeObserver;

// Fluent components render slowly under jsdom on a loaded machine; these are not timing tests.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });
