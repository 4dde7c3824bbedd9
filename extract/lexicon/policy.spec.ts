import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policyTitleKind } from './policy.ts';

test('policy instruments are policies', () => {
  for (const t of [
    '生成式人工智能服务管理暂行办法', '《新一代人工智能发展规划》', '上海市推动人工智能大模型创新发展的若干措施',
    '北京市促进通用人工智能创新发展的若干措施（2023-2025年）', '人工智能法案', '互联网信息服务深度合成管理规定',
    '关于加快场景创新以人工智能高水平应用促进经济高质量发展的指导意见', 'Artificial Intelligence Act',
    'Executive Order on the Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence',
    '生成式人工智能服务安全基本要求（征求意见稿）', '中华人民共和国网络安全法',
  ]) assert.equal(policyTitleKind(t), 'policy', t);
});

test('reports, journals and methods are not policies', () => {
  for (const t of [
    '中国人工智能发展报告', '人工智能标准化白皮书', '计算机学报', '人民日报', '中国科学', '深度学习方法', '推荐算法',
    'Nature', 'AI Index Report', '大模型产业发展研究',
  ]) assert.equal(policyTitleKind(t), 'other', t);
});
