import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import type { GetManualChunk } from 'rollup';
import react from '@vitejs/plugin-react';
import zaloMiniApp from 'zmp-vite-plugin';

/** Where the dev and preview servers send API calls (the mock server by default). */
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://localhost:3001';
const proxy = Object.fromEntries(['/api', '/media', '/rss', '/open311', '/qr-sheet'].map((p) => [p, { target: apiTarget, changeOrigin: true }]));

export const alias = {
  '@': path.resolve(__dirname, 'src'),
  '@contract': path.resolve(__dirname, 'mock-server/src/contract'),
};

/**
 * The build links assets relatively (Zalo serves the app under /zapps/<APP_ID>/). Opened in a
 * browser at a nested path (a deep link, a reload), relative links would miss, and Chromium's
 * preload scanner would fetch them before any <base> could fix them. So the built index.html
 * loads its entry script and styles from the app's root, found at run time.
 */
function rootRelativeEntry(): Plugin {
  return {
    name: 'lao-cai-so:root-relative-entry',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const scripts: string[] = [];
        const styles: string[] = [];
        html = html.replace(/\s*<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g, (_m, src: string) => {
          scripts.push(src);
          return '';
        });
        html = html.replace(/\s*<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/g, (_m, href: string) => {
          styles.push(href);
          return '';
        });
        const loader = `<script>(function(){var m=location.pathname.match(/^\\/zapps\\/[^/]+\\//);var root=m?m[0]:'/';` +
          styles.map((h) => `var l=document.createElement('link');l.rel='stylesheet';l.crossOrigin='';l.href=root+${JSON.stringify(h)};document.head.appendChild(l);`).join('') +
          scripts.map((src) => `var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=root+${JSON.stringify(src)};document.head.appendChild(s);`).join('') +
          `})();</script>`;
        return html.replace('</head>', `  ${loader}\n  </head>`);
      },
    },
  };
}

/**
 * axios picks XMLHttpRequest in a browser (its default order is xhr, http, fetch; upload progress
 * needs xhr) and the app never asks for fetch, yet axios bundles its fetch adapter and helpers
 * (about 4 KB gzip) into the first screen. The build gives axios an empty fetch adapter instead:
 * `adapter: 'fetch'` would fail with axios' own "not supported" error.
 */
function axiosWithoutFetchAdapter(): Plugin {
  const stub = '\0lao-cai-so:axios-fetch-adapter';
  return {
    name: 'lao-cai-so:axios-without-fetch-adapter',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './fetch.js' && importer && /[\\/]axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/.test(importer)) return stub;
      return null;
    },
    load(id) {
      return id === stub ? 'export const getFetch = () => false;\nexport default false;\n' : null;
    },
  };
}

/** Serves the build under /zapps/<APP_ID>/ too, as Zalo does, so that base path can be tested. */
function zappsPathInPreview(): Plugin {
  return {
    name: 'lao-cai-so:zapps-path',
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const m = /^\/zapps\/[^/]+(\/(?:assets\/|favicon\.svg).*)$/.exec(req.url ?? '');
        if (m) req.url = m[1];
        next();
      });
    },
  };
}

/**
 * The home page's widgets (and what only they and pages use: feature state, cards, formats, CSS)
 * go into one chunk, `home`, instead of some twenty small files: the first screen then waits for
 * one round trip instead of several waves on a slow connection, and one file compresses better.
 * Widgets are the modules a feature's index.ts imports lazily from its components/ folder.
 */
export function homeWidgetsChunk(): GetManualChunk {
  let home: Set<string> | null = null;
  let entryModules: Set<string> | null = null;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!home) {
      const all = [...getModuleIds()];
      const closure = (starts: string[]) => {
        const seen = new Set<string>();
        const todo = [...starts];
        while (todo.length) {
          const m = todo.pop()!;
          if (seen.has(m)) continue;
          seen.add(m);
          todo.push(...(getModuleInfo(m)?.importedIds ?? []));
        }
        return seen;
      };
      const eager = closure(all.filter((m) => getModuleInfo(m)?.isEntry));
      const widgets = all.filter(
        (m) =>
          /\/src\/features\/[^/]+\/components\/[^/]+\.tsx$/.test(m) &&
          (getModuleInfo(m)?.dynamicImporters ?? []).some((i) => /\/src\/features\/[^/]+\/index\.ts$/.test(i)),
      );
      home = new Set([...closure(widgets)].filter((m) => !eager.has(m)));
      entryModules = eager;
    }
    // The entry's own modules are named too: else Rollup would pull the widgets' shared
    // dependencies (React…) into `home`.
    return home.has(id) ? 'home' : entryModules!.has(id) ? 'index' : undefined;
  };
}

export default defineConfig({
  // zmp-vite-plugin builds to www/ with relative asset paths and writes Zalo's app-config.json.
  plugins: [zaloMiniApp(), react(), rootRelativeEntry(), zappsPathInPreview(), axiosWithoutFetchAdapter()],
  publicDir: 'assets',
  resolve: { alias },
  server: { port: 3000, proxy },
  preview: { port: 3000, proxy },
  build: {
    outDir: 'www',
    target: 'es2017',
    cssTarget: ['es2017', 'safari13.1'],
    reportCompressedSize: false,
    rollupOptions: { output: { manualChunks: homeWidgetsChunk() } },
  },
});
