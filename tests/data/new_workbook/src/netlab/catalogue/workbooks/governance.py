"""Catalogue: the throw-away workbook 07_network_governance (the fixture of
``tests/test_new_workbook.py``), as the course map shows it and its exercise speaks.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "syllabus.07_network_governance.title": {
        "th": "การตัดสินใจในเครือข่าย",
        "en": "Deciding together in a network",
    },
    "syllabus.07_network_governance.summary": {
        "th": "การตัดสินใจแบบแนวราบและแนวดิ่ง",
        "en": "Horizontal and vertical ways of deciding",
    },
    "exercises.governance.a.title": {
        "th": "แบบฝึกหัด A: การตัดสินใจ 3 แบบ",
        "en": "Exercise A: three ways of deciding",
    },
    "exercises.governance.a.nudge": {
        "th": "อ่านอีกครั้งว่าใครเป็นผู้ตัดสินใจในแต่ละกรณี",
        "en": "Read again who makes the decision in each case.",
    },
    "exercises.governance.a.hint": {
        "th": "ถามตัวเองว่าสมาชิกตัดสินใจร่วมกันอย่างเท่าเทียม หรือมีผู้สั่งการจากข้างบน",
        "en": "Ask yourself whether members decide together as equals, or someone above decides.",
    },
    "exercises.governance.a.G1.hint": {
        "th": "ใครเป็นผู้เลือกกิจกรรมของเดือนนี้",
        "en": "Who chooses this month's activity?",
    },
    "exercises.governance.a.G2.hint": {
        "th": "คำสั่งมาจากหน่วยงานระดับใด",
        "en": "Which level does the order come from?",
    },
    "exercises.governance.a.G3.hint": {
        "th": "ทุกฝ่ายมีเสียงเท่ากันหรือไม่",
        "en": "Does every party have an equal say?",
    },
}
