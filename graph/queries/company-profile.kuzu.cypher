// title: Everything about one company
// purpose: A company's models, products, people, investors, region, and the policies that apply to its region or the two levels above it (city → province → country).
// param company: string = "百度" — the company's name or one of its aliases
MATCH (c:Company)
WHERE c.name = $company OR $company IN c.aliases
OPTIONAL MATCH (c)-[o:DEVELOPS|OFFERS|LOCATED_IN]->(x)
WITH c, label(o) AS type, x
WITH c, collect(DISTINCT CASE WHEN type = 'DEVELOPS' THEN x.name END) AS models,
  collect(DISTINCT CASE WHEN type = 'OFFERS' THEN x.name END) AS products,
  collect(DISTINCT CASE WHEN type = 'LOCATED_IN' THEN x.name END) AS regions
OPTIONAL MATCH (y)-[i:AFFILIATED_WITH|FOUNDED|INVESTS_IN]->(c)
WITH c, models, products, regions, label(i) AS type, y
WITH c, models, products, regions,
  collect(DISTINCT CASE WHEN type <> 'INVESTS_IN' THEN y.name END) AS people,
  collect(DISTINCT CASE WHEN type = 'INVESTS_IN' THEN y.name END) AS investors
OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(p1:Region)
OPTIONAL MATCH (p1)-[:PART_OF]->(p2:Region)
WITH c, models, products, people, investors, regions, [r.id, p1.id, p2.id] AS area
OPTIONAL MATCH (policy:Policy)-[:APPLIES_TO]->(scope:Region)
WHERE scope.id IN area
// collect() of only nulls is null in kuzu 0.11 (Neo4j gives []), hence coalesce.
RETURN c.name AS company, c.country AS country, coalesce(models, []) AS models, coalesce(products, []) AS products,
  coalesce(people, []) AS people, coalesce(investors, []) AS investors, coalesce(regions, []) AS regions,
  coalesce(collect(DISTINCT policy.name), []) AS policies
