// Reading one flattened table row: which cell is the model, who published it, and its facts.
import type { TableColumnRole } from '../lexicon/index.ts';
import { rowUnits, type RowUnit } from './cells.ts';

/** What a table column holds, from its header words (the lexicon's roles), or 'other'. */
export type ColumnRole = TableColumnRole | 'other';

/** Organisation knowledge the reader needs: 2 for a known or suffixed name, 0.5 for a plausible one, 0 otherwise. */
export type OrgTest = (name: string) => number;
export type ModelTest = (name: string) => boolean;

/** What a row states. `group` is set when the row is a publisher heading for the rows below it. */
export interface RowReading {
  model?: RowUnit;
  publishers: RowUnit[];
  /** The publishers come from the group heading row, so their offsets are into that row. */
  fromGroup?: boolean;
  baseModels: RowUnit[];
  props: Record<string, string>;
  group?: RowUnit;
  /** Read from aligned rows only (their columns are known): products the publishers offer, and where they are. */
  products?: RowUnit[];
  region?: RowUnit;
  /** The industry a model is for (金融, 医疗), from an aligned row's 行业 column. */
  industry?: RowUnit;
  /** What kind of model the row says it is (行业大模型, 通用大模型), from an aligned row's 类型 column. */
  kind?: RowUnit;
  /** Who invested in the row's company (投资方 column), and the link of the chain the row is on (产业链环节 column). */
  investors?: RowUnit[];
  chainLayer?: RowUnit;
}

const NAME_ROLES: ColumnRole[] = ['publisher', 'model'];
/** Given name and family name (Tomas Mikolov): a person, not a publisher or a model. */
export const PERSON = /^[A-Z][a-z]+ [A-Z][a-z]+$/;
// A row about a person says so (他的工作…, 因其…而闻名, 联合创始人) or holds only the name; a model row has values (Claude Anthropic 否 2023年4月).
const PERSON_ROW = /他|她|因其|致力于|先驱|研究员|教授|科学家|创始人/;
const isPersonRow = (lead: string, row: string, values: number) => PERSON.test(lead) && (values === 0 || PERSON_ROW.test(row));

/** Split a name cell that lists several names: 伯克利、卡内基、斯坦福 or 微软/英伟达. */
export function splitList(u: RowUnit): RowUnit[] {
  const out: RowUnit[] = [];
  const re = /[^、/,，;；和]+/g;
  for (const m of u.text.matchAll(re)) {
    const text = m[0].trim();
    if (!text) continue;
    const start = u.start + m.index! + m[0].indexOf(text);
    out.push({ kind: 'name', text, start, end: start + text.length });
  }
  return out;
}

const joinUnits = (us: RowUnit[]): RowUnit => ({ kind: 'name', text: us.map((u) => u.text).join(' '), start: us[0].start, end: us[us.length - 1].end });

/**
 * Divide `names` into a model part and a publisher part, in header order, preferring a publisher that is a known
 * organisation and a model that is a known model (Stable Diffusion | Stability.AI, not Stable | Diffusion Stability.AI).
 */
function divide(names: RowUnit[], publisherFirst: boolean, isOrg: OrgTest, isModel: ModelTest): { model: RowUnit; publisher: RowUnit } {
  let best = { k: 1, score: -Infinity };
  for (let k = 1; k < names.length; k++) {
    const head = names.slice(0, k); const tail = names.slice(k);
    const [pub, model] = publisherFirst ? [head, tail] : [tail, head];
    const score = isOrg(joinUnits(pub).text) + (isModel(joinUnits(model).text) ? 1 : 0) + (model.length === 1 ? 0.5 : 0) - Math.abs(head.length - tail.length) * 0.1;
    if (score > best.score) best = { k, score };
  }
  const head = joinUnits(names.slice(0, best.k)); const tail = joinUnits(names.slice(best.k));
  return publisherFirst ? { publisher: head, model: tail } : { model: head, publisher: tail };
}

function valueProps(units: RowUnit[], roles: ColumnRole[]): Record<string, string> {
  const props: Record<string, string> = {};
  for (const u of units) {
    if (u.kind === 'params' && !props.params) props.params = u.text.replace(/\s+/g, '');
    if (u.kind === 'length' && !props.contextLength && roles.includes('contextLength')) props.contextLength = u.text;
    if (u.kind === 'date' && !props.releaseDate) props.releaseDate = isoDate(u.text);
    if ((u.kind === 'yes' || u.kind === 'no') && !props.openSource && (roles.includes('openSource') || /开源|未开放|闭源|API/.test(u.text))) props.openSource = u.kind === 'yes' ? 'true' : 'false';
  }
  return props;
}

/** 2023年4月 → 2023-04; 2022年11月30日 → 2022-11-30. */
export function isoDate(text: string): string {
  const m = text.match(/(\d{4})(?:\D+(\d{1,2}))?(?:\D+(\d{1,2}))?/);
  if (!m) return text;
  return [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
}

/**
 * Read a row. `roles` are the table's column roles in order (empty when the header is unknown);
 * `group` is the publisher heading in force for this row.
 */
export function readRow(
  row: string, roles: ColumnRole[], group: RowUnit | undefined, isOrg: OrgTest, isModel: ModelTest = () => false, isPlace: (name: string) => boolean = () => false,
): RowReading {
  const units = withSizeInName(rowUnits(row));
  const firstValue = units.findIndex((u) => u.kind !== 'name');
  const lead = (firstValue < 0 ? units : units.slice(0, firstValue));
  // 模型 | 机构 | 国家 | …: under a place column, the place ending the names is the row's place, not part of a publisher.
  const region = roles.includes('region') && lead.length > 1 && isPlace(lead[lead.length - 1].text) ? lead.pop() : undefined;
  const rest = firstValue < 0 ? [] : units.slice(firstValue);
  const values = rest.filter((u) => u.kind !== 'name');
  const trailingNames = rest.filter((u) => u.kind === 'name');
  const nameRoles = roles.filter((r) => NAME_ROLES.includes(r));
  const publisherFirst = nameRoles.length ? nameRoles[0] === 'publisher' : lead.length > 1 && isOrg(lead[0].text) >= 2;
  const reading: RowReading = { publishers: [], baseModels: [], props: valueProps(values, roles), ...(region ? { region } : {}) };
  if (lead.length === 0 || isPersonRow(joinUnits(lead).text, row, values.length)) return reading;
  // A row of names alone is a publisher heading when it reads as one (Case Western Reserve University: four words).
  const orgScore = values.length === 0 ? isOrg(joinUnits(lead).text) : 0;
  if (values.length === 0 && (lead.length <= 3 || orgScore >= 2) && orgScore > 0 && !(group && trailingNames.length)) {
    reading.group = joinUnits(lead);
    return reading;
  }
  if (lead.length === 1) {
    reading.model = lead[0];
    if (group) { reading.publishers = splitList(group); reading.fromGroup = true; }
  } else {
    const { model, publisher } = divide(lead, publisherFirst, isOrg, isModel);
    reading.model = model;
    reading.publishers = splitList(publisher);
  }
  if (roles.includes('baseModel')) reading.baseModels = trailingNames.flatMap(splitList).map(expandVersion(trailingNames));
  return reading;
}

/**
 * Falcon 180B TII 阿联酋 1800亿: a size right after the first name, in a row whose own size comes later in Chinese units,
 * is part of the model's name.
 */
function withSizeInName(units: RowUnit[]): RowUnit[] {
  const at = units.findIndex((u) => u.kind !== 'name');
  // (CodeGPT 124M Python 1.1M: two sizes of one kind are two columns.)
  if (at !== 1 || units[at].kind !== 'params' || !/[BMKT]$/i.test(units[at].text) || !units.slice(at + 1).some((u) => u.kind === 'params' && /[亿万]/.test(u.text))) return units;
  const [name, size] = units;
  return [{ kind: 'name', text: `${name.text} ${size.text}`, start: name.start, end: size.end }, ...units.slice(2)];
}

/** In `GPT3.5/4.0` the second name is `GPT4.0`: a bare version borrows the family of the first. */
function expandVersion(all: RowUnit[]) {
  const family = all[0]?.text.match(/^[A-Za-z]+/)?.[0];
  return (u: RowUnit): RowUnit => (/^\d+(\.\d+)*$/.test(u.text) && family ? { ...u, text: `${family}${u.text.replace(/\.0$/, '')}` } : u);
}
