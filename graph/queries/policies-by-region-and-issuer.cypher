// title: Policies by region and issuer
// purpose: Each policy with the regions it applies to and the bodies that issued it (all, or those applying to one region).
// param region: string = "" — a region's name; empty lists every policy
MATCH (p:Policy)
OPTIONAL MATCH (p)-[:APPLIES_TO]->(r:Region)
OPTIONAL MATCH (issuer)-[:ISSUED]->(p)
// coalesce: kuzu 0.11 returns null, not [], when there is nothing to collect.
WITH p, coalesce(collect(DISTINCT r.name), []) AS regions, coalesce(collect(DISTINCT issuer.name), []) AS issuers
WHERE $region = '' OR $region IN regions
RETURN p.name AS policy, p.date AS date, regions, issuers
ORDER BY policy
