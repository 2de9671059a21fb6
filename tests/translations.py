"""What the committed Indonesian translation holds, for tests that check a message's own
context and text against it (a wrong context still finds a translation at runtime)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "counsel_desk_id.ts"


def finished_translations(path: Path = TS) -> set[tuple[str, str]]:
    """(context, English source) of every entry with a finished, non-empty translation."""
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(path).getroot().iter("context")
        for message in context.iter("message")
        if (node := message.find("translation")) is not None
        and node.get("type") is None
        and (node.text or "").strip()
    }
