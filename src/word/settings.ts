import type { SettingsStore } from '../core/host';

/** The parts of Office's `Office` global the adapter uses. */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: unknown }) => void): void;
}

export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { mode?: unknown; url?: string; settings: OfficeSettingsLike };
    /** Outlook only; Word never has it (word-api-notes 12), kept for hosts that do. */
    roamingSettings?: OfficeSettingsLike;
    /** Set where the add-in's storage is partitioned (e.g. Word on the web); keys local storage per user. */
    partitionKey?: string;
  };
}

export function saveSettings(settings: OfficeSettingsLike): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => (String(result.status) === 'failed' ? reject(result.error) : resolve())),
  );
}

/**
 * Per-user settings: roaming settings where Office offers them (Outlook only), else the task pane's local storage
 * keyed with Office.context.partitionKey when it is set (learn.microsoft.com "Persist add-in state and settings"),
 * else memory.
 */
export function createSettingsStore(office: OfficeLike | undefined): SettingsStore {
  const roaming = office?.context.roamingSettings;
  if (roaming) {
    return {
      get: (key) => {
        const value = roaming.get(key);
        return typeof value === 'string' ? value : undefined;
      },
      set: (key, value) => {
        roaming.set(key, value);
        return saveSettings(roaming);
      },
    };
  }
  const memory = new Map<string, string>();
  const storage = (() => {
    try {
      return (globalThis as { localStorage?: Storage }).localStorage;
    } catch {
      return undefined; // storage can be blocked (private mode, sandboxed frames)
    }
  })();
  const partition = office?.context.partitionKey;
  const prefix = partition ? `${partition}thethuc.` : 'thethuc.';
  return {
    get: (key) => {
      try {
        return storage?.getItem(prefix + key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set: async (key, value) => {
      memory.set(key, value);
      try {
        storage?.setItem(prefix + key, value);
      } catch {
        // memory keeps the value for this session
      }
    },
  };
}

/**
 * Per-document settings: Office.context.document.settings (Excel, PowerPoint, Word; per add-in and per document).
 * `set` changes Office's in-memory copy, loaded when the add-in starts; only `saveAsync` writes that copy into the
 * document, where the next session of the pane finds it once the document itself is saved
 * (learn.microsoft.com/javascript/api/office/office.settings; "Persist add-in state and settings").
 * `refreshAsync` would reload the saved copy and drop unsaved values, so it is not called here.
 * A failed save (a read-only document) leaves the value in memory for this session.
 */
export function createDocumentSettingsStore(office: OfficeLike | undefined): SettingsStore | undefined {
  const settings = office?.context.document.settings;
  if (!settings) return undefined;
  return {
    get: (key) => {
      const value = settings.get(key);
      return typeof value === 'string' ? value : undefined;
    },
    set: (key, value) => {
      settings.set(key, value);
      return saveSettings(settings);
    },
  };
}
