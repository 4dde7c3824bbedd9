import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRegions, regionGazetteer } from './regions.ts';

test('finds a city and its province with the PART_OF link', () => {
  const [city, province] = findRegions('深圳市和广东省');
  assert.equal(city.surface, '深圳市');
  assert.equal(city.entry.name, '深圳');
  assert.equal(province.entry.name, '广东');
  assert.equal(city.entry.parent, province.entry.id);
  assert.equal(province.entry.level, 'province');
  assert.equal(regionGazetteer().parentOf(province.entry)?.name, '中国');
});

test('counts all 34 provincial-level and at least 330 prefecture-level divisions', () => {
  const g = regionGazetteer();
  assert.equal(g.chineseProvinces().length, 34);
  assert.ok(g.chinesePrefectures().length >= 330);
  assert.equal(g.chinesePrefectures().length, 333);
  for (const p of g.chinesePrefectures()) assert.equal(g.parentOf(p)?.level, 'province', p.id);
});

test('municipalities are provinces and cities at once', () => {
  for (const name of ['北京', '上海', '天津', '重庆']) {
    const [e] = regionGazetteer().lookup(name);
    assert.equal(e.level, 'province');
    assert.equal(e.alsoCity, true);
  }
});

test('one-character abbreviations match only when asked', () => {
  assert.deepEqual(findRegions('京沪两地').map((m) => m.surface), []);
  const found = findRegions('京沪两地', { abbrev: true });
  assert.deepEqual(found.map((m) => m.entry.name), ['北京', '上海']);
  assert.equal(found[0].via, 'abbrev');
  assert.deepEqual(regionGazetteer().lookup('粤'), []);
  assert.equal(regionGazetteer().lookup('粤', { abbrev: true })[0].name, '广东');
});

test('weak aliases that are common words need the weak option in running text', () => {
  assert.equal(findRegions('世界大同').length, 0);
  assert.equal(findRegions('山西大同市')[1].entry.name, '大同');
  assert.equal(findRegions('我国企业', { weak: true })[0].entry.id, 'CN');
  assert.equal(regionGazetteer().lookup('我国')[0].id, 'CN');
});

test('ambiguous surfaces list every candidate, province first', () => {
  const [m] = findRegions('吉林');
  assert.equal(m.entry.level, 'province');
  assert.deepEqual(m.candidates.map((e) => e.level), ['province', 'city']);
});

test('countries, blocs and world cities resolve with English names', () => {
  const g = regionGazetteer();
  assert.equal(g.lookup('美国')[0].id, 'US');
  assert.equal(g.lookup('United States')[0].id, 'US');
  assert.equal(g.lookup('欧洲联盟')[0].level, 'bloc');
  assert.deepEqual(g.ancestors(g.lookup('旧金山')[0]).map((e) => e.id), ['US/CA', 'US', 'macro/north-america']);
  // A country and a bloc are PART_OF their continent (UN M49): 英国, 欧盟 of 欧洲.
  assert.equal(g.lookup('英国')[0].parent, 'macro/europe');
  assert.equal(g.lookup('欧盟')[0].parent, 'macro/europe');
  assert.equal(g.lookup('新加坡')[0].level, 'country');
  assert.ok(g.entries.filter((e) => e.level === 'country').length >= 240);
});

test('longestAt prefers the longest name at a position', () => {
  const m = regionGazetteer().longestAt('雄安新区建设', 0);
  assert.equal(m?.entry.name, '雄安新区');
  assert.equal(regionGazetteer().parentOf(m!.entry)?.name, '河北');
});
