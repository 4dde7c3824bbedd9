// A Cypher result as a table; values are rendered as text, objects as compact JSON.
import type { CypherResponse } from '../../../schema/index.ts';

/** Most rows put in the DOM; the CSV download has them all. */
const SHOWN_ROWS = 500;

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function ResultsTable({ result }: { result: CypherResponse }) {
  return (
    <div className="results-scroll">
      <table className="results" data-testid="cypher-results">
        <thead><tr>{result.columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>
        <tbody>
          {result.rows.slice(0, SHOWN_ROWS).map((row, i) => (
            <tr key={i}>{result.columns.map((c) => <td key={c}>{cellText(row[c])}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
