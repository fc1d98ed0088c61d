"""The class roster (issue 20's first part): a good roster is read with its defaults; every bad
row is named at once, by its row number, in the active language; nothing comes of a bad
roster; ``netlab classroom check`` says the same on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from netlab.classroom import RosterError, read_roster
from netlab.cli import main
from netlab.i18n import language

GOOD = ("id,name,lang,group,role\n"
        "kru_somchai,สมชาย ใจดี,th,,instructor\n"
        "t01,มาลี ศรีสุข,th,A,\n"
        "t02,Jane Doe,en,B,trainee\n"
        "t-03,,,A,\n")


def _roster(tmp_path: Path, text: str, bom: bool = False) -> Path:
    path = tmp_path / "roster.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


@pytest.mark.parametrize("bom", [False, True])
def test_a_good_roster_with_its_defaults(tmp_path: Path, bom: bool) -> None:
    roster = read_roster(_roster(tmp_path, GOOD, bom))
    assert [(p.row, p.id, p.lang, p.group, p.role) for p in roster.people] == [
        (2, "kru_somchai", "th", "", "instructor"), (3, "t01", "th", "A", "trainee"),
        (4, "t02", "en", "B", "trainee"), (5, "t-03", "th", "A", "trainee")]
    assert roster.people[0].name == "สมชาย ใจดี"
    with language("en"):
        assert roster.summary() == ("The roster roster.csv is usable: 1 instructor, 3 trainees "
                                    "(2 in Thai, 1 in English); groups: A, B.")
    with language("th"):
        assert roster.summary() == ("ไฟล์รายชื่อ roster.csv ใช้ได้: ผู้สอน 1 คน, ผู้เรียน 3 คน "
                                    "(ภาษาไทย 2 คน ภาษาอังกฤษ 1 คน) กลุ่ม: A, B")


BAD = ("id,name,lang,role\n"
       "kru,Kru,th,instructor\n"      # 2 fine
       "t01,A,th,\n"                  # 3 fine
       "t01,B,th,\n"                  # 4 repeats row 3
       "สมชาย,สมชาย,th,\n"            # 5 Thai in the id column
       "T02,C,th,\n"                  # 6 upper case
       "1abc,D,th,\n"                 # 7 starts with a digit
       "a b,E,th,\n"                  # 8 a space
       f"{'x' * 33},F,th,\n"          # 9 too long
       ",,,\n"                        # 10 an empty line
       "root,G,th,\n"                 # 11 a system account
       "t03,H,fr,\n"                  # 12 no such language
       "t04,I,th,boss\n"              # 13 no such role
       ",J,th,\n")                    # 14 no id


def test_every_bad_row_is_named_at_once(tmp_path: Path) -> None:
    with language("en"), pytest.raises(RosterError) as caught:
        read_roster(_roster(tmp_path, BAD))
    lines = str(caught.value).splitlines()
    assert lines[0] == "The roster roster.csv has rows netlab cannot use; nothing was created:"
    said = dict(line.split(": ", 1) for line in lines[1:])
    assert sorted(int(k.split()[1]) for k in said) == list(range(4, 15))
    assert said["row 4"] == "the user id 't01' repeats row 3"
    assert "Thai letters" in said["row 5"] and "'สมชาย'" in said["row 5"]
    for row, ident in (("row 6", "T02"), ("row 7", "1abc"), ("row 8", "a b"),
                       ("row 9", "x" * 33)):
        assert said[row].startswith(f"the user id {ident!r} cannot be a Unix account name")
    assert said["row 10"].startswith("an empty line")
    assert said["row 11"] == "the user id 'root' is a system account's name; choose another"
    assert "'fr'" in said["row 12"] and "th, en" in said["row 12"]
    assert "'boss'" in said["row 13"] and "trainee, instructor" in said["row 13"]
    assert said["row 14"] == "no user id in the id column"
    with language("th"), pytest.raises(RosterError, match="แถว 5: รหัสผู้ใช้ 'สมชาย' มีอักษรไทย"):
        read_roster(_roster(tmp_path, BAD))


@pytest.mark.parametrize(("text", "says"), [
    ("name,role\nKru,instructor\n", "needs the column id"),
    ("id,name,email\nkru,Kru,k@x\n", "columns netlab does not know: email"),
    ("id,role\nt01,\nt02,trainee\n", "has no instructor"),
    ("", "needs the column id"),
])
def test_a_roster_that_cannot_be_a_class(tmp_path: Path, text: str, says: str) -> None:
    with language("en"), pytest.raises(RosterError, match=says):
        read_roster(_roster(tmp_path, text))


def test_the_command_line_says_the_same(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    good = _roster(tmp_path, GOOD)
    assert main(["classroom", "check", str(good), "--lang", "en"]) == 0
    assert "1 instructor, 3 trainees" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    assert main(["classroom", "check", str(bad), "--lang", "th"]) == 1
    err = capsys.readouterr().err
    assert "แถว 4: รหัสผู้ใช้ 't01' ซ้ำกับแถว 3" in err and "Traceback" not in err
    assert main(["classroom", "check", str(tmp_path / "none.csv"), "--lang", "en"]) == 1
    assert "There is no roster file" in capsys.readouterr().err


def test_setting_a_class_up_again_adds_disables_and_never_deletes(tmp_path: Path) -> None:
    from netlab.classroom import apply_plan, plan_class, read_accounts, write_accounts

    record = tmp_path / "accounts.json"
    first = read_roster(_roster(tmp_path, GOOD))
    plan = plan_class(first, read_accounts(record))
    assert [p.id for p in plan.add] == ["kru_somchai", "t01", "t02", "t-03"]
    write_accounts(record, apply_plan({}, first, plan))
    # t02 leaves, t-03 moves to group B and to English, t04 joins.
    changed = GOOD.replace("t02,Jane Doe,en,B,trainee\n", "").replace(
        "t-03,,,A,", "t-03,,en,B,") + "t04,New,th,A,\n"
    second = read_roster(_roster(tmp_path, changed))
    plan = plan_class(second, read_accounts(record))
    assert ([p.id for p in plan.add], [p.id for p in plan.change], plan.disable,
            plan.keep) == (["t04"], ["t-03"], ("t02",), ("kru_somchai", "t01"))
    with language("en"):
        assert plan.lines() == ["New accounts: t04", "Change language, group or role: t-03",
                                "Disable (their work is kept): t02",
                                "Unchanged: kru_somchai, t01"]
    write_accounts(record, apply_plan(read_accounts(record), second, plan))
    after = read_accounts(record)
    assert after["t02"].active is False and after["t-03"].lang == "en"  # kept, not deleted
    # t02 comes back: enabled again, not made anew.
    back = read_roster(_roster(tmp_path, changed + "t02,Jane Doe,en,B,\n"))
    plan = plan_class(back, after)
    assert [p.id for p in plan.enable] == ["t02"] and not plan.add and not plan.disable
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.json", "roster.csv"]


def test_an_unreadable_accounts_record_is_named_and_left_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from netlab.classroom import read_accounts

    record = tmp_path / "accounts.json"
    record.write_text('{"accounts": [{"id": "t01"}]}', encoding="utf-8")
    with language("en"), pytest.raises(ValueError, match=r"accounts\.json cannot be read"):
        read_accounts(record)
    good = _roster(tmp_path, GOOD)
    assert main(["classroom", "check", str(good), "--accounts", str(record),
                 "--lang", "th"]) == 1
    assert "อ่านบันทึกบัญชีของชั้นเรียน" in capsys.readouterr().err
    assert record.read_text(encoding="utf-8") == '{"accounts": [{"id": "t01"}]}'
    record.unlink()
    assert main(["classroom", "check", str(good), "--accounts", str(record),
                 "--lang", "en"]) == 0
    assert "New accounts: kru_somchai, t01, t02, t-03" in capsys.readouterr().out


def test_init_refuses_an_unsafe_folder_and_makes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Checked before anything is made: a class folder others can write to (they could swap
    the hub's configuration). (A taken id: tests/test_classroom_hub.py.)"""
    import os

    from netlab.classroom.unix import user_exists

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # writable by all, not sticky
    roster = _roster(tmp_path, "id,role\nkru_nl_x,instructor\nroot2,\nt_nl_x,\n")
    code = main(["classroom", "init", str(roster), "--root", str(shared / "class"),
                 "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 1 and "nothing was created or changed" in err
    if os.geteuid() == 0:
        assert f"the folder {shared} is not root's, or others can write to it" in err
    else:
        assert "it must run as root" in err
    assert not (shared / "class").exists()
    assert not user_exists("kru_nl_x") and not user_exists("t_nl_x")


def test_role_config_merges_into_a_user_s_own_files(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import json

    server = tmp_path / "jupyter_server_config.json"
    server.write_text('{"ServerApp": {"ip": "0.0.0.0"}}', encoding="utf-8")
    assert main(["classroom", "role-config", "--role", "instructor", "--out",
                 str(tmp_path)]) == 0
    merged = json.loads(server.read_text(encoding="utf-8"))["ServerApp"]
    assert merged["ip"] == "0.0.0.0"  # the user's own setting is kept
    assert merged["jpserver_extensions"]["nbgrader.server_extensions.formgrader"] is True
    server.write_text("{not json", encoding="utf-8")
    assert main(["classroom", "role-config", "--role", "trainee", "--out", str(tmp_path),
                 "--lang", "en"]) == 1
    assert server.read_text(encoding="utf-8") == "{not json"  # left as it was
    assert "left as it is" in capsys.readouterr().err
