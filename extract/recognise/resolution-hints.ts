// Reference data the graph stage uses to merge surface forms: 谷歌 → Google, 我国 → 中国, 腾讯混元 → 混元.
import type { EntityLabel } from '../../schema/index.ts';
import { findRegions, knownModelFamilies, knownModelFamily, knownOrganisation, knownOrganisations } from '../lexicon/index.ts';

/** Canonical names and place-prefix stripping, as graph/assemble's ResolutionHints expects them. */
export const resolutionHints = {
  canonicalName(label: EntityLabel, surface: string): string | undefined {
    if (label === 'Company' || label === 'Institution') return knownOrganisation(surface)?.name;
    if (label === 'Region') return findRegions(surface, { weak: true }).find((m) => m.start === 0 && m.end === surface.length)?.entry.name;
    if (label === 'Model') {
      // InternLM → 书生·浦语, Hunyuan → 混元大模型: a family's Latin name is the Chinese name it goes by here
      // (not a version: GLM-130B is a model of its own).
      const family = knownModelFamilies().lookup(surface)[0];
      if (family && /^[A-Za-z][A-Za-z\s-]*$/.test(surface) && /[\u3400-\u9fff]/.test(family.name)) return family.name;
      // 百度文心 / 阿里通义 / OpenAI o1: a developer's name written before the model's own name.
      const org = knownOrganisations().longestAt(surface, 0);
      const rest = org ? surface.slice(org.end).trim() : '';
      if (rest.length >= 2 && knownModelFamily(rest)) return rest;
    }
    return undefined;
  },
  withoutPlacePrefix(surface: string): string | undefined {
    const m = findRegions(surface).find((r) => r.start === 0);
    const rest = m ? surface.slice(m.end) : '';
    // 中国国家国际发展合作署 is 国家国际发展合作署: China's state organs are written with or without the country.
    const stateOrgan = m?.entry.name === '中国' && rest.startsWith('国家');
    return rest.length >= 4 && (/公司|集团|科技|智能/.test(rest) || stateOrgan) ? rest : undefined;
  },
};
