"""The build's files that CI can check without building: the spec, the scripts, the desktop entry,
the file type, and the per-user install on Linux."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys

import pytest
from lxml import etree

from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry(path=LINUX / "speerpunt.desktop") -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_spec_and_the_scripts_parse():
    compile((REPO / "packaging" / "speerpunt.spec").read_text(encoding="utf-8"), "speerpunt.spec", "exec")
    for script in ("scripts/build-app.sh", "packaging/linux/install.sh"):
        subprocess.run(["bash", "-n", str(REPO / script)], check=True)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(LINUX / "speerpunt.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_desktop_entry_opens_speerpunt_files_with_the_file_as_argument():
    entry = _desktop_entry()
    mime = etree.parse(str(LINUX / "speerpunt-mime.xml")).getroot()
    mime_type = mime.find(f"{MIME_NS}mime-type")
    assert mime_type.find(f"{MIME_NS}glob").get("pattern") == "*.speerpunt"
    assert entry["MimeType"].rstrip(";").split(";") == [mime_type.get("type")]
    assert entry["Exec"] == "speerpunt open %f"
    assert entry["Icon"] == "speerpunt" and mime_type.find(f"{MIME_NS}icon").get("name") == "speerpunt"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG install")
def test_the_install_script_registers_the_app_and_the_file_type_for_the_user(tmp_path):
    app = tmp_path / "Speerpunt"
    app.mkdir()
    executable = app / "speerpunt"
    executable.write_text("#!/bin/sh\necho speerpunt \"$@\"\n", encoding="utf-8")
    executable.chmod(0o755)
    data, bin_dir = tmp_path / "share", tmp_path / "bin"
    environment = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(data), SPEERPUNT_BIN_DIR=str(bin_dir))
    subprocess.run(["bash", str(LINUX / "install.sh"), str(app)], check=True, env=environment, capture_output=True)

    installed = data / "speerpunt" / "app" / "speerpunt"
    assert installed.is_file() and os.access(installed, os.X_OK)
    assert (bin_dir / "speerpunt").resolve() == installed.resolve()
    entry = _desktop_entry(data / "applications" / "speerpunt.desktop")
    assert entry["Exec"] == f'"{installed}" open %f'
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "speerpunt.png").is_file()
    assert (data / "mime" / "packages" / "speerpunt.xml").is_file()
    if shutil.which("update-mime-database"):
        # The user's MIME database now maps the extension to the type.
        assert "application/x-speerpunt:*.speerpunt" in (data / "mime" / "globs2").read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(data / "applications" / "speerpunt.desktop")], check=True)

    subprocess.run(["bash", str(LINUX / "install.sh"), "--uninstall"], check=True, env=environment, capture_output=True)
    assert not installed.exists() and not (data / "applications" / "speerpunt.desktop").exists()
    assert not (bin_dir / "speerpunt").exists()


def test_build_output_is_never_committed():
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/" in ignored and "dist/" in ignored


def test_the_windows_installer_carries_the_apps_version_and_installs_per_user():
    import desktop

    script = (REPO / "packaging" / "windows" / "speerpunt.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{desktop.__version__}"' in script
    assert "PrivilegesRequired=lowest" in script and 'Subkey: "Software\\Classes\\.speerpunt"' in script


def test_the_workflow_builds_with_the_same_script_on_windows_and_macos():
    workflow = (REPO / ".github" / "workflows" / "build-app.yml").read_text(encoding="utf-8")
    assert "windows-latest" in workflow and "macos-latest" in workflow
    assert "bash scripts/build-app.sh" in workflow
