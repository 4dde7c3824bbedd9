// Tables of policies (政策名称 | 发布机构 | 发布时间 | 适用地区): each row's policy, who issued it, when, and where it applies.
import type { Segment } from '../types.ts';
import type { Knowledge } from '../recognise/knowledge.ts';
import type { EntitySpan } from '../recognise/span.ts';
import type { TableFindings } from './index.ts';
import { isoDate, type ColumnRole } from './read-row.ts';

const TITLE = /《[^《》]+》/;
// 国家互联网信息办公室等七部门: the first issuer named stands for the rest.
const CO_ISSUERS = /等[^等]*$/;

export function readPolicyTable(rows: Segment[], roles: ColumnRole[], k: Knowledge): TableFindings {
  const out: TableFindings = { spans: [], found: [], placed: [], unread: [] };
  for (const row of rows) {
    const cells = row.cells ?? [];
    const cell = (role: ColumnRole) => cells[roles.indexOf(role)] ?? '';
    // 北京市促进通用人工智能创新发展的若干措施: under a policy header, a title may go without its 《》.
    const bare = cell('policy').trim();
    const title = row.text.match(TITLE)?.[0] ?? (bare && !bare.includes('《') && k.isPolicyTitle(bare) ? bare : undefined);
    // Cells line up with the header only when none of them was split at a space; other rows are prose to read.
    if (!title || cells.length !== roles.length) {
      out.unread.push(row);
      continue;
    }
    const titleEnd = row.text.indexOf(title) + title.length;
    const span = (label: EntitySpan['label'], surface: string, props?: Record<string, string>): EntitySpan => {
      const at = row.text.indexOf(surface, label === 'Policy' ? 0 : titleEnd);
      return { label, surface, start: row.start + at, end: row.start + at + surface.length, method: 'table', score: 0.9, props };
    };
    const date = cell('releaseDate');
    const policy = span('Policy', title, /\d{4}/.test(date) ? { date: isoDate(date) } : undefined);
    out.spans.push(policy);
    const issuer = issuerIn(cell('publisher'), k);
    if (issuer) {
      const from = span(issuer.label, issuer.surface);
      out.spans.push(from);
      out.found.push({ relation: { type: 'ISSUED', from, to: policy, confidence: 0.85 }, row });
    }
    const place = k.regions(cell('region'))[0];
    if (place) {
      const to = span('Region', place.surface, { level: place.level, name: place.name, ...(place.parent ? { parent: place.parent } : {}) });
      out.spans.push(to);
      out.found.push({ relation: { type: 'APPLIES_TO', from: policy, to, confidence: 0.85 }, row });
    }
  }
  return out;
}

/** The issuing body a cell names: a known organisation, else a name with an organisation suffix. */
function issuerIn(text: string, k: Knowledge): { label: 'Institution' | 'Company'; surface: string } | undefined {
  const known = k.knownNames(text).find((n) => n.start === 0 && (n.label === 'Institution' || n.label === 'Company'));
  if (known) return { label: known.label as 'Institution' | 'Company', surface: known.surface };
  const name = text.replace(CO_ISSUERS, '');
  const typed = name.length >= 3 ? k.orgByName(name) : undefined;
  return typed && (typed.label === 'Institution' || typed.label === 'Company') ? { label: typed.label, surface: name } : undefined;
}
