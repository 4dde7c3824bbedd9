// title: L0/L1/L2 model counts by developer country
// purpose: How many general (L0), industry (L1) and scenario (L2) models developers of each country have; a model counts once per known developer country (from `country` or the LOCATED_IN region and up to two PART_OF levels above it), else under unknown.
MATCH (d)-[:DEVELOPS]->(m:Model)-[:IN_TIER]->(t:Tier)
OPTIONAL MATCH (d)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(p1:Region)
OPTIONAL MATCH (p1)-[:PART_OF]->(p2:Region)
WITH m, t, collect(DISTINCT coalesce(d.country, CASE WHEN r.level = 'country' THEN r.name WHEN p1.level = 'country' THEN p1.name WHEN p2.level = 'country' THEN p2.name END)) AS countries
UNWIND CASE WHEN coalesce(size(countries), 0) = 0 THEN ['unknown'] ELSE countries END AS country
RETURN country, t.code AS tier, count(DISTINCT m) AS models
ORDER BY country, tier
