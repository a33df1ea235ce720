import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { tsconfigAliases, workspaceRoot } from './aliases.mts';

const api = 'http://localhost:3000';

// The web client. `vite build` writes dist/apps/web, which the API serves from its own origin.
export default defineConfig({
  root: `${workspaceRoot}/apps/web`,
  publicDir: `${workspaceRoot}/apps/web/public`,
  resolve: { alias: tsconfigAliases() },
  plugins: [
    // Installable and offline: the manifest, and src/sw.ts with every built file precached (see sw.ts).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false, // main.tsx registers it (a few bytes, no extra module on the first page)
      manifest: {
        name: 'Kinship',
        short_name: 'Kinship',
        description: 'Meetings, people and tools, with you between meetings.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d5c4d',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,webmanifest}'],
        rollupFormat: 'es',
        sourcemap: false,
      },
    }),
  ],
  build: {
    outDir: `${workspaceRoot}/dist/apps/web`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rolldownOptions: {
      // react-router marks its modules "use client" (for server components); meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/socket.io': { target: api, ws: true, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
      '^/meetings/print\\.pdf': { target: api, changeOrigin: true },
    },
  },
  preview: { port: 4300 },
});
