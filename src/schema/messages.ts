/**
 * Every message the input schemas report, in Bahasa Indonesia and English, in one place. Each issue carries
 * `params: { code, message, ...details }`: `code` is the KinerjaError code the engine would throw for the same
 * input, `message` a key of the catalogue and the details are plain data, so {@link formatIssue} renders the
 * same issue in either language. English is what the issues say by default (their `message`).
 */
import { type ErrorPath, formatPath, type KinerjaErrorCode } from "../core/errors.js";

/** The languages of the catalogue: Bahasa Indonesia and English. */
export type Lang = "id" | "en";

/** What an answer must be, as data; `messagesFor(lang).rule(spec)` renders it in either language. */
export type RuleSpec =
  | { readonly kind: "wholeNumber"; readonly min: string; readonly max: string }
  | { readonly kind: "decimal"; readonly min: string; readonly max: string; readonly places?: number }
  | { readonly kind: "number"; readonly min: string; readonly max: string; readonly places?: number }
  | { readonly kind: "oneOf"; readonly options: ReadonlyArray<{ readonly code: string; readonly value: string }> }
  | {
      readonly kind: "orResult";
      readonly base: RuleSpec;
      readonly scheme: string;
      readonly rubrics?: ReadonlyArray<string>;
    }
  | {
      /** A questionnaire answer: a whole number, or one of the printed options (letter and words). */
      readonly kind: "questionnaire";
      readonly min: string;
      readonly max: string;
      readonly options: ReadonlyArray<{ readonly letter: string | null; readonly label: string }>;
    };

/** Why a text is not a number in the engine's plain notation, or what was probably meant. */
export type HintKey =
  | "spaces"
  | "comma"
  | "exponent"
  | "plus"
  | "point"
  | "hex"
  | "digits"
  | "notFinite"
  | "bigint"
  | "didYouMean";

/** How a value that is not a text or a number is named in a message (`describeValue`). */
export type ValueWord = "nothing" | "list" | "object" | "symbol" | "function";

/** Details of a message: plain data (rule and hint as data, values already described). */
export interface MessageDetails {
  readonly value?: string;
  readonly rule?: RuleSpec;
  readonly hint?: HintKey;
  /** The option code a hint suggests. */
  readonly suggestion?: string;
  readonly key?: string;
  readonly rubric?: string;
  readonly fields?: ReadonlyArray<string>;
  /** A digit limit (significant digits), or the length limit of a text (characters, `textTooLong`). */
  readonly digits?: number;
  /** A result's `exact`, as given. */
  readonly exact?: string;
  readonly accepted?: ReadonlyArray<string>;
  readonly scheme?: string;
  /** Respondent rows: the row's index (0-based). */
  readonly row?: number;
  /** Respondent rows: the element (U1 …). */
  readonly element?: string;
  /** How many there are (elements of a rubric), or may be (a limit: `tooManyRespondents`). */
  readonly count?: number;
  /** How many were given (answers in a row). */
  readonly given?: number;
}

type Template = (d: MessageDetails) => string;

/** Everything one language says: rules, hints, value words, error-code titles and message templates. */
export interface Catalogue {
  readonly lang: Lang;
  /** A short title for every KinerjaError code, e.g. ANSWER_OUT_OF_SCALE: "jawaban di luar skala". */
  readonly codes: { readonly [C in KinerjaErrorCode]: string };
  /** The message of every issue key, from its details. */
  readonly messages: { readonly [K in MessageKey]: Template };
  readonly hints: { readonly [K in HintKey]: (d: { code?: string }) => string };
  readonly values: { readonly [W in ValueWord]: string };
  /** What a rule reads like, e.g. "a whole number from 0 to 5". */
  rule(rule: RuleSpec): string;
  /** The path of the whole input (an issue at the root). */
  readonly root: string;
}

const MAX_SHOWN = 40;

/** Value words as the English messages (and `details.value`) carry them. */
export const VALUE_WORDS = {
  nothing: "nothing",
  list: "a list",
  object: "an object",
  symbol: "a symbol",
  function: "a function",
} as const satisfies Record<ValueWord, string>;

/** How a value is named in a message: texts and numbers as written, anything else by its kind (English words). */
export function describeValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}…` : value);
  if (typeof value === "number") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "boolean" || value === null) return String(value);
  if (value === undefined) return VALUE_WORDS.nothing;
  if (typeof value === "symbol") return VALUE_WORDS.symbol;
  if (typeof value === "function") return VALUE_WORDS.function;
  return Array.isArray(value) ? VALUE_WORDS.list : VALUE_WORDS.object;
}

const WORD_OF = new Map<string, ValueWord>(Object.entries(VALUE_WORDS).map(([k, v]) => [v, k as ValueWord]));

/** A catalogue without its templates: what the templates are written with. */
type Words = Omit<Catalogue, "messages">;

/** A described value in the catalogue's language (texts and numbers are the same in both). */
const shown = (c: Words, value: string | undefined): string => {
  const word = value === undefined ? undefined : WORD_OF.get(value);
  return word ? c.values[word] : (value ?? "");
};

const list = (items: ReadonlyArray<string> | undefined): string => (items ?? []).join(", ");
const optionList = (r: Extract<RuleSpec, { kind: "questionnaire" }>): string =>
  r.options.map((o) => (o.letter ? `${o.letter}. ${o.label}` : o.label)).join(", ");
const letters = (r: Extract<RuleSpec, { kind: "questionnaire" }>): string => {
  const l = r.options.map((o) => o.letter).filter((x): x is string => x !== null);
  return l.length > 1 ? `${l[0]}–${l[l.length - 1]}` : (l[0] ?? "");
};

function englishRule(rule: RuleSpec): string {
  switch (rule.kind) {
    case "wholeNumber":
      return `a whole number from ${rule.min} to ${rule.max}`;
    case "decimal":
    case "number":
      return `a ${rule.kind} from ${rule.min} to ${rule.max}${rule.places !== undefined ? ` with at most ${rule.places} decimals` : ""}`;
    case "oneOf":
      return `one of ${rule.options.map((o) => `"${o.code}" (${o.value})`).join(", ")}`;
    case "orResult":
      return `${englishRule(rule.base)}, or a result of ${rule.rubrics ? rule.rubrics.join(" or ") : `a ${rule.scheme} rubric`}`;
    case "questionnaire":
      return rule.options.length === 0
        ? `a whole number from ${rule.min} to ${rule.max}`
        : `a whole number from ${rule.min} to ${rule.max}, or the option ${letters(rule) ? `${letters(rule)} ` : ""}as printed (${optionList(rule)})`;
  }
}

function indonesianRule(rule: RuleSpec): string {
  switch (rule.kind) {
    case "wholeNumber":
      return `bilangan bulat dari ${rule.min} sampai ${rule.max}`;
    case "decimal":
    case "number":
      return `${rule.kind === "decimal" ? "bilangan desimal" : "angka"} dari ${rule.min} sampai ${rule.max}${rule.places !== undefined ? ` dengan paling banyak ${rule.places} angka di belakang koma` : ""}`;
    case "oneOf":
      return `salah satu dari ${rule.options.map((o) => `"${o.code}" (${o.value})`).join(", ")}`;
    case "orResult":
      return `${indonesianRule(rule.base)}, atau hasil ${rule.rubrics ? rule.rubrics.join(" atau ") : `rubrik ${rule.scheme}`}`;
    case "questionnaire":
      return rule.options.length === 0
        ? `bilangan bulat dari ${rule.min} sampai ${rule.max}`
        : `bilangan bulat dari ${rule.min} sampai ${rule.max}, atau pilihan ${letters(rule) ? `${letters(rule)} ` : ""}seperti tercetak (${optionList(rule)})`;
  }
}

/** The English words: the wording of kinerja's issues and errors. */
const EN: Words = {
  lang: "en",
  root: "(root)",
  rule: englishRule,
  codes: {
    INVALID_RUBRIC: "invalid rubric",
    UNKNOWN_RUBRIC: "unknown rubric",
    NO_RUBRIC_FOR_YEAR: "no rubric for that assessment year",
    AMBIGUOUS_RUBRIC: "more than one rubric fits",
    INVALID_INPUT: "invalid input",
    UNKNOWN_INDICATOR: "unknown indicator",
    MISSING_ANSWER: "missing answer",
    ANSWER_OUT_OF_SCALE: "answer outside its scale",
    OUT_OF_RANGE: "value outside the range",
    NO_PREDICATE_BANDS: "the official predicate bands are unknown",
    NO_AGGREGATION_RULE: "the unit → instansi rule is unknown",
    RUBRIC_MISMATCH: "a result of another rubric",
    PRECISION_EXCEEDED: "too many significant digits",
    LIMIT_EXCEEDED: "input larger than the limit",
  },
  hints: {
    spaces: () => "no spaces",
    comma: () => "use a decimal point, not a comma",
    exponent: () => "write the number out in plain digits, without an exponent",
    plus: () => "no plus sign",
    point: () => "put digits on both sides of the decimal point",
    hex: () => "decimal digits only",
    digits: () => "use the digits 0-9",
    notFinite: () => "not a finite number",
    bigint: () => "give a number or a text, not a BigInt",
    didYouMean: (d) => `did you mean "${d.code}"?`,
  },
  values: VALUE_WORDS,
};

/** The Indonesian words. */
const ID: Words = {
  lang: "id",
  root: "(masukan)",
  rule: indonesianRule,
  codes: {
    INVALID_RUBRIC: "rubrik tidak valid",
    UNKNOWN_RUBRIC: "rubrik tidak dikenal",
    NO_RUBRIC_FOR_YEAR: "tidak ada rubrik untuk tahun penilaian itu",
    AMBIGUOUS_RUBRIC: "lebih dari satu rubrik cocok",
    INVALID_INPUT: "masukan tidak valid",
    UNKNOWN_INDICATOR: "indikator tidak dikenal",
    MISSING_ANSWER: "jawaban belum diisi",
    ANSWER_OUT_OF_SCALE: "jawaban di luar skala",
    OUT_OF_RANGE: "nilai di luar rentang",
    NO_PREDICATE_BANDS: "rentang predikat resmi tidak diketahui",
    NO_AGGREGATION_RULE: "aturan penggabungan unit menjadi nilai instansi tidak diketahui",
    RUBRIC_MISMATCH: "hasil dari rubrik lain",
    PRECISION_EXCEEDED: "terlalu banyak angka penting",
    LIMIT_EXCEEDED: "masukan melebihi batas",
  },
  hints: {
    spaces: () => "tanpa spasi",
    comma: () => "gunakan titik sebagai pemisah desimal, bukan koma",
    exponent: () => "tulis angkanya lengkap, tanpa eksponen",
    plus: () => "tanpa tanda plus",
    point: () => "tulis angka di kedua sisi titik desimal",
    hex: () => "hanya angka desimal",
    digits: () => "gunakan angka 0-9",
    notFinite: () => "bukan bilangan berhingga",
    bigint: () => "berikan angka atau teks, bukan BigInt",
    didYouMean: (d) => `maksudnya "${d.code}"?`,
  },
  values: {
    nothing: "kosong",
    list: "sebuah daftar",
    object: "sebuah objek",
    symbol: "sebuah simbol",
    function: "sebuah fungsi",
  },
};

const hintOf = (c: Words, d: MessageDetails): string =>
  d.hint ? ` (${c.hints[d.hint]({ ...(d.suggestion !== undefined ? { code: d.suggestion } : {}) })})` : "";
const ruleOf = (c: Words, d: MessageDetails): string => (d.rule ? c.rule(d.rule) : "");
const respondent = (d: MessageDetails): number => (d.row ?? 0) + 1;

/** English message templates by key. The path (`answers["1.1"]: `) is prefixed by {@link issueText}. */
const EN_MESSAGES = {
  inputNotObject: () => "the input must be an object { answers: { [indicator code]: answer } }",
  unknownField: (d: MessageDetails) => `"${d.key}" is not an input field; this form takes ${list(d.fields)}`,
  noParameters: (d: MessageDetails) => `${d.rubric} declares no parameters`,
  noNotApplicable: (d: MessageDetails) => `${d.rubric} allows no indicator to be declared not applicable`,
  noRequirements: (d: MessageDetails) => `${d.rubric} declares no minimum requirements`,
  answersRequired: () => "required (an object keyed by indicator code)",
  answersNotObject: (d: MessageDetails) => `${shown(EN, d.value)} is not an object keyed by indicator code`,
  required: (d: MessageDetails) => `required (${ruleOf(EN, d)})`,
  empty: (d: MessageDetails) => `required, the answer is empty (${ruleOf(EN, d)})`,
  emptyCountsZero: (d: MessageDetails) =>
    `the answer is empty; leave it out to count it as zero, or give ${ruleOf(EN, d)}`,
  notOnScale: (d: MessageDetails) => `${shown(EN, d.value)} is not ${ruleOf(EN, d)}${hintOf(EN, d)}`,
  tooManyDigits: (d: MessageDetails) => `${shown(EN, d.value)} has more than ${d.digits} significant digits`,
  textTooLong: (d: MessageDetails) =>
    `${shown(EN, d.value)} is longer than ${d.digits} characters, the limit of a text (see withLimits)`,
  noLookupRow: (d: MessageDetails) => `${shown(EN, d.value)} falls in no row of the scale's table`,
  notAnIndicator: (d: MessageDetails) => `"${d.key}" is not an indicator of ${d.rubric}`,
  isAGroup: (d: MessageDetails) => `"${d.key}" is a group in ${d.rubric}; answer its indicators instead`,
  resultRubric: (d: MessageDetails) =>
    `${shown(EN, d.value)} is not a rubric whose results this indicator accepts (${d.accepted ? list(d.accepted) : `any ${d.scheme} rubric`})`,
  resultDecimal: (d: MessageDetails) =>
    `${shown(EN, d.value)} is not a decimal in plain notation with at most ${d.digits} significant digits`,
  resultFraction: (d: MessageDetails) => `${shown(EN, d.value)} is not an exact fraction like "83/40" or "7"`,
  resultRounded: () => "exact is a rounded quotient; pass the result's exactFraction too (or score it again)",
  resultMismatch: (d: MessageDetails) => `${shown(EN, d.value)} does not match exact ${d.exact}`,
  resultOutOfScale: (d: MessageDetails) => `the result's exact value ${shown(EN, d.value)} is not ${ruleOf(EN, d)}`,
  answeredAndNotApplicable: (d: MessageDetails) =>
    `"${d.key}" is answered and declared not applicable; leave its answer out`,
  parametersRequired: (d: MessageDetails) => `required (${list(d.fields)})`,
  parametersNotObject: (d: MessageDetails) => `${shown(EN, d.value)} is not an object keyed by parameter name`,
  notAParameter: (d: MessageDetails) => `"${d.key}" is not a parameter of ${d.rubric}`,
  codesNotList: (d: MessageDetails) => `${shown(EN, d.value)} is not a list of codes`,
  notACode: (d: MessageDetails) => `${shown(EN, d.value)} is not a code of ${d.rubric}`,
  cannotBeNotApplicable: (d: MessageDetails) => `"${d.key}" cannot be declared not applicable in ${d.rubric}`,
  notARequirement: (d: MessageDetails) => `${shown(EN, d.value)} is not a minimum requirement of ${d.rubric}`,
  listedTwice: (d: MessageDetails) => `${shown(EN, d.value)} is listed twice`,
  missingMode: (d: MessageDetails) => `${shown(EN, d.value)} is not "error" or "zero"`,
  zeroNotAllowed: (d: MessageDetails) =>
    `"zero" is not allowed: the regulation behind ${d.rubric} does not count a missing answer as zero`,
  unreadable: (d: MessageDetails) => `the input could not be read (${d.value})`,
  answersOrPoints: () => "give either answers or points, not both",
  rowsNotList: (d: MessageDetails) => `${shown(EN, d.value)} is not a list of respondent rows`,
  noRespondents: () => "at least one respondent is needed",
  tooManyRespondents: (d: MessageDetails) =>
    `${d.given} respondent rows, more than the limit of ${d.count} (see withLimits)`,
  rowNotRow: (d: MessageDetails) =>
    `respondent ${respondent(d)}: ${shown(EN, d.value)} is not a row (${d.count} answers in element order, or an object keyed by element)`,
  rowTooLong: (d: MessageDetails) =>
    `respondent ${respondent(d)} has ${d.given} answers; ${d.rubric} has ${d.count} elements (${list(d.fields)})`,
  notAnElement: (d: MessageDetails) =>
    `respondent ${respondent(d)}: "${d.key}" is not an element of ${d.rubric} (${list(d.fields)})`,
  answerMissing: (d: MessageDetails) => `respondent ${respondent(d)} did not answer ${d.element}`,
  notAnOption: (d: MessageDetails) =>
    `respondent ${respondent(d)}: ${shown(EN, d.value)} is not ${ruleOf(EN, d)}${hintOf(EN, d)}`,
  noAnswers: (d: MessageDetails) => `no respondent answered ${d.element}: its average (NRR) cannot be computed`,
} as const satisfies Record<string, Template>;

/** The message keys: one per kind of issue. */
export type MessageKey = keyof typeof EN_MESSAGES;

/** The English templates by key (the default wording of every issue). */
export const MESSAGES: { readonly [K in MessageKey]: Template } = EN_MESSAGES;

const ID_MESSAGES: { readonly [K in MessageKey]: Template } = {
  inputNotObject: () => "masukan harus berupa objek { answers: { [kode indikator]: jawaban } }",
  unknownField: (d) => `"${d.key}" bukan isian formulir ini; formulir ini menerima ${list(d.fields)}`,
  noParameters: (d) => `${d.rubric} tidak memiliki parameter`,
  noNotApplicable: (d) => `${d.rubric} tidak mengizinkan indikator dinyatakan tidak berlaku`,
  noRequirements: (d) => `${d.rubric} tidak memiliki syarat minimum`,
  answersRequired: () => "wajib diisi (objek dengan kunci kode indikator)",
  answersNotObject: (d) => `${shown(ID, d.value)} bukan objek dengan kunci kode indikator`,
  required: (d) => `wajib diisi (${ruleOf(ID, d)})`,
  empty: (d) => `wajib diisi, jawabannya kosong (${ruleOf(ID, d)})`,
  emptyCountsZero: (d) => `jawabannya kosong; hapus isian ini agar dihitung nol, atau isi dengan ${ruleOf(ID, d)}`,
  notOnScale: (d) => `${shown(ID, d.value)} bukan ${ruleOf(ID, d)}${hintOf(ID, d)}`,
  tooManyDigits: (d) => `${shown(ID, d.value)} memiliki lebih dari ${d.digits} angka penting`,
  textTooLong: (d) =>
    `${shown(ID, d.value)} lebih panjang dari ${d.digits} karakter, batas panjang teks (lihat withLimits)`,
  noLookupRow: (d) => `${shown(ID, d.value)} tidak masuk baris mana pun pada tabel skala`,
  notAnIndicator: (d) => `"${d.key}" bukan indikator ${d.rubric}`,
  isAGroup: (d) => `"${d.key}" adalah kelompok dalam ${d.rubric}; jawab indikator di bawahnya`,
  resultRubric: (d) =>
    `${shown(ID, d.value)} bukan rubrik yang hasilnya diterima indikator ini (${d.accepted ? list(d.accepted) : `rubrik ${d.scheme} mana pun`})`,
  resultDecimal: (d) =>
    `${shown(ID, d.value)} bukan bilangan desimal biasa dengan paling banyak ${d.digits} angka penting`,
  resultFraction: (d) => `${shown(ID, d.value)} bukan pecahan tepat seperti "83/40" atau "7"`,
  resultRounded: () =>
    "exact adalah hasil bagi yang sudah dibulatkan; sertakan juga exactFraction dari hasil itu (atau hitung ulang)",
  resultMismatch: (d) => `${shown(ID, d.value)} tidak cocok dengan exact ${d.exact}`,
  resultOutOfScale: (d) => `nilai tepat hasil itu, ${shown(ID, d.value)}, bukan ${ruleOf(ID, d)}`,
  answeredAndNotApplicable: (d) => `"${d.key}" dijawab sekaligus dinyatakan tidak berlaku; hapus jawabannya`,
  parametersRequired: (d) => `wajib diisi (${list(d.fields)})`,
  parametersNotObject: (d) => `${shown(ID, d.value)} bukan objek dengan kunci nama parameter`,
  notAParameter: (d) => `"${d.key}" bukan parameter ${d.rubric}`,
  codesNotList: (d) => `${shown(ID, d.value)} bukan daftar kode`,
  notACode: (d) => `${shown(ID, d.value)} bukan kode ${d.rubric}`,
  cannotBeNotApplicable: (d) => `"${d.key}" tidak dapat dinyatakan tidak berlaku dalam ${d.rubric}`,
  notARequirement: (d) => `${shown(ID, d.value)} bukan syarat minimum ${d.rubric}`,
  listedTwice: (d) => `${shown(ID, d.value)} tercantum dua kali`,
  missingMode: (d) => `${shown(ID, d.value)} bukan "error" atau "zero"`,
  zeroNotAllowed: (d) =>
    `"zero" tidak diizinkan: peraturan yang menjadi dasar ${d.rubric} tidak menghitung jawaban kosong sebagai nol`,
  unreadable: (d) => `masukan tidak dapat dibaca (${d.value})`,
  answersOrPoints: () => "isi answers atau points, jangan keduanya",
  rowsNotList: (d) => `${shown(ID, d.value)} bukan daftar baris responden`,
  noRespondents: () => "perlu paling sedikit satu responden",
  tooManyRespondents: (d) => `${d.given} baris responden, melebihi batas ${d.count} (lihat withLimits)`,
  rowNotRow: (d) =>
    `responden ${respondent(d)}: ${shown(ID, d.value)} bukan baris (${d.count} jawaban menurut urutan unsur, atau objek dengan kunci kode unsur)`,
  rowTooLong: (d) =>
    `responden ${respondent(d)} memberi ${d.given} jawaban; ${d.rubric} memiliki ${d.count} unsur (${list(d.fields)})`,
  notAnElement: (d) => `responden ${respondent(d)}: "${d.key}" bukan unsur ${d.rubric} (${list(d.fields)})`,
  answerMissing: (d) => `responden ${respondent(d)} tidak menjawab ${d.element}`,
  notAnOption: (d) => `responden ${respondent(d)}: ${shown(ID, d.value)} bukan ${ruleOf(ID, d)}${hintOf(ID, d)}`,
  noAnswers: (d) => `tidak ada responden yang menjawab ${d.element}: nilai rata-ratanya (NRR) tidak dapat dihitung`,
};

const CATALOGUES: { readonly [L in Lang]: Catalogue } = {
  en: Object.freeze({ ...EN, messages: EN_MESSAGES }),
  id: Object.freeze({ ...ID, messages: ID_MESSAGES }),
};

/**
 * The message catalogue of one language: a title for every KinerjaError code, the template of every issue key,
 * the wording of rules and hints. For showing kinerja's issues and errors in your own layout.
 *
 * @example
 * ```ts
 * import { messagesFor } from "kinerja/schema";
 *
 * const id = messagesFor("id");
 * id.codes.ANSWER_OUT_OF_SCALE; // "jawaban di luar skala"
 * id.rule({ kind: "wholeNumber", min: "0", max: "5" }); // "bilangan bulat dari 0 sampai 5"
 * id.messages.required({ rule: { kind: "wholeNumber", min: "1", max: "4" } }); // "wajib diisi (bilangan bulat dari 1 sampai 4)"
 * ```
 */
export function messagesFor(lang: Lang): Catalogue {
  return lang === "id" ? CATALOGUES.id : CATALOGUES.en;
}

/** The English wording of a rule (the JSON Schema descriptions and the default messages use it). */
export function ruleText(rule: RuleSpec, lang: Lang = "en"): string {
  return messagesFor(lang).rule(rule);
}

/** What an issue's `params` hold: enough for the catalogue to render the message in either language. */
export interface IssueParams extends MessageDetails {
  /** The KinerjaError code `score` throws for the same input. */
  readonly code: KinerjaErrorCode;
  readonly message: MessageKey;
}

const pathText = (path: ErrorPath, c: Catalogue): string => (path.length === 0 ? c.root : formatPath(path));

/** `answers["1.1"]: 6 is not a whole number from 0 to 5`: one issue's text, from its key and details. */
export function issueText(path: ErrorPath, key: MessageKey, details: MessageDetails = {}, lang: Lang = "en"): string {
  const c = messagesFor(lang);
  return `${pathText(path, c)}: ${c.messages[key](details)}`;
}

/** Whether an issue's params are kinerja's (a known message key and an error code). */
export function isIssueParams(params: unknown): params is IssueParams {
  return (
    typeof params === "object" &&
    params !== null &&
    typeof (params as { message?: unknown }).message === "string" &&
    Object.hasOwn(EN_MESSAGES, (params as { message: string }).message) &&
    typeof (params as { code?: unknown }).code === "string"
  );
}

/** An issue as zod reports it (`result.error.issues[i]`), or any object with a path and a message. */
export interface IssueLike {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly params?: unknown;
}

const plainPath = (path: ReadonlyArray<PropertyKey>): ErrorPath =>
  path.map((k) => (typeof k === "number" ? k : String(k)));

/**
 * One issue of a kinerja schema in Bahasa Indonesia or English, with its path:
 * `answers["1.a.Ak"]: 6 bukan bilangan bulat dari 0 sampai 5`. The text is rendered from the issue's `params`
 * (message key and details), so every issue of `answersSchemaFor` and `respondentsSchemaFor` reads the same in
 * both languages. An issue of another schema keeps its own message (for zod's own messages in Indonesian, parse
 * with `{ error: zodLocale("id").localeError }`, or use `issuesOf`).
 *
 * @example
 * ```ts
 * import { getRubric } from "kinerja";
 * import { answersSchemaFor, formatIssue } from "kinerja/schema";
 *
 * const parsed = answersSchemaFor(getRubric("skm@2017.2")).safeParse({ answers: { U1: "4,5" } });
 * const first = parsed.error?.issues[0];
 * if (first) {
 *   formatIssue(first, "id"); // 'answers.U1: "4,5" bukan bilangan desimal dari 1 sampai 4 (gunakan titik sebagai pemisah desimal, bukan koma)'
 *   formatIssue(first, "en"); // 'answers.U1: "4,5" is not a decimal from 1 to 4 (use a decimal point, not a comma)'
 * }
 * ```
 */
export function formatIssue(issue: IssueLike, lang: Lang = "en"): string {
  if (!isIssueParams(issue.params)) return issue.message;
  return issueText(plainPath(issue.path), issue.params.message, issue.params, lang);
}

/** A KinerjaError (or its JSON: code, path, message, details). */
export interface ErrorLike {
  readonly code: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * A thrown KinerjaError in Bahasa Indonesia or English. English is the error's own message. In Indonesian it is
 * the path, the error code's title and the offending value where the error names one:
 * `answers["1.a.Ak"]: jawaban di luar skala (6)`. (The `rule` text of a thrown error is English; the schemas of
 * `kinerja/schema` give a full Indonesian sentence for every issue before `score` is called.)
 *
 * @example
 * ```ts
 * import { isKinerjaError, score } from "kinerja";
 * import { formatError } from "kinerja/schema";
 *
 * try {
 *   score("ombudsman@2024.2", { answers: { input: 80, proses: 101, output: 70, pengaduan: 60 } });
 * } catch (e) {
 *   if (isKinerjaError(e)) formatError(e, "id"); // "answers.proses: jawaban di luar skala (101)"
 * }
 * ```
 */
export function formatError(error: ErrorLike, lang: Lang = "en"): string {
  if (lang === "en") return error.message;
  const c = messagesFor(lang);
  const title = (c.codes as Record<string, string>)[error.code] ?? error.code;
  const details = error.details ?? {};
  const value = Object.hasOwn(details, "value") ? ` (${shown(c, describeValue(details.value))})` : "";
  return `${pathText(error.path ?? [], c)}: ${title}${value}`;
}
