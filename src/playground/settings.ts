import type { SettingsStore } from '../core/host';

/**
 * Settings in the browser's localStorage under a prefix. When storage is unavailable (private mode, sandboxed
 * frame) values live in memory for the session instead of failing.
 */
export class LocalStorageSettings implements SettingsStore {
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly storage: Storage | undefined = globalThis.localStorage,
    private readonly prefix = 'thethuc.playground.',
  ) {}

  get(key: string): string | undefined {
    try {
      const value = this.storage?.getItem(this.prefix + key);
      if (value !== null && value !== undefined) return value;
    } catch {
      // fall through to memory
    }
    return this.memory.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.memory.set(key, value);
    try {
      this.storage?.setItem(this.prefix + key, value);
    } catch {
      // kept in memory only
    }
  }
}

/**
 * The playground's per-document settings: local storage under the document's name (read at each call, so opening
 * another document switches to its values).
 */
export class DocumentSettings implements SettingsStore {
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly name: () => string,
    private readonly storage: Storage | undefined = globalThis.localStorage,
  ) {}

  private key(key: string): string {
    return `thethuc.playground.doc:${this.name() || 'untitled'}:${key}`;
  }

  get(key: string): string | undefined {
    const full = this.key(key);
    try {
      const value = this.storage?.getItem(full);
      if (value !== null && value !== undefined) return value;
    } catch {
      // fall through to memory
    }
    return this.memory.get(full);
  }

  async set(key: string, value: string): Promise<void> {
    const full = this.key(key);
    this.memory.set(full, value);
    try {
      this.storage?.setItem(full, value);
    } catch {
      // kept in memory only
    }
  }
}
