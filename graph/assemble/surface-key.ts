// Keys that decide when two surface forms name the same thing.

const PUNCT = /[\s"'“”‘’《》〈〉「」『』()（）[\]【】·・\-_—–.,，。:：;；!！?？、/]/g;

/** The comparison form of a name: NFKC, lower case, no whitespace or punctuation. */
export const surfaceKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(PUNCT, '');

// Legal-form and generic endings a company name is often written with or without.
const COMPANY_ENDINGS = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '科技', '技术', '网络', '信息', '智能', 'inc', 'ltd', 'corp', 'corporation', 'limited', 'co'];
const MODEL_ENDINGS = ['大语言模型', '语言大模型', '大模型', '模型', '系列'];

/** Strip `endings` repeatedly while at least `minLength` characters remain. */
function stripEndings(key: string, endings: readonly string[], minLength: number): string {
  let out = key;
  for (let changed = true; changed;) {
    changed = false;
    for (const e of endings) {
      if (out.endsWith(e) && out.length - e.length >= minLength) {
        out = out.slice(0, -e.length);
        changed = true;
      }
    }
  }
  return out;
}

/** The core of a name for merging variants (百川智能科技有限公司 → 百川); place prefixes are the caller's job. */
export function coreKey(label: string, surface: string): string {
  const key = surfaceKey(surface);
  if (label === 'Company') {
    const stripped = stripEndings(key, COMPANY_ENDINGS, 2);
    // 智谱AI → 智谱, but never OpenAI → open: only after a CJK character.
    return /[\u3400-\u9fff]ai$/.test(stripped) && stripped.length > 3 ? stripped.slice(0, -2) : stripped;
  }
  return label === 'Model' ? stripEndings(key, MODEL_ENDINGS, 2) : key;
}
