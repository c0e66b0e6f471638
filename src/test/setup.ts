import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// The unit tests run in a zone that is not Vietnam's (vitest.config.ts sets TZ): every time the
// app shows must be Vietnam's whatever the phone's zone, and a test here proves it or fails.

afterEach(() => {
  cleanup();
  localStorage.clear();
});
