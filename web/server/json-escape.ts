// JSON text with <, > and & as \u escapes: still the same JSON data, never readable as markup if mis-sniffed.

/** Escapes HTML-significant characters inside serialised JSON without changing its value. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
