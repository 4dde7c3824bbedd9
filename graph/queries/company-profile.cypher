// title: Everything about one company
// purpose: A company's models, products, people, investors, region, and the policies that apply to its region (or the regions above it).
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
OPTIONAL MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region)<-[:APPLIES_TO]-(policy:Policy)
RETURN c.name AS company, c.country AS country, models, products, people, investors, regions, collect(DISTINCT policy.name) AS policies
