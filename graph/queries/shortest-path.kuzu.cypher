// title: Shortest path between two named entities
// purpose: How two entities connect through extracted relationships (mentions, tiers and layers excluded), up to 6 hops.
// param from: string = "百度" — name or alias of the first entity
// param to: string = "文心一言" — name or alias of the second entity
MATCH (a) WHERE a.name = $from OR $from IN a.aliases
MATCH (b) WHERE (b.name = $to OR $to IN b.aliases) AND a.id <> b.id
MATCH p = (a)-[:DEVELOPS|BASED_ON|OFFERS|AFFILIATED_WITH|FOUNDED|INVESTS_IN|PARTNERS_WITH|SUBSIDIARY_OF|ISSUED|APPLIES_TO|LOCATED_IN|PART_OF* SHORTEST 1..6]-(b)
RETURN p, length(p) AS hops
LIMIT 1
