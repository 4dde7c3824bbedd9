// XML text that every parser accepts: escaped markup and no characters XML 1.0 forbids.

/** Drop code points XML 1.0 does not allow (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/F). */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** Anything xmlEscape would change: markup characters or code points xmlSafe drops. */
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** Escape for element text and attribute values. */
export function xmlEscape(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
