"""Catalogue: workbook 04_network_health, as the course map shows it and its exercises
(``netlab.exercises.health``) speak: titles, nudges, hints and messages.

Hints point at the deciding question; they never name or imply the answer.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "syllabus.04_network_health.title": {
        "th": "ตรวจสุขภาพเครือข่าย",
        "en": "The network health check",
    },
    "syllabus.04_network_health.summary": {
        "th": "องค์ประกอบ 7 ประการ โปรไฟล์จากแบบสำรวจสมาชิก และการดูแลรักษาเครือข่าย",
        "en": "The seven components, a members' survey profile, and keeping a network going",
    },
    "exercises.health.a.title": {
        "th": "แบบฝึกหัด A: มัธยฐานรายกลุ่มสมาชิก",
        "en": "Exercise A: medians by member group",
    },
    "exercises.health.a.nudge": {
        "th": "อ่านแบบฝึกหัด A อีกครั้งว่าตารางที่ต้องคืนหน้าตาเป็นอย่างไร (index คอลัมน์ "
              "และการนับช่องว่าง) แล้วเทียบกับสิ่งที่ฟังก์ชันของคุณคืนมา",
        "en": "Re-read what Exercise A asks the table to look like (its index, its columns, how "
              "blanks count) and compare it with what your function returns.",
    },
    "exercises.health.a.hint": {
        "th": "ใช้ groupby(\"group\") กับคอลัมน์องค์ประกอบทั้งเจ็ด แล้ว median() "
              "อย่าเติมช่องว่างเป็น 0 และให้ index เป็นชื่อกลุ่ม",
        "en": "Use groupby(\"group\") on the seven component columns, then median(). Do not fill "
              "blanks with 0, and keep the group names as the index.",
    },
    "exercises.health.b_weakest.title": {
        "th": "แบบฝึกหัด B: องค์ประกอบที่อ่อนที่สุด",
        "en": "Exercise B: the weakest component",
    },
    "exercises.health.b_weakest.nudge": {
        "th": "ใช้ตารางภาพรวมจาก survey_profile แล้วทำตามกฎในข้อ 1 ของแบบฝึกหัด B ให้ครบทุกส่วน",
        "en": "Work from the survey_profile table and apply the rule in task 1 of Exercise B in "
              "full.",
    },
    "exercises.health.b_weakest.hint": {
        "th": "ดูคอลัมน์ median ของโปรไฟล์ ถ้าเท่ากันให้ดู mean ที่ต่ำกว่า",
        "en": "Look at the profile's median column; on a tie, the lower mean.",
    },
    "exercises.health.b_disputed.title": {
        "th": "แบบฝึกหัด B: องค์ประกอบที่เห็นต่างกันมากที่สุด",
        "en": "Exercise B: the most disputed component",
    },
    "exercises.health.b_disputed.nudge": {
        "th": "ใช้ตารางภาพรวมจาก survey_profile อ่านย่อหน้า \"ทำไมต้องดูการกระจาย\" อีกครั้ง "
              "แล้วทำตามกฎในข้อ 2 ของแบบฝึกหัด B ให้ครบทุกส่วน",
        "en": "Work from the survey_profile table, re-read \"Why the spread matters\", then apply "
              "the rule in task 2 of Exercise B in full.",
    },
    "exercises.health.b_disputed.hint": {
        "th": "ดูคอลัมน์ iqr ของโปรไฟล์ (ความกว้างของครึ่งกลางของคำตอบ) ไม่ใช่ค่าเฉลี่ย",
        "en": "Look at the profile's iqr column (how wide the middle half of the answers is), not "
              "the mean.",
    },
    "exercises.health.c.title": {
        "th": "แบบฝึกหัด C: เลือกข้อเสนอ 2 ข้อ",
        "en": "Exercise C: choose two actions",
    },
    "exercises.health.c.nudge": {
        "th": "เริ่มจากองค์ประกอบที่อ่อนที่สุดที่คุณหาได้ในแบบฝึกหัด B แล้วอ่านตารางข้อเสนอ "
              "(netlab.views.action_table()) อีกครั้งโดยคิดถึงองค์ประกอบนั้น",
        "en": "Start from the component you found weakest in Exercise B, and read the action "
              "table (netlab.views.action_table()) again with that component in mind.",
    },
    "exercises.health.c.hint": {
        "th": "ดูคอลัมน์ \"เสริมองค์ประกอบ\" ในตารางข้อเสนอ "
              "ว่าข้อไหนเสริมองค์ประกอบที่คุณพบว่าอ่อนที่สุด",
        "en": "Check the \"Strengthens\" column of the action table against the component you "
              "found weakest.",
    },
    "exercises.health.c.unknown": {
        "th": "ไม่มีข้อเสนอ {value} ใช้รหัส {allowed}",
        "en": "There is no action {value}; use the ids {allowed}.",
    },
    "exercises.health.c.choice_hint": {
        "th": "{action} เป็นข้อเสนอสำหรับองค์ประกอบ: {components} "
              "ดูในแบบสำรวจว่าองค์ประกอบไหนอ่อนที่สุด แล้วเลือกข้อเสนอของข้อนั้น",
        "en": "{action} is recommended for: {components}. Check which component is weakest in the "
              "survey, and choose actions for that one.",
    },
    "exercises.health.d.title": {
        "th": "แบบฝึกหัด D: แผนฟื้นสุขภาพเครือข่าย",
        "en": "Exercise D: a health plan",
    },
    "exercises.health.d.not_mapping": {
        "th": "my_plan ต้องเป็น dict ตามแบบในเซลล์ แต่ได้ {got}",
        "en": "my_plan must be a dict as laid out in the cell, got {got}.",
    },
    "exercises.health.d.action_type": {
        "th": "actions ข้อที่ {number} ต้องเป็น dict ที่มี who, what, when แต่ได้ {got}",
        "en": "actions item {number} must be a dict with who, what, when, got {got}.",
    },
    "exercises.health.d.action_empty": {
        "th": "actions ข้อที่ {number}: ยังว่าง {fields}",
        "en": "actions item {number}: still empty: {fields}.",
    },
    "exercises.health.d.actions_ok": {
        "th": "actions: ครบ {count} ข้อ",
        "en": "actions: {count} complete",
    },
    "exercises.health.d.actions_few": {
        "th": "actions: ครบ {count} ข้อ ต้องมีอย่างน้อย {minimum} ข้อ (who, what, when)",
        "en": "actions: {count} complete; write at least {minimum} (who, what, when).",
    },
}
