// title: Entities mentioned in several reports
// purpose: Corroboration: entities that at least `minReports` different reports mention, most-mentioned first.
// param minReports: number = 2 — least number of distinct reports
MATCH (e)
WHERE e.label <> 'Document' AND size(e.docs) >= $minReports
RETURN e.label AS label, e.name AS name, size(e.docs) AS reports, e.docs AS documents
ORDER BY reports DESC, name
LIMIT 200
