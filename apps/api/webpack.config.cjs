// Bundles the API and the libs it imports into dist/apps/api/main.js; npm packages stay external.
const { join, resolve } = require('node:path');
const { readFileSync } = require('node:fs');

const root = resolve(__dirname, '../..');
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
const alias = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([name, [file]]) => [`${name}$`, join(root, file)]),
);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = new Set(Object.keys(pkg.dependencies));

module.exports = {
  mode: 'production',
  target: 'node20',
  context: root,
  entry: { main: './apps/api/src/main.ts' },
  output: { path: join(root, 'dist/apps/api'), filename: '[name].js', clean: true },
  devtool: 'source-map',
  optimization: { minimize: false },
  resolve: { extensions: ['.ts', '.js', '.json'], alias },
  externalsPresets: { node: true },
  externals: [
    ({ request }, callback) => {
      const name = request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0];
      if (
        external.has(name) ||
        (!request.startsWith('.') &&
          !request.startsWith('/') &&
          !request.startsWith('@kinship/') &&
          name in (pkg.devDependencies || {}))
      ) {
        return callback(null, `commonjs ${request}`);
      }
      return callback();
    },
  ],
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', decorators: true },
              transform: { legacyDecorator: true, decoratorMetadata: true },
              target: 'es2022',
            },
            module: { type: 'es6' },
          },
        },
      },
    ],
  },
  ignoreWarnings: [
    /Critical dependency/,
    /Module not found: Error: Can't resolve '(@nestjs\/microservices|@nestjs\/websockets\/socket-module|class-transformer\/storage|@apollo\/subgraph|@apollo\/gateway)/,
  ],
};
