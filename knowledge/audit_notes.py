"""The source audit as knowledge: one passage per article figure that does not follow."""

from __future__ import annotations

import hashlib

from knowledge.documents import Chunk
from tools.audit import corrections
from tools.catalog import load_catalog

AUDIT_SOURCE = "source-audit"
AUDIT_TITLE = "Inference Advisor source audit"


def audit_chunks() -> list[Chunk]:
    """Each correction, cited to the article section it corrects."""
    out = []
    for check in corrections(load_catalog()):
        src = check.source
        text = (
            f"Correction to '{src.title}', section '{src.section}': {check.verdict()}. "
            f"Recomputed by the advisor from the article's own inputs ({check.how})."
        )
        out.append(
            Chunk(
                id="audit-" + hashlib.sha1(check.id.encode()).hexdigest()[:10],
                source=AUDIT_SOURCE,
                title=AUDIT_TITLE,
                publisher="Inference Advisor",
                date=src.as_of,
                section=f"{src.title} > {src.section} [{check.id}]",
                text=text,
                path=f"audit/{check.id}",
                kind="audit",
            )
        )
    return out
