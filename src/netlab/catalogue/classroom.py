"""Messages of the classroom tools (a class on one JupyterHub server): the roster."""

from __future__ import annotations

from netlab.plurals import plural

MESSAGES = {
    "classroom.roster.no_file": {
        "th": "ไม่พบไฟล์รายชื่อ {path}",
        "en": "There is no roster file {path}."},
    "classroom.roster.columns": {
        "th": "ไฟล์รายชื่อ {path} ต้องมีคอลัมน์ {required} (มีได้อีก: {optional}) "
              "แต่หัวตารางคือ {found}",
        "en": "The roster {path} needs the column {required} (and may have {optional}), "
              "but its header is {found}."},
    "classroom.roster.unknown_columns": {
        "th": "ไฟล์รายชื่อ {path} มีคอลัมน์ที่ไม่รู้จัก {columns} ใช้ได้: {allowed}",
        "en": "The roster {path} has columns netlab does not know: {columns}. "
              "Allowed: {allowed}."},
    "classroom.roster.bad": {
        "th": "ไฟล์รายชื่อ {path} มีแถวที่ใช้ไม่ได้ ยังไม่มีอะไรถูกสร้าง:",
        "en": "The roster {path} has rows netlab cannot use; nothing was created:"},
    "classroom.roster.row": {"th": "แถว {row}: {problem}", "en": "row {row}: {problem}"},
    "classroom.roster.empty_line": {
        "th": "แถวว่าง (ลบออก หรือใส่ข้อมูลให้ครบ)",
        "en": "an empty line (remove it, or fill it in)"},
    "classroom.roster.no_id": {
        "th": "ไม่มีรหัสผู้ใช้ในคอลัมน์ id",
        "en": "no user id in the id column"},
    "classroom.roster.thai_id": {
        "th": "รหัสผู้ใช้ {id!r} มีอักษรไทย รหัสต้องเป็นอักษรละตินตัวเล็ก ตัวเลข _ หรือ - "
              "(ใส่ชื่อภาษาไทยในคอลัมน์ name)",
        "en": "the user id {id!r} has Thai letters; an id is lower-case Latin letters, digits, "
              "_ or - (put the Thai name in the name column)"},
    "classroom.roster.bad_id": {
        "th": "รหัสผู้ใช้ {id!r} ใช้เป็นชื่อบัญชี Unix ไม่ได้ ต้องขึ้นต้นด้วยอักษร a–z "
              "ตามด้วยอักษร a–z ตัวเลข _ หรือ - ยาวไม่เกิน 32 ตัว",
        "en": "the user id {id!r} cannot be a Unix account name: it must start with a letter "
              "a–z, then letters a–z, digits, _ or -, at most 32 characters"},
    "classroom.roster.reserved_id": {
        "th": "รหัสผู้ใช้ {id!r} เป็นชื่อบัญชีของระบบ เลือกชื่ออื่น",
        "en": "the user id {id!r} is a system account's name; choose another"},
    "classroom.roster.duplicate": {
        "th": "รหัสผู้ใช้ {id!r} ซ้ำกับแถว {first}",
        "en": "the user id {id!r} repeats row {first}"},
    "classroom.roster.bad_lang": {
        "th": "ภาษา {lang!r} ใช้ไม่ได้ ใช้ได้: {allowed}",
        "en": "the language {lang!r} is not one netlab has; allowed: {allowed}"},
    "classroom.roster.bad_role": {
        "th": "บทบาท {role!r} ใช้ไม่ได้ ใช้ได้: {allowed}",
        "en": "the role {role!r} is not allowed; allowed: {allowed}"},
    "classroom.roster.no_instructor": {
        "th": "ไฟล์รายชื่อ {path} ไม่มีผู้สอน: ใส่ instructor ในคอลัมน์ role ให้อย่างน้อยหนึ่งคน",
        "en": "The roster {path} has no instructor: put instructor in the role column of at "
              "least one person."},
    "classroom.roster.summary": {
        "th": "ไฟล์รายชื่อ {path} ใช้ได้: {people} กลุ่ม: {groups}",
        "en": "The roster {path} is usable: {people}; groups: {groups}."},
    "classroom.roster.instructors": {
        "th": "ผู้สอน {count} คน",
        "en": plural("count", one="{count} instructor", other="{count} instructors")},
    "classroom.roster.trainees": {
        "th": "ผู้เรียน {count} คน (ภาษาไทย {th} คน ภาษาอังกฤษ {en} คน)",
        "en": plural("count", one="{count} trainee ({th} in Thai, {en} in English)",
                     other="{count} trainees ({th} in Thai, {en} in English)")},
    "classroom.roster.no_groups": {"th": "ไม่มี", "en": "none"},
    "classroom.plan.add": {"th": "สร้างบัญชีใหม่: {ids}", "en": "New accounts: {ids}"},
    "classroom.plan.enable": {"th": "เปิดบัญชีเดิมให้ใช้ได้อีก: {ids}",
                              "en": "Enable again: {ids}"},
    "classroom.plan.change": {"th": "เปลี่ยนภาษา กลุ่ม หรือบทบาท: {ids}",
                              "en": "Change language, group or role: {ids}"},
    "classroom.plan.disable": {"th": "ปิดบัญชี (งานของเขายังอยู่ครบ): {ids}",
                               "en": "Disable (their work is kept): {ids}"},
    "classroom.plan.keep": {"th": "ไม่เปลี่ยน: {ids}", "en": "Unchanged: {ids}"},
    "classroom.accounts.unreadable": {
        "th": "อ่านบันทึกบัญชีของชั้นเรียน {path} ไม่ได้ ({error}) ไฟล์ไม่ถูกแตะต้อง",
        "en": "The class's accounts record {path} cannot be read ({error}); it was left "
              "untouched."},
}
