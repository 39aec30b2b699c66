/**
 * @testing-library/preact unmounts after each test only when vitest globals are on; they
 * are off in vite.config.ts, so component tests import this file instead.
 */
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
