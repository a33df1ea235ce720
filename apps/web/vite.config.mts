import { defineConfig } from 'vite';
import { tsconfigAliases, workspaceRoot } from './aliases.mts';

const api = 'http://localhost:3000';

// The web client. `vite build` writes dist/apps/web, which the API serves from its own origin.
export default defineConfig({
  root: `${workspaceRoot}/apps/web`,
  publicDir: false,
  resolve: { alias: tsconfigAliases() },
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
    },
  },
  preview: { port: 4300 },
});
