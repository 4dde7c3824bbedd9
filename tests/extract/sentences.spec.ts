// Recognition and relation rules on sentences we wrote, one behaviour each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReport } from '../../extract/index.ts';
import type { SourceReport } from '../../extract/types.ts';

const report = (original: string): SourceReport => ({ doc: 't.txt', path: 't.txt', bytes: original.length, sha256: '', encoding: 'utf-8', original });
const rel = (x: ReturnType<typeof extractReport>) => x.relations.map((r) => `${r.type}|${r.from.surface}|${r.to.surface}`);

test('a release verb links the developer to its model, with evidence offsets into the original', () => {
  const text = '2023年3月，百度正式发布了文心一言大模型。\n';
  const x = extractReport(report(text));
  assert.ok(rel(x).some((r) => r.startsWith('DEVELOPS|百度|文心一言')), rel(x).join(' '));
  const e = x.relations[0].evidence;
  assert.equal(text.slice(e.start, e.end).normalize('NFKC').replace(/\s/g, ''), e.sentence.replace(/\s/g, ''));
});

test('a negated statement is not a relation', () => {
  const x = extractReport(report('百川智能表示，其模型并非基于LLaMA开发。\n'));
  assert.ok(!rel(x).some((r) => r.startsWith('BASED_ON')), rel(x).join(' '));
});

test('a policy title with its issuing body, and a journal title ignored', () => {
  const x = extractReport(report('2023年7月，国家互联网信息办公室等七部门联合发布《生成式人工智能服务管理暂行办法》。《中国人工智能发展报告》对此有论述。\n'));
  const policies = x.mentions.filter((m) => m.label === 'Policy').map((m) => m.surface);
  assert.deepEqual([...new Set(policies)], ['《生成式人工智能服务管理暂行办法》']);
  assert.ok(rel(x).some((r) => r.startsWith('ISSUED|国家互联网信息办公室')), rel(x).join(' '));
});

test('a researcher and the university named with them', () => {
  const x = extractReport(report('复旦大学的邱锡鹏教授团队发布了MOSS模型。\n'));
  assert.ok(x.mentions.some((m) => m.label === 'Person' && m.surface === '邱锡鹏'));
  assert.ok(rel(x).includes('AFFILIATED_WITH|邱锡鹏|复旦大学'), rel(x).join(' '));
});

const mentioned = (x: ReturnType<typeof extractReport>, label: string) => x.mentions.filter((m) => m.label === label).map((m) => m.surface);
const placed = (x: ReturnType<typeof extractReport>) => x.placements.map((p) => `${p.entity.surface}|${p.kind === 'tier' ? p.tier : p.layer}`);
/** Fails naming every expected relation `x` lacks, with all it has. */
const assertRelations = (x: ReturnType<typeof extractReport>, expected: string[]) => {
  const missing = expected.filter((r) => !rel(x).includes(r));
  assert.deepEqual(missing, [], `${missing.join(' ')} not in ${rel(x).join(' ')}`);
};
/** The companies / institutions extracted from one sentence. */
const companies = (sentence: string) => mentioned(extractReport(report(sentence + '\n')), 'Company');
const institutions = (sentence: string) => mentioned(extractReport(report(sentence + '\n')), 'Institution');

test('people whose names jieba splits are found from a family name and a group or list cue', () => {
  const x = extractReport(report('浙江大学计算机学院的罗茂松团队与软件研究所的褚亚勤以及其他学者合作。\n'));
  assert.ok(mentioned(x, 'Person').includes('罗茂松'), mentioned(x, 'Person').join(' '));
  assert.ok(mentioned(x, 'Person').includes('褚亚勤'), mentioned(x, 'Person').join(' '));
  // A common word that starts with a family-name character is not a person.
  assert.ok(!mentioned(x, 'Person').some((p) => p.startsWith('高校')));
});

test('Latin person names listed after their universities are people, not companies', () => {
  const x = extractReport(report('代表人物有牛津大学的 Alan Brooks、剑桥大学的 Maria Lopez 和 Peter Chan 等人。\n'));
  assert.deepEqual(mentioned(x, 'Person').sort(), ['Alan Brooks', 'Maria Lopez', 'Peter Chan']);
  assert.ok(rel(x).includes('AFFILIATED_WITH|Alan Brooks|牛津大学'), rel(x).join(' '));
  // 牛津大学 is one institution, not the city 牛津 followed by a word.
  assert.ok(!mentioned(x, 'Region').includes('牛津'));
});

test('a name that starts with a place or an owner links to them', () => {
  const x = extractReport(report('上海人工智能实验室与英国议会都关注算力，训练使用了 NVIDIA H800 GPU。\n'));
  assert.ok(rel(x).includes('LOCATED_IN|上海人工智能实验室|上海'), rel(x).join(' '));
  assert.ok(rel(x).includes('OFFERS|NVIDIA|NVIDIA H800'), rel(x).join(' '));
  assert.ok(placed(x).includes('NVIDIA H800|infra.compute'), placed(x).join(' '));
});

test('a tier word after a list of models places every model of the list', () => {
  const x = extractReport(report('像BLOOM、Falcon这些开放的基座模型降低了门槛。\n'));
  assert.ok(placed(x).includes('BLOOM|L0') && placed(x).includes('Falcon|L0'), placed(x).join(' '));
});

test('a model named as a yardstick is not the one released', () => {
  const x = extractReport(report('星河智能公司发布了性能超越GPT-4的星河大模型。\n'));
  assert.ok(!rel(x).some((r) => r.startsWith('DEVELOPS') && r.endsWith('|GPT-4')), rel(x).join(' '));
});

test('a short back-reference to a policy title is not a second policy', () => {
  const x = extractReport(report('国务院印发《促进数据要素流通的若干措施》。《若干措施》提出了具体要求。\n'));
  assert.deepEqual([...new Set(mentioned(x, 'Policy'))], ['《促进数据要素流通的若干措施》']);
});

test('an institution named by two fields joined by 与 is one name', () => {
  const x = extractReport(report('该报告由国家数据与安全委员会发布。\n'));
  assert.ok(mentioned(x, 'Institution').includes('国家数据与安全委员会'), mentioned(x, 'Institution').join(' '));
});

test('an organisation after a list break belongs to the next person; places in a cited title are not stated', () => {
  const x = extractReport(report('复旦大学的罗文教授团队、南京大学的褚亚勤教授等都有成果。据《中国人工智能发展报告》，北京和上海领先。\n'));
  assert.ok(!rel(x).includes('AFFILIATED_WITH|罗文|南京大学'), rel(x).join(' '));
  assert.ok(!rel(x).some((r) => r.startsWith('PART_OF')), rel(x).join(' '));
});

test('a hedge voids the relation it stands in, not the rest of the sentence', () => {
  const x = extractReport(report('星河智能公司发布了Xinghe-7B模型，并计划推出更大的版本；远山科技公司拟收购星河智能公司。\n'));
  assert.ok(rel(x).some((r) => r === 'DEVELOPS|星河智能公司|Xinghe-7B'), rel(x).join(' '));
  assert.ok(!rel(x).some((r) => r.startsWith('INVESTS_IN')), rel(x).join(' '));
});

test('the base that industry models are built on is a foundation model', () => {
  const x = extractReport(report('许多行业模型的工作都在基于Falcon展开。\n'));
  assert.ok(placed(x).includes('Falcon|L0'), placed(x).join(' '));
  assert.ok(!placed(x).includes('Falcon|L1'), placed(x).join(' '));
});

test('descriptive words, glued clause words and method names are not entity names', () => {
  const x = extractReport(report('会上，规范中央银行的做法被提及，国务院总理会见美国财政部长耶伦时表示欢迎；国内外都在研究“预训练+微调”的方法。\n'));
  const all = x.mentions.map((m) => m.surface);
  assert.ok(!all.includes('规范中央银行'), all.join(' '));
  assert.ok(!all.includes('耶伦时'), all.join(' '));
  assert.ok(!all.some((m) => m.includes('+')), all.join(' '));
  assert.ok(!x.mentions.some((m) => m.label === 'Region' && m.surface === '国内'), all.join(' '));
});

test('the cover title is a short line before the prose, never a heading, caption or sentence', () => {
  assert.equal(extractReport(report('第 1 章\n\n星河大模型观察\n\n2 0 2 4年 3月\n\n这是正文的第一句话，它比封面上的任何一行都长得多，足以说明正文从这里开始。\n')).title, '星河大模型观察');
  assert.equal(extractReport(report('(一)发展历史\n图 1. 产业环节\n正文从这里开始，介绍行业。\n')).title, undefined);
});

test('investors of a round, joint developers, and a model named right after its company', () => {
  const x = extractReport(report('2024年2月，月之暗面完成新一轮融资，阿里巴巴领投。上海人工智能实验室联合商汤科技发布了书生·浦语2.0。华为云盘古大模型面向政务行业。\n'));
  assert.ok(rel(x).includes('INVESTS_IN|阿里巴巴|月之暗面'), rel(x).join(' '));
  assert.ok(rel(x).includes('DEVELOPS|上海人工智能实验室|书生·浦语2.0') && rel(x).includes('DEVELOPS|商汤科技|书生·浦语2.0'), rel(x).join(' '));
  assert.ok(mentioned(x, 'Model').some((m) => m.startsWith('盘古')), mentioned(x, 'Model').join(' '));
});

test('category nouns, verbs before a suffix and places inside a word are not names; a state organ named by its remit is', () => {
  const x = extractReport(report('商业银行与证券公司都在优化中央银行账户服务，沿海地区的深度神经网络研究也在推进；学生可分步解析大学数学题。国家国际发展合作署随后发布了说明，国家大数据局也已成立。\n'));
  const all = x.mentions.map((m) => `${m.label}:${m.surface}`);
  for (const wrong of ['商业银行', '证券公司', '中央银行', '优化中央银行', '深度神经网络', '解析大学']) assert.ok(!all.some((m) => m.endsWith(`:${wrong}`)), `${wrong} in ${all.join(' ')}`);
  assert.ok(!all.includes('Region:海地'), all.join(' '));
  assert.ok(all.includes('Institution:国家国际发展合作署') && all.includes('Institution:国家大数据局'), all.join(' '));
});

test('a gloss abbreviation, an edition word, an event, a data set and a grade in quotes are not models', () => {
  const x = extractReport(report('模型把思维链（Chain of Thought，CoT）结合进来。其中 Lite 版本免费开放。在“Nova Cloud Day：大模型发布会”上，公司用图像数据集 ImageNet 训练了“国民级”应用；开发者可访问 example.cn 大模型开放平台。\n'));
  const all = x.mentions.map((m) => `${m.label}:${m.surface}`);
  for (const wrong of ['CoT', 'Lite', 'Nova Cloud Day', 'ImageNet', '国民级']) assert.ok(!all.some((m) => m.endsWith(`:${wrong}`)), `${wrong} in ${all.join(' ')}`);
  assert.ok(all.includes('Product:example.cn'), all.join(' '));
});

test('an investor named as such is the investor; a trigger across a list joins nothing; a title before a name', () => {
  const x = extractReport(report('作为OpenAI的重要投资者，微软的股价表现抢眼。企业（如科大讯飞、商汤科技等），以及高校与研究院所（复旦大学等）都在布局。其总裁谭待详细介绍了产品。\n'));
  assert.ok(rel(x).includes('INVESTS_IN|微软|OpenAI') && !rel(x).includes('INVESTS_IN|OpenAI|微软'), rel(x).join(' '));
  assert.ok(!rel(x).some((r) => r.startsWith('SUBSIDIARY_OF|复旦大学')), rel(x).join(' '));
  assert.ok(mentioned(x, 'Person').includes('谭待'), mentioned(x, 'Person').join(' '));
});

test('a list item with a model word of its own takes only what that word says', () => {
  const x = extractReport(report('公司还发布了代码大模型Alpha-9、文生图模型Beta-7和音频模型Gamma-3，以及通用大模型如Delta-5、Omega-6等。\n'));
  const tiers = placed(x).filter((p) => /\|L\d$/.test(p));
  assert.ok(tiers.includes('Alpha-9|L1') && tiers.includes('Delta-5|L0') && tiers.includes('Omega-6|L0'), tiers.join(' '));
  assert.ok(!tiers.some((p) => /^(?:Beta-7|Gamma-3)\|/.test(p)), tiers.join(' '));
});

test('a list item is placed by its own words; a benchmark by what it is; another organisation\'s name is no cue', () => {
  const x = extractReport(report('微软的产品有 Bing 搜索引擎、Windows 操作系统。模型在评测基准 C-Eval 中合规率很高。Anthropic、Hugging Face等企业增长很快。\n'));
  const p = placed(x);
  assert.ok(p.includes('Bing|app.search') && !p.includes('Windows|app.search'), p.join(' '));
  assert.ok(p.includes('C-Eval|ecosystem.eval') && !p.some((q) => q.startsWith('C-Eval|ecosystem.policy')), p.join(' '));
  assert.ok(!p.includes('Anthropic|ecosystem.opensource'), p.join(' '));
});

test('an edition of a known model family is a model; a name after 测评 is a benchmark', () => {
  const x = extractReport(report('腾讯混元推出多个版本，涵盖 hunyuan-pro、hunyuan-lite 等，据权威测评 QBench 测评表现领先。\n'));
  const all = x.mentions.map((m) => `${m.label}:${m.surface}`);
  assert.ok(all.includes('Model:hunyuan-pro') && all.includes('Model:hunyuan-lite'), all.join(' '));
  assert.ok(x.mentions.some((m) => m.surface === 'QBench' && m.label === 'Product' && m.props?.kind === 'benchmark'), all.join(' '));
});

test('a table whose header names no model column holds no models; a note after a known publisher is not its name; a known model shaped like a person\'s name is a model; 华为 is a name though it holds 为', () => {
  const prose = '随着语言模型技术的快速发展，大型语言模型已成为各大互联网公司制造影响力的重要工具。';
  const models = ['表 2-1 示例模型对比表', '模型 发布者 参数量 访问方式', 'K-PLUG 京东领域性大模型 7B 开源', 'Stable Diffusion Stability.AI 1B 开源', 'PanGu-Coder 华为 317M/2.6B 未公开'];
  const answers = ['表 3-1 示例回答', '用户指令 回答 备注', '明年谁会夺冠 比赛尚未举行 时效性差'];
  const x = extractReport(report([prose, ...models, prose, ...answers, prose].join('\n\n') + '\n'));
  assert.ok(rel(x).includes('DEVELOPS|京东|K-PLUG'), rel(x).join(' '));
  assert.ok(rel(x).includes('DEVELOPS|Stability.AI|Stable Diffusion') && rel(x).includes('DEVELOPS|华为|PanGu-Coder'), rel(x).join(' '));
  assert.ok(!x.mentions.some((m) => m.method === 'table' && /谁会夺冠|尚未/.test(m.surface)), x.mentions.map((m) => m.surface).join(' '));
});

test('descriptive heads, languages, award lists and words merely near a release verb are not names', () => {
  const x = extractReport(report('应用型公司与领先公司都需要中文高质量数据。ChatGPT 能翻译塞尔维亚语。他入选“AI 2000 全球学者”。团队构建稳固的“数据飞轮”，推出了“天枢”。\n'));
  const all = x.mentions.map((m) => `${m.label}:${m.surface}`);
  for (const wrong of ['应用型公司', '领先公司', '中文高质量数据', '塞尔维亚', 'AI 2000', '数据飞轮']) assert.ok(!all.some((m) => m.endsWith(`:${wrong}`)), `${wrong} in ${all.join(' ')}`);
  assert.ok(all.includes('Model:天枢'), all.join(' '));
});

test('a name known only by its shape takes the kind of the tool listed before it', () => {
  const x = extractReport(report('团队主持开发了开源 NLP 工具 StarNLP、MoonNLP。\n'));
  const products = mentioned(x, 'Product');
  assert.ok(products.includes('StarNLP') && products.includes('MoonNLP'), x.mentions.map((m) => `${m.label}:${m.surface}`).join(' '));
});

test('the organisations of a sentence about a country are in it, unless reference data places them elsewhere', () => {
  const x = extractReport(report('而在国内，星河大学与百度都在研发大模型，微软也在加大投入。\n'));
  assert.ok(rel(x).includes('LOCATED_IN|星河大学|国内') && rel(x).includes('LOCATED_IN|百度|国内'), rel(x).join(' '));
  assert.ok(!rel(x).some((r) => r.startsWith('LOCATED_IN|微软')), rel(x).join(' '));
});

test('a name right before a speech verb is a person; a clause word after a family-name character is not a name', () => {
  const x = extractReport(report('李彦宏表示，文心一言将全面开放。据杨植麟介绍，长文本是关键。公司表示将继续投入，发布时也指出了风险。\n'));
  const people = mentioned(x, 'Person');
  assert.ok(people.includes('李彦宏') && people.includes('杨植麟'), people.join(' '));
  assert.ok(!people.includes('时也') && !people.some((p) => p.includes('公司')), people.join(' '));
});

test('a weak alias names its model right after an organisation or before a model word, not on its own', () => {
  const x = extractReport(report('通用大模型如百度文心、阿里通义等能力较强。\n'));
  assert.ok(rel(x).includes('DEVELOPS|阿里|通义'), rel(x).join(' '));
  assert.ok(!mentioned(extractReport(report('通义一词出自古文，意为通达义理。\n')), 'Model').includes('通义'));
});

test('a table of policies gives each policy its issuer, date and jurisdiction', () => {
  const prose = '各地围绕人工智能出台了一系列政策文件，下表列出其中几项，供读者参考比较。';
  const table = ['表 2 部分人工智能政策', '政策名称 发布机构 发布时间 适用地区', '《星河市人工智能促进条例》 星河市人民政府办公厅 2024-05 北京', '《人工智能法案》 欧洲议会 2024-03 欧盟'];
  const x = extractReport(report([prose, ...table, prose].join('\n\n') + '\n'));
  assert.ok(rel(x).includes('ISSUED|欧洲议会|《人工智能法案》') && rel(x).includes('APPLIES_TO|《人工智能法案》|欧盟'), rel(x).join(' '));
  assert.ok(rel(x).includes('ISSUED|星河市人民政府办公厅|《星河市人工智能促进条例》'), rel(x).join(' '));
  assert.equal(x.mentions.find((m) => m.surface === '《人工智能法案》' && m.method === 'table')?.props?.date, '2024-03');
  assert.ok(!x.mentions.some((m) => m.label === 'Model' || m.label === 'Company'), x.mentions.map((m) => `${m.label}:${m.surface}`).join(' '));
});

test('a name right before a career verb is a person, and the verb ends an organisation name after it', () => {
  const x = extractReport(report('褚亚勤现担任星河大学智能产业研究院院长。罗明轩创立了星河科技有限公司。韩立文现任浙江大学教授。\n'));
  const people = mentioned(x, 'Person');
  assert.ok(['褚亚勤', '罗明轩', '韩立文'].every((p) => people.includes(p)), people.join(' '));
  assert.ok(rel(x).includes('AFFILIATED_WITH|褚亚勤|星河大学智能产业研究院') && rel(x).includes('FOUNDED|罗明轩|星河科技有限公司'), rel(x).join(' '));
  assert.ok(rel(x).includes('AFFILIATED_WITH|韩立文|浙江大学') && !mentioned(x, 'Institution').some((s) => s.startsWith('现任')), rel(x).join(' '));
});

test('ownership words say which end is the part: 隶属于 puts it first, 旗下 and 子公司 put the owner first', () => {
  const x = extractReport(report('星河研究院隶属于银河集团。银河集团旗下的北辰研究院发布了新成果。星海科技是银河集团的全资子公司。\n'));
  assertRelations(x, ['SUBSIDIARY_OF|星河研究院|银河集团', 'SUBSIDIARY_OF|北辰研究院|银河集团', 'SUBSIDIARY_OF|星海科技|银河集团']);
  assert.ok(!rel(x).some((r) => r.startsWith('SUBSIDIARY_OF|银河集团')), rel(x).join(' '));
  assert.ok(!mentioned(x, 'Company').some((s) => s.endsWith('子公司') && s.length <= 5), mentioned(x, 'Company').join(' '));
});

test('an ownership word in another clause joins nothing', () => {
  const x = extractReport(report('褚亚勤曾任星河大学教授，后来加盟银河集团，并创立北辰研究院。\n'));
  assert.ok(!rel(x).some((r) => r.startsWith('SUBSIDIARY_OF')), rel(x).join(' '));
});

test('a unit written without its organisation is the one the report names with it', () => {
  const x = extractReport(report('星河大学智能产业研究院发布了新模型。此后，智能产业研究院又推出了新的工具。\n'));
  assert.equal(x.mentions.find((m) => m.surface === '智能产业研究院')?.aliasOf, '星河大学智能产业研究院');
  const two = extractReport(report('星河大学人工智能研究院与银河大学人工智能研究院合作。人工智能研究院的学者参与其中。\n'));
  assert.equal(two.mentions.find((m) => m.surface === '人工智能研究院')?.aliasOf, undefined);
});

test('a trigger written around one end (在…基础上, 以…为基础) links the two models', () => {
  const x = extractReport(report('该团队在Orion-70B的基础上训练了OrionChat-70B。Vega-13B以Lyra-13B为基础微调得到。\n'));
  assert.ok(rel(x).includes('BASED_ON|OrionChat-70B|Orion-70B') && rel(x).includes('BASED_ON|Vega-13B|Lyra-13B'), rel(x).join(' '));
});

test('the subject of a sentence is where a later clause says its headquarters are', () => {
  const x = extractReport(report('星河科技有限公司成立于2021年5月，总部位于杭州，专注于大模型研发。\n'));
  assert.ok(rel(x).includes('LOCATED_IN|星河科技有限公司|杭州'), rel(x).join(' '));
});

test('investors after 获得 … 投资, a founder after 由 … 创办', () => {
  const x = extractReport(report('星河科技有限公司获得腾讯、银河集团等机构投资。北辰智能有限公司由罗明轩于2023年创办。\n'));
  assert.ok(rel(x).includes('INVESTS_IN|腾讯|星河科技有限公司') && rel(x).includes('INVESTS_IN|银河集团|星河科技有限公司'), rel(x).join(' '));
  assert.ok(rel(x).includes('FOUNDED|罗明轩|北辰智能有限公司'), rel(x).join(' '));
});

test('the office of a body jieba knows by name is the issuer', () => {
  const x = extractReport(report('星河市人民政府办公厅印发《星河市人工智能产业发展行动方案》。\n'));
  assert.ok(rel(x).some((r) => r.startsWith('ISSUED|星河市人民政府办公厅|')), rel(x).join(' '));
});

test('an English name after a role word is a person, and an acronym in capitals is no prefix of a name', () => {
  const x = extractReport(report('OpenAI首席执行官Sam Altman表示，新模型正在训练中。\n'));
  assert.ok(mentioned(x, 'Person').includes('Sam Altman') && !mentioned(x, 'Model').includes('Sam Altman'), x.mentions.map((m) => `${m.label}:${m.surface}`).join(' '));
  assert.ok(rel(x).includes('AFFILIATED_WITH|Sam Altman|OpenAI'), rel(x).join(' '));
  // The title says what role: a chief executive, not a researcher.
  assert.equal(x.mentions.find((m) => m.surface === 'Sam Altman')?.props?.role, 'executive');
});

test('an investor written before 向 … 投资', () => {
  const x = extractReport(report('银河集团向星河科技有限公司投资10亿元。\n'));
  assert.ok(rel(x).includes('INVESTS_IN|银河集团|星河科技有限公司'), rel(x).join(' '));
});

test('a part of a sentence that opens with a link of the chain places the companies it lists', () => {
  const x = extractReport(report('产业链中游为模型层，代表企业有星河科技有限公司、银河集团；下游为应用层，如北辰软件有限公司等。\n'));
  for (const p of ['星河科技有限公司|model', '银河集团|model', '北辰软件有限公司|app']) assert.ok(placed(x).includes(p), `${p} in ${placed(x).join(' ')}`);
  assert.ok(!placed(x).includes('北辰软件有限公司|model'), placed(x).join(' '));
});

test('a model said to be a general model is in L0', () => {
  const x = extractReport(report('星河科技推出的Orion-70B属于通用基础模型。\n'));
  assert.ok(placed(x).includes('Orion-70B|L0'), placed(x).join(' '));
});

test('what a release verb releases is a product, not an organisation, whatever its last word', () => {
  const x = extractReport(report('星河软件有限公司发布了Orion AI，面向办公场景。\n'));
  assert.ok(mentioned(x, 'Product').includes('Orion AI'), JSON.stringify(x.mentions.map((m) => [m.surface, m.label])));
  assert.ok(!mentioned(x, 'Company').includes('Orion AI'));
});

test('a publisher heading the PDF ran into prose is read as prose, and the rows after it keep no earlier publisher', () => {
  const prose = '随着语言模型技术的快速发展，代码模型已成为各大互联网公司竞争的重要方向。';
  const table = ['表 1 示例代码模型', '发布者 模型 参数量 访问方式', '星河科技 StarCoder-X 1B 开源', '他的贡献为BERT等模型奠定了基础北辰理工大学', 'NovaCode 140M 开源'];
  const x = extractReport(report([prose, ...table, prose].join('\n\n') + '\n'));
  assert.ok(rel(x).includes('DEVELOPS|星河科技|StarCoder-X'), rel(x).join(' '));
  assert.ok(!rel(x).includes('DEVELOPS|星河科技|NovaCode'), rel(x).join(' '));
  const orgs = [...mentioned(x, 'Institution'), ...mentioned(x, 'Company')];
  assert.ok(!orgs.some((o) => /奠定|基础/.test(o)), orgs.join(' '));
});

test('a model cell that holds a known name with a clause character in it (华为) is a name, not prose', () => {
  const prose = '下表列出了国内外的一些典型大模型，供读者参考。';
  const table = ['表 3. 典型大模型', '类别 模型 主体 参数规模 是否开源', '科学计算', '星河·天文大模型 星河科技 / 否', '华为·星图大模型 华为 / 否'];
  const x = extractReport(report([prose, ...table, prose].join('\n\n') + '\n'));
  assert.ok(rel(x).includes('DEVELOPS|华为|华为·星图大模型'), rel(x).join(' '));
  assert.ok(rel(x).includes('DEVELOPS|星河科技|星河·天文大模型'), rel(x).join(' '));
});

test('an assistant or app named after a known model is a product, offered by the maker named in front', () => {
  const x = extractReport(report('百度上线了文心一言App，腾讯混元助手也已向个人用户开放。\n'));
  const products = mentioned(x, 'Product');
  assert.ok(products.includes('文心一言App') && products.includes('混元助手'), products.join(' '));
  assert.ok(rel(x).includes('OFFERS|腾讯|混元助手'), rel(x).join(' '));
  assert.ok(!mentioned(x, 'Model').includes('腾讯混元'), mentioned(x, 'Model').join(' '));
});

test('a spelled-out name followed by the acronym of its initials declares the acronym as its alias', () => {
  const alias = (t: string) => extractReport(report(t)).mentions.filter((m) => m.aliasOf).map((m) => `${m.surface}<${m.aliasOf}`);
  assert.deepEqual(alias('星河科技借鉴了生成式模型（Generative Pre-trained Transformer，GPT）的思路。\n'), ['GPT<Generative Pre-trained Transformer']);
  assert.deepEqual(alias('星河科技借鉴了生成式模型（Generative Pre-trained Transformer，GT）的思路。\n'), []);
});

test('an organisation nothing types takes the kind of the organisations listed with it', () => {
  const prose = '下表列出了国内外的一些典型大模型，供读者参考。';
  const table = ['表 1 示例模型', '模型 发布者 是否开源 参数量', 'Aurora-7B 星河大学、启明、清华大学 是 7B', 'Nova-1 星河科技、南辰 是 1B'];
  const x = extractReport(report([prose, ...table, prose].join('\n\n') + '\n'));
  assert.ok(mentioned(x, 'Institution').includes('启明'), mentioned(x, 'Institution').join(' '));
  assert.ok(rel(x).includes('DEVELOPS|启明|Aurora-7B'), rel(x).join(' '));
  assert.ok(mentioned(x, 'Company').includes('南辰'), mentioned(x, 'Company').join(' '));
});

test('a quoted phrase before 的 describes what follows; a quoted name before a cue word is still a name', () => {
  const x = extractReport(report('星河模型拥有“堪比人脑”的多模态能力，北辰推出了“天枢”大模型。\n'));
  assert.deepEqual(mentioned(x, 'Model').filter((m) => m !== '星河模型'), ['天枢']);
});

test('the cue word after a list closed by 等 says what the listed names are', () => {
  const x = extractReport(report('星河科技计划与 Starlight、OrbitEats 等外部应用进行融合。\n'));
  assert.ok(mentioned(x, 'Product').includes('OrbitEats'), JSON.stringify(x.mentions.map((m) => [m.surface, m.label])));
  assert.ok(!mentioned(x, 'Model').includes('OrbitEats'));
});

test('a name before 大模型 is a model, however jieba cuts 大模型, unless the word before it describes', () => {
  const models = (t: string) => mentioned(extractReport(report(t + '\n')), 'Model');
  assert.deepEqual(models('北辰科技公司在星河开发者大会上正式推出了天枢大模型。'), ['天枢大模型']);
  assert.ok(rel(extractReport(report('百度的灵犀大模型已经开放测试。\n'))).includes('DEVELOPS|百度|灵犀大模型'));
  assert.deepEqual(models('这类企业的办公大模型需要用到公司内部的数据。'), []);
  assert.deepEqual(models('北辰科技公司还发布了编程大模型 CodeStar 的两个版本。'), ['CodeStar']);
});

test('an organisation whose name opens the name of an event is not the one acting in the sentence', () => {
  const x = extractReport(report('星河集团在腾讯数字生态大会上正式推出了天枢大模型。\n'));
  assert.ok(rel(x).includes('DEVELOPS|星河集团|天枢大模型'), rel(x).join(' '));
  assert.ok(!rel(x).some((r) => r.includes('腾讯')), rel(x).join(' '));
});

test('a trade name opening a clause names a company: lone characters before a company suffix and a verb, a plain noun before a weak suffix and a trigger or role', () => {
  const cases: [string, string[]][] = [
    ['衔远科技推出了一款营销大模型。', ['衔远科技']],
    ['星环科技与北辰大学合作。', ['星环科技']],
    ['将新科技推出市场。', []],
    // One dictionary word ending in a weak suffix is a term: high tech is no company.
    ['中国的高科技发展很快，高新科技发展迅速。', []],
    ['心言集团发布了新一代大模型。', ['心言集团']],
    ['数美科技发布了新一代大模型。', ['数美科技']],
    ['星河科技发布了新一代大模型。', ['星河科技']],
    ['星河科技创始人兼CEO张三表示。', ['星河科技']],
    // A descriptive noun is no trade name, and a plain noun needs the trigger or role after it.
    ['数字科技推出新的产品。', []],
    ['星河科技的发展很快。', []],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(companies(sentence), expected, sentence);
});

test('a company name runs left over a trade name jieba split into lone characters, and stops at the place that opens it', () => {
  // jieba: 宁波 | 兴/v | 禾 | 金融 | 控股集团 — the verb tag of 兴 must not cut the name to 禾金融控股集团.
  assert.deepEqual(companies('宁波兴禾金融控股集团宣布成立新的基金。'), ['宁波兴禾金融控股集团']);
  // A cover's English line run into the name is not part of it.
  assert.deepEqual(companies('MARKET WEEKLY杭州兴禾金融控股集团'), ['杭州兴禾金融控股集团']);
});

test('a research unit is named by its fields, verbs, set phrases and 与 included, but not across an organisation or a trigger', () => {
  assert.deepEqual(institutions('北辰大学智能感知与计算实验室发布了新的模型。'), ['北辰大学智能感知与计算实验室']);
  assert.deepEqual(institutions('北辰自然语言处理与社会人文计算实验室主任李华说。'), ['北辰自然语言处理与社会人文计算实验室']);
  assert.deepEqual(institutions('南山大学语言技术与NLP研究室的王明教授表示。'), ['南山大学语言技术与NLP研究室']);
  assert.deepEqual(institutions('北辰大学交互式人工智能课题组负责人张伟表示。'), ['北辰大学交互式人工智能课题组']);
  // 大学 before 与 ends a name; 成立 acts; 该 points back: none of them is part of a unit's name.
  assert.deepEqual(institutions('北辰大学与计算实验室合作。'), ['北辰大学']);
  assert.deepEqual(institutions('北辰大学成立计算实验室。'), ['北辰大学']);
  assert.deepEqual(institutions('该课题组发布了新模型。'), []);
});

test('a founder named with 由 may be described by a former employer', () => {
  const x = extractReport(report('云图智能由前谷歌研究员张海峰于2021年创立。\n'));
  assert.ok(rel(x).includes('FOUNDED|张海峰|云图智能'), rel(x).join(' '));
  assert.ok(!rel(x).includes('FOUNDED|张海峰|谷歌'), rel(x).join(' '));
});

test('a field model named after its maker, and the base model 基于 opens the release with', () => {
  const x = extractReport(report('基于Orion-7B，云图智能开发了行业模型云图金融大模型。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['Orion-7B', '云图金融大模型']);
  assert.ok(rel(x).includes('BASED_ON|云图金融大模型|Orion-7B') && rel(x).includes('DEVELOPS|云图智能|云图金融大模型'), rel(x).join(' '));
  // A field alone, or after a place, describes a market, not a model.
  assert.deepEqual(mentioned(extractReport(report('北京金融大模型市场增长迅速。\n')), 'Model'), []);
});

test('a role jieba glues to a university suffix (大学教授) still leaves the university and its professor', () => {
  const x = extractReport(report('南京信息工程大学教授王明表示，团队将开源新模型。\n'));
  assert.deepEqual(mentioned(x, 'Institution'), ['南京信息工程大学']);
  assert.ok(rel(x).includes('AFFILIATED_WITH|王明|南京信息工程大学'), rel(x).join(' '));
});

test('曾任: the family name 任 finishing the verb opens no name, and the verb after a name makes it a person', () => {
  const x = extractReport(report('星河科技创始人王立新曾任搜狗CEO。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['王立新']);
  // …and after a name, 曾 | 任 (as jieba cuts 曾任) says the name is a person's.
  const y = extractReport(report('李明远曾任百度副总裁。\n'));
  assert.ok(rel(y).includes('AFFILIATED_WITH|李明远|百度'), rel(y).join(' '));
});

test('investors listed together invest in every company listed after the verb', () => {
  const x = extractReport(report('阿里巴巴、腾讯投资了智谱AI和百川智能。\n'));
  const invests = rel(x).filter((r) => r.startsWith('INVESTS_IN')).sort();
  assert.deepEqual(invests, ['INVESTS_IN|腾讯|智谱AI', 'INVESTS_IN|腾讯|百川智能', 'INVESTS_IN|阿里巴巴|智谱AI', 'INVESTS_IN|阿里巴巴|百川智能']);
});

test('a company founded or made 由 someone stays the subject of the release that follows', () => {
  const x = extractReport(report('云图智能由张海峰创办，推出了Orion-7B开源模型。\n'));
  assert.ok(rel(x).includes('DEVELOPS|云图智能|Orion-7B') && rel(x).includes('FOUNDED|张海峰|云图智能'), rel(x).join(' '));
  assert.ok(!rel(x).includes('DEVELOPS|张海峰|Orion-7B'), rel(x).join(' '));
  const y = extractReport(report('云图智能由南山大学孵化，推出了Orion-7B。\n'));
  assert.deepEqual(rel(y).filter((r) => r.startsWith('DEVELOPS')), ['DEVELOPS|云图智能|Orion-7B']);
  // An English name before 等前… (former staff of…) who founded it is a person.
  const z = extractReport(report('Nova Labs由Mark Stone等前OpenAI员工创立，推出了Orion系列模型。\n'));
  assert.ok(rel(z).includes('FOUNDED|Mark Stone|Nova Labs') && !rel(z).some((r) => r.startsWith('DEVELOPS|OpenAI')), rel(z).join(' '));
});

test('models the release is compared with are not released, however listed', () => {
  const develops = (t: string) => rel(extractReport(report(t + '\n'))).filter((r) => r.startsWith('DEVELOPS'));
  assert.deepEqual(develops('Orion-7B由云图智能开发，性能接近GPT-4。'), ['DEVELOPS|云图智能|Orion-7B']);
  assert.deepEqual(develops('云图智能发布了Orion-7B，超越了GPT-4和Claude。'), ['DEVELOPS|云图智能|Orion-7B']);
});

test('a release goes on over the list of what it includes, and a company offers what it has under it (旗下)', () => {
  const x = extractReport(report('云图智能发布了Orion系列模型，包括Orion-7B、Orion-13B和Orion-70B。云图智能旗下的AI助手“小云”已接入Orion-13B。\n'));
  for (const m of ['Orion', 'Orion-7B', 'Orion-13B', 'Orion-70B']) assert.ok(rel(x).includes(`DEVELOPS|云图智能|${m}`), rel(x).join(' '));
  assert.ok(rel(x).includes('OFFERS|云图智能|小云'), rel(x).join(' '));
});

test('a one-character product cue (云) counts only right after a name, not inside the next name', () => {
  const x = extractReport(report('Orion-7B是云图智能推出的通用大模型。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['Orion-7B']);
  assert.ok(rel(x).includes('DEVELOPS|云图智能|Orion-7B'), rel(x).join(' '));
  assert.ok(placed(x).includes('Orion-7B|L0'), placed(x).join(' '));
});

test('a name jieba reads as a person before an organisation suffix is the organisation; the role after it is held there', () => {
  const x = extractReport(report('据云图智能副总裁赵磊介绍，新模型已服务上百家企业。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['赵磊']);
  assert.deepEqual(mentioned(x, 'Company'), ['云图智能']);
  assert.ok(rel(x).includes('AFFILIATED_WITH|赵磊|云图智能'), rel(x).join(' '));
});

test('investors who take part in a round a company raised invest in it', () => {
  const x = extractReport(report('星环科技完成新一轮融资，北辰集团、南辰集团参与投资。\n'));
  assert.ok(rel(x).includes('INVESTS_IN|北辰集团|星环科技') && rel(x).includes('INVESTS_IN|南辰集团|星环科技'), rel(x).join(' '));
});

test('every investor of a round, lead and followers, invests in the company that raised it, not in each other', () => {
  const x = extractReport(report('2024年3月，北辰智能完成5亿元B轮融资，由星河投资有限公司领投，云图创投有限公司和南山资本有限公司跟投。\n'));
  const invests = rel(x).filter((r) => r.startsWith('INVESTS_IN')).sort();
  assert.deepEqual(invests, ['INVESTS_IN|云图创投有限公司|北辰智能', 'INVESTS_IN|南山资本有限公司|北辰智能', 'INVESTS_IN|星河投资有限公司|北辰智能']);
});

test('investment firms named by a 字号 and 资本/创投/基金 in a sentence about investing, but not kinds of capital', () => {
  const x = extractReport(report('北辰智能完成B轮融资，由红杉资本领投，高瓴资本和启明创投跟投。星河智能获得了经纬创投的投资。云图科技完成了A轮融资，投资方包括源码资本和星河创投。社会资本参与了本轮投资，资本市场反应积极，多家机构开展基金销售业务。\n'));
  assert.deepEqual(mentioned(x, 'Company'), ['北辰智能', '红杉资本', '高瓴资本', '启明创投', '星河智能', '经纬创投', '云图科技', '源码资本', '星河创投']);
  assertRelations(x, ['INVESTS_IN|红杉资本|北辰智能', 'INVESTS_IN|高瓴资本|北辰智能', 'INVESTS_IN|启明创投|北辰智能', 'INVESTS_IN|经纬创投|星河智能', 'INVESTS_IN|源码资本|云图科技', 'INVESTS_IN|星河创投|云图科技']);
  // Without a word on investing, 资本 is an ordinary word.
  assert.deepEqual(mentioned(extractReport(report('星河资本雄厚，产业基金充足。\n')), 'Company'), []);
});

test('a version after a Chinese model name is part of it (another model), a quantity is not', () => {
  const x = extractReport(report('百度发布了文心大模型4.0。华为发布了盘古大模型 3.0 Pro。阿里云发布了通义千问2.5。通义千问2.5亿次调用。星河智能发布了星河大模型V2。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['文心大模型4.0', '盘古大模型 3.0 Pro', '通义千问2.5', '通义千问', '星河大模型V2']);
  assert.ok(rel(x).includes('DEVELOPS|百度|文心大模型4.0') && rel(x).includes('DEVELOPS|星河智能|星河大模型V2'), rel(x).join(' '));
  // A bare V-number is a version, not a name; a chip's model number (V100) is a name.
  assert.deepEqual(mentioned(extractReport(report('星河公司采用了NVIDIA的V100显卡。\n')), 'Product'), ['V100']);
});

test('a Chinese 字号 joined to a size after a hyphen or to GPT/GLM names a model; a description before LLM does not', () => {
  const x = extractReport(report('北辰科技推出了北辰-7B和北辰-13B-Chat。星河GPT是一款对话模型。云图训练了500亿参数量LLM。百度GPT之争。南山科技推出了通用大模型南山-70B。\n'));
  const models = mentioned(x, 'Model');
  for (const m of ['北辰-7B', '北辰-13B-Chat', '星河GPT', '南山-70B']) assert.ok(models.includes(m), `${m} in ${models.join(' ')}`);
  assert.ok(!models.some((m) => /LLM|百度GPT/.test(m)), models.join(' '));
  assert.ok(rel(x).includes('DEVELOPS|北辰科技|北辰-7B') && rel(x).includes('DEVELOPS|北辰科技|北辰-13B-Chat'), rel(x).join(' '));
});

test('a model whose own name holds a field, or that a tier cue qualifies right before its name, is placed in that tier', () => {
  const x = extractReport(report('云图科技发布了云图医疗大模型。华为发布了盘古气象大模型。北辰科技推出了面向金融行业的北辰-7B。\n'));
  const tiers = x.placements.filter((p) => p.kind === 'tier').map((p) => `${p.entity.surface}:${p.kind === 'tier' ? p.tier : ''}`);
  assert.deepEqual(tiers, ['云图医疗大模型:L1', '盘古气象大模型:L1', '北辰-7B:L1']);
});

test('a research unit named by its fields runs back to the organisation it belongs to, whatever jieba tags the fields', () => {
  const x = extractReport(report('北辰大学知识工程实验室与云图智能联合研发了Orion-7B。南山大学自然语言处理实验室发布了Nova-13B。北辰大学依托实验室开展研究。\n'));
  assert.deepEqual(mentioned(x, 'Institution'), ['北辰大学知识工程实验室', '南山大学自然语言处理实验室', '北辰大学']);
  assert.ok(rel(x).includes('DEVELOPS|北辰大学知识工程实验室|Orion-7B'), rel(x).join(' '));
});

test('the person a sentence opens with founds or joins what a later clause of theirs names', () => {
  const x = extractReport(report('张伟曾任百度首席科学家，2021年离职创办了云图智能。王芳博士在清华大学任教多年，现任百度研究院院长。张伟表示，云图智能创办了新实验室。\n'));
  assert.ok(rel(x).includes('FOUNDED|张伟|云图智能') && rel(x).includes('AFFILIATED_WITH|王芳|百度研究院'), rel(x).join(' '));
  assert.equal(rel(x).filter((r) => r.startsWith('FOUNDED')).length, 1, rel(x).join(' '));
});

test('a plain noun before a weak suffix names a company that 与 joins to an organisation acting with it', () => {
  const x = extractReport(report('2023年5月，星河智能与南山大学共建联合实验室。\n'));
  assert.ok(rel(x).includes('PARTNERS_WITH|星河智能|南山大学'), rel(x).join(' '));
  for (const text of ['星河智能与南山大学的学生。\n', '视觉技术与语言技术联合发展。\n']) assert.deepEqual(mentioned(extractReport(report(text)), 'Company'), [], text);
});

test('the items of a list the sentence calls products are products; a known maker before a coined name makes it', () => {
  const x = extractReport(report('腾讯会议、腾讯文档等产品已接入混元大模型。市场上的聊天机器人，例如微软小冰、百度度秘等。钉钉、飞书等办公应用纷纷接入大模型。语音识别、图像识别等应用。百度、阿里巴巴等企业。\n'));
  assert.deepEqual(mentioned(x, 'Product'), ['腾讯会议', '腾讯文档', '小冰', '度秘', '钉钉', '飞书']);
  assert.ok(rel(x).includes('OFFERS|微软|小冰') && rel(x).includes('OFFERS|百度|度秘'), rel(x).join(' '));
});

test('a policy title with a quoted “人工智能+” and its years in brackets, issued by a local body named by place and remit', () => {
  const x = extractReport(report('南山市人民政府办公厅印发《南山市推动“人工智能+”行动计划（2024-2025年）》。深圳市科技创新局发布了《深圳市加快推动人工智能应用行动方案》。广东省发展和改革委员会发布通知。深圳市大力发展局部产业。\n'));
  assert.deepEqual(mentioned(x, 'Policy').length, 2, mentioned(x, 'Policy').join(' '));
  assert.deepEqual(mentioned(x, 'Institution'), ['南山市人民政府办公厅', '深圳市科技创新局', '广东省发展和改革委员会']);
  assert.ok(rel(x).some((r) => r.startsWith('ISSUED|南山市人民政府办公厅|《南山市推动“人工智能+”行动计划')), rel(x).join(' '));
  assert.ok(rel(x).includes('ISSUED|深圳市科技创新局|《深圳市加快推动人工智能应用行动方案》'), rel(x).join(' '));
});

test('a technical term (MoE) is not the organisation an acronym in other case names (MOE, 教育部)', () => {
  assert.deepEqual(mentioned(extractReport(report('星河-70B由云图智能开发，采用MoE架构与RAG技术。\n')), 'Institution'), []);
});

test('a model a company has under it (旗下) is the one it develops', () => {
  const x = extractReport(report('云图智能旗下的天枢大模型已全面开放。\n'));
  assert.ok(rel(x).includes('DEVELOPS|云图智能|天枢大模型'), rel(x).join(' '));
});

test('a sentence saying what company a coined name is, and a registered name with its place in brackets', () => {
  const x = extractReport(report('星河智能是一家总部位于上海的人工智能企业。北辰科技（深圳）有限公司专注于AI芯片研发。数字技术是一家企业的核心。\n'));
  assert.deepEqual(mentioned(x, 'Company'), ['星河智能', '北辰科技(深圳)有限公司']);
  assert.ok(rel(x).includes('LOCATED_IN|星河智能|上海'), rel(x).join(' '));
});

test('a product a model is put into or that it drives is built on it, unless that is only planned', () => {
  const x = extractReport(report('微软将GPT-4集成到了Bing搜索引擎中。“小云”助手由天枢大模型驱动。微软计划将GPT-4集成到Office中。\n'));
  const based = rel(x).filter((r) => r.startsWith('BASED_ON'));
  assert.deepEqual(based, ['BASED_ON|Bing|GPT-4', 'BASED_ON|小云|天枢大模型']);
});

test('a model said to stand on another (以…为基座 / 为底座) is based on it', () => {
  const x = extractReport(report('北辰科技发布了北辰-13B，该模型以LLaMA-2为基座进行训练。\n'));
  assert.ok(rel(x).includes('BASED_ON|北辰-13B|LLaMA-2'), rel(x).join(' '));
});

test('a short name that is also a word (蚂蚁, 浪潮, 星火) is an organisation or model as an item of a list of them, not alone', () => {
  const x = extractReport(report('智谱AI完成超25亿元融资，投资方包括美团、蚂蚁、阿里、腾讯等。\n'));
  assert.deepEqual(rel(x).filter((r) => r.startsWith('INVESTS_IN')), ['INVESTS_IN|美团|智谱AI', 'INVESTS_IN|蚂蚁|智谱AI', 'INVESTS_IN|阿里|智谱AI', 'INVESTS_IN|腾讯|智谱AI']);
  assert.deepEqual(companies('华为、浪潮、曙光等厂商推出了AI服务器。'), ['华为', '浪潮', '曙光']);
  assert.deepEqual(companies('我们在浪潮之巅看到了曙光。'), []);
  assert.deepEqual(mentioned(extractReport(report('通用大模型（文心一言、通义千问、星火）\n')), 'Model'), ['文心一言', '通义千问', '星火']);
  assert.deepEqual(mentioned(extractReport(report('星火燎原之势。\n')), 'Model'), []);
});

test('a coined word plus App right after a release is a product; a device word plus App is not', () => {
  const x = extractReport(report('MiniMax推出的星野App在海外市场表现亮眼。云图智能推出了北辰App。公司推出的手机App已上线。\n'));
  assert.deepEqual(mentioned(x, 'Product'), ['星野App', '北辰App']);
  assert.ok(rel(x).includes('OFFERS|MiniMax|星野App') && rel(x).includes('OFFERS|云图智能|北辰App'), rel(x).join(' '));
});

test('a quoted name after a kind of product (写作工具“妙笔”) is a product', () => {
  const x = extractReport(report('星河科技推出的AI写作工具“妙笔”上线首月用户破百万。\n'));
  assert.deepEqual(mentioned(x, 'Product'), ['妙笔']);
});

test('其 opening a clause gives a model or product to the one organisation named before it, not to one of two', () => {
  const x = extractReport(report('零一万物是由李开复创办的AI公司，其Yi-34B模型在多项评测中位居前列。星河科技成立于2019年，其AI助手“小云”广受欢迎。腾讯投资了智谱AI，其GLM-4表现出色。\n'));
  assert.ok(rel(x).includes('DEVELOPS|零一万物|Yi-34B') && rel(x).includes('OFFERS|星河科技|小云'), rel(x).join(' '));
  assert.ok(!rel(x).some((r) => r.endsWith('|GLM-4')), rel(x).join(' '));
});

test('a titled policy only planned (拟出台) still has its issuer and place; a planned integration is still no relation', () => {
  const x = extractReport(report('欧盟拟出台《人工智能法案》，对高风险AI系统进行严格监管。微软计划将GPT-4集成到Office中。\n'));
  assert.deepEqual(rel(x), ['ISSUED|欧盟|《人工智能法案》', 'APPLIES_TO|《人工智能法案》|欧盟']);
});

test('a plain noun before a weak suffix is a company after 由 or a career verb, before 的 and a role, or acting at a known place', () => {
  assert.deepEqual(companies('Orion-14B模型由星河科技训练，参数规模为140亿。'), ['星河科技']);
  assert.deepEqual(companies('张伟毕业于北京大学，现任星河科技CTO。'), ['星河科技']);
  assert.deepEqual(companies('星河科技的创始人兼CEO张伟毕业于北京大学。'), ['星河科技']);
  assert.deepEqual(companies('星河科技在上海设立了研发中心。'), ['星河科技']);
  assert.deepEqual(companies('农业科技在农村推广。'), []);
  assert.deepEqual(companies('量子科技在合肥取得突破。'), []);
  assert.deepEqual(companies('医疗科技的创始人往往是医生。'), []);
  assert.deepEqual(companies('王强，云图智能首席技术官，负责大模型研发。'), ['云图智能']);
});

test('people described after a comma, or working somewhere, with the organisations they found or work at', () => {
  const x = extractReport(report('李娜，星河科技联合创始人，曾在微软亚洲研究院工作。王强，云图智能首席技术官，负责大模型研发。张伟曾在百度工作多年。星河科技的创始人兼CEO赵敏毕业于北京大学。\n'));
  assertRelations(x, ['FOUNDED|李娜|星河科技', 'AFFILIATED_WITH|李娜|微软亚洲研究院', 'AFFILIATED_WITH|王强|云图智能', 'AFFILIATED_WITH|张伟|百度', 'FOUNDED|赵敏|星河科技', 'AFFILIATED_WITH|赵敏|北京大学']);
});

test('an acquisition makes the acquired company a subsidiary; a model 由 a company trained is developed by it', () => {
  const x = extractReport(report('北辰集团以20亿元收购了云图智能。南山智能被北辰集团收购。Orion-14B模型由星河科技训练。\n'));
  assertRelations(x, ['SUBSIDIARY_OF|云图智能|北辰集团', 'SUBSIDIARY_OF|南山智能|北辰集团', 'DEVELOPS|星河科技|Orion-14B']);
});

test('an organisation brought in by 由 does not take the subject\'s headquarters; founding in a place locates; a model derived by fine-tuning is based on its base', () => {
  const x = extractReport(report('南山智能由北辰大学孵化，总部位于深圳。云图智能于2021年在杭州成立。研究团队基于LLaMA-2微调得到了Vega-13B。\n'));
  assertRelations(x, ['SUBSIDIARY_OF|南山智能|北辰大学', 'LOCATED_IN|南山智能|深圳', 'LOCATED_IN|云图智能|杭州', 'BASED_ON|Vega-13B|LLaMA-2']);
  assert.ok(!rel(x).includes('LOCATED_IN|北辰大学|深圳'), rel(x).join(' '));
});

test('a Markdown table of models and a regular table of companies are read column by column', () => {
  const md = extractReport(report('| 模型名称 | 发布机构 | 发布时间 | 参数规模 |\n| --- | --- | --- | --- |\n| 天枢 | 星河科技 | 2023年5月 | 130亿 |\n| 北辰-7B | 北辰大学 | 2023年8月 | 70亿 |\n'));
  assert.deepEqual(rel(md), ['DEVELOPS|星河科技|天枢', 'DEVELOPS|北辰大学|北辰-7B']);
  assert.deepEqual(md.mentions.find((m) => m.surface === '天枢')?.props, { params: '130亿', releaseDate: '2023-05' });
  const companiesTable = extractReport(report('序号 企业名称 所在地区 主要产品\n1 星河科技 北京 小云助手\n2 云图智能 杭州 云图大模型\n'));
  assert.deepEqual(rel(companiesTable), ['OFFERS|星河科技|小云助手', 'LOCATED_IN|星河科技|北京', 'DEVELOPS|云图智能|云图大模型', 'LOCATED_IN|云图智能|杭州']);
});

test('a space-separated table whose rows fit its header once a bare version joins its name is read column by column; 未披露 is no name', () => {
  const x = extractReport(report([
    '表2 部分行业大模型', '模型名称 发布机构 所属行业 基座模型 参数规模 是否开源 发布时间',
    '天枢 星河科技 金融 Llama 2 700亿 是 2023年9月', '北辰 云图智能 医疗 未披露 未披露 否 2023年5月', '南山 南山大学 法律 Qwen-7B 70亿 是 2023年7月', '',
  ].join('\n')));
  assertRelations(x, ['DEVELOPS|星河科技|天枢', 'BASED_ON|天枢|Llama 2', 'DEVELOPS|云图智能|北辰', 'DEVELOPS|南山大学|南山', 'BASED_ON|南山|Qwen-7B']);
  assert.deepEqual(mentioned(x, 'Company').sort(), ['云图智能', '星河科技'].sort());
  assert.ok(!x.mentions.some((m) => m.surface.includes('未披露')), mentioned(x, 'Model').join(' '));
});

test('two places in a sentence are PART_OF when one contains the other, but not a province or city and its country', () => {
  const x = extractReport(report('中国的北京、上海等地率先出台政策。作为广东省的核心城市，深圳的动作更早。\n'));
  assertRelations(x, ['PART_OF|深圳|广东省']);
  assert.ok(!rel(x).some((r) => r.endsWith('|中国')), rel(x).join(' '));
});

test('a place opening its clause gathers what it lists; a round several companies share; a comma does not list a new clause\'s subject; 创办的 founds only the next', () => {
  const x = extractReport(report([
    '南京聚集了云图智能、北辰科技和南山大学；苏州则有南山智能。',
    '星河资本先后投资了云图智能、北辰科技和南山智能，南山创投也参与了云图智能和南山智能的融资。',
    '由李明创办的幂律智能与云图科技联合发布了天衡大模型。', '',
  ].join('\n')));
  assertRelations(x, [
    'LOCATED_IN|云图智能|南京', 'LOCATED_IN|北辰科技|南京', 'LOCATED_IN|南山大学|南京', 'LOCATED_IN|南山智能|苏州',
    'INVESTS_IN|星河资本|云图智能', 'INVESTS_IN|星河资本|北辰科技', 'INVESTS_IN|星河资本|南山智能', 'INVESTS_IN|南山创投|云图智能', 'INVESTS_IN|南山创投|南山智能',
    'FOUNDED|李明|幂律智能', 'PARTNERS_WITH|幂律智能|云图科技', 'DEVELOPS|幂律智能|天衡大模型', 'DEVELOPS|云图科技|天衡大模型',
  ]);
  assert.ok(!rel(x).includes('INVESTS_IN|星河资本|南山创投') && !rel(x).includes('FOUNDED|李明|云图科技'), rel(x).join(' '));
});

test('a table of chips: each chip is a hardware product its vendor offers, a number and its unit are one cell, a code after a Latin name is part of it', () => {
  const x = extractReport(report([
    '表4 部分AI芯片', '芯片 厂商 制程 峰值算力 发布时间',
    'XR100 星河科技 7nm 312 TFLOPS(FP16) 2021年', 'Nova 3 云图智能 5nm 900 TFLOPS(BF16) 2023年', 'TX S500 北辰半导体 未公开 100 TOPS(INT8) 2023年', '天枢910C 南山科技 未公开 未公开 2024年', '',
  ].join('\n')));
  assertRelations(x, ['OFFERS|星河科技|XR100', 'OFFERS|云图智能|Nova 3', 'OFFERS|北辰半导体|TX S500', 'OFFERS|南山科技|天枢910C']);
  assert.deepEqual(mentioned(x, 'Product').sort(), ['Nova 3', 'TX S500', 'XR100', '天枢910C'].sort());
  assert.deepEqual(mentioned(x, 'Model'), []);
  // A chip is compute.
  for (const chip of ['XR100', 'Nova 3', 'TX S500', '天枢910C']) assert.ok(placed(x).includes(`${chip}|infra.compute`), placed(x).join(' '));
});

test('hardware specs are no names; a chip before 加速器 or a rack before 机柜 is a product; a maker and its product in a list of companies stay two', () => {
  const x = extractReport(report([
    'AMD于2023年发布Instinct MI300X加速器，其配备192GB HBM3显存，FP16峰值算力约1307TFLOPS。',
    '先进制程与CoWoS先进封装产能集中于台积电，星河芯片采用7nm制程和chiplet技术。',
    '英伟达推出了GB200 NVL72机柜级方案。',
    '在出口管制收紧的背景下，华为昇腾、寒武纪等国产厂商迎来窗口。', '',
  ].join('\n')));
  assert.deepEqual(mentioned(x, 'Model'), []);
  assert.deepEqual(mentioned(x, 'Product').sort(), ['GB200 NVL72', 'Instinct MI300X', '昇腾'].sort());
  assert.deepEqual(mentioned(x, 'Company').sort(), ['AMD', '台积电', '英伟达', '华为', '寒武纪'].sort());
});

test('founders named in a later 由 clause or by a title after the company; 创业前 posts found nothing; 其 titles, investors and shareholders', () => {
  const x = extractReport(report([
    '云图智能（Cloudmap）由李明于2019年联合创立。北辰科技成立于2016年，由王强创立。',
    '南山智能由赵磊于2020年创立，赵磊创业前曾任星河科技副总裁。李明同时也是北辰科技的联合创始人。',
    '星河科技创始人、董事长兼CEO周航表示。',
    '云图智能发布了天枢大模型，其首席执行官刘洋表示。北辰科技总部位于上海，云图智能是其主要投资方。星河科技持有南山智能约28%的股份。', '',
  ].join('\n')));
  assertRelations(x, [
    'FOUNDED|李明|Cloudmap', 'FOUNDED|王强|北辰科技', 'FOUNDED|赵磊|南山智能', 'AFFILIATED_WITH|赵磊|星河科技', 'FOUNDED|李明|北辰科技',
    'FOUNDED|周航|星河科技', 'AFFILIATED_WITH|周航|星河科技', 'AFFILIATED_WITH|刘洋|云图智能', 'INVESTS_IN|云图智能|北辰科技', 'INVESTS_IN|星河科技|南山智能',
  ]);
  assert.ok(!rel(x).includes('FOUNDED|赵磊|星河科技'), rel(x).join(' '));
});

test('a coined name said to be a subsidiary (是…旗下子公司) is a company, and so is the owner named before 旗下', () => {
  const x = extractReport(report('瀚海是北辰股份旗下子公司。星河科技是南山集团旗下的公司。\n'));
  assert.deepEqual(mentioned(x, 'Company').sort(), ['北辰股份', '南山集团', '瀚海', '星河科技'].sort());
  assertRelations(x, ['SUBSIDIARY_OF|瀚海|北辰股份', 'SUBSIDIARY_OF|星河科技|南山集团']);
});

test('a list filed under a tier (归入L2场景模型) takes it over cues inside the list; a tier word ending the sentence after a list places it', () => {
  const x = extractReport(report('本报告将盘古气象大模型、北辰-7B和Nova-2归入L2场景模型。我们使用了Nova-13B、Orion-7B等基座模型。\n'));
  for (const m of ['盘古气象大模型', '北辰-7B', 'Nova-2']) assert.ok(placed(x).includes(`${m}|L2`), placed(x).join(' '));
  assert.ok(!placed(x).includes('盘古气象大模型|L1'), placed(x).join(' '));
  for (const m of ['Nova-13B', 'Orion-7B']) assert.ok(placed(x).includes(`${m}|L0`), placed(x).join(' '));
});

test('a cue before another model reaches no further; a base is L0 only by the cue before it, not by its own name', () => {
  const x = extractReport(report('云图智能推出了法律大模型Lex-7B，其13B版本基于Nova-13B训练。星河科技发布了盘古金融大模型，并推出基于盘古金融大模型的两款应用。很多领域模型的建设都在基于Orion-7B展开。\n'));
  assert.ok(placed(x).includes('Lex-7B|L1') && placed(x).includes('Orion-7B|L0'), placed(x).join(' '));
  assert.ok(!placed(x).some((p) => p.startsWith('Nova-13B|') || p === '盘古金融大模型|L0'), placed(x).join(' '));
});

test('a name after a released kind, past a size said with 的 and two field words (开源了1760亿参数的金融行业大模型轩辕，)', () => {
  const x = extractReport(report('星河科技于2023年5月开源了1760亿参数的金融行业大模型天衡，该模型基于Nova-13B训练而成。\n'));
  assertRelations(x, ['DEVELOPS|星河科技|天衡', 'BASED_ON|天衡|Nova-13B']);
  assert.ok(placed(x).includes('天衡|L1'), placed(x).join(' '));
});

test('a product a release names right after its kind: a platform, an assistant, a chip, a card; not a phrase or an ordinary word', () => {
  const x = extractReport(report([
    '云图智能于2023年6月发布大模型服务平台星河方舟。星河科技推出了智能编码助手北辰灵码；南山科技发布推理芯片天枢800，并发布训练卡XR S4000。',
    '北辰科技推出了AI芯片产品线。云图智能发布了平台生态的建设计划。', '',
  ].join('\n')));
  assert.deepEqual(mentioned(x, 'Product').sort(), ['XR S4000', '北辰灵码', '天枢800', '星河方舟'].sort());
  assertRelations(x, ['OFFERS|云图智能|星河方舟', 'OFFERS|星河科技|北辰灵码', 'OFFERS|南山科技|天枢800', 'OFFERS|南山科技|XR S4000']);
});

test('国内 and a kind of organisation opening a sentence place the organisations it names in China; a named country describing unnamed ones does not', () => {
  const x = extractReport(report('国内AI芯片厂商大致可以分为两类：一是星河科技、云图智能等科技企业。美国科技公司积极推动应用，中国企业也在类似Nova的产品方面布局。\n'));
  assertRelations(x, ['LOCATED_IN|星河科技|国内', 'LOCATED_IN|云图智能|国内']);
  assert.ok(!rel(x).some((r) => r.startsWith('LOCATED_IN') && r.endsWith('|美国')), rel(x).join(' '));
});

test('a graduate school named after its university and city; an institute of a city and a field; a unit outranks its organisation whatever that holds', () => {
  const x = extractReport(report('北京大学深圳研究生院袁粒团队开源了法律大模型ChatLaw。南京市大数据研究院发布了天枢大模型。我们需要大数据研究院的支持。\n'));
  assert.deepEqual(mentioned(x, 'Institution').sort(), ['北京大学深圳研究生院', '南京市大数据研究院'].sort());
  assertRelations(x, ['SUBSIDIARY_OF|北京大学深圳研究生院|北京大学', 'DEVELOPS|南京市大数据研究院|天枢大模型']);
});

test('a business unit acting after a date; a name of four characters jieba cuts one by one after a released kind', () => {
  const x = extractReport(report('京东旗下的京东健康于2023年7月推出医疗大模型天衡千询。\n'));
  assertRelations(x, ['SUBSIDIARY_OF|京东健康|京东', 'DEVELOPS|京东健康|天衡千询']);
});

test('a registered name in brackets after a company is another name of it', () => {
  const x = extractReport(report('同样位于北京的云图智能（北京云图华章科技有限公司）发布了Nova-7B。\n'));
  assert.ok(x.mentions.some((m) => m.surface === '北京云图华章科技有限公司' && m.aliasOf === '云图智能'), JSON.stringify(x.mentions));
});

test('a founder named before a date or place and the verb; a company founded in a place is there; 基于X的AI助手Y; no relation of a thing to itself', () => {
  const x = extractReport(report('李明于2023年4月在南京创立云图智能。星河科技发布天枢大模型，并推出基于天枢大模型的AI助手北辰。\n'));
  assertRelations(x, ['FOUNDED|李明|云图智能', 'LOCATED_IN|云图智能|南京', 'BASED_ON|北辰|天枢大模型', 'DEVELOPS|星河科技|天枢大模型']);
  assert.ok(!x.relations.some((r) => r.from.surface === r.to.surface), rel(x).join(' '));
});

test('a title jieba cut in two before a name; 公司 in a title is the company the sentence names; a place in an owner\'s name is not its unit\'s', () => {
  const x = extractReport(report([
    '云图智能由北辰大学孵化而来，首席执行官李明带领团队发布了Nova-7B。',
    '星河科技由周航于2019年创办，周航现任公司董事长。南山大学教授陈静同时担任云图智能首席科学家，公司CEO则由李明担任。',
    '北京大学深圳研究生院发布了Lex-13B。', '',
  ].join('\n')));
  assertRelations(x, ['DEVELOPS|李明|Nova-7B', 'FOUNDED|周航|星河科技', 'AFFILIATED_WITH|周航|星河科技', 'AFFILIATED_WITH|李明|云图智能']);
  assert.ok(!rel(x).includes('AFFILIATED_WITH|李明|南山大学') && !rel(x).includes('LOCATED_IN|北京大学深圳研究生院|北京'), rel(x).join(' '));
});

test('Markdown tables of a catalogue, of products with their models and of rounds with their investors', () => {
  const x = extractReport(report([
    '表1 产业链分层', '| 产业链环节 | 代表企业/产品 |', '| --- | --- |', '| 应用层 | 星河科技、北辰助手 |', '',
    '表2 产品一览', '| 产品 | 公司 | 底层模型 | 上线时间 |', '| --- | --- | --- | --- |', '| 北辰助手 | 星河科技 | 天枢大模型、Nova-7B | 2023年8月 |', '',
    '表3 融资事件', '| 时间 | 公司 | 金额 | 投资方 |', '| --- | --- | --- | --- |', '| 2024年2月 | 云图智能 | 超10亿美元 | 南山资本（领投）、北辰创投等 |', '',
  ].join('\n')));
  assertRelations(x, ['OFFERS|星河科技|北辰助手', 'BASED_ON|北辰助手|天枢大模型', 'BASED_ON|北辰助手|Nova-7B', 'INVESTS_IN|南山资本|云图智能', 'INVESTS_IN|北辰创投|云图智能']);
  assert.ok(!rel(x).some((r) => r.startsWith('PARTNERS_WITH')), rel(x).join(' '));
  assert.ok(!mentioned(x, 'Company').includes('北辰助手'), mentioned(x, 'Company').join(' '));
  assert.ok(placed(x).includes('星河科技|app') && placed(x).includes('北辰助手|app'), placed(x).join(' '));
});

test('an app named after its kind by characters jieba cuts one by one, or after the maker\'s 的; a Latin name ending in App or Store is a product', () => {
  const x = extractReport(report('星河科技于2024年5月推出了AI助手百小应，底层为Nova-7B。云图智能的手机助手小|云基于天枢大模型完成升级。北辰科技于2025年1月上线Orion App，并上线Orion Store。\n'.replace('|', '')));
  assert.deepEqual(mentioned(x, 'Product').sort(), ['Orion App', 'Orion Store', '小云', '百小应'].sort());
  assertRelations(x, ['OFFERS|星河科技|百小应', 'OFFERS|北辰科技|Orion App']);
});

test('a flattened table row with a place column: the place ending the names is the row\'s place; a known publisher wins over a weak suffix; a size before the row\'s own size is the name\'s', () => {
  const x = extractReport(report([
    '表1 海外主要大模型一览', '模型 机构 国家 参数规模 是否开源 发布时间',
    'Mistral Large Mistral AI 法国 未公开 否 2024年2月', 'Falcon 40B TII 阿联酋 400亿 是 2023年5月', 'Nova Orion Labs 美国 未公开 否 2024年12月', '',
  ].join('\n')));
  assertRelations(x, ['DEVELOPS|Mistral AI|Mistral Large', 'LOCATED_IN|Mistral AI|法国', 'DEVELOPS|TII|Falcon 40B', 'LOCATED_IN|TII|阿联酋']);
  assert.ok(!x.mentions.some((m) => /法国|美国|阿联酋/.test(m.surface) && m.label !== 'Region'), JSON.stringify(x.mentions.map((m) => m.surface)));
});

test('names glossed by a Latin given and family name are people, however jieba cut them; founders listed after 联合创始人包括; a gloss between founder and verb', () => {
  const x = extractReport(report([
    '星河智能于2015年成立，联合创始人包括萨姆·奥尔特曼（Sam Altman）、埃隆·马斯克（Elon Musk）和伊利亚·苏茨克维（Ilya Sutskever）等人。',
    '云图科技由黄仁勋（Jensen Huang）于1993年创立。北辰智能首席执行官为肖鹏（Peng Xiao）。', '',
  ].join('\n')));
  assert.deepEqual(mentioned(x, 'Person').filter((p) => /[\u3400-\u9fff]/.test(p)).sort(), ['伊利亚·苏茨克维', '埃隆·马斯克', '肖鹏', '萨姆·奥尔特曼', '黄仁勋'].sort());
  assertRelations(x, ['FOUNDED|萨姆·奥尔特曼|星河智能', 'FOUNDED|埃隆·马斯克|星河智能', 'FOUNDED|伊利亚·苏茨克维|星河智能', 'FOUNDED|黄仁勋|云图科技']);
});

test('founded in a place written after the country that holds it, before or after the organisation', () => {
  const x = extractReport(report('星河科技于2015年在美国旧金山成立。于2023年在日本东京创立的云图智能发布了新模型。\n'));
  assertRelations(x, ['LOCATED_IN|星河科技|旧金山', 'LOCATED_IN|云图智能|东京']);
});

test('what a product says runs underneath it is its base; a model brought in by 基于 is not what the release released', () => {
  const x = extractReport(report('星河科技推出了AI助手百小应，底层为星河科技自研的Nova-4模型。云图智能于2023年2月推出基于Orion-4的小云助手。\n'));
  assertRelations(x, ['BASED_ON|百小应|Nova-4', 'OFFERS|星河科技|百小应']);
  assert.ok(!rel(x).includes('DEVELOPS|云图智能|Orion-4'), rel(x).join(' '));
});

test('a Markdown-bold name after its kind and after 基于…的 a longer kind of product', () => {
  const x = extractReport(report('云图智能在2023年10月推出基于天枢大模型的智能编码助手**北辰灵码**，效果很好。\n'));
  assertRelations(x, ['OFFERS|云图智能|北辰灵码', 'BASED_ON|北辰灵码|天枢大模型']);
});

test('founders listed with 由 after a date, founding and then holding a post; a clause that opens with a title and 为', () => {
  const x = extractReport(report([
    'DeepMind于2010年由戴密斯·哈萨比斯（Demis Hassabis）和谢恩·莱格（Shane Legg）在英国伦敦创立。',
    '云图科技由马克·扎克伯格（Mark Zuckerberg）创立并担任首席执行官。北辰科技成立于2018年，总部位于南京，首席执行官为肖鹏（Peng Xiao）。', '',
  ].join('\n')));
  assertRelations(x, [
    'FOUNDED|戴密斯·哈萨比斯|DeepMind', 'FOUNDED|谢恩·莱格|DeepMind', 'FOUNDED|马克·扎克伯格|云图科技', 'AFFILIATED_WITH|马克·扎克伯格|云图科技',
    'AFFILIATED_WITH|肖鹏|北辰科技',
  ]);
});

test('a time phrase between a coined company and its verb (于2023年, 近日) still opens its clause; a named assistant after a release is a product', () => {
  const x = extractReport(report('星河科技于2023年发布了天枢大模型。云图智能2024年3月推出了小云助手。北辰科技推出了智能助手。\n'));
  assertRelations(x, ['DEVELOPS|星河科技|天枢大模型', 'OFFERS|云图智能|小云助手']);
  assert.deepEqual(mentioned(x, 'Product'), ['小云助手']);
});

test('transliterated names run over their dots; a list of titles before a name gives every organisation in it', () => {
  const x = extractReport(report('特斯拉CEO埃隆·马斯克宣布成立xAI。OpenAI首席执行官山姆·奥特曼（Sam Altman）表示，AGI即将到来。清华大学教授、智谱AI首席科学家唐杰表示，大模型仍有很大空间。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['埃隆·马斯克', '山姆·奥特曼', 'Sam Altman', '唐杰']);
  assertRelations(x, ['FOUNDED|埃隆·马斯克|xAI', 'AFFILIATED_WITH|山姆·奥特曼|OpenAI', 'AFFILIATED_WITH|唐杰|清华大学', 'AFFILIATED_WITH|唐杰|智谱AI']);
});

test('a name ending in a number keeps the variant letters after it (昇腾910B)', () => {
  assert.deepEqual(mentioned(extractReport(report('华为推出昇腾910B芯片。\n')), 'Product'), ['昇腾910B']);
});

test('公司 opening a sentence in a company\'s profile is that company, for a few sentences; 公司治理 is not', () => {
  const x = extractReport(report('（二）星河智能\n星河智能成立于2021年，总部位于上海。公司创始人兼CEO陈思远毕业于复旦大学。公司推出了小云助手。该公司与南山银行达成战略合作。\n'));
  assertRelations(x, ['FOUNDED|陈思远|星河智能', 'OFFERS|星河智能|小云助手', 'PARTNERS_WITH|星河智能|南山银行']);
  assert.ok(!x.mentions.some((m) => m.surface === '公司' || m.surface === '该公司'));
  const far = extractReport(report('星河智能成立于2021年。行业竞争激烈。市场空间广阔。政策持续加码。资本热度不减。公司推出了小云助手。\n'));
  assert.ok(!rel(far).some((r) => r.startsWith('OFFERS|星河智能')), rel(far).join(' '));
});

test('a preposition jieba tags as a noun opens no organisation name (面向银行)', () => {
  assert.deepEqual(companies('云图金融大模型面向银行、证券等金融机构。'), []);
});

test('a person with titles before the name stays the subject of later clauses; 曾任 is a post held', () => {
  const x = extractReport(report('星河智能成立于2021年。公司创始人兼CEO陈思远毕业于复旦大学，曾任微软亚洲研究院研究员。\n'));
  assertRelations(x, ['FOUNDED|陈思远|星河智能', 'AFFILIATED_WITH|陈思远|复旦大学', 'AFFILIATED_WITH|陈思远|微软亚洲研究院']);
});

test('investors described as such, a model put into every product of a list, and each place issuing its own policy', () => {
  const x = extractReport(report('微软是OpenAI的最大投资方。腾讯混元大模型接入微信、腾讯会议等产品。北京市发布《北京市促进通用人工智能创新发展的若干措施》，深圳市发布《深圳市加快推动人工智能高质量发展高水平应用行动方案》。美国白宫发布《人工智能行政令》。\n'));
  assertRelations(x, ['INVESTS_IN|微软|OpenAI', 'BASED_ON|微信|腾讯混元', 'BASED_ON|腾讯会议|腾讯混元', 'ISSUED|深圳市|《深圳市加快推动人工智能高质量发展高水平应用行动方案》', 'ISSUED|白宫|《人工智能行政令》']);
  assert.ok(!rel(x).includes('ISSUED|北京市|《深圳市加快推动人工智能高质量发展高水平应用行动方案》'), rel(x).join(' '));
});

test('a bare model code is a product next to its maker or a listed product; a transliterated name keeps its last syllable', () => {
  const x = extractReport(report('英伟达A100、H100等GPU是大模型训练的主要算力来源。Anthropic由前OpenAI研究员达里奥·阿莫迪创立。\n'));
  assert.deepEqual(mentioned(x, 'Product'), ['A100', 'H100']);
  assert.ok(rel(x).includes('FOUNDED|达里奥·阿莫迪|Anthropic'), rel(x).join(' '));
});

test('an item of a labelled bracket list sits on its label\'s layer under the line\'s chain head, not on the next group\'s', () => {
  const x = extractReport(report('下游（应用层）：办公（金山办公、钉钉）、金融（同花顺、恒生电子）、教育（好未来、作业帮）\n'));
  const layers = placed(x).filter((p) => !p.includes('|L'));
  for (const p of ['金山办公|app.office', '同花顺|app.finance', '恒生电子|app.finance', '好未来|app']) assert.ok(layers.includes(p), `${p} not in ${layers.join(' ')}`);
  assert.ok(!layers.includes('金山办公|app.finance'), layers.join(' '));
});

test('a bio that goes on without naming its person: career sentences after a header that ends with the name', () => {
  const x = extractReport(report('北辰大学人工智能研究院院长李明表示欢迎。\n北辰大学人工智能研究院李明\n现担任北辰AI院长，同时也是北辰大学讲席教授，中国工程院院士；\n曾在微软公司工作16年；\n又于2014年9月加盟百度公司担任总裁；\n'));
  assertRelations(x, ['AFFILIATED_WITH|李明|北辰大学', 'AFFILIATED_WITH|李明|中国工程院', 'AFFILIATED_WITH|李明|微软公司', 'AFFILIATED_WITH|李明|百度公司']);
  assert.ok(!x.mentions.some((m) => m.label === 'Person' && m.start === m.end), 'the stand-in is no mention');
  const other = extractReport(report('张伟毕业于北京大学，星河科技CTO李娜表示欢迎。\n'));
  assert.ok(!rel(other).includes('AFFILIATED_WITH|张伟|星河科技'), rel(other).join(' '));
});

test('a former or later name in brackets is the same organisation, even when reference data knows it; a co-founder joined by 和 leaves the subject', () => {
  const x = extractReport(report('张亚勤曾在微软公司工作16年，1999年和李开复博士等共同创立微软中国研究院（微软亚洲研究院前身）。\n'));
  assert.ok(x.mentions.some((m) => m.surface === '微软亚洲研究院' && m.aliasOf === '微软中国研究院'), JSON.stringify(x.mentions));
  assertRelations(x, ['FOUNDED|张亚勤|微软中国研究院', 'AFFILIATED_WITH|张亚勤|微软公司']);
  assert.ok(!rel(x).includes('FOUNDED|李开复|微软'), rel(x).join(' '));
});

test('a bio header of an organisation and a name alone on its line names a person whose bio the next lines are', () => {
  const x = extractReport(report('北辰大学计算机系陈明\n现任北辰大学计算机系教授，星河智能首席科学家；曾在谷歌研究院工作8年，2019年创立了南山科技。\n云图研究院王芳\n主要研究方向为自然语言处理，先后提出了Lyra-7B、Lyra-13B等模型。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['陈明', '王芳']);
  assertRelations(x, ['AFFILIATED_WITH|陈明|北辰大学', 'AFFILIATED_WITH|陈明|星河智能', 'FOUNDED|陈明|南山科技', 'AFFILIATED_WITH|王芳|云图研究院', 'DEVELOPS|王芳|Lyra-7B', 'DEVELOPS|王芳|Lyra-13B']);
});

test('in a funding round, a brand and the market it serves name an investor (红杉中国领投)', () => {
  const x = extractReport(report('星河智能完成5亿元B轮融资，由红杉中国领投，高瓴资本、启明创投跟投。\n'));
  assertRelations(x, ['INVESTS_IN|红杉中国|星河智能', 'INVESTS_IN|高瓴资本|星河智能', 'INVESTS_IN|启明创投|星河智能']);
  assert.deepEqual(companies('美团中国领先全球。'), ['美团']);
});

test('a known name around another reading wins: 谷歌DeepMind is one organisation, not a person and a company', () => {
  const x = extractReport(report('前谷歌DeepMind研究员王浩加盟星河科技。\n'));
  assert.ok(!mentioned(x, 'Person').includes('谷歌'), mentioned(x, 'Person').join(' '));
  assertRelations(x, ['AFFILIATED_WITH|王浩|谷歌DeepMind', 'AFFILIATED_WITH|王浩|星河科技']);
});

test('a name jieba cuts into single characters keeps its last one before a verb, and 当选 gives a post', () => {
  const x = extractReport(report('北辰大学计算机系教授罗茂松当选中国中文信息学会理事长。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['罗茂松']);
  assertRelations(x, ['AFFILIATED_WITH|罗茂松|北辰大学', 'AFFILIATED_WITH|罗茂松|中国中文信息学会']);
});

test('a field and 公司 before a name describe it: the name is the company, and its investors come with the round', () => {
  const x = extractReport(report('具身智能公司灵犀机器人宣布获得红杉中国和联想创投的数千万美元天使轮投资。大模型初创公司星河智能完成了新一轮融资。\n'));
  assert.deepEqual(mentioned(x, 'Company').sort(), ['星河智能', '灵犀机器人', '红杉中国', '联想创投'].sort());
  assert.ok(!mentioned(x, 'Region').includes('中国'), mentioned(x, 'Region').join(' '));
  assertRelations(x, ['INVESTS_IN|红杉中国|灵犀机器人', 'INVESTS_IN|联想创投|灵犀机器人']);
});

test('hospitals and exchanges are institutions, and a partner named with 与…合作', () => {
  const x = extractReport(report('星河智能与南山人民医院合作开发医疗大模型。北辰证券交易所发布了新规。\n'));
  assert.deepEqual(mentioned(x, 'Institution').sort(), ['北辰证券交易所', '南山人民医院'].sort());
  assertRelations(x, ['PARTNERS_WITH|星河智能|南山人民医院']);
});

test('a company\'s 字号 before a field names its model; a weak family alias before a version code is that model', () => {
  const x = extractReport(report('星河科技推出面向金融行业的星河金融大模型，该模型基于Qwen2.5-72B进行继续预训练。科大讯飞发布星火X1推理模型。\n'));
  assert.deepEqual(mentioned(x, 'Model').sort(), ['Qwen2.5-72B', '星河金融大模型', '星火X1'].sort());
  assertRelations(x, ['DEVELOPS|星河科技|星河金融大模型', 'BASED_ON|星河金融大模型|Qwen2.5-72B', 'DEVELOPS|科大讯飞|星火X1']);
  assert.ok(!rel(x).includes('DEVELOPS|星河科技|Qwen2.5-72B'), rel(x).join(' '));
});

test('chips named by a brand and a number, and Latin chip names after a hardware word, are hardware products', () => {
  const x = extractReport(report('寒武纪思元590芯片已规模部署。星河科技发布了天枢720芯片。云图智能发布新一代GPU芯片YT S500。2024年第三代910芯片上市。\n'));
  assert.deepEqual(mentioned(x, 'Product').sort(), ['YT S500', '天枢720', '思元590'].sort());
  assert.ok(x.mentions.filter((m) => m.label === 'Product').every((m) => m.props?.kind === 'hardware'));
  assertRelations(x, ['OFFERS|寒武纪|思元590', 'OFFERS|星河科技|天枢720', 'OFFERS|云图智能|YT S500']);
});

test('a business described by common nouns before 公司 is no company; taking part in a round is investing', () => {
  const x = extractReport(report('市场传闻称字节跳动有意收购某AI视频公司。一家视频公司发布了新产品。腾讯投资参与了月之暗面的新一轮融资。\n'));
  assert.deepEqual(mentioned(x, 'Company').sort(), ['字节跳动', '月之暗面', '腾讯'].sort());
  assertRelations(x, ['INVESTS_IN|腾讯|月之暗面']);
});

test('products after their maker: a weak-suffix Latin name, a name with AI and a task; a model list after 接入', () => {
  const x = extractReport(report('金山办公的WPS AI已全面接入DeepSeek-R1和DeepSeek-V3。秘塔科技推出的秘塔AI搜索上线了新功能。星河科技推出了星河AI写作。\n'));
  assert.deepEqual(mentioned(x, 'Product').sort(), ['WPS AI', '星河AI写作', '秘塔AI搜索'].sort());
  assert.ok(!mentioned(x, 'Company').includes('WPS AI'));
  assertRelations(x, ['OFFERS|金山办公|WPS AI', 'BASED_ON|WPS AI|DeepSeek-R1', 'BASED_ON|WPS AI|DeepSeek-V3', 'OFFERS|秘塔科技|秘塔AI搜索', 'OFFERS|星河科技|星河AI写作']);
});

test('a name both an organisation\'s and a model family\'s is the model before a model word', () => {
  const x = extractReport(report('星河助手同时接入混元与DeepSeek双模型。海光信息的产品已适配DeepSeek系列模型。\n'));
  assert.ok(!mentioned(x, 'Company').includes('DeepSeek'), mentioned(x, 'Company').join(' '));
  assert.ok(mentioned(x, 'Model').includes('DeepSeek'), mentioned(x, 'Model').join(' '));
});

test('a country before a description of a company places it; a description ends the name; a licence names no one', () => {
  const x = extractReport(report('法国初创公司Mistral AI完成了融资。中国科技企业星河科技推出了新模型。云图实验室发布的模型采用MIT许可证开源。麻省理工学院（MIT）发布了报告。\n'));
  assert.ok(mentioned(x, 'Company').includes('星河科技'), mentioned(x, 'Company').join(' '));
  assertRelations(x, ['LOCATED_IN|Mistral AI|法国', 'LOCATED_IN|星河科技|中国']);
  const licence = x.mentions.filter((m) => m.surface === 'MIT' && m.start < 60);
  assert.deepEqual(licence, [], 'MIT in MIT许可证 is no mention of the institute');
});

test('a table\'s caption naming a tier places its models, an industry column says L1, a field in the caption says nothing', () => {
  const x = extractReport(report([
    '表2-1 国内主要通用大模型一览', '模型名称 发布机构 发布时间', '星河-70B 星河智能 2024年3月', '天枢2.0 北辰大学 2023年11月', '',
    '表2-2 部分行业大模型', '行业 模型 机构', '金融 星河金融大模型 星河智能', '医疗 北辰医疗大模型 北辰大学', '',
    '表2-3 代码大模型', '模型 机构', 'Xinghe-Coder 星河智能', 'Beichen-Code 北辰大学', '',
  ].join('\n')));
  const tiers = x.placements.filter((p) => p.kind === 'tier').map((p) => `${p.entity.surface}|${p.kind === 'tier' ? p.tier : ''}`).sort();
  assert.deepEqual(tiers, ['北辰医疗大模型|L1', '天枢2.0|L0', '星河-70B|L0', '星河金融大模型|L1'].sort());
});

test('a list said to be companies names them; a kind before a released model\'s own name', () => {
  const x = extractReport(report('数据方面，星数堂、海天云声等企业提供数据标注服务。百度、阿里等企业纷纷入局。度小满推出了金融大模型轩辕，星河科技推出对话大模型天枢。公司推出了金融大模型产品。\n'));
  assert.deepEqual(mentioned(x, 'Company').sort(), ['度小满', '星数堂', '星河科技', '海天云声', '百度', '阿里'].sort());
  assert.deepEqual(mentioned(x, 'Model').sort(), ['天枢', '轩辕']);
  assertRelations(x, ['DEVELOPS|度小满|轩辕', 'DEVELOPS|星河科技|天枢']);
  assert.ok(placed(x).includes('轩辕|L1'), placed(x).join(' '));
});

test('a Latin name something is built into is a product', () => {
  const x = extractReport(report('云图办公将大模型能力整合进YTS。星河科技将天枢大模型集成到Nova中。\n'));
  assert.deepEqual(mentioned(x, 'Product').sort(), ['Nova', 'YTS']);
  assertRelations(x, ['BASED_ON|Nova|天枢大模型']);
});

test('a family name jieba cuts off the given name stays with it', () => {
  const x = extractReport(report('云图智能创始人兼CEO林一鸣毕业于北辰大学。北辰实验室主任郑海涛带领团队发布了新模型。星河科技首席技术官刘晓燕博士指出，成本持续下降。\n'));
  assert.deepEqual(mentioned(x, 'Person').sort(), ['刘晓燕', '林一鸣', '郑海涛'].sort());
  assertRelations(x, ['FOUNDED|林一鸣|云图智能', 'AFFILIATED_WITH|郑海涛|北辰实验室', 'AFFILIATED_WITH|刘晓燕|星河科技']);
});

test('a role in brackets after a name; a model name jieba cuts into characters; a tier word is no name', () => {
  const x = extractReport(report('周远航（星河科技CEO）表示，公司将加大投入。王强（云图智能创始人）称，将继续投入。星河科技与北辰大学联合发布了天衡大模型。垂类大模型发展迅速。\n'));
  assert.deepEqual(mentioned(x, 'Person').sort(), ['周远航', '王强'].sort());
  assert.deepEqual(mentioned(x, 'Model'), ['天衡大模型']);
  assertRelations(x, ['AFFILIATED_WITH|周远航|星河科技', 'FOUNDED|王强|云图智能', 'DEVELOPS|星河科技|天衡大模型', 'DEVELOPS|北辰大学|天衡大模型']);
});

test('a country or bloc right before a policy nobody is said to issue made it; 由 a body after the policy issued it', () => {
  const x = extractReport(report('欧盟拟在《人工智能法案》中新增监管条款。中国《北辰数据管理暂行办法》由国家网信办等七部门联合发布。\n'));
  assertRelations(x, ['ISSUED|欧盟|《人工智能法案》', 'ISSUED|国家网信办|《北辰数据管理暂行办法》', 'APPLIES_TO|《北辰数据管理暂行办法》|中国']);
  assert.ok(!rel(x).includes('ISSUED|中国|《北辰数据管理暂行办法》'), rel(x).join(' '));
});

test('a title inside a Latin phrase splits it; a city and 大学 name a university', () => {
  const x = extractReport(report('Orbit CEO Maya Lindqvist表示，新模型将于明年发布。图灵奖得主Yoshua Bengio是蒙特利尔大学教授。\n'));
  assert.deepEqual(mentioned(x, 'Person').sort(), ['Maya Lindqvist', 'Yoshua Bengio']);
  assertRelations(x, ['AFFILIATED_WITH|Maya Lindqvist|Orbit', 'AFFILIATED_WITH|Yoshua Bengio|蒙特利尔大学']);
});

test('a plain noun before a field names a model after a release, a list opening or 自研的; the trained model is based on it', () => {
  const x = extractReport(report('星河科技基于自研的天枢通用大模型，训练了天枢法律大模型。L1层是行业大模型，如星河金融大模型、云图医疗大模型。企业的金融大模型越来越多。北京金融大模型发展迅速。\n'));
  assert.deepEqual(mentioned(x, 'Model').sort(), ['云图医疗大模型', '天枢法律大模型', '天枢通用大模型', '星河金融大模型'].sort());
  assertRelations(x, ['DEVELOPS|星河科技|天枢通用大模型', 'BASED_ON|天枢法律大模型|天枢通用大模型']);
});

test('people listed after an organisation, each with a title, all hold a post there', () => {
  const x = extractReport(report('北辰大学的王晓东博士和陈静副教授共同完成了研究。北辰大学教授李明与云图智能CEO周宁对谈。\n'));
  assertRelations(x, ['AFFILIATED_WITH|王晓东|北辰大学', 'AFFILIATED_WITH|陈静|北辰大学', 'AFFILIATED_WITH|李明|北辰大学', 'AFFILIATED_WITH|周宁|云图智能']);
  assert.ok(!rel(x).includes('AFFILIATED_WITH|周宁|北辰大学'), rel(x).join(' '));
});

test('ownership: a subsidiary named after 子公司, what a company sets up, and no name across 隶属于', () => {
  const x = extractReport(report('云图研究院隶属于云图集团。星河科技成立了全资子公司星河智算。星河科技旗下子公司众多。星河科技于2023年在深圳成立了星河智能研究院。\n'));
  assert.deepEqual([...new Set(mentioned(x, 'Company'))].sort(), ['云图集团', '星河智算', '星河科技'].sort());
  assertRelations(x, ['SUBSIDIARY_OF|云图研究院|云图集团', 'SUBSIDIARY_OF|星河智算|星河科技', 'SUBSIDIARY_OF|星河智能研究院|星河科技']);
  assert.ok(!rel(x).includes('LOCATED_IN|星河科技|深圳'), rel(x).join(' '));
});

test('an investment firm right before 投资 is named by its 字号; what it invests in is its own act', () => {
  const x = extractReport(report('星河科技通过旗下的云帆资本投资了北辰智能。\n'));
  assertRelations(x, ['SUBSIDIARY_OF|云帆资本|星河科技', 'INVESTS_IN|云帆资本|北辰智能']);
});

test('a model name before 平台 names the platform, a product; before the platform\'s own name it names nothing', () => {
  const x = extractReport(report('星河科技推出了星河大模型开发平台“星舰”。云图智能发布了云图大模型平台。\n'));
  assert.deepEqual(mentioned(x, 'Model'), []);
  assert.deepEqual(mentioned(x, 'Product').sort(), ['云图大模型平台', '星舰']);
  assertRelations(x, ['OFFERS|星河科技|星舰', 'OFFERS|云图智能|云图大模型平台']);
});

test('a title jieba cut in two before a name, and a coined company founded 由 someone', () => {
  const x = extractReport(report('星河科技由前百度高管周航于2019年创立。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['周航']);
  assertRelations(x, ['FOUNDED|周航|星河科技', 'AFFILIATED_WITH|周航|百度']);
});

test('the maker named after 由 before a making verb is a company; a coined company owns the model after its 的', () => {
  const x = extractReport(report('Orion-14B由猎户星空研发。星河科技的天枢大模型和云图智能的云图大模型均已开源。该模型由团队开发。\n'));
  assert.deepEqual(mentioned(x, 'Company').sort(), ['云图智能', '星河科技', '猎户星空'].sort());
  assertRelations(x, ['DEVELOPS|猎户星空|Orion-14B', 'DEVELOPS|星河科技|天枢大模型', 'DEVELOPS|云图智能|云图大模型']);
});

test('a quantity before 大模型, or 公司 after it, names no model', () => {
  const x = extractReport(report('部分大模型公司的估值已经出现回调。多数大模型仍在迭代。星河科技发布了天枢大模型。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['天枢大模型']);
});

test('a tier code in brackets places the model before it and names nothing; a code qualifies only the name right after it', () => {
  const x = extractReport(report('以星海科技为例，其L0层的“星海基座”为后续的星海政务大模型（L1）提供了能力支撑。\n'));
  assert.deepEqual(mentioned(x, 'Model').sort(), ['星海基座', '星海政务大模型']);
  assert.ok(placed(x).includes('星海基座|L0') && placed(x).includes('星海政务大模型|L1'), placed(x).join(' '));
  assert.ok(!placed(x).includes('星海政务大模型|L0'), placed(x).join(' '));
});

test('a quoted name after a hardware word is a chip, and a verb tagged as a noun starts no model name', () => {
  const x = extractReport(report('北辰半导体推出新一代训练芯片“启明X2”，采用7纳米工艺，面向大模型训练场景。\n'));
  assert.deepEqual(mentioned(x, 'Model'), []);
  assert.ok(x.mentions.some((m) => m.label === 'Product' && m.surface === '启明X2' && m.props?.kind === 'hardware'));
  assertRelations(x, ['OFFERS|北辰半导体|启明X2']);
});

test('a base-model trigger in a clause with a subject of its own is not about the model before that clause', () => {
  const x = extractReport(report('百度在文心大模型4.5的基础上升级了文心一言，而腾讯则依托混元大模型推出了腾讯元宝。\n'));
  assertRelations(x, ['BASED_ON|文心一言|文心大模型4.5', 'BASED_ON|腾讯元宝|混元大模型']);
  assert.ok(!rel(x).includes('BASED_ON|文心一言|混元大模型'), rel(x).join(' '));
});

test('investors brought in by 由 inside a round, also a round a later clause of the subject reports', () => {
  const x = extractReport(report('青岚智能由前谷歌研究员陆明哲于2021年创立，目前已完成由启明创投领投的B轮融资。星河科技完成了由红杉中国、高瓴创投联合领投的B轮融资。\n'));
  assertRelations(x, ['INVESTS_IN|启明创投|青岚智能', 'INVESTS_IN|红杉中国|星河科技', 'INVESTS_IN|高瓴创投|星河科技']);
  // An investor raises nothing from its co-investor.
  assert.ok(!rel(x).includes('INVESTS_IN|高瓴创投|红杉中国'), rel(x).join(' '));
});

test('a description ending in 企业 names the company after it when that company acts', () => {
  const x = extractReport(report('其中，具身智能企业灵枢机器人完成数亿元A+轮融资，投资方包括红杉中国和高瓴创投。国内初创企业零壹万物宣布转向行业解决方案。头部科技企业研发国产大模型。\n'));
  assert.deepEqual(mentioned(x, 'Company').filter((c) => !['红杉中国', '高瓴创投'].includes(c)).sort(), ['灵枢机器人', '零壹万物']);
  assertRelations(x, ['INVESTS_IN|红杉中国|灵枢机器人', 'INVESTS_IN|高瓴创投|灵枢机器人']);
});

test('a coined word and AI ending what is released is a product, a kind of AI is not; a name before 基座模型 is a model; 更新 releases', () => {
  const x = extractReport(report('云图智能推出了海螺AI，还发布了智能AI和医疗AI。星河科技发布了天枢基座模型。北辰实验室更新了Orion 2.5 Pro。\n'));
  assert.deepEqual(mentioned(x, 'Product'), ['海螺AI']);
  assertRelations(x, ['OFFERS|云图智能|海螺AI', 'DEVELOPS|星河科技|天枢基座模型', 'DEVELOPS|北辰实验室|Orion 2.5 Pro']);
});

test('a company a model is deployed at, or that a company serves, is a customer and not placed on the chain', () => {
  const x = extractReport(report('星河科技发布的“星河金融大模型”已在北辰银行、云图证券等机构落地应用。天枢智能为北辰银行提供金融大模型服务。\n'));
  const layered = x.placements.filter((p) => p.kind === 'layer').map((p) => p.entity.surface);
  assert.ok(layered.includes('星河科技') && !layered.includes('北辰银行') && !layered.includes('云图证券'), placed(x).join(' '));
  // …等机构落地应用: 应用 there is what is done at the organisations, not what they are.
  assert.deepEqual(mentioned(x, 'Product'), []);
});

test('a name jieba glued to 大 is still a model; a processor word before a code is no part of it; 旗下 owns a Latin product', () => {
  const x = extractReport(report('拓尔思发布了拓天大模型。北辰半导体发布了Nova架构GPU B300。金山办公旗下WPS AI已接入多家大模型。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['拓天大模型']);
  assert.deepEqual(mentioned(x, 'Product').sort(), ['B300', 'WPS AI']);
  assertRelations(x, ['DEVELOPS|拓尔思|拓天大模型', 'OFFERS|北辰半导体|B300', 'OFFERS|金山办公|WPS AI']);
});

test('a place written right after the province that contains it is where the company is', () => {
  const x = extractReport(report('星河科技是国内智能语音龙头企业，总部位于安徽合肥。\n'));
  assertRelations(x, ['LOCATED_IN|星河科技|合肥']);
  assert.ok(!rel(x).includes('LOCATED_IN|星河科技|安徽'), rel(x).join(' '));
});

test('a partnership trigger after a list of partners joins every one of them, and a coined partner counts', () => {
  const x = extractReport(report('星河科技与商汤科技、智谱AI等企业达成合作。北辰软件与云图智能合作推出了新模型。\n'));
  assertRelations(x, ['PARTNERS_WITH|星河科技|商汤科技', 'PARTNERS_WITH|星河科技|智谱AI', 'PARTNERS_WITH|北辰软件|云图智能']);
});

test('a person described by 是 or a comma clause that ends in a role, and the coined company a career verb brings in', () => {
  const x = extractReport(report('林晓岚是北辰大学计算机学院教授，长期从事自然语言处理研究。周明远，南山大学计算机系博士，曾任云图研究院首席研究员，2022年创立深言科技，担任首席执行官。陈嘉树曾任北辰集团副总裁，2023年离职后创办了元象智能。\n'));
  assert.deepEqual(mentioned(x, 'Person').sort(), ['周明远', '林晓岚', '陈嘉树']);
  assertRelations(x, ['AFFILIATED_WITH|林晓岚|北辰大学计算机学院', 'AFFILIATED_WITH|周明远|南山大学', 'FOUNDED|周明远|深言科技', 'FOUNDED|陈嘉树|元象智能']);
});

test('a career phrase about a person its own clause names does not go on about the person before', () => {
  const x = extractReport(report('陈嘉树曾任北辰研究院副院长。\n毕业于南山大学的王子谦在云图研究院工作多年。\n'));
  assertRelations(x, ['AFFILIATED_WITH|王子谦|南山大学']);
  assert.ok(!rel(x).includes('AFFILIATED_WITH|陈嘉树|南山大学'), rel(x).join(' '));
});

test('a scene column is no product column, and a tier the caption names wins over an industry in the row', () => {
  const x = extractReport(report(['表3 部分L2场景模型', '模型名称 | 开发企业 | 应用场景', '星河晓医 | 星河科技 | 医疗问诊', '云图天幕 | 云图智能 | 视频创作', ''].join('\n')));
  assert.deepEqual(mentioned(x, 'Product'), []);
  assert.deepEqual(x.placements.filter((p) => p.kind === 'tier').map((p) => `${p.entity.surface}|${p.kind === 'tier' ? p.tier : ''}`).sort(), ['云图天幕|L2', '星河晓医|L2']);
});

test('a chain link named after its chain places the companies listed, the last one joined by 和 too', () => {
  const x = extractReport(report('AI大模型产业链上游为基础层，代表企业有北辰芯片、南山算力和海天瑞声；中游为模型层，代表企业有星河科技和云图智能。\n'));
  assert.ok(mentioned(x, 'Company').includes('海天瑞声'), mentioned(x, 'Company').join(' '));
  for (const c of ['北辰芯片', '南山算力', '海天瑞声']) assert.ok(placed(x).includes(`${c}|infra`), placed(x).join(' '));
});

test('a later clause whose release verb has a subject of its own is another company\'s release', () => {
  const x = extractReport(report('同花顺推出了金融大模型HithinkGPT，医联发布了医疗大模型MedGPT。星河科技发布了天枢-7B，随后又推出了天枢-13B。\n'));
  assertRelations(x, ['DEVELOPS|同花顺|HithinkGPT', 'DEVELOPS|星河科技|天枢-7B', 'DEVELOPS|星河科技|天枢-13B']);
  assert.ok(!rel(x).includes('DEVELOPS|同花顺|MedGPT'), rel(x).join(' '));
});

test('a Latin name that invests, is invested in or partners is an organisation; one 由 brings in to lead is a person', () => {
  const x = extractReport(report('Zephyr AI完成了由ASMX领投的17亿欧元融资。阿联酋的K42与微软达成战略合作，微软向K42投资15亿美元。北辰实验室由Alexandr Wong领导。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['Alexandr Wong']);
  assertRelations(x, ['INVESTS_IN|ASMX|Zephyr AI', 'PARTNERS_WITH|K42|微软', 'INVESTS_IN|微软|K42', 'LOCATED_IN|K42|阿联酋']);
  // Reference data puts 微软 in the United States, whatever the place before its partner.
  assert.ok(!rel(x).includes('LOCATED_IN|微软|阿联酋'), rel(x).join(' '));
});

test('a forecast table: companies among the numbers are read, financial measures in the header are no models', () => {
  const x = extractReport(report(['表5 重点公司盈利预测', '证券代码 | 证券简称 | 收盘价（元） | EPS 2024E | PE 2025E | 投资评级', '002230.SZ | 科大讯飞 | 48.20 | 0.35 | 92.7 | 买入', '688111.SH | 金山办公 | 285.60 | 3.52 | 65.2 | 买入', ''].join('\n')));
  assert.deepEqual(mentioned(x, 'Model'), []);
  assert.deepEqual(mentioned(x, 'Company').sort(), ['科大讯飞', '金山办公'].sort());
});

test('a coined name opening a sentence that says when it was founded or what company it is names a company', () => {
  const x = extractReport(report('硅流智算成立于2023年，总部位于北京。无穹芯动是一家专注于端侧推理芯片的初创公司。这家公司成立于2020年。研究发现是一家公司的问题。星河科技推出了开源训练框架Nova-Train。\n'));
  assert.deepEqual(mentioned(x, 'Company').sort(), ['无穹芯动', '星河科技', '硅流智算'].sort());
  assertRelations(x, ['LOCATED_IN|硅流智算|北京', 'OFFERS|星河科技|Nova-Train']);
});

test('products given as examples of a kind sit on that kind\'s layer', () => {
  const x = extractReport(report('类似于市场上其他聊天机器人，例如星河小云、北辰度然等。\n'));
  assert.ok(placed(x).includes('星河小云|app.assistant') && placed(x).includes('北辰度然|app.assistant'), placed(x).join(' '));
});

test('a model\'s entry names its maker after a colon when the entry says the maker made it', () => {
  const x = extractReport(report('NovaGPT：星河科技基于自建金融数据集训练的500亿参数量LLM，没有开源。\n'));
  assertRelations(x, ['DEVELOPS|星河科技|NovaGPT']);
});

test('a country alone on its line labels the lines after it, up to the next label', () => {
  const x = extractReport(report(['表1 主要国家/地区政策特点', '国家/地区 政策规划', '美国', '政府加强监管。星河版权办公室发布指南应对版权问题。', '欧洲', '强调伦理和治理。', '欧盟拟新增监管条款。英国等发布草案。', '其他国家', '云图研究院推动技术融合。', ''].join('\n')));
  assertRelations(x, ['LOCATED_IN|星河版权办公室|美国', 'PART_OF|欧盟|欧洲', 'PART_OF|英国|欧洲']);
  // 其他国家 ends 欧洲's rows; nothing places 云图研究院.
  assert.ok(!rel(x).some((r) => r.startsWith('LOCATED_IN|云图研究院')), rel(x).join(' '));
});

test('characters a release names before 大模型 are the model\'s name; an acronym listed with benchmarks is one', () => {
  const x = extractReport(report('医疗领域，星河健康发布的京医千询大模型表现突出。星河科技推出了新一代大模型。本次评测基于SuperCLUE、C-Eval和CMMLU三个基准。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['京医千询大模型']);
  assert.ok(x.mentions.some((m) => m.surface === 'CMMLU' && m.label === 'Product' && m.props?.kind === 'benchmark'), mentioned(x, 'Product').join(' '));
});

test('a map line, a chain link\'s label and a list of names, places its items and types the unknown ones', () => {
  const x = extractReport(report(['中国大模型产业图谱', '一、基础层', '1. 算力：北辰芯片、华为昇腾、南山微电子', '2. 数据：海天瑞声、数据堂、星尘数据', '二、模型层', '行业大模型：天衡（金融）、NovaMed（医疗）', '四、应用层', '办公：WPS AI、钉钉、飞书', '监管：政府加强对星河科技、云图智能的审查，要求整改。', ''].join('\n')));
  // A model link's items are models, notes in brackets and all; a Latin item under an app label is a product.
  assert.deepEqual(mentioned(x, 'Model').sort(), ['NovaMed', '天衡'].sort());
  assert.ok(mentioned(x, 'Product').includes('WPS AI'), mentioned(x, 'Product').join(' '));
  for (const c of ['海天瑞声', '数据堂', '星尘数据']) assert.ok(mentioned(x, 'Company').includes(c) && placed(x).includes(`${c}|infra.data`), `${c}: ${placed(x).join(' ')}`);
  for (const p of ['钉钉', '飞书']) assert.ok(mentioned(x, 'Product').includes(p) && placed(x).includes(`${p}|app.office`), `${p}: ${placed(x).join(' ')}`);
  // A known maker before a product stays the maker; a label over a sentence (not a list) places nothing.
  assert.ok(mentioned(x, 'Product').includes('昇腾') && placed(x).includes('北辰芯片|infra.compute'), placed(x).join(' '));
  assert.ok(!placed(x).some((p) => p.endsWith('ecosystem.policy')), placed(x).join(' '));
});

test('a joint venture belongs to every company that set it up; a price between 被 and 收购 still says who bought', () => {
  const x = extractReport(report('星河科技与云图智能成立合资公司北辰智算。南山软件被星河科技以10亿元收购。\n'));
  assert.ok(mentioned(x, 'Company').includes('北辰智算'), mentioned(x, 'Company').join(' '));
  assertRelations(x, ['SUBSIDIARY_OF|北辰智算|星河科技', 'SUBSIDIARY_OF|北辰智算|云图智能', 'SUBSIDIARY_OF|南山软件|星河科技']);
});

test('a 字号 jieba cut into characters before a size is a model\'s; an adverb after a name jieba cut up is not part of it', () => {
  const x = extractReport(report('北辰大学教授王强团队发布了天衡-13B。曾任谷歌研究员的赵磊现为云图智能CTO。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['天衡-13B']);
  assert.deepEqual(mentioned(x, 'Person').sort(), ['王强', '赵磊']);
  assertRelations(x, ['DEVELOPS|王强|天衡-13B', 'AFFILIATED_WITH|赵磊|云图智能']);
});

test('a known model\'s weak name before 一体机 names an appliance; what a release is based on is not released', () => {
  const x = extractReport(report('科大讯飞与华为联合发布了基于昇腾的星火一体机。\n'));
  assert.ok(x.mentions.some((m) => m.surface === '星火一体机' && m.label === 'Product' && m.props?.kind === 'hardware'), mentioned(x, 'Product').join(' '));
  assertRelations(x, ['OFFERS|科大讯飞|星火一体机', 'OFFERS|华为|星火一体机']);
  assert.ok(!rel(x).includes('OFFERS|科大讯飞|昇腾'), rel(x).join(' '));
});

test('a line of Latin names with a Chinese clause is read; a caption run into it and a region word are no models', () => {
  const x = extractReport(report('Nova AI发布了Nova-R1-0528，Zephyr Labs发布了Zephyr 3.1 405B。\n当前，国际大模型竞争激烈，中美两国发\nTable 2. Characteristics of model policy planning\n'));
  assertRelations(x, ['DEVELOPS|Nova AI|Nova-R1-0528', 'DEVELOPS|Zephyr Labs|Zephyr 3.1']);
  assert.deepEqual(mentioned(x, 'Model').sort(), ['Nova-R1-0528', 'Zephyr 3.1']);
});

test('agents and platforms named after a model are products; Latin names a release brings in, listed or plain, are products, not people', () => {
  const x = extractReport(report('百度推出了文心智能体平台，华为云的盘古智能体已在煤矿落地。Nova团队推出的通用智能体Manus迅速走红。海外方面，OpenAI发布了Operator和Deep Research，谷歌推出了Project Mariner。\n'));
  assert.deepEqual(mentioned(x, 'Person'), []);
  for (const p of ['文心智能体平台', '盘古智能体', 'Manus', 'Operator', 'Deep Research', 'Project Mariner']) assert.ok(mentioned(x, 'Product').includes(p), `${p}: ${mentioned(x, 'Product').join(' ')}`);
  assertRelations(x, ['OFFERS|百度|文心智能体平台', 'OFFERS|OpenAI|Operator', 'OFFERS|OpenAI|Deep Research', 'OFFERS|谷歌|Project Mariner']);
});

test('a five-year plan named by its number is a policy, and one inside a title is the title', () => {
  const x = extractReport(report('本研究以国家十四五规划为导向。在国家“十四五”规划中，算力将快速增长。国务院印发《“十四五”数字经济发展规划》。\n'));
  assert.deepEqual(mentioned(x, 'Policy'), ['十四五规划', '“十四五”规划', '《“十四五”数字经济发展规划》']);
});

test('a name listed with other people of some kind is a person', () => {
  const x = extractReport(report('这一问题促使了全球首富马斯克和其他科研重量级人物呼吁暂停训练。北京和其他城市发布了政策。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['马斯克']);
});

test('a short lower-case English word is no name', () => {
  const x = extractReport(report('星河科技通过引进各种插件来增强应用能力，目标打造成一个 super APP。\n'));
  assert.deepEqual(mentioned(x, 'Product'), []);
});

test('an owner reference data names, opening an organisation\'s name, owns it', () => {
  const x = extractReport(report('2021年与阿里达摩院联合发布的中文多模态预训练大模型M6。\n'));
  assertRelations(x, ['SUBSIDIARY_OF|阿里达摩院|阿里']);
});

test('a Latin lab named right after its company is the company\'s institution, not its product', () => {
  const x = extractReport(report('腾讯AI Lab发布了新模型。\n'));
  assert.deepEqual(mentioned(x, 'Institution'), ['腾讯AI Lab']);
  assert.deepEqual(mentioned(x, 'Product'), []);
  assertRelations(x, ['SUBSIDIARY_OF|腾讯AI Lab|腾讯']);
});

test('a later release with its own subject ends a product\'s release too; a Latin layer cue is a word of its own; an architecture is no product', () => {
  const x = extractReport(report('用友网络发布了企业智能体YonGPT 2.0，金蝶推出了苍穹GPT。OpenAI发布了Operator和Deep Research。英伟达发布了Blackwell架构GPU B200。\n'));
  assert.ok(!rel(x).some((r) => r.endsWith('|苍穹GPT') && r.startsWith('DEVELOPS|用友')), rel(x).join(' '));
  assert.ok(!placed(x).some((p) => p.endsWith('app.search')), placed(x).join(' '));
  assert.ok(!mentioned(x, 'Product').includes('Blackwell'), mentioned(x, 'Product').join(' '));
});

test('a tier cue does not reach a model past a verb or preposition', () => {
  const x = extractReport(report('借助插件，小模型可以在星河Chat类的大模型中完成检索。通用大模型如天穹-7B发展很快。\n'));
  assert.ok(!placed(x).some((p) => p.startsWith('星河Chat|')), placed(x).join(' '));
  assert.ok(placed(x).includes('天穹-7B|L0'), placed(x).join(' '));
});

test('the examples a link of the chain opens are companies, unless the list goes on to say what they are', () => {
  const x = extractReport(report('下游为应用层，如康宁医生、云诊等。应用层主要包括智慧诊室、康宁问诊等场景。\n'));
  assert.deepEqual(mentioned(x, 'Company'), ['康宁医生', '云诊']);
});

test('a table row\'s own type cell names its model\'s tier, before the caption', () => {
  const x = extractReport(report([
    '表3 部分国产大模型', '发布方 | 模型名称 | 类型', '星河智能 | 星河医言 | 行业大模型', '北辰大学 | 天枢 | 通用大模型', '云图科技 | 云图问药 | 多模态', '',
  ].join('\n')));
  const tiers = x.placements.filter((p) => p.kind === 'tier').map((p) => `${p.entity.surface}|${p.kind === 'tier' ? p.tier : ''}`).sort();
  assert.deepEqual(tiers, ['天枢|L0', '星河医言|L1']);
});

test('a hospital attached to a university is one institution named with it', () => {
  const x = extractReport(report('星河科技与南山医科大学附属北辰医院合作。云图智能与东海大学医学院附属仁和医院联合开展测试。\n'));
  assert.deepEqual(mentioned(x, 'Institution').sort(), ['东海大学医学院附属仁和医院', '南山医科大学附属北辰医院']);
});

test('a known company and a line of business, acting, name the business\'s company, a subsidiary', () => {
  const x = extractReport(report('京东健康发布了新的问诊助手。腾讯音乐宣布了新的会员计划。京东金融的用户增长很快。\n'));
  assert.deepEqual(mentioned(x, 'Company').sort(), ['京东', '京东健康', '腾讯音乐'].sort());
  assertRelations(x, ['SUBSIDIARY_OF|京东健康|京东', 'SUBSIDIARY_OF|腾讯音乐|腾讯']);
});

test('a released name cut into characters, before a field\'s kind or after the kind', () => {
  const x = extractReport(report('云图健康发布了京医千询医疗大模型。星河医疗推出了医疗大模型医知鹿。\n'));
  assert.deepEqual(mentioned(x, 'Model').sort(), ['京医千询医疗大模型', '医知鹿']);
});

test('an adverb jieba glued to a name\'s last character ends the name', () => {
  const x = extractReport(report('星河智能的创始人张建中曾任北辰科技副总裁。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['张建中']);
  assertRelations(x, ['FOUNDED|张建中|星河智能', 'AFFILIATED_WITH|张建中|北辰科技']);
});

test('a relational noun offers only the product it names', () => {
  const x = extractReport(report('云图智能的AI产品“小云”很受欢迎。北辰科技公司的DCU产品兼容CUDA生态。星河科技公司旗下多款产品，包括Nova办公软件、Orbit浏览器，均已接入大模型。\n'));
  assertRelations(x, ['OFFERS|云图智能|小云', 'OFFERS|星河科技公司|Nova办公软件', 'OFFERS|星河科技公司|Orbit浏览器']);
  assert.ok(!rel(x).some((r) => r.endsWith('|CUDA')), rel(x).join(' '));
});

test('upstream is never the application layer, downstream never the infrastructure', () => {
  const x = extractReport(report('上游为芯片设计与制造，代表企业有星河芯、北辰微；下游为算力租赁与金融应用，代表企业有云图科技。\n'));
  assert.deepEqual(placed(x).filter((p) => /^(?:星河芯|北辰微)\|/.test(p)).sort(), ['北辰微|infra.compute', '星河芯|infra.compute']);
  assert.ok(!placed(x).some((p) => p.startsWith('云图科技|infra')), placed(x).join(' '));
});

test('a chip named by a brand and a series letter\'s code is one hardware product', () => {
  const x = extractReport(report('北辰微的星燧T20芯片已量产。云图芯推出了云曦C500系列GPU。\n'));
  assert.deepEqual(mentioned(x, 'Product').sort(), ['云曦C500', '星燧T20']);
});

test('a place and its organ\'s short name name the local organ, not the national one', () => {
  const x = extractReport(report('南京市科委与南京市教委联合印发方案。广州市发改委发布通知。国家发展改革委负责人出席。\n'));
  assert.deepEqual(mentioned(x, 'Institution').sort(), ['南京市教委', '南京市科委', '国家发展改革委', '广州市发改委'].sort());
});

test('an organ\'s short name jieba cuts into characters is joined back after its place', () => {
  // 卫|健|委: the suffix is rejoined, so the place names its organ; the national one is known as reference data.
  const x = extractReport(report('绍兴市卫健委与星河科技合作建设医疗大模型平台。国家卫健委随后印发了《医疗大模型应用管理办法》。\n'));
  assert.deepEqual(mentioned(x, 'Institution').sort(), ['国家卫健委', '绍兴市卫健委'].sort());
  assertRelations(x, ['PARTNERS_WITH|绍兴市卫健委|星河科技', 'ISSUED|国家卫健委|《医疗大模型应用管理办法》']);
});

test('where models are made is no model\'s name', () => {
  const x = extractReport(report('地方大模型产业政策梳理\n各地大模型政策密集出台，星河科技发布了天枢大模型。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['天枢大模型']);
});

test('under a policy header a title without its brackets is a policy', () => {
  const x = extractReport(report(['表2 部分地方政策', '地区 | 政策名称 | 发布时间 | 发布机构', '南京 | 南京市促进智能算力发展的若干措施 | 2024年5月 | 南京市人民政府办公厅', '南京 | 南京市算力产业发展报告 | 2024年6月 | 南京市科委', ''].join('\n')));
  assert.deepEqual(mentioned(x, 'Policy'), ['南京市促进智能算力发展的若干措施']);
  assertRelations(x, ['ISSUED|南京市人民政府办公厅|南京市促进智能算力发展的若干措施', 'APPLIES_TO|南京市促进智能算力发展的若干措施|南京']);
});

test('a person titled at that institute works at the nearest one the sentence named', () => {
  const x = extractReport(report('北辰大学与南山智能研究所联合发布了天枢大模型，该所所长罗明轩表示将继续开源。\n'));
  assertRelations(x, ['AFFILIATED_WITH|罗明轩|南山智能研究所']);
  assert.ok(!rel(x).includes('AFFILIATED_WITH|罗明轩|北辰大学'), rel(x).join(' '));
});

test('a model\'s quantisation says nothing of finance', () => {
  const x = extractReport(report('星河科技推出了经过量化压缩的轻量化模型。北辰资本专注量化投资业务。\n'));
  assert.ok(!placed(x).some((p) => p.startsWith('星河科技|app.finance')), placed(x).join(' '));
});

test('two name parts joined by a middle dot before a model\'s kind are one model', () => {
  const x = extractReport(report('南山实验室与星河科技联合发布了南山·星海大模型。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['南山·星海大模型']);
  assertRelations(x, ['DEVELOPS|南山实验室|南山·星海大模型', 'DEVELOPS|星河科技|南山·星海大模型']);
});

test('a transliterated name keeps the syllables jieba cut off its last part', () => {
  const x = extractReport(report('马克·扎克伯格表示将继续投入开源模型。\n'));
  assert.deepEqual(mentioned(x, 'Person'), ['马克·扎克伯格']);
});

test('the investors a round lists are companies, each investing in the company that raised it', () => {
  const x = extractReport(report('云图智能于2024年2月完成超10亿元融资，阿里巴巴、红杉中国、星河书等参与投资。\n'));
  assert.ok(mentioned(x, 'Company').includes('星河书'), mentioned(x, 'Company').join(' '));
  assertRelations(x, ['INVESTS_IN|阿里巴巴|云图智能', 'INVESTS_IN|红杉中国|云图智能', 'INVESTS_IN|星河书|云图智能']);
});

test('a company said to lack what the cues name is not placed there', () => {
  const x = extractReport(report('相对而言，星河科技等国内企业在数据集、计算能力和工程化方面存在短板。云图智能在数据标注领域持续布局。\n'));
  assert.ok(mentioned(x, 'Company').includes('星河科技'), mentioned(x, 'Company').join(' '));
  assert.deepEqual(placed(x), ['云图智能|infra.data']);
});

test('a name with a company suffix before 等企业 is a company, alone or listed; a field with a suffix is not', () => {
  const x = extractReport(report('星河科技、云图智能等企业已进入该领域。北辰科技等国内企业也在布局。生物科技、医疗科技等企业增长较快。人工智能科技等公司纷纷入局。\n'));
  assert.deepEqual(mentioned(x, 'Company').sort(), ['北辰科技', '云图智能', '星河科技'].sort());
});

test('a clause that opens by receiving an investment gives it to the sentence\'s subject, past an organisation between', () => {
  const x = extractReport(report('星河智能由前云图科技副总裁李明创立，获得了北辰资本、南山创投等机构的投资。\n'));
  assertRelations(x, ['INVESTS_IN|北辰资本|星河智能', 'INVESTS_IN|南山创投|星河智能', 'FOUNDED|李明|星河智能']);
  assert.ok(!rel(x).some((r) => r.startsWith('INVESTS_IN') && r.endsWith('|云图科技')), rel(x).join(' '));
});

test('a modality between a model\'s name and 大模型 is read as a field is; a describing word before it names nothing', () => {
  const x = extractReport(report('星河科技推出了天枢多模态大模型。云图智能发布了北辰语言大模型。北辰实验室推出了中文语言大模型。\n'));
  assert.deepEqual(mentioned(x, 'Model').sort(), ['北辰语言大模型', '天枢多模态大模型'].sort());
  assertRelations(x, ['DEVELOPS|星河科技|天枢多模态大模型', 'DEVELOPS|云图智能|北辰语言大模型']);
});

test('models joined by 和, a name jieba cut into characters before a field, a modality\'s 模型 after a proper name; 首款 names none', () => {
  const x = extractReport(report('星河科技发布了天衡金融大模型和北辰视觉语言大模型。云图智能推出了北辰轻量化模型。南山科技推出了首款金融大模型。\n'));
  assert.deepEqual(mentioned(x, 'Model').sort(), ['北辰视觉语言大模型', '北辰轻量化模型', '天衡金融大模型'].sort());
  assertRelations(x, ['DEVELOPS|星河科技|天衡金融大模型', 'DEVELOPS|星河科技|北辰视觉语言大模型', 'DEVELOPS|云图智能|北辰轻量化模型']);
  // The field qualifies the model it is part of, not the next one in the list.
  assert.ok(placed(x).includes('天衡金融大模型|L1'), placed(x).join(' '));
  assert.ok(!placed(x).some((p) => p.startsWith('北辰视觉语言大模型|')), placed(x).join(' '));
});

test('a coined company that works in a field or is said to be a provider; 公司 opening a later clause is the sentence\'s subject', () => {
  const x = extractReport(report('星河科技在数据集方面布局较早。云图科技是国内领先的算力提供商。量子科技在医疗领域的应用前景广阔。北辰智能创始人李明曾任南山研究院副院长，公司推出了天枢大模型。\n'));
  assert.deepEqual(mentioned(x, 'Company').sort(), ['北辰智能', '云图科技', '星河科技'].sort());
  assertRelations(x, ['DEVELOPS|北辰智能|天枢大模型', 'FOUNDED|李明|北辰智能', 'AFFILIATED_WITH|李明|南山研究院']);
});

test('a company that uses compute is not on the compute layer, unless it made what it uses', () => {
  const x = extractReport(report('星河科技采用了北辰半导体的X100显卡。云图智能依靠自家开发的Y1芯片训练模型。算力方面，天枢智能通过与南山云的合作，动用了大约1万块X100显卡。\n'));
  const infra = x.placements.filter((p) => p.kind === 'layer' && p.layer.startsWith('infra') && p.entity.label === 'Company').map((p) => p.entity.surface);
  assert.ok(!infra.includes('星河科技') && infra.includes('云图智能') && !infra.includes('天枢智能'), infra.join(' '));
});

test('plain words listed as the members of a model series are models released with it; a product series is not', () => {
  const x = extractReport(report('Anthropic发布了Nova 3系列模型，包括Lyra、Vega和Altair。该系列产品包括Office和Teams。\n'));
  assert.deepEqual(mentioned(x, 'Model'), ['Nova 3', 'Lyra', 'Vega', 'Altair']);
  assert.ok(rel(x).includes('DEVELOPS|Anthropic|Vega'), rel(x).join(' '));
});

test('a clause break after a released model ends the release unless a new release verb follows', () => {
  const ended = rel(extractReport(report('北辰集团发布了Orion-7B开源模型，该模型基于LLaMA架构训练。\n')));
  assert.ok(ended.includes('DEVELOPS|北辰集团|Orion-7B') && ended.includes('BASED_ON|Orion-7B|LLaMA'), ended.join(' '));
  assert.ok(!ended.includes('DEVELOPS|北辰集团|LLaMA'), ended.join(' '));
  const again = rel(extractReport(report('北辰集团发布了Orion-7B，并推出了Orion-13B。\n')));
  assert.ok(again.includes('DEVELOPS|北辰集团|Orion-13B'), again.join(' '));
});

test('every body listed as issuing a policy issued it, and a policy whose title opens with a place applies there', () => {
  const x = extractReport(report('上海市科学技术委员会、北京市经济和信息化局联合发布《北京市促进星河产业发展的若干措施》。\n'));
  const r = rel(x);
  assert.ok(r.includes('ISSUED|上海市科学技术委员会|《北京市促进星河产业发展的若干措施》'), r.join(' '));
  assert.ok(r.includes('ISSUED|北京市经济和信息化局|《北京市促进星河产业发展的若干措施》'), r.join(' '));
  assert.ok(r.includes('APPLIES_TO|《北京市促进星河产业发展的若干措施》|北京市'), r.join(' '));
});

test('a known family named with a field before 大模型 is a model of its own; a group word is no field', () => {
  const models = (t: string) => mentioned(extractReport(report(t + '\n')), 'Model');
  assert.deepEqual(models('华为云发布了盘古气象大模型。'), ['盘古气象大模型']);
  assert.ok(!models('OpenAI的GPT系列大模型很强。').includes('GPT系列大模型'), models('OpenAI的GPT系列大模型很强。').join(' '));
});
