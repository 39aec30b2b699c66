import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { build, mergeConfig, type Plugin, type ResolvedConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { CONTENT_SCRIPTS } from './src/shared/scripts.ts';

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

/**
 * The reader script (src/content/reader.ts), built as one self-contained IIFE like the declared content
 * script: the reader injects it with scripting.executeScript({ files }), which needs no
 * web_accessible_resources entry (crxjs's `?script` imports would add one, letting any page detect us).
 */
function onDemandContentScript(entry: string, fileName: string, name: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'quiet-reader:on-demand-content-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build(
        mergeConfig(
          { root: config.root, mode: config.mode, resolve: config.resolve, define: config.define },
          {
            configFile: false,
            logLevel: 'warn',
            plugins: [],
            build: {
              write: false,
              emptyOutDir: false,
              lib: { entry: resolve(config.root, entry), formats: ['iife'], name, fileName: () => fileName },
              rollupOptions: { output: { entryFileNames: fileName } },
              minify: config.build.minify,
              target: config.build.target,
            },
          },
        ),
      );
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const chunk = outputs.find((output) => output.type === 'chunk' && output.isEntry);
      if (!chunk || chunk.type !== 'chunk') throw new Error(`no bundle for ${entry}`);
      // V8's explicit compile hint: the script is injected to run at once, and most of its functions run in
      // that first extraction. Compiled eagerly as it is injected, each is parsed once instead of pre-parsed
      // then compiled on its first call (measured with the popup: −10 ms median from click to article).
      this.emitFile({ type: 'asset', fileName, source: `//# allFunctionsCalledOnLoad\n${chunk.code}` });
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
          onDemandContentScript('src/content/reader.ts', CONTENT_SCRIPTS.reader.slice(1), 'quietReaderReader'),
          onDemandContentScript('src/content/picker.ts', CONTENT_SCRIPTS.picker.slice(1), 'quietReaderPicker'),
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
