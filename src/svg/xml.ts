/** XML text for the charts: every text and attribute value escaped, no markup from data. */

/** The text with every character XML 1.0 does not allow (C0 controls but tab/newline/return, lone surrogates, U+FFFE/F) as U+FFFD. */
function xmlChars(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const allowed =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    out += allowed ? ch : "\uFFFD";
  }
  return out;
}

/** Escapes text for element content and attribute values: & < > " ' as entities, invalid characters as U+FFFD. */
export function esc(text: string): string {
  return xmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** One element: attributes escaped; `children` is markup already built with `el`/`text`. */
export function el(name: string, attrs: Attrs, children?: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");
  return children === undefined ? `<${name}${a}/>` : `<${name}${a}>${children}</${name}>`;
}

/** A <text> element with escaped content (and an optional tooltip with the full text). */
export function text(attrs: Attrs, content: string, tooltip?: string): string {
  return el(
    "text",
    attrs,
    `${tooltip !== undefined && tooltip !== content ? el("title", {}, esc(tooltip)) : ""}${esc(content)}`,
  );
}

export const FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

/** A self-contained SVG document: fixed size, title and description for screen readers, no external references. */
export function svgDocument(width: number, height: number, title: string, body: string, description?: string): string {
  return `${el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": title,
      "font-family": FONT,
    },
    `\n${el("title", {}, esc(title))}\n${description !== undefined ? `${el("desc", {}, esc(description))}\n` : ""}${body}`,
  )}\n`;
}
