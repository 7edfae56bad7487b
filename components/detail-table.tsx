/** A read-only table of label/value rows (申込内容, 保証の内容); empty values show 「―」. */
export function DetailTable({ rows, caption }: { rows: [string, React.ReactNode][]; caption?: string }) {
  return (
    <table className="data detail">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value === null || value === undefined || value === "" ? <span className="muted">―</span> : value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
