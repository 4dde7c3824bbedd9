// title: Companies per province and chain layer
// purpose: Where on the industry chain (基础层 … 应用层) the companies of each province sit; municipalities count as provinces.
MATCH (c:Company)
OPTIONAL MATCH (c)-[:IN_LAYER]->(l:ChainLayer)
OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(p1:Region)
OPTIONAL MATCH (p1)-[:PART_OF]->(p2:Region)
WITH c, coalesce(l.parent, l.code, 'unplaced') AS layer,
  CASE WHEN r.level = 'province' THEN r.name WHEN p1.level = 'province' THEN p1.name WHEN p2.level = 'province' THEN p2.name
    WHEN r.level = 'city' THEN r.name ELSE 'unknown' END AS province
RETURN province, layer, count(DISTINCT c) AS companies, collect(DISTINCT c.name) AS names
ORDER BY companies DESC, province, layer
