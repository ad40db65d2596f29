"""Architecture rules import-linter cannot express (it only forbids whole external packages)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop" / "visavis"
SQL = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_export_uses_no_widgets() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(n for n in _imports(p) if n.startswith("PySide6.QtWidgets"))
        for p in (PACKAGE / "export").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_imports_no_qt() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(n for n in _imports(p) if n.split(".")[0] == "PySide6")
        for p in (PACKAGE / "core").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_ui_builds_no_sql() -> None:
    offenders = []
    for p in (PACKAGE / "ui").rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        if "sqlite3" in _imports(p) or SQL.search(text):
            offenders.append(str(p.relative_to(PACKAGE)))
    assert offenders == []


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm (iterative): the components of more than one module are circles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_circle_anywhere() -> None:
    """Module-level import graph of visavis (function-level and TYPE_CHECKING imports count)."""
    import grimp

    built = grimp.build_graph("visavis", cache_dir=None)
    graph = {m: {i for i in built.find_modules_directly_imported_by(m) if i.startswith("visavis")}
             for m in built.modules if m.startswith("visavis")}
    # a package importing its own submodule (re-exports in __init__) is not a circle between parts
    for module, imported in graph.items():
        imported.difference_update({i for i in imported if i.startswith(module + ".")})
    assert _strongly_connected(graph) == []


def test_ui_top_level_is_small() -> None:
    """Capabilities live in folders: ui/ itself holds at most six modules."""
    assert len(list((PACKAGE / "ui").glob("*.py"))) <= 6
