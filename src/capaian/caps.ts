/**
 * Ceilings on capaian seen in practice. None is applied unless the caller
 * passes it as `cap`: no regulation found caps capaian itself.
 */
import { type CapaianSource, SOURCE_CAP_110, SOURCE_CAP_120 } from "./sources.js";

export interface CapaianCap {
  /** Percent, as decimal text. */
  readonly value: string;
  readonly source: CapaianSource;
}

/** `capaian({ …, cap: CAPAIAN_CAPS.permenpanrb8of2021.value })` caps at 120. */
export const CAPAIAN_CAPS: Readonly<{ permenpanrb8of2021: CapaianCap; plafon110: CapaianCap }> = Object.freeze({
  /** 120: PermenPAN-RB 8/2021's highest nilai capaian IKI, used as a ceiling by a public capaian dashboard. */
  permenpanrb8of2021: Object.freeze({ value: "120", source: SOURCE_CAP_120 }),
  /** 110: "plafon 110", application code only (UNCONFIRMED). */
  plafon110: Object.freeze({ value: "110", source: SOURCE_CAP_110 }),
});
