import { useState } from "react";

// What we know about the workload: each fact, said or assumed, with a way to change it.
// A change is sent as a short message ("Volume: 100M tokens a day") and the answer is recomputed.
export default function ProfileCard() {
  const facts = props.facts || [];
  const [editing, setEditing] = useState(null);
  const [text, setText] = useState("");
  const line = facts.slice(0, 5).map((f) => f.value).join(" · ");
  const submit = (f) => {
    if (!text.trim()) return;
    callAction({ name: "change_fact", payload: { field: f.field, label: f.label, text: text.trim() } });
    setEditing(null);
    setText("");
  };
  const cell = { padding: "0.25rem 0.5rem", verticalAlign: "top" };
  return (
    <div className="ia-profile" style={{ border: "1px solid hsl(var(--border))", borderRadius: "0.75rem", padding: "0.5rem 0.9rem", fontSize: "0.9rem" }}>
      <details open={!!props.open}>
        <summary style={{ cursor: "pointer", fontWeight: 600 }}>
          Your workload <span style={{ fontWeight: 400, opacity: 0.8 }}>— {line} (change)</span>
        </summary>
        <table style={{ width: "100%", marginTop: "0.4rem", borderCollapse: "collapse" }}>
          <tbody>
            {facts.map((f) => (
              <tr key={f.field} style={{ borderTop: "1px solid hsl(var(--border))" }}>
                <td style={{ ...cell, fontWeight: 600, whiteSpace: "nowrap" }}>{f.label}</td>
                <td style={cell}>
                  {f.value}{" "}
                  <span style={{ fontSize: "0.75rem", opacity: 0.7 }}>{f.said ? "you said" : "assumed"}</span>
                  {editing === f.field ? (
                    <form onSubmit={(e) => { e.preventDefault(); submit(f); }} style={{ display: "flex", gap: "0.4rem", marginTop: "0.3rem" }}>
                      <input
                        autoFocus
                        value={text}
                        onChange={(e) => setText(e.target.value)}
                        placeholder={"new " + f.label.toLowerCase()}
                        style={{ flex: 1, minWidth: 0, padding: "0.2rem 0.4rem", borderRadius: "0.4rem", border: "1px solid hsl(var(--border))", background: "transparent", color: "inherit" }}
                      />
                      <button type="submit" style={{ padding: "0.2rem 0.6rem", borderRadius: "0.4rem", background: "hsl(var(--primary))", color: "hsl(var(--primary-foreground))" }}>Recompute</button>
                    </form>
                  ) : null}
                </td>
                <td style={{ ...cell, textAlign: "right" }}>
                  <button onClick={() => { setEditing(f.field); setText(""); }} style={{ color: "hsl(var(--primary))", textDecoration: "underline", background: "none", border: "none", cursor: "pointer" }}>
                    change
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
