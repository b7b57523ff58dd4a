import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Every zustand store goes back to its initial state after each test (__mocks__/zustand.ts).
vi.mock('zustand');

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
