// Builds the API bundle with webpack's Node API (no webpack-cli needed).
import { createRequire } from 'node:module';
import webpack from 'webpack';

const require = createRequire(import.meta.url);
const config = require('../apps/api/webpack.config.cjs');

webpack(config, (err, stats) => {
  if (err) {
    console.error(err);
    process.exit(1);
  }
  const info = stats.toString({ colors: false, modules: false, assets: true, warnings: true });
  console.log(info);
  if (stats.hasErrors()) process.exit(1);
});
