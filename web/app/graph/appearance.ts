// Derived appearance: colours by label or community and sizes by PageRank. Never stored on the graph.
import { nodeRadius } from '../../../graph/layout/node-radius.ts';
import type { NodeAttributes } from './types.ts';

/** One colour per node label, readable on white and distinct in print. */
export const LABEL_COLOURS: Record<string, string> = {
  Company: '#2f6fdb', Institution: '#14a37f', Person: '#e0801f', Model: '#d6336c', Product: '#8e44c9',
  Policy: '#7a6a2b', Region: '#2aa0b8', Document: '#8a8f98', Tier: '#b8860b', ChainLayer: '#5b6b2f',
};
const COMMUNITY_PALETTE = ['#2f6fdb', '#d6336c', '#14a37f', '#e0801f', '#8e44c9', '#2aa0b8', '#b8860b', '#c0392b', '#5b6b2f', '#ff6f91', '#3d5a80', '#6a994e'];
export const FADED_COLOUR = '#e3e5ea';
export const HIGHLIGHT_EDGE = '#f03e3e';
export const EDGE_COLOUR = '#c3c8d2';

export type ColourMode = 'label' | 'community';

export const communityColour = (c: number | undefined): string => (c === undefined ? '#9aa0a6' : COMMUNITY_PALETTE[((c % COMMUNITY_PALETTE.length) + COMMUNITY_PALETTE.length) % COMMUNITY_PALETTE.length]);

export function nodeColour(a: NodeAttributes, mode: ColourMode): string {
  return mode === 'community' ? communityColour(a.community) : LABEL_COLOURS[a.label] ?? '#666';
}

/** Radius in pixels, shared with the 产业链 layout so its spacing matches what is drawn. */
export const nodeSize = (a: NodeAttributes, maxPagerank: number, degree: number): number => nodeRadius(a.pagerank, maxPagerank, degree);
