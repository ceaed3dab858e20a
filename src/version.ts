/** The package version stamped on every result (kept equal to package.json by scripts/sync-entries.mjs). */
export const VERSION = "0.0.0";
