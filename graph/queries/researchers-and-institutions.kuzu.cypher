// title: Researchers, their institutions, and what those institutions built
// purpose: People affiliated with a company or institution, with the models and products of that organisation.
// param role: string = "" — only people with this role (researcher, founder, executive, official); empty for all
// kuzu: collect each organisation's models and products once (one expansion, no models × products rows), then
// join the people; collect() of only nulls is null in kuzu 0.11, hence coalesce.
MATCH (:Person)-[:AFFILIATED_WITH]->(org)
WITH DISTINCT org
OPTIONAL MATCH (org)-[r:DEVELOPS|OFFERS]->(x)
WITH org, collect(DISTINCT CASE WHEN label(r) = 'DEVELOPS' AND label(x) = 'Model' THEN x.name END) AS models,
  collect(DISTINCT CASE WHEN label(r) = 'OFFERS' AND label(x) = 'Product' THEN x.name END) AS products
MATCH (p:Person)-[:AFFILIATED_WITH]->(org)
WHERE $role = '' OR p.role = $role
RETURN p.name AS person, p.role AS role, org.name AS organisation, org.label AS organisationLabel,
  coalesce(models, []) AS models, coalesce(products, []) AS products
ORDER BY person, organisation
