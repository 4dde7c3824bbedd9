// The recognisers' Knowledge, backed by the reference lexicons of data/lexicon/.
import { EXTRACTED_REL_TYPES, type ChainLayerCode, type EntityLabel, type RelType, type TierCode } from '../../schema/index.ts';
import {
  classifyOrgName, findRegions, knownModelFamilies, knownModelFamily, knownOrganisation, knownOrganisations,
  isOrgAffix, layerCues, mayEndOrgName, modelCues, roleCue, surnameLength, tableHeaderRole, negationCues, techTerms, policyTitleKind, productCues, regionGazetteer, tierCues, triggers,
} from '../lexicon/index.ts';
import type { NamedMatch, OrganisationEntry } from '../lexicon/index.ts';
import type { Knowledge, RegionHit } from './knowledge.ts';
import { LIST_JOINER } from './context.ts';
import { opensWithVersion } from './model-versions.ts';

function regionHits(text: string): RegionHit[] {
  // 国内 names China, 国内外 (at home and abroad) does not; 塞尔维亚语 is a language.
  return findRegions(text, { weak: true }).filter((m) => (m.via !== 'weak' || (/^(?:我国|国内|中国)$/.test(m.surface) && text[m.end] !== '外')) && !/^语(?![境言录音义])/.test(text.slice(m.end, m.end + 2))).map((m) => {
    const parent = m.entry.parent ? regionGazetteer().byId(m.entry.parent) : undefined;
    return { start: m.start, end: m.end, surface: m.surface, name: m.entry.name, code: m.entry.id, level: m.entry.level, ...(parent ? { parent: parent.name } : {}) };
  });
}

type Hit = { start: number; end: number };


/**
 * Weak aliases (字节, 蚂蚁, 星火: also ordinary words) accepted as names: those that sit in a list next to a known name
 * or one accepted so, each vouching for the next (投资方包括美团、蚂蚁、阿里; 文心一言、通义千问、星火).
 */
function listedNextToKnown<M extends Hit>(text: string, known: readonly Hit[], weak: readonly M[]): M[] {
  const anchors: Hit[] = [...known];
  const accepted: M[] = [];
  for (let grew = true; grew;) {
    grew = false;
    for (const w of weak) {
      if (accepted.includes(w) || known.some((m) => m.start < w.end && w.start < m.end)) continue;
      if (anchors.some((m) => LIST_JOINER.test(text.slice(m.end, w.start)) || LIST_JOINER.test(text.slice(w.end, m.start)))) { accepted.push(w); anchors.push(w); grew = true; }
    }
  }
  return accepted;
}

/**
 * Known organisations in `text`, plus weak aliases listed next to one. One scan that also takes weak forms finds the
 * same strong names as a strong-only scan when it finds no weak form (the longest form at each start is strong then);
 * only a sentence holding a weak form is scanned again, strong forms only, for names a weak form may have covered.
 */
function organisationsIn(text: string): NamedMatch<OrganisationEntry>[] {
  const all = knownOrganisations().find(text, { weak: true });
  const weak = all.filter((m) => m.weak);
  if (weak.length === 0) return all;
  const known = knownOrganisations().find(text);
  return [...known, ...listedNextToKnown(text, known, weak)].sort((a, b) => a.start - b.start);
}

let cached: Knowledge | undefined;

/** Built once per process: the lexicons are validated on first use. */
export function defaultKnowledge(): Knowledge {
  if (cached) return cached;
  const relCues = EXTRACTED_REL_TYPES.map((type) => [type, triggers(type as Exclude<RelType, 'IN_TIER' | 'IN_LAYER' | 'MENTIONED_IN'>)] as const);
  const relTriggers = Object.fromEntries(relCues.map(([type, x]) => [type, [...x.forward, ...x.nouns]])) as Record<RelType, string[]>;
  const triggerNouns = Object.fromEntries(relCues.map(([type, x]) => [type, x.nouns])) as Record<RelType, string[]>;
  const { tiers, industryWords } = tierCues();
  cached = {
    organisation: (surface) => {
      const e = knownOrganisation(surface);
      const parent = e?.parent ? knownOrganisations().byId(e.parent) : undefined;
      return e && { name: e.name, label: e.label, kind: e.kind, country: e.country, ...(parent ? { parent: { label: parent.label, names: [parent.name, ...parent.aliases, ...parent.weakAliases] } } : {}) };
    },
    orgByName: (name) => {
      const c = classifyOrgName(name);
      return c ? { label: c.label, strong: c.strength === 'strong', affix: c.affix, ...(c.kind ? { kind: c.kind } : {}) } : undefined;
    },
    mayEndOrgName,
    isOrgAffix,
    isPolicyTitle: (title) => policyTitleKind(title) === 'policy',
    knownNames: (text) => {
      const orgs = organisationsIn(text).map((m) => ({ start: m.start, end: m.end, surface: m.surface, label: m.entry.label as EntityLabel, props: { kind: m.entry.kind } }));
      // A weak alias (通义) names the model only right after an organisation (阿里通义), before a model word (通义大模型),
      // an app or appliance word (星火一体机, 通义App) or a version (星火X1, 星火V3.5),
      const orgEnds = new Set(orgs.map((o) => o.end));
      // …or as an item of a list next to a known model (文心一言、通义千问、星火).
      const found = knownModelFamilies().find(text, { weak: true });
      const listed = new Set(listedNextToKnown(text, found.filter((m) => !m.weak), found.filter((m) => m.weak)));
      const models = found
        .filter((m) => !m.weak || orgEnds.has(m.start) || /^(?:大?模型|助手|智能体|App|APP|训推一体机|一体机|开发平台)/.test(text.slice(m.end)) || opensWithVersion(text.slice(m.end)) || listed.has(m))
        .map((m) => ({ start: m.start, end: m.end, surface: m.surface, label: m.entry.label as EntityLabel, props: {} as Record<string, string> }));
      return [...orgs, ...models];
    },
    regions: regionHits,
    model: (surface) => {
      const e = knownModelFamily(surface);
      return e && { name: e.name, label: e.label };
    },
    surnameLength,
    roleOf: roleCue,
    headerRole: tableHeaderRole,
    cues: {
      model: modelCues(),
      product: productCues().filter((c) => c.kind !== 'hardware').map((c) => c.word),
      hardware: productCues().filter((c) => c.kind === 'hardware').map((c) => c.word),
      techAcronyms: new Set(techTerms()),
      powers: triggers('BASED_ON').reverse,
      negation: negationCues().negation.filter((w) => w.length >= 2),
      rumour: negationCues().rumour,
      hedge: negationCues().hedge,
      triggers: relTriggers,
      triggerNouns,
      ownership: { partFirst: triggers('SUBSIDIARY_OF').forward, ownerFirst: [...triggers('SUBSIDIARY_OF').reverse, ...triggers('SUBSIDIARY_OF').nouns] },
      tiers: { L0: tiers.L0, L1: [...tiers.L1, ...industryWords], L2: tiers.L2 } as Record<TierCode, string[]>,
      namedTiers: tiers as Record<TierCode, string[]>,
      layers: layerCues() as Partial<Record<ChainLayerCode, string[]>>,
    },
  };
  return cached;
}
