// title: Everything about one company
// purpose: A company's models, products, people, investors, region, and the policies that apply to its region or the two levels above it (city → province → country).
// param company: string = "百度" — the company's name or one of its aliases
MATCH (c:Company)
WHERE c.name = $company OR $company IN c.aliases
OPTIONAL MATCH (c)-[:DEVELOPS]->(m:Model)
WITH c, collect(DISTINCT m.name) AS models
OPTIONAL MATCH (c)-[:OFFERS]->(p:Product)
WITH c, models, collect(DISTINCT p.name) AS products
OPTIONAL MATCH (person:Person)-[:AFFILIATED_WITH|FOUNDED]->(c)
WITH c, models, products, collect(DISTINCT person.name) AS people
OPTIONAL MATCH (investor)-[:INVESTS_IN]->(c)
WITH c, models, products, people, collect(DISTINCT investor.name) AS investors
OPTIONAL MATCH (c)-[:LOCATED_IN]->(region:Region)
WITH c, models, products, people, investors, collect(DISTINCT region.name) AS regions
OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(p1:Region)
OPTIONAL MATCH (p1)-[:PART_OF]->(p2:Region)
WITH c, models, products, people, investors, regions, [r.id, p1.id, p2.id] AS area
OPTIONAL MATCH (policy:Policy)-[:APPLIES_TO]->(scope:Region)
WHERE scope.id IN area
RETURN c.name AS company, c.country AS country, models, products, people, investors, regions, collect(DISTINCT policy.name) AS policies
