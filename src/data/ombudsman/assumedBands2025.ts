/**
 * The 2022–2024 category cut-offs offered for the 2025 Opini scheme, whose own
 * cut-offs were not found. UNCONFIRMED for 2025: every 2025 data point found
 * fits them. kinerja never applies them on its own; `opini()` uses them only
 * when the caller passes them.
 */

import { frozen } from "../freeze.js";
import { categoryBands } from "./shared.js";
import { BANDS_2025_ASSUMED } from "./sources.js";

export const assumedBands2025 = /* @__PURE__ */ frozen(categoryBands(BANDS_2025_ASSUMED));
