"""Nest marks into a tree over the text so renderers can emit properly nested markup.

Marks are sorted by start (longest first); a mark inside another becomes its child. A mark that
crosses its parent's end is clipped to the parent (it is still listed in full beside the text).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from extractor.show.marks import Mark


@dataclass
class Node:
    start: int
    end: int
    mark: Mark | None = None
    children: list[Node] = field(default_factory=list)


def nest(marks: list[Mark], length: int) -> Node:
    """The mark tree over a text of ``length`` characters; unplaced marks are left out."""
    root = Node(0, length)
    stack = [root]
    for mark in sorted((m for m in marks if m.placed), key=lambda m: (m.start, -m.end, m.number)):
        while len(stack) > 1 and stack[-1].end <= mark.start:
            stack.pop()
        parent = stack[-1]
        end = min(mark.end, parent.end)
        if end <= mark.start:
            continue
        node = Node(mark.start, end, mark)
        parent.children.append(node)
        stack.append(node)
    return root


def pieces(node: Node) -> Iterator[tuple[int, int] | Node]:
    """The node's content in order: plain ``(start, end)`` text ranges and child nodes."""
    pos = node.start
    for child in node.children:
        if child.start > pos:
            yield (pos, child.start)
        yield child
        pos = child.end
    if node.end > pos:
        yield (pos, node.end)
