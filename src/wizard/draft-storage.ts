import type { StateStorage } from 'zustand/middleware';

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

export const draftStorage: StateStorage = {
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
