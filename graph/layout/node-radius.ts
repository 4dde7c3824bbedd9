// The radius the viewer draws a node with; the 产业链 layout spaces nodes by it, so both read this one formula.

/** Radius in pixels: sqrt-scaled PageRank, or degree when the graph has no PageRank. */
export function nodeRadius(pagerank: number | undefined, maxPagerank: number, degree: number): number {
  if (maxPagerank > 0 && pagerank !== undefined) return 3 + 15 * Math.sqrt(pagerank / maxPagerank);
  return 3 + Math.min(12, Math.sqrt(degree) * 1.5);
}
