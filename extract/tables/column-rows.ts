// Rows whose cells stand under their header's (Markdown tables, one line per row): each cell is read by its column.
import { rowUnits, type RowUnit, type UnitKind } from './cells.ts';
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
  // Each non-empty cell with its column and the kind of its first unit (a value kind, or 'name').
  const typed = placeCells(row, cells).flatMap((u, i) => (u.text ? [{ unit: u, role: roles[i], units: rowUnits(u.text) }] : []));
  const under = (role: ColumnRole) => typed.filter((c) => c.role === role);
  const value = (role: ColumnRole, kind: UnitKind) => under(role).find((c) => c.units[0]?.kind === kind)?.unit;
  const names = (role: ColumnRole) => under(role).filter((c) => c.units.some((x) => x.kind === 'name')).flatMap((c) => splitList(c.unit));
  const props: Record<string, string> = {};
  const params = value('params', 'params');
  if (params) props.params = params.text.replace(/\s+/g, '');
  const date = under('releaseDate').find((c) => /(?:19|20)\d\d/.test(c.unit.text));
  if (date) props.releaseDate = isoDate(date.unit.text);
  const open = under('openSource')[0]?.units[0]?.kind;
  if (open === 'yes' || open === 'no') props.openSource = open === 'yes' ? 'true' : 'false';
  const context = value('contextLength', 'length');
  if (context) props.contextLength = context.text;
  const [model] = names('model');
  return {
    model, publishers: names('publisher'), baseModels: names('baseModel'), products: names('product'), region: under('region')[0]?.unit,
    industry: under('industry')[0]?.unit, kind: under('modality')[0]?.unit, investors: names('investor').map(withoutNote), chainLayer: under('chainLayer')[0]?.unit, props,
  };
}

/** IVP（领投）, 腾讯等: a note on an investor's part, or 等, is no part of its name. */
function withoutNote(u: RowUnit): RowUnit {
  const text = u.text.replace(/\s*[（(][^（）()]*[）)]\s*$|等$/u, '');
  return { ...u, text, end: u.start + text.length };
}
