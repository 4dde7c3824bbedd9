// title: Most central entities
// purpose: Entities ranked by PageRank over extracted relationships, optionally of one label.
// param label: string = "" — only this label (Company, Model, …); empty for all
// param limit: number = 25 — how many to return
MATCH (e)
WHERE e.label <> 'Document' AND e.label <> 'Tier' AND e.label <> 'ChainLayer' AND ($label = '' OR e.label = $label)
RETURN e.label AS label, e.name AS name, e.pagerank AS pagerank, e.degree AS degree, e.community AS community
ORDER BY pagerank DESC, name
LIMIT $limit
