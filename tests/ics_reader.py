"""A small, strict reader of the iCalendar files the app writes (RFC 5545), for tests:
it refuses a line not ended by CRLF or longer than 75 octets, unfolds continuation lines
and gives each component's properties."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Component:
    name: str
    properties: list[tuple[str, str]] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def get(self, name: str) -> str:
        values = [v for k, v in self.properties if k.split(";")[0] == name]
        assert len(values) == 1, (name, values)
        return values[0]


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n"), "the file ends with CRLF"
    lines = data[:-2].split(b"\r\n")
    for line in lines:
        assert b"\n" not in line and b"\r" not in line, f"a bare line break in {line!r}"
        assert len(line) <= 75, f"a line of {len(line)} octets: {line!r}"
        line.decode("utf-8")  # a fold never splits a character
    return lines


def parse(data: bytes) -> Component:
    logical: list[str] = []
    for raw in physical_lines(data):
        text = raw.decode("utf-8")
        if text.startswith((" ", "\t")):
            assert logical, "a continuation line first"
            logical[-1] += text[1:]
        else:
            logical.append(text)
    stack: list[Component] = []
    root: Component | None = None
    for line in logical:
        name, sep, value = line.partition(":")
        assert sep, f"no colon in {line!r}"
        if name == "BEGIN":
            component = Component(value)
            if stack:
                stack[-1].children.append(component)
            else:
                root = component
            stack.append(component)
        elif name == "END":
            assert stack and stack[-1].name == value, f"END:{value} out of place"
            stack.pop()
        else:
            assert stack, f"{line!r} outside a component"
            stack[-1].properties.append((name, value))
    assert not stack and root is not None and root.name == "VCALENDAR"
    return root


def events(data: bytes) -> list[Component]:
    return [c for c in parse(data).children if c.name == "VEVENT"]
