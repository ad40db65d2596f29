"""`visavis models list|install|download|uninstall` through the real entry point."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.core.translation import test_download as download_tests
from tests.fixtures import tiny_model

from visavis.app import main
from visavis.core.translation.discovery import installed_packages

tiny_argosmodel = tiny_model.tiny_argosmodel  # fixtures
server = download_tests.server


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


def test_list_without_models(packages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list"]) == 0
    assert "No translation model is installed" in capsys.readouterr().out


def test_install_list_uninstall(tiny_argosmodel: Path, packages: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "install", str(tiny_argosmodel)]) == 0
    out = capsys.readouterr()
    assert f"in {packages / 'translate-fr_en-tiny'}" in out.out
    assert "100%" in out.err  # text progress goes to stderr

    assert main(["models", "list"]) == 0
    line = capsys.readouterr().out.strip()
    size = installed_packages(packages)[0].size_bytes
    assert line.startswith("fr→en  translate-fr_en-tiny  version 1.0  ")
    assert f"{size / 1024**2:.1f} MB" in line and line.endswith(str(packages / "translate-fr_en-tiny"))

    assert main(["models", "uninstall", "translate-fr_en-tiny"]) == 0
    assert "Removed translate-fr_en-tiny" in capsys.readouterr().out
    assert installed_packages(packages) == []


def test_install_broken_file_exits_2_with_message(tmp_path: Path, packages: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "model.argosmodel"
    broken.write_text("not a zip")
    assert main(["models", "install", str(broken)]) == 2
    assert "visavis models: “model.argosmodel” is not an Argos model package (not a zip archive)." \
        in capsys.readouterr().err
    assert installed_packages(packages) == []


def test_install_other_pair_needs_flag(tmp_path: Path, packages: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    archive = tiny_model.build_tiny_argosmodel(tmp_path, from_code="de", to_code="en")
    assert main(["models", "install", str(archive)]) == 2
    assert "translates de→en; Vis-à-vis needs French→English" in capsys.readouterr().err
    assert main(["models", "install", "--any-pair", str(archive)]) == 0
    assert [p.from_code for p in installed_packages(packages)] == ["de"]


def test_uninstall_unknown_name(tiny_argosmodel: Path, packages: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    main(["models", "install", str(tiny_argosmodel)])
    capsys.readouterr()
    assert main(["models", "uninstall", "translate-xx"]) == 2
    assert "No installed model is called “translate-xx” (installed: translate-fr_en-tiny)" \
        in capsys.readouterr().err
    assert len(installed_packages(packages)) == 1


def test_download(server: download_tests.FakeServer, packages: Path,
                  monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", f"{server.url}/")
    assert main(["models", "download", "--from", "fr", "--to", "en"]) == 0
    err = capsys.readouterr().err
    assert f"Downloading {download_tests.FILE_NAME}…" in err and "(100%)" in err
    assert [p.path.name for p in installed_packages(packages)] == ["translate-fr_en-tiny"]


def test_download_offline(packages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # conftest points ARGOS_PACKAGE_INDEX at 127.0.0.1:9, where nothing listens
    assert main(["models", "download"]) == 2
    assert "visavis models: No network: could not connect to 127.0.0.1:9" in capsys.readouterr().err
