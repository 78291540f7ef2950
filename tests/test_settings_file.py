"""Tests of the settings file's database line, `set-database`, and how --database is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

from casepoint_desktop import app, cli, config

SECRET = "Tr0ub4dor-and-3"
URL = "postgresql://caseworker@db.example.org:5432/casepoint?sslmode=verify-full"


@pytest.fixture
def settings_folder(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setattr(config, "config_folder", lambda: folder)
    return folder


@pytest.fixture
def targets_run(monkeypatch) -> list[Path | str]:
    """Replace run_command with a stub that records the database it was given."""
    seen: list[Path | str] = []

    def record(args, target):
        seen.append(target)
        return cli.EXIT_OK

    monkeypatch.setattr(cli, "run_command", record)
    return seen


def write_settings(folder: Path, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / config.SETTINGS_FILE_NAME).write_text(text, encoding="utf-8")


def test_missing_file_reads_nothing(settings_folder):
    assert config.read_database_setting() == (None, False)


def test_line_without_section_read(settings_folder):
    write_settings(settings_folder, f"# the agency server\ndatabase = {URL}\n")

    assert config.read_database_setting() == (URL, False)


def test_line_under_section_read(settings_folder):
    write_settings(settings_folder, f"[casepoint]\ndatabase = {URL}\n")

    assert config.read_database_setting() == (URL, False)


def test_relative_path_read_from_settings_folder(settings_folder):
    write_settings(settings_folder, "database = data/casepoint.db\n")

    setting, _ = config.read_database_setting()

    assert setting == str(settings_folder / "data" / "casepoint.db")


def test_password_in_setting_removed(settings_folder):
    write_settings(
        settings_folder, f"database = postgresql://caseworker:{SECRET}@db.example.org/casepoint\n"
    )

    setting, removed = config.read_database_setting()

    assert setting == "postgresql://caseworker@db.example.org/casepoint"
    assert removed


def test_invalid_file_names_the_file(settings_folder):
    write_settings(settings_folder, "database\n[broken\n")

    with pytest.raises(config.SettingsError, match=r"settings\.ini is not valid"):
        config.read_database_setting()


def test_setting_used_without_database_option(settings_folder, targets_run):
    write_settings(settings_folder, f"database = {URL}\n")

    assert app.main(["check"]) == 0

    assert targets_run == [URL]


def test_database_option_wins_over_setting(settings_folder, targets_run, tmp_path):
    write_settings(settings_folder, f"database = {URL}\n")

    assert app.main(["--database", str(tmp_path / "own.db"), "check"]) == 0

    assert targets_run == [tmp_path / "own.db"]


def test_default_file_without_setting(settings_folder, targets_run, monkeypatch, tmp_path):
    monkeypatch.setattr(app, "default_database_path", lambda: tmp_path / "default.db")

    assert app.main(["check"]) == 0

    assert targets_run == [tmp_path / "default.db"]


def test_password_in_database_option_ignored(settings_folder, targets_run, capsys):
    url = f"postgresql://caseworker:{SECRET}@db.example.org/casepoint"

    assert app.main(["--database", url, "check"]) == 0

    assert targets_run == ["postgresql://caseworker@db.example.org/casepoint"]
    error = capsys.readouterr().err
    assert "the password in the database URL of --database was ignored" in error
    assert SECRET not in error


def test_invalid_settings_stop_the_command(settings_folder, targets_run, capsys):
    write_settings(settings_folder, "[broken\n")

    assert app.main(["check"]) == 1

    assert targets_run == []
    assert "settings.ini is not valid" in capsys.readouterr().err


def test_set_database_stores_url_without_password(settings_folder, capsys, tmp_path):
    url = f"postgresql://caseworker:{SECRET}@db.example.org:5432/casepoint?sslmode=require"

    assert app.main(["set-database", url]) == 0

    stored = (settings_folder / config.SETTINGS_FILE_NAME).read_text("utf-8")
    assert SECRET not in stored
    assert "database = postgresql://caseworker@db.example.org:5432/casepoint?sslmode=require" in (
        stored
    )
    output = capsys.readouterr().out
    assert "The password in the URL was removed and not stored." in output
    assert SECRET not in output
    logs = "".join(path.read_text("utf-8") for path in (tmp_path / "logs").glob("*"))
    assert SECRET not in logs


def test_set_database_stores_absolute_path(settings_folder, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)

    assert app.main(["set-database", "agency.db"]) == 0

    assert config.read_database_setting() == (str(tmp_path / "agency.db"), False)


def test_set_database_rejects_database_option(settings_folder, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        app.main(["--database", str(tmp_path / "a.db"), "set-database", URL])

    assert exit_info.value.code == cli.EXIT_USAGE


def test_set_database_keeps_url_without_host(settings_folder):
    url = "postgresql:///casepoint?host=127.0.0.1&port=5432&user=caseworker"

    assert app.main(["set-database", url + f"&password={SECRET}"]) == 0

    assert config.read_database_setting() == (url, False)


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("", "the value is empty"),
        ("mysql://caseworker@db.example.org/casepoint", "“mysql://” URLs are not databases"),
        (f"host=db.example.org dbname=casepoint password={SECRET}", "not as keyword=value"),
    ],
)
def test_set_database_rejects_what_names_no_database(settings_folder, capsys, target, reason):
    assert app.main(["set-database", target]) == cli.EXIT_FAILED

    error = capsys.readouterr().err
    assert reason in error
    assert SECRET not in error
    assert not (settings_folder / config.SETTINGS_FILE_NAME).exists()


def test_database_option_rejects_other_url(capsys):
    with pytest.raises(SystemExit) as exit_info:
        app.main(["--database", "mysql://caseworker@db.example.org/casepoint", "check"])

    assert exit_info.value.code == cli.EXIT_USAGE
    assert "“mysql://” URLs are not databases" in capsys.readouterr().err
