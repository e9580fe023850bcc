/** Specifications as a two-column table with row headers. */
export function SpecTable({ rows }: { rows: [string, string][] }) {
  if (rows.length === 0) return null;
  return (
    <table className="w-full text-sm">
      <tbody className="divide-y divide-slate-100">
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row" className="w-2/5 py-2.5 pr-4 text-left align-top font-medium text-slate-600">
              {k}
            </th>
            <td className="py-2.5 text-slate-900">{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
