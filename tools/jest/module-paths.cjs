// Maps the tsconfig path aliases (@kinship/...) for jest, from tsconfig.base.json: one source of truth.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '../..');
const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;

module.exports = Object.fromEntries(
  Object.entries(paths).map(([name, [file]]) => [`^${name.replace(/[/]/g, '\\/')}$`, join(root, file)]),
);
