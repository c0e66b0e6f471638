import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import type { GetManualChunk, OutputBundle, OutputChunk } from 'rollup';
import react from '@vitejs/plugin-react';
import zaloMiniApp from 'zmp-vite-plugin';

/**
 * Ports: the app on APP_PORT (3000), the API on PORT (3001), as `npm start` runs them; the dev
 * and preview servers send API calls to that API unless API_PROXY_TARGET names another.
 */
const appPort = Number(process.env.APP_PORT || 3000);
const apiTarget = process.env.API_PROXY_TARGET ?? `http://localhost:${process.env.PORT || 3001}`;
const proxy = Object.fromEntries(['/api', '/media', '/rss', '/open311', '/qr-sheet', '/officer'].map((p) => [p, { target: apiTarget, changeOrigin: true }]));

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
      handler(html, ctx) {
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
          homePreload(ctx.bundle) +
          `})();</script>`;
        return html.replace('</head>', `  ${loader}\n  </head>`);
      },
    },
  };
}

/**
 * On the home page, the home widgets' chunk (see homeWidgetsChunk) and its styles are fetched at
 * once, beside the entry, instead of after the entry has run: one round trip less before the
 * widgets show on a slow connection. Other pages do not fetch it.
 */
function homePreload(bundle: OutputBundle | undefined): string {
  const home = Object.values(bundle ?? {}).find((c): c is OutputChunk => c.type === 'chunk' && c.name === 'home' && !c.isEntry);
  if (!home) return '';
  const css = [...(home.viteMetadata?.importedCss ?? [])];
  return (
    `if(location.pathname===root){` +
    `var p=document.createElement('link');p.rel='modulepreload';p.crossOrigin='';p.href=root+${JSON.stringify(home.fileName)};document.head.appendChild(p);` +
    css.map((h) => `var c=document.createElement('link');c.rel='preload';c.as='style';c.crossOrigin='';c.href=root+${JSON.stringify(h)};document.head.appendChild(c);`).join('') +
    `}`
  );
}

/**
 * zmp-ui's stylesheet is 120 KB for every component, and the app draws its own UI: it needs only
 * zmp-ui's base (theme variables, html/body) from `zmp-ui/app/styles/app.css`, and the snackbar's
 * rules when the first toast shows. zmp-ui ships each component's CSS with that whole base in
 * front; loaded after the app's styles, the repeated base would override them (body colours,
 * font). `import 'zaui-rules:snackbar-provider'` gives the component's own rules only.
 */
function zauiComponentRules(): Plugin {
  const PREFIX = 'zaui-rules:';
  const dir = path.dirname(createRequire(import.meta.url).resolve('zmp-ui/package.json'));
  return {
    name: 'lao-cai-so:zaui-component-rules',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}.css` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1, -'.css'.length);
      if (!/^[a-z-]+$/.test(name)) this.error(`zaui-rules: unknown component ${name}`);
      const css = fs.readFileSync(path.join(dir, name, 'styles', `${name}.css`), 'utf8');
      // portal.css is the base alone (portal has no styles of its own).
      const base = fs.readFileSync(path.join(dir, 'portal', 'styles', 'portal.css'), 'utf8').trimEnd();
      if (!css.startsWith(base)) this.error(`zaui-rules: ${name}.css does not start with zmp-ui's base any more`);
      return css.slice(base.length);
    },
  };
}

/**
 * What Zalo loads at start comes from the built app-config.json, not index.html (whose inline
 * loader Zalo does not run). zmp-vite-plugin lists every stylesheet of the build in `listCSS`
 * (Zalo would fetch all of them, for pages not yet opened, before the first paint) and nothing
 * in `listAsyncJS` but the entry's static imports. This keeps `listCSS` to the first screen's
 * (the entry's and the home widgets'; other pages' styles come with their code, as in a browser)
 * and adds the home widgets' chunk to `listAsyncJS`, so Zalo fetches it beside the entry instead
 * of one round trip later, as index.html's homePreload does in a browser.
 */
function zaloStartupLists(): Plugin {
  let outDir = 'www';
  let css: string[] = [];
  let home: string | null = null;
  return {
    name: 'lao-cai-so:zalo-startup-lists',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      const homeChunk = chunks.find((c) => c.name === 'home' && !c.isEntry);
      css = [...(entry?.viteMetadata?.importedCss ?? []), ...(homeChunk?.viteMetadata?.importedCss ?? [])];
      home = homeChunk?.fileName ?? null;
    },
    // After every plugin's writeBundle (zmp-vite-plugin writes app-config.json in its own).
    closeBundle: {
      order: 'post',
      handler() {
        const file = path.resolve(outDir, 'app-config.json');
        if (!fs.existsSync(file)) return;
        const config = JSON.parse(fs.readFileSync(file, 'utf8')) as { listCSS: string[]; listAsyncJS: string[] };
        config.listCSS = config.listCSS.filter((f) => css.includes(f));
        if (home && !config.listAsyncJS.includes(home)) config.listAsyncJS.push(home);
        fs.writeFileSync(file, JSON.stringify(config));
      },
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
function homeWidgetsChunk(): GetManualChunk {
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
  plugins: [zaloMiniApp(), react(), rootRelativeEntry(), zaloStartupLists(), zappsPathInPreview(), zauiComponentRules()],
  publicDir: 'assets',
  resolve: { alias },
  server: { port: appPort, proxy },
  preview: { port: appPort, proxy },
  build: {
    outDir: 'www',
    target: 'es2017',
    cssTarget: ['es2017', 'safari13.1'],
    reportCompressedSize: false,
    rollupOptions: { output: { manualChunks: homeWidgetsChunk() } },
  },
});
