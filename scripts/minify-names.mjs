// Renames the wasm module's imports and exports to one or two letters and rewrites the
// wasm-bindgen glue to match. wasm-bindgen names every import after the JS function it calls
// plus a 16-digit hash (`__wbg_appendChild_dbf7ad2f48413560`); those names are written twice,
// once in the wasm and once in the glue, and cost about 5 KB gzip together (docs/size.md).
//
// Usage: node scripts/minify-names.mjs MAP.json MODULE.wasm GLUE.js
//   MAP.json    what `wasm-opt --minify-imports-and-exports-and-modules` printed
//   MODULE.wasm the minified module, read for its new import module name
//   GLUE.js     the glue, rewritten in place
// Fails loudly when the glue does not have the shape this expects (a wasm-bindgen upgrade).
import { readFileSync, writeFileSync } from "node:fs";

const [mapFile, wasmFile, glueFile] = process.argv.slice(2);
const map = JSON.parse(readFileSync(mapFile, "utf8"));
const module = new WebAssembly.Module(readFileSync(wasmFile));
let glue = readFileSync(glueFile, "utf8");

const fail = (message) => {
  console.error(`minify-names: ${message}`);
  process.exit(1);
};
const escape = (name) => name.replace(/[$]/g, "\\$");

// Imports: keys of the import object, one per line (`    name: function(...`).
const oldModules = new Set(map.imports.map(([module]) => module));
const newModules = new Set(WebAssembly.Module.imports(module).map(({ module }) => module));
if (oldModules.size !== 1 || newModules.size !== 1) fail("expected one import module");
for (const [, from, to] of map.imports) {
  const key = new RegExp(`^(\\s+)${escape(from)}:`, "m");
  if (!key.test(glue)) fail(`import ${from} not found in the glue`);
  glue = glue.replace(key, `$1${JSON.stringify(to)}:`);
}
const [oldModule] = oldModules;
const [newModule] = newModules;
const moduleKey = `${JSON.stringify(oldModule)}:`;
if (glue.split(moduleKey).length !== 2) fail(`import module ${oldModule} not found once`);
glue = glue.replace(moduleKey, `${JSON.stringify(newModule)}:`);

// Exports: read as `wasm.name` throughout the glue.
for (const [from, to] of map.exports) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${escape(from)}\\b`, "g"), `wasm.${to}`);
}
const exported = new Set(WebAssembly.Module.exports(module).map(({ name }) => name));
for (const [, name] of glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)) {
  if (!exported.has(name)) fail(`the glue reads wasm.${name}, which the module does not export`);
}

writeFileSync(glueFile, glue);
