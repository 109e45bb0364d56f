// The folded-away part of an answer: why, hidden costs, breakevens, flip points, frameworks,
// assumptions and sources. Citations open the side panel only when clicked.
export default function Details() {
  const sections = props.sections || [];
  const sources = props.sources || [];
  const box = {
    border: "1px solid hsl(var(--border))",
    borderRadius: "0.75rem",
    padding: "0.5rem 0.9rem",
    marginTop: "0.25rem",
    fontSize: "0.9rem",
  };
  const summary = { cursor: "pointer", fontWeight: 600, padding: "0.2rem 0" };
  return (
    <div style={box} className="ia-details">
      <details>
        <summary style={summary}>Details: why, hidden costs, breakevens, assumptions{sources.length ? ", sources" : ""}</summary>
        {sections.map((s, i) => (
          <div key={i} style={{ marginTop: "0.6rem" }}>
            <div style={{ fontWeight: 600 }}>{s.title}</div>
            <ul style={{ margin: "0.2rem 0 0 1.1rem", listStyle: "disc" }}>
              {s.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </details>
      {sources.length ? (
        <div style={{ marginTop: "0.4rem" }} className="ia-sources">
          <span style={{ fontWeight: 600 }}>Sources: </span>
          {sources.map((s) => (
            <button
              key={s.n}
              className="ia-cite"
              title={s.title + " — " + s.section}
              onClick={() => callAction({ name: "show_source", payload: s })}
              style={{ color: "hsl(var(--primary))", textDecoration: "underline", marginRight: "0.6rem", background: "none", border: "none", padding: 0, cursor: "pointer", textAlign: "left" }}
            >
              [{s.n}] {s.section.split(" > ").slice(-1)[0]}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
