import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// Dates in tests read as they do on a phone in Vietnam.
process.env.TZ = 'Asia/Ho_Chi_Minh';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
