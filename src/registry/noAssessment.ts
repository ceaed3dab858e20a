export type { NoAssessment } from "../model/types.js";
