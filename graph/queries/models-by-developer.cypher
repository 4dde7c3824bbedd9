// title: Models by developer
// purpose: Which companies, institutions and people develop which models (all, or one developer by name or alias).
// param developer: string = "" — a developer's name or alias; empty lists every developer
MATCH (d)-[r:DEVELOPS]->(m:Model)
WHERE $developer = '' OR d.name = $developer OR $developer IN d.aliases
RETURN d.name AS developer, d.label AS developerLabel, m.name AS model, r.confidence AS confidence
ORDER BY developer, model
