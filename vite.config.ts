import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';

type Target = 'chrome' | 'firefox';

/** The one manifest, read from disk so that `manifest.json` stays the single source. */
const baseManifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** Gecko id; stable so that storage survives updates and tests can predict the moz-extension host. */
export const GECKO_ID = 'quiet-reader@quiet-reader.dev';

/**
 * The Firefox patch: Firefox MV3 has no background service worker, so it gets the same
 * file as a background script, plus the gecko settings addons.mozilla.org requires.
 */
export function firefoxManifest(manifest: Record<string, unknown>): Record<string, unknown> {
  const background = manifest.background as { service_worker: string; type?: string };
  return {
    ...manifest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 (an ESR) is the first Firefox that reads data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

function targetFromEnv(): Target {
  const value = process.env.QR_BROWSER ?? 'chrome';
  if (value !== 'chrome' && value !== 'firefox') throw new Error(`QR_BROWSER must be chrome or firefox, not ${value}`);
  return value;
}

export default defineConfig(() => {
  const target = targetFromEnv();
  const manifest = target === 'firefox' ? firefoxManifest(baseManifest) : baseManifest;
  const isTest = Boolean(process.env.VITEST);
  return {
    plugins: isTest
      ? [preact()]
      : [
          preact(),
          crx({
            manifest: manifest as unknown as ManifestV3Export,
            browser: target,
            // One self-contained content script: no loader in web_accessible_resources
            // that would let any page detect the extension.
            contentScripts: { standaloneFiles: ['src/content/index.ts'] },
          }),
        ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Firefox ESR and Chrome both run ES2022; no legacy transforms needed.
      target: 'es2022',
      // Source maps stay out of the store packages; readable output helps store review.
      minify: true,
      rollupOptions: {
        input: { reader: resolve(import.meta.dirname, 'src/reader/index.html') },
      },
    },
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
      environment: 'jsdom',
      testTimeout: 30_000,
    },
  };
});
