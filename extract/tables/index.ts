// Tables: rows of one flattened table read into models, publishers and their facts (or, under a policy header, policies).
import type { Segment } from '../types.ts';
import type { Knowledge } from '../recognise/knowledge.ts';
import type { EntitySpan } from '../recognise/span.ts';
import type { Found } from '../relations/index.ts';
import { PERSON, readRow, splitList, type ColumnRole, type RowReading } from './read-row.ts';
import { readColumns } from './column-rows.ts';
import type { RowUnit } from './cells.ts';
import { readPolicyTable } from './policy-rows.ts';
import { tableModelTier, tierLayer, type FoundPlacement } from '../placements/index.ts';
import { labelLayers } from '../recognise/map-lines.ts';
import type { ChainLayerCode } from '../../schema/index.ts';

/** What the rows of one table state, each finding with the row segment it came from. */
export interface TableFindings { spans: EntitySpan[]; found: { relation: Found; row: Segment }[]; placed: { placement: FoundPlacement; row: Segment }[]; unread: Segment[] }

const MODALITY: [RegExp, string][] = [[/代码|编程/, 'code'], [/多模态/, 'multimodal'], [/图像|视觉|绘画|文生图/, 'cv'], [/科学|蛋白|气象/, 'science'], [/文本|语言|对话/, 'nlp']];

/** Column roles in header order, from the header cells' cue words. */
export function headerRoles(cells: readonly string[], k: Knowledge): ColumnRole[] {
  return cells.map((c) => (k.headerRole(c) ?? 'other') as ColumnRole);
}

type OrgLabel = 'Company' | 'Institution';
const knownOrgLabel = (name: string, k: Knowledge): OrgLabel | undefined =>
  k.organisation(name)?.label ?? k.orgByName(name)?.label ?? (/University|Institute|College|大学|学院|研究院|实验室/.test(name) ? 'Institution' : undefined);

/** Labels of the organisations a cell lists: a name nothing types takes the kind its known mates share (伯克利、卡内基、斯坦福: universities). */
function orgLabels(names: readonly string[], k: Knowledge): OrgLabel[] {
  const known = names.map((n) => knownOrgLabel(n, k));
  const mates = new Set(known.filter((l) => l !== undefined));
  const shared = mates.size === 1 ? [...mates][0] : undefined;
  return known.map((l) => l ?? shared ?? 'Company');
}

function orgScore(name: string, k: Knowledge): number {
  const parts = name.split(/[、/]/);
  if (parts.every((p) => k.organisation(p) || k.orgByName(p)?.strong)) return 2;
  // Large Mistral AI: a weak suffix (AI, 科技) is less sure than a known name (Mistral AI) or a strong one.
  if (parts.every((p) => k.orgByName(p))) return 1;
  return !k.model(name) && !/\d/.test(name) && /^[A-Z][A-Za-z.&\s]*$/.test(name) && !PERSON.test(name) ? 0.5 : 0;
}

// A cell this long, or with clause punctuation, is prose that the table detector took in.
const NAME_CELL = /^[^,，。;；:：!?！？+]{1,40}$/;
// Clause characters (的了是为和) mark prose, unless they belong to a name reference data knows (华为, 华为·气象大模型).
const CLAUSE_CHAR = /[的了是为和]/;
const plausibleName = (s: string, k: Knowledge) => NAME_CELL.test(s) && (s.match(/[\u3400-\u9fff]/g)?.length ?? 0) <= 10
  && !(CLAUSE_CHAR.test(s) && CLAUSE_CHAR.test(withoutKnownNames(s, k))) && !SIZE_IN_CELL.test(s);
// A size standing apart inside a cell (LLaMA 7B Meta, 350M/2.7B/6.) is another cell run in; one joined to a name (ChatGLM-6B,
// 昇腾910B) or ending it (Falcon 180B, read so when the row's own size follows) is part of it.
const SIZE_IN_CELL = /(?:^|[^-_A-Za-z0-9.\u3400-\u9fff])[\d.]+[BMK]\b(?!$)|\/\d|\.$/;
const withoutKnownNames = (s: string, k: Knowledge) => k.knownNames(s).reduce((rest, n) => rest.slice(0, n.start) + ' '.repeat(n.end - n.start) + rest.slice(n.end), s);

// Section labels and kinds in a model table (CV-图像生成, 科学计算, PaaS 模式) are not models.
const CATEGORY = /^[A-Za-z\u3400-\u9fff]+-[\u3400-\u9fff]+$|(?:模式|计算|生成|领域|行业|类)$/;
const isCategory = (name: string, k: Knowledge) => !k.model(name) && (CATEGORY.test(name) || k.cues.techAcronyms.has(name));

/** 京东领域性大模型 in a publisher cell: the publisher is 京东; the rest notes what kind of model it made. */
const withoutModelNote = (k: Knowledge) => (u: RowUnit): RowUnit => {
  const org = k.knownNames(u.text).find((n) => n.start === 0 && (n.label === 'Company' || n.label === 'Institution'));
  return org && org.end < u.text.length && /模型$/.test(u.text) ? { ...u, text: u.text.slice(0, org.end), end: u.start + org.end } : u;
};

export function readTable(rows: Segment[], k: Knowledge): TableFindings {
  const table = rows[0]?.table;
  const caption = table?.caption ?? '';
  const roles = headerRoles(table?.header ?? [], k);
  const modality = MODALITY.find(([re]) => re.test(caption))?.[1];
  if (roles.includes('policy')) return readPolicyTable(rows, roles, k);
  const out: TableFindings = { spans: [], found: [], placed: [], unread: [] };
  // 用户指令 | ChatGPT 回答 | 备注: a header that names no model or publisher column heads a table of something else.
  if (roles.length && !roles.some((r) => r === 'model' || r === 'publisher')) return { ...out, unread: [...rows] };
  // 芯片, 加速卡, 服务器: a product column whose header is a hardware word holds hardware.
  const productHeader = table?.header[roles.indexOf('product')] ?? '';
  const mixedColumn = /产品|应用/.test(table?.header[roles.indexOf('publisher')] ?? '');
  const hardwareColumn = k.cues.hardware.some((w) => productHeader.includes(w)) || /型号|卡$/.test(productHeader);
  let group: RowUnit | undefined;
  let groupRow: Segment | undefined;
  for (const row of rows) {
    const aligned = table?.aligned === true && row.cells?.length === roles.length;
    const reading: RowReading = aligned ? readColumns(row.text, row.cells!, roles) : readRow(row.text, roles, group, (n) => orgScore(n, k), (n) => k.model(n) !== undefined, (n) => !!wholePlace(n, k));
    const abs = (u: RowUnit, label: EntitySpan['label'], props?: Record<string, string>, at: Segment = row): EntitySpan =>
      ({ label, surface: u.text, start: at.start + u.start, end: at.start + u.end, method: 'table', score: 0.9, props });
    // 他的贡献为BERT等模型奠定了基础布尔诺理工大学: a heading the PDF ran into prose is read as prose.
    if (reading.group && !splitList(reading.group).every((p) => plausibleName(p.text, k))) {
      out.unread.push(row);
      group = undefined;
      continue;
    }
    if (reading.group) {
      group = reading.group; groupRow = row;
      const parts = splitList(group);
      const labels = orgLabels(parts.map((p) => p.text), k);
      parts.forEach((p, i) => out.spans.push({ label: labels[i], surface: p.text, start: row.start + p.start, end: row.start + p.end, method: 'table', score: 0.85 }));
      continue;
    }
    const publishersPlausible = reading.publishers.every((p) => plausibleName(p.text, k));
    // 企业名称 | 所在地区 | 主要产品: a row of an aligned table without a model is read for its organisations alone.
    const organisationRow = aligned && !reading.model && reading.publishers.length > 0 && publishersPlausible;
    if (!organisationRow && (!reading.model || !/[A-Za-z\u3400-\u9fff]/.test(reading.model.text) || !plausibleName(reading.model.text, k) || (PERSON.test(reading.model.text) && !k.model(reading.model.text))
      || isCategory(reading.model.text, k) || !publishersPlausible)) {
      out.unread.push(row);
      continue;
    }
    const named = reading.publishers.map(withoutModelNote(k));
    // 代表企业/产品: in a column of companies or products, a name nothing types as an organisation is a product.
    const labels = orgLabels(named.map((p) => p.text), k).map((l, i): EntitySpan['label'] => (mixedColumn && !knownOrgLabel(named[i].text, k) ? k.model(named[i].text)?.label ?? 'Product' : l));
    const publishers = named.map((p, i) => abs(p, labels[i], undefined, reading.fromGroup && groupRow ? groupRow : row));
    const organisations = publishers.filter((p) => p.label === 'Company' || p.label === 'Institution');
    if (!reading.fromGroup) out.spans.push(...publishers);
    // The publishers of one model are partners; names listed side by side in a catalogue row are not.
    if (reading.model) for (let i = 0; i < organisations.length; i++) for (let j = i + 1; j < organisations.length; j++) {
      out.found.push({ relation: { type: 'PARTNERS_WITH', from: organisations[i], to: organisations[j], confidence: 0.6 }, row });
    }
    const products: EntitySpan[] = [];
    for (const p of (reading.products ?? []).filter((u) => plausibleName(u.text, k))) {
      // 主要产品: 天枢大模型 — a product column may name a model.
      const isModel = k.model(p.text)?.label === 'Model' || /(?:大模型|模型|GPT|LLM)$/.test(p.text);
      const product = abs(p, isModel ? 'Model' : 'Product', !isModel && hardwareColumn ? { kind: 'hardware' } : undefined);
      out.spans.push(product);
      products.push(product);
      // 芯片 | 厂商 | …: a chip is compute, as a hardware product named in prose is.
      if (product.props?.kind === 'hardware') out.placed.push({ placement: { entity: product, layer: 'infra.compute', confidence: 0.7 }, row });
      for (const by of organisations) out.found.push({ relation: { type: isModel ? 'DEVELOPS' : 'OFFERS', from: by, to: product, confidence: 0.85 }, row });
    }
    const place = reading.region && wholePlace(reading.region.text, k);
    if (place) {
      const region = abs(reading.region!, 'Region', { level: place.level, name: place.name });
      out.spans.push(region);
      for (const by of organisations) out.found.push({ relation: { type: 'LOCATED_IN', from: by, to: region, confidence: 0.85 }, row });
    }
    readRowExtras(out, row, reading, { organisations, products, named: [...publishers, ...products] }, abs, k);
    if (!reading.model) continue;
    const label = k.model(reading.model.text)?.label === 'Product' ? 'Product' : 'Model';
    const model = abs(reading.model, label, { ...reading.props, ...(modality && label === 'Model' ? { modality } : {}) });
    out.spans.push(model);
    for (const p of publishers) out.found.push({ relation: { type: label === 'Model' ? 'DEVELOPS' : 'OFFERS', from: p, to: model, confidence: 0.9 }, row });
    const tier = label === 'Model' ? tableModelTier(caption, reading.industry?.text, k, reading.kind?.text) : undefined;
    if (tier) out.placed.push({ placement: { entity: model, tier, confidence: 0.7 }, row }, { placement: { entity: model, layer: tierLayer(tier), confidence: 0.65 }, row });
    for (const b of reading.baseModels) {
      const base = abs(b, 'Model');
      out.spans.push(base);
      out.found.push({ relation: { type: 'BASED_ON', from: model, to: base, confidence: 0.85 }, row });
    }
  }
  return out;
}

/** 北京, 深圳市: the place the gazetteer knows when it fills the whole cell. */
const wholePlace = (text: string, k: Knowledge) => k.regions(text).find((r) => r.start === 0 && r.end === text.length);

/**
 * What a row states beyond its publishers, products and place: a model-less row's base models (底层模型: its products
 * are built on them), the investors of its organisations (投资方: IVP（领投）, 腾讯等), the link of the chain its names are
 * on (产业链环节: 应用层). Those columns are read from aligned rows only.
 */
function readRowExtras(
  out: TableFindings, row: Segment, reading: RowReading, names: { organisations: EntitySpan[]; products: EntitySpan[]; named: EntitySpan[] },
  abs: (u: RowUnit, label: EntitySpan['label']) => EntitySpan, k: Knowledge,
): void {
  if (!reading.model) {
    for (const b of reading.baseModels.filter((u) => plausibleName(u.text, k))) {
      const base = abs(b, 'Model');
      out.spans.push(base);
      for (const p of names.products) out.found.push({ relation: { type: 'BASED_ON', from: p, to: base, confidence: 0.85 }, row });
    }
  }
  const investors = (reading.investors ?? []).filter((u) => u.text && plausibleName(u.text, k));
  const labels = orgLabels(investors.map((u) => u.text), k);
  investors.forEach((u, i) => {
    const investor = abs(u, labels[i]);
    out.spans.push(investor);
    for (const o of names.organisations) out.found.push({ relation: { type: 'INVESTS_IN', from: investor, to: o, confidence: 0.8 }, row });
  });
  const layers = reading.chainLayer ? labelLayers(reading.chainLayer.text, k) as ChainLayerCode[] : [];
  for (const e of names.named) for (const layer of layers) out.placed.push({ placement: { entity: e, layer, confidence: 0.65 }, row });
}
