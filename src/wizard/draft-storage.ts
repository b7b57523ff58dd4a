import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';

/**
 * localStorage that never throws. Private modes, sandboxed iframes and blocked third-party storage
 * make every access throw; then the draft simply lives in memory for this page.
 * `setDraftStorageEnabled(false)` turns it off entirely (the embed keeps nothing).
 */
let enabled = true;

export function setDraftStorageEnabled(value: boolean): void {
  enabled = value;
}

function localStorageOrNull(): Storage | null {
  if (!enabled) return null;
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const draftStorage: StateStorage = {
  getItem(name) {
    try {
      return localStorageOrNull()?.getItem(name) ?? null;
    } catch {
      return null;
    }
  },
  setItem(name, value) {
    try {
      localStorageOrNull()?.setItem(name, value);
    } catch {
      // Quota exceeded or storage revoked: keep working in memory.
    }
  },
  removeItem(name) {
    try {
      localStorageOrNull()?.removeItem(name);
    } catch {
      // As above.
    }
  },
};

/**
 * JSON over `draftStorage` for zustand's persist. A stored value that is not JSON, or not the
 * envelope persist writes, is removed and read as nothing, so hydration always finishes.
 */
export function draftJsonStorage<S>(): PersistStorage<S> {
  return {
    getItem(name) {
      const raw = draftStorage.getItem(name);
      if (typeof raw !== 'string') return null;
      try {
        const value: unknown = JSON.parse(raw);
        if (typeof value === 'object' && value !== null && 'state' in value) {
          return value as StorageValue<S>;
        }
      } catch {
        // Not JSON: fall through and drop it.
      }
      draftStorage.removeItem(name);
      return null;
    },
    setItem(name, value) {
      draftStorage.setItem(name, JSON.stringify(value));
    },
    removeItem(name) {
      draftStorage.removeItem(name);
    },
  };
}
