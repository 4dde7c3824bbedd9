// title: Open-source vs closed models by country
// purpose: Models split by openSource (true / false / unknown) and by the country of their developers.
MATCH (d)-[:DEVELOPS]->(m:Model)
OPTIONAL MATCH (d)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(c:Region {level: 'country'})
WITH m, coalesce(d.country, c.name, 'unknown') AS country
RETURN country, coalesce(m.openSource, 'unknown') AS openSource, count(DISTINCT m) AS models
ORDER BY country, openSource
