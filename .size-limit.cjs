// size-limit checks, one per entry point of entries.json (the one list). zod is a peer dependency,
// which size-limit always leaves out; here it is bundled back in, so an entry that loads zod pays for it.
const { entries } = require("./entries.json");

module.exports = entries.map((e) => ({
  name: `kinerja${e.subpath === "." ? "" : e.subpath.slice(1)}: ${e.what}`,
  path: `dist/${e.name}.js`,
  import: e.sizeImport,
  limit: e.sizeLimit,
  modifyEsbuildConfig(config) {
    config.external = (config.external ?? []).filter((name) => name !== "zod");
    return config;
  },
}));
