"""Install the launcher entry, icons and AppStream metainfo for the current user.

Pure Python (no Qt): files go under ``$XDG_DATA_HOME`` (default ``~/.local/share``)::

    applications/visavis.desktop
    icons/hicolor/<N>x<N>/apps/visavis.png, icons/hicolor/scalable/apps/visavis.svg
    metainfo/io.github.visavis.metainfo.xml

The templates are ``packaging/visavis.desktop`` and ``packaging/io.github.visavis.metainfo.xml``
(shipped as ``resources/desktop/`` in the wheel and in the bundle); the ``Exec``/``TryExec``
lines are rewritten to point at the ``visavis`` that is really installed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from visavis.core.platform.resources import resource_path

DESKTOP_FILE = "visavis.desktop"
METAINFO_FILE = "io.github.visavis.metainfo.xml"
ICON_NAME = "visavis"
ICON_SIZES: tuple[int, ...] = (16, 22, 24, 32, 48, 64, 128, 256, 512)
_CHECKOUT_PACKAGING = Path(__file__).resolve().parents[4] / "packaging"


@dataclass
class InstallReport:
    """What an install/uninstall did: the files written or removed, and tool warnings."""

    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def xdg_data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def find_template(name: str) -> Path:
    """The packaged copy of ``name`` (wheel/bundle ``resources/desktop`` or checkout ``packaging``)."""
    candidates = [_CHECKOUT_PACKAGING / name]
    with contextlib.suppress(FileNotFoundError):
        candidates.insert(0, resource_path("desktop", name))
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{name} is missing from this installation of Vis-à-vis")


def launch_command() -> list[str]:
    """The command that starts this installed Vis-à-vis, as absolute paths."""
    if getattr(sys, "frozen", False):  # PyInstaller bundle
        return [str(Path(sys.executable).resolve())]
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name in ("visavis", "visavis-cli"):
        sibling = argv0.with_name("visavis")
        if sibling.is_file():
            return [str(sibling.absolute())]
    found = shutil.which("visavis")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "visavis"]


def _quote_exec_arg(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry specification asks."""
    reserved = set(' \t\n"\'\\><~|&;$*?#()`')
    if not any(ch in reserved for ch in arg):
        return arg.replace("%", "%%")
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def render_desktop_entry(command: list[str], template: str | None = None) -> str:
    """The .desktop text with ``Exec``/``TryExec`` pointing at ``command``."""
    text = template if template is not None else find_template(DESKTOP_FILE).read_text("utf-8")
    exec_line = "Exec=" + " ".join(_quote_exec_arg(a) for a in command) + " %F"
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = exec_line
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def _installed_paths(data_home: Path) -> dict[str, Path]:
    hicolor = data_home / "icons" / "hicolor"
    paths = {
        "desktop": data_home / "applications" / DESKTOP_FILE,
        "metainfo": data_home / "metainfo" / METAINFO_FILE,
        "svg": hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg",
    }
    for size in ICON_SIZES:
        paths[f"png{size}"] = hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
    return paths


def _refresh_caches(data_home: Path, report: InstallReport) -> None:
    """Run the desktop's cache tools when present; a failure is only a warning."""
    jobs = [
        ("update-desktop-database", ["-q", str(data_home / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-f", "-t", str(data_home / "icons" / "hicolor")]),
    ]
    for tool, args in jobs:
        exe = shutil.which(tool)
        if exe is None:
            continue
        try:
            done = subprocess.run([exe, *args], capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            report.warnings.append(f"{tool}: {exc}")
            continue
        if done.returncode != 0:
            report.warnings.append(f"{tool} exited with {done.returncode}: {done.stderr.strip()}")


def install_desktop_entry(data_home: Path | None = None,
                          command: list[str] | None = None) -> InstallReport:
    """Write the launcher entry, icons and metainfo; return what was written."""
    data_home = data_home or xdg_data_home()
    command = command or launch_command()
    paths = _installed_paths(data_home)
    report = InstallReport()
    icons = resource_path("icons")
    sources = {
        "metainfo": find_template(METAINFO_FILE),
        "svg": icons / f"{ICON_NAME}.svg",
        **{f"png{s}": icons / f"{ICON_NAME}-{s}.png" for s in ICON_SIZES},
    }
    missing = [str(p) for p in sources.values() if not p.is_file()]
    if missing:
        raise FileNotFoundError("missing from this installation: " + ", ".join(missing))
    desktop_text = render_desktop_entry(command)
    for key, target in paths.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if key == "desktop":
            target.write_text(desktop_text, encoding="utf-8")
        else:
            shutil.copyfile(sources[key], target)
        report.files.append(target)
    _refresh_caches(data_home, report)
    return report


def uninstall_desktop_entry(data_home: Path | None = None) -> InstallReport:
    """Remove what install_desktop_entry wrote; return the files removed."""
    data_home = data_home or xdg_data_home()
    report = InstallReport()
    for target in _installed_paths(data_home).values():
        if target.is_file() or target.is_symlink():
            target.unlink()
            report.files.append(target)
    _refresh_caches(data_home, report)
    return report
