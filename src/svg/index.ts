/**
 * `kinerja/svg`: charts of results as self-contained SVG strings. No
 * dependencies, no DOM: the same call works in a browser, a server or a
 * script that writes files. Every text is XML-escaped; scores are never
 * turned into floats (pixel positions are computed exactly and printed with
 * two decimals).
 *
 * @example
 * ```ts
 * import { score } from "kinerja";
 * import { predicateBadge, profileChart, trendChart } from "kinerja/svg";
 * const result = score("pekppp@2022.1", { answers });
 * document.querySelector("#badge").innerHTML = predicateBadge(result);
 * writeFileSync("profile.svg", profileChart(result, { title: "Puskesmas Cilegon" }));
 * ```
 * @module kinerja/svg
 */
export { predicateBadge } from "./predicateBadge.js";
export { type ProfileOptions, profileChart } from "./profileChart.js";
export type { ChartOptions } from "./shared.js";
export { type TrendPoint, trendChart } from "./trendChart.js";
