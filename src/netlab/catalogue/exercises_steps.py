"""Catalogue: titles, hints and messages of the steps and health-check exercises.

Hints point at what to look for; they never name or imply the answer.
"""

from netlab.plurals import plural

_STEPS_A_HINT = {
    "th": "ถามว่ากิจกรรมนี้ทำ *เพื่ออะไร* ในตอนนั้น: ให้คนเห็นปัญหาร่วมและเกิดแกนกลุ่ม "
          "ให้ภาคีตกลงบทบาทและมีระบบบริหาร ให้ได้ทำงานร่วมและใช้ประโยชน์จากกัน "
          "หรือให้เครือข่ายอยู่ต่อได้",
    "en": "Ask what the activity is *for* at that moment: getting people to see a shared "
          "problem and form a core group, getting partners to agree roles and a way of running "
          "the network, working together and making use of each other, or keeping the network "
          "going.",
}
_STEPS_B_STEP_HINT = {
    "th": "ตอบตัวบ่งชี้ 11 ข้อจากข้อเท็จจริงในเรื่อง แล้วดูว่าขั้นที่ไกลที่สุดที่มีตัวบ่งชี้"
          "ครบอย่างน้อยครึ่งหนึ่งคือขั้นไหน ระวังสิ่งที่เรื่องบอกว่า *ยังไม่มี*",
    "en": "Answer the eleven signs from the facts in the text, then find the furthest step "
          "with at least half of its signs. Watch for what the text says has *not* happened.",
}
_STEPS_B_PHASE_HINT = {
    "th": "ดูตัวบ่งชี้สามข้อของระยะ: การติดต่อลดลงหรือไม่ มีการปรับเป้าหมายอย่างตั้งใจหรือไม่ "
          "และเป้าหมายเดิมจบลงโดยไม่มีใครวางแผนต่อหรือไม่",
    "en": "Look at the three life-cycle signs: is contact falling, is the purpose being "
          "changed on purpose, and has the original purpose ended with nobody planning what "
          "comes next?",
}

MESSAGES: dict[str, dict[str, str]] = {
    "exercises.steps.a.title": {"th": "แบบฝึกหัด A: จัดกิจกรรม 8 อย่างเข้าขั้นตอน",
                                "en": "Exercise A: sort eight activities into the steps"},
    "exercises.steps.a.hint": _STEPS_A_HINT,
    "exercises.steps.b_step.title": {"th": "แบบฝึกหัด B: เครือข่ายอยู่ขั้นไหน",
                                     "en": "Exercise B: which step is each network in?"},
    "exercises.steps.b_step.hint": _STEPS_B_STEP_HINT,
    "exercises.steps.b_phase.title": {"th": "แบบฝึกหัด B: เครือข่ายอยู่ระยะไหน",
                                      "en": "Exercise B: which life-cycle phase?"},
    "exercises.steps.b_phase.hint": _STEPS_B_PHASE_HINT,
    "exercises.steps.c.title": {"th": "แบบฝึกหัด C: เครือข่ายของคุณอยู่ตรงไหน",
                                "en": "Exercise C: where does your network stand?"},
    "exercises.steps.c.not_mapping": {
        "th": "my_stage ต้องเป็น dict ตามแบบในเซลล์ แต่ได้ {got}",
        "en": "my_stage must be a dict as laid out in the cell, got {got}."},
    "exercises.steps.c.agrees": {
        "th": "ตัวช่วยก็ได้ {step} · {phase} ตรงกับที่คุณตัดสิน",
        "en": "The helper also says {step} · {phase}, as you judged."},
    "exercises.steps.c.differs": {
        "th": "ตัวช่วยได้ {step} · {phase} ต่างจากที่คุณตัดสิน อธิบายเหตุผลของคุณใน evidence",
        "en": "The helper says {step} · {phase}, unlike your judgement: explain why in "
              "evidence."},
    "exercises.steps.c.moves_ok": {"th": "next_moves: มี {count} ข้อ",
                                   "en": plural("count",
                                       one="next_moves: {count} move",
                                       other="next_moves: {count} moves")},
    "exercises.steps.c.moves_few": {
        "th": "next_moves: มี {count} ข้อ ต้องมีอย่างน้อย {minimum} ข้อ",
        "en": plural("count",
            one="next_moves: {count} move; write at least {minimum}.",
            other="next_moves: {count} moves; write at least {minimum}.")},
    "exercises.health.a.title": {"th": "แบบฝึกหัด A: มัธยฐานรายกลุ่มสมาชิก",
                                 "en": "Exercise A: medians by member group"},
    "exercises.health.a.hint": {
        "th": "ใช้ groupby(\"group\") กับคอลัมน์องค์ประกอบทั้งเจ็ด แล้ว median() "
              "อย่าเติมช่องว่างเป็น 0 และให้ index เป็นชื่อกลุ่ม",
        "en": "Use groupby(\"group\") on the seven component columns, then median(). Do not "
              "fill blanks with 0, and keep the group names as the index."},
    "exercises.health.b_weakest.title": {"th": "แบบฝึกหัด B: องค์ประกอบที่อ่อนที่สุด",
                                         "en": "Exercise B: the weakest component"},
    "exercises.health.b_weakest.hint": {
        "th": "ดูคอลัมน์ median ของโปรไฟล์ ถ้าเท่ากันให้ดู mean ที่ต่ำกว่า",
        "en": "Look at the profile's median column; on a tie, the lower mean."},
    "exercises.health.b_disputed.title": {"th": "แบบฝึกหัด B: องค์ประกอบที่เห็นต่างกันมากที่สุด",
                                          "en": "Exercise B: the most disputed component"},
    "exercises.health.b_disputed.hint": {
        "th": "ดูคอลัมน์ iqr ของโปรไฟล์ (ความกว้างของครึ่งกลางของคำตอบ) ไม่ใช่ค่าเฉลี่ย",
        "en": "Look at the profile's iqr column (how wide the middle half of the answers "
              "is), not the mean."},
    "exercises.health.c.title": {"th": "แบบฝึกหัด C: เลือกข้อเสนอ 2 ข้อ",
                                 "en": "Exercise C: choose two actions"},
    "exercises.health.c.hint": {
        "th": "ดูคอลัมน์ \"เสริมองค์ประกอบ\" ในตารางข้อเสนอ ว่าข้อไหนเสริมองค์ประกอบที่คุณพบว่าอ่อนที่สุด",
        "en": "Check the \"Strengthens\" column of the action table against the component "
              "you found weakest."},
    "exercises.health.c.unknown": {
        "th": "ไม่มีข้อเสนอ {value} ใช้รหัส {allowed}",
        "en": "There is no action {value}; use the ids {allowed}."},
    "exercises.health.d.title": {"th": "แบบฝึกหัด D: แผนฟื้นสุขภาพเครือข่าย",
                                 "en": "Exercise D: a health plan"},
    "exercises.health.d.not_mapping": {
        "th": "my_plan ต้องเป็น dict ตามแบบในเซลล์ แต่ได้ {got}",
        "en": "my_plan must be a dict as laid out in the cell, got {got}."},
    "exercises.health.d.action_type": {
        "th": "actions ข้อที่ {number} ต้องเป็น dict ที่มี who, what, when แต่ได้ {got}",
        "en": "actions item {number} must be a dict with who, what, when, got {got}."},
    "exercises.health.d.action_empty": {
        "th": "actions ข้อที่ {number}: ยังว่าง {fields}",
        "en": "actions item {number}: still empty: {fields}."},
    "exercises.health.d.actions_ok": {"th": "actions: ครบ {count} ข้อ",
                                      "en": "actions: {count} complete"},
    "exercises.health.d.actions_few": {
        "th": "actions: ครบ {count} ข้อ ต้องมีอย่างน้อย {minimum} ข้อ (who, what, when)",
        "en": "actions: {count} complete; write at least {minimum} (who, what, when)."},
}
