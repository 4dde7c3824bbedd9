// title: Researchers, their institutions, and what those institutions built
// purpose: People affiliated with a company or institution, with the models and products of that organisation.
// param role: string = "" — only people with this role (researcher, founder, executive, official); empty for all
MATCH (person:Person)-[:AFFILIATED_WITH]->(org)
WHERE $role = '' OR person.role = $role
OPTIONAL MATCH (org)-[:DEVELOPS]->(m:Model)
OPTIONAL MATCH (org)-[:OFFERS]->(prod:Product)
RETURN person.name AS person, person.role AS role, org.name AS organisation, org.label AS organisationLabel,
  collect(DISTINCT m.name) AS models, collect(DISTINCT prod.name) AS products
ORDER BY person, organisation
