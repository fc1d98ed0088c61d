"""Catalogue: workbook 00_start_here, as the course map shows it and its exercises
(``netlab.exercises.start``) speak: titles, nudges, hints and messages.

Hints point at the deciding question; they never name or imply the answer.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "syllabus.00_start_here.title": {
        "th": "เริ่มที่นี่",
        "en": "Start here",
    },
    "syllabus.00_start_here.summary": {
        "th": "หลักสูตรนี้คืออะไร การเลือกภาษา การตรวจและคำใบ้ ความคืบหน้า การบันทึกงาน",
        "en": "What the course is, choosing a language, checks and hints, progress, saving your "
              "work",
    },
    "exercises.start.practice.title": {
        "th": "ฝึก: การตรวจทำงานอย่างไร",
        "en": "Practice: how checks work",
    },
    "exercises.start.practice.nudge": {
        "th": "ย้อนไปอ่านหัวข้อ \"การตรวจและคำใบ้ทำงานอย่างไร\" อีกครั้ง (ข้อ P3 ดูหัวข้อ "
              "\"บันทึกงานของคุณ\" ด้านล่าง) แล้วลองใหม่",
        "en": "Read the section \"How checks and hints work\" again (for P3, the section \"Saving "
              "your work\" further down), then try once more.",
    },
    "exercises.start.practice.P1.hint": {
        "th": "ลองถามตัวเองว่า หลังเริ่มเคอร์เนลใหม่ อะไรยังอยู่ และตอนให้คะแนน "
              "สมุดแบบฝึกถูกรันใหม่ตั้งแต่ต้น สิ่งที่ถูกรันคืออะไร",
        "en": "Ask yourself what is still there after a kernel restart, and what actually runs "
              "when the workbook is run again from the top for grading.",
    },
    "exercises.start.practice.P2.hint": {
        "th": "นึกถึงสัญญาที่ว่าเซลล์ตรวจไม่เคยเฉลยคำตอบ "
              "แล้วลองคิดว่าคุณต้องรู้อะไรบ้างจึงจะลองใหม่ได้",
        "en": "Remember that a check never gives the answer away, and think about what you would "
              "need to know to try again.",
    },
    "exercises.start.practice.P3.hint": {
        "th": "เมื่อเซสชันของ Binder ปิด ไฟล์ในเซสชันก็หายไปด้วย ลองคิดว่าก่อนถึงตอนนั้น "
              "คุณพาอะไรกลับไปเก็บไว้ในเครื่องของตัวเองได้ ดูหัวข้อ \"บันทึกงานของคุณ\" ด้านล่าง",
        "en": "When a Binder session ends, its files go with it: what could you carry away to "
              "your own computer before that happens? See \"Saving your work\" further down.",
    },
    "exercises.start.practice.choice.invalid": {
        "th": "{value} ไม่ใช่ตัวเลือกที่ใช้ได้ ให้ตอบ \"a\", \"b\" หรือ \"c\"",
        "en": "{value} is not one of the choices: answer \"a\", \"b\" or \"c\".",
    },
}
