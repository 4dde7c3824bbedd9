// title: L0/L1/L2 model counts by developer country
// purpose: How many general (L0), industry (L1) and scenario (L2) models developers of each country have; country from the developer's `country` or its LOCATED_IN region chain.
MATCH (d)-[:DEVELOPS]->(m:Model)-[:IN_TIER]->(t:Tier)
OPTIONAL MATCH (d)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(c:Region {level: 'country'})
WITH m, t, coalesce(d.country, c.name, 'unknown') AS country
RETURN country, t.code AS tier, count(DISTINCT m) AS models
ORDER BY country, tier
