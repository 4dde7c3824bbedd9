// RFC 4180 CSV fields: quoted when they hold the delimiter, quotes, newlines or surrounding spaces.

/** One CSV field; `undefined`/`null` become an empty field. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with its newline). */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\n`;
}
