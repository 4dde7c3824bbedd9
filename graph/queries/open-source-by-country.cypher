// title: Open-source vs closed models by country
// purpose: Models split by openSource (true / false / unknown) and by the country of their developers (once per known country, else unknown).
MATCH (d)-[:DEVELOPS]->(m:Model)
OPTIONAL MATCH (d)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(p1:Region)
OPTIONAL MATCH (p1)-[:PART_OF]->(p2:Region)
WITH m, collect(DISTINCT coalesce(d.country, CASE WHEN r.level = 'country' THEN r.name WHEN p1.level = 'country' THEN p1.name WHEN p2.level = 'country' THEN p2.name END)) AS countries
UNWIND CASE WHEN coalesce(size(countries), 0) = 0 THEN ['unknown'] ELSE countries END AS country
RETURN country, coalesce(m.openSource, 'unknown') AS openSource, count(DISTINCT m) AS models
ORDER BY country, openSource
