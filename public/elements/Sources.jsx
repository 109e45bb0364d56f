// Citations under an answer: each opens its passage in the side panel when clicked.
export default function Sources() {
  const sources = props.sources || [];
  return (
    <div className="ia-sources" style={{ fontSize: "0.9rem" }}>
      <span style={{ fontWeight: 600 }}>Sources: </span>
      {sources.map((s) => (
        <button
          key={s.n}
          className="ia-cite"
          title={s.title + " — " + s.section}
          onClick={() => callAction({ name: "show_source", payload: s })}
          style={{ color: "hsl(var(--primary))", textDecoration: "underline", marginRight: "0.6rem", background: "none", border: "none", padding: 0, cursor: "pointer", textAlign: "left" }}
        >
          [{s.n}] {s.title}: {s.section.split(" > ").slice(-1)[0]}
        </button>
      ))}
    </div>
  );
}
