// Rows whose cells stand under their header's (Markdown tables, one line per row): each cell is read by its column.
import { rowUnits, type RowUnit } from './cells.ts';
import { isoDate, splitList, type ColumnRole, type RowReading } from './read-row.ts';

/** Each cell of `row` with its offsets, found left to right (cells are trimmed pieces of the row, in order). */
function placeCells(row: string, cells: readonly string[]): RowUnit[] {
  let at = 0;
  return cells.map((text) => {
    const start = text ? row.indexOf(text, at) : at;
    at = start + text.length;
    return { kind: 'name', text, start, end: at };
  });
}

/** What one aligned row states: the model, publishers, base models, products and place under their columns. */
export function readColumns(row: string, cells: readonly string[], roles: readonly ColumnRole[]): RowReading {
  const placed = placeCells(row, cells);
  const under = (role: ColumnRole) => placed.filter((_, i) => roles[i] === role && placed[i].text !== '');
  const kinds = (role: ColumnRole) => under(role).map((u) => rowUnits(u.text)[0]?.kind);
  const names = (role: ColumnRole) => under(role).filter((u) => rowUnits(u.text).some((x) => x.kind === 'name')).flatMap(splitList);
  const props: Record<string, string> = {};
  const params = under('params').find((_, i) => kinds('params')[i] === 'params');
  if (params) props.params = params.text.replace(/\s+/g, '');
  const date = under('releaseDate').find((u) => /(?:19|20)\d\d/.test(u.text));
  if (date) props.releaseDate = isoDate(date.text);
  const open = kinds('openSource')[0];
  if (open === 'yes' || open === 'no') props.openSource = open === 'yes' ? 'true' : 'false';
  const context = under('contextLength').find((_, i) => kinds('contextLength')[i] === 'length');
  if (context) props.contextLength = context.text;
  const [model] = names('model');
  return { model, publishers: names('publisher'), baseModels: names('baseModel'), products: names('product'), region: under('region')[0], props };
}
