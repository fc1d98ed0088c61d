"""Catalogue: workbook 01_problem_typing, as the course map shows it and its exercises
(``netlab.exercises.problem_typing``) speak: titles, nudges, hints and messages.

Hints point at the deciding question; they never name or imply the answer.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "syllabus.01_problem_typing.title": {
        "th": "จำแนกประเภทปัญหา",
        "en": "Problem typing",
    },
    "syllabus.01_problem_typing.summary": {
        "th": "ปัญหาเชิงเดี่ยว เชิงเทคนิค สลับซับซ้อน และยุ่งยากเชิงสังคม ด้วยคำถามวินิจฉัย 9 ข้อ",
        "en": "Simple, technical, complex and social-mess problems, typed with nine diagnostic "
              "questions",
    },
    "exercises.problem_typing.a.title": {
        "th": "แบบฝึกหัด A: จำแนกประเภทกรณี 8 เรื่อง",
        "en": "Exercise A: type eight cases",
    },
    "exercises.problem_typing.a.nudge": {
        "th": "สำหรับกรณีที่ยังไม่ถูก ลองตอบคำถาม 9 ข้อในหัวข้อ \"คำถาม 9 ข้อ กับ 4 มิติ\" "
              "จากสิ่งที่กรณีเล่าไว้ แล้วดูว่ารูปแบบคะแนนของประเภทไหนเข้ากันที่สุด",
        "en": "For each case marked wrong, answer the nine questions of \"Nine questions, four "
              "dimensions\" from what the case says, then see which type's profile fits best.",
    },
    "exercises.problem_typing.a.C01.hint": {
        "th": "ลองถามตัวเองว่า "
              "สิ่งที่ได้ผลที่โรงเรียนข้างเคียงบอกอะไรได้แน่นอนแค่ไหนเกี่ยวกับโรงเรียนนี้",
        "en": "Ask yourself how much the success at the nearby school really tells you about this "
              "one.",
    },
    "exercises.problem_typing.a.C02.hint": {
        "th": "ลองถามตัวเองว่า ต้องมีใครบ้างที่ต้องลงมือ และวิธีนี้เคยได้ผลมาก่อนหรือไม่",
        "en": "Ask yourself who actually has to act, and whether the method has worked before.",
    },
    "exercises.problem_typing.a.C03.hint": {
        "th": "ลองถามตัวเองว่า แต่ละฝ่ายเห็นตรงกันหรือไม่ว่าปัญหาจริงๆ คืออะไร",
        "en": "Ask yourself whether the people involved even agree on what the problem is.",
    },
    "exercises.problem_typing.a.C04.hint": {
        "th": "ลองถามตัวเองว่า ใครมีความรู้พอจะแก้เรื่องนี้ "
              "และทางแก้ที่เคยได้ผลที่อื่นจะใช้ที่นี่ได้หรือไม่",
        "en": "Ask yourself who has the knowledge to fix this, and whether a fix that worked "
              "elsewhere would work here too.",
    },
    "exercises.problem_typing.a.C05.hint": {
        "th": "ลองถามตัวเองว่า ต้องมีกี่ฝ่ายที่ต้องลงมือจึงจะแก้เรื่องนี้ได้",
        "en": "Ask yourself how many parties must act to fix this.",
    },
    "exercises.problem_typing.a.C06.hint": {
        "th": "ลองถามตัวเองว่า แต่ละกลุ่มคิดว่าปัญหาที่แท้จริงคืออะไร และให้คุณค่ากับอะไร",
        "en": "Ask yourself what each group thinks the real problem is, and what each group "
              "values.",
    },
    "exercises.problem_typing.a.C07.hint": {
        "th": "ลองถามตัวเองว่า ครูจัดเมนูให้ครบสารอาหารได้เองหรือไม่ หรือต้องใช้ความรู้ของใคร",
        "en": "Ask yourself whether the teacher can plan balanced menus alone, or whose knowledge "
              "is needed.",
    },
    "exercises.problem_typing.a.C08.hint": {
        "th": "ลองถามตัวเองว่า มีใครบอกล่วงหน้าได้ไหมว่ากิจกรรมแบบไหนจะได้ผล",
        "en": "Ask yourself whether anyone can say in advance which activity will work.",
    },
    "exercises.problem_typing.b.title": {
        "th": "แบบฝึกหัด B: ตัวช่วยจำแนกกับผู้เชี่ยวชาญเห็นต่างกันตรงไหน",
        "en": "Exercise B: where the helper and the experts disagree",
    },
    "exercises.problem_typing.b.nudge": {
        "th": "เริ่มจาก type_problems(df) แล้วอ่าน docstring ของ compare_with_experts อีกครั้ง "
              "ว่าผลลัพธ์ต้องมีแถวไหน ใช้อะไรเป็น index และมีคอลัมน์อะไรบ้าง",
        "en": "Start from type_problems(df), then re-read the docstring of compare_with_experts: "
              "which rows, which index and which columns the result must have.",
    },
    "exercises.problem_typing.b.hint": {
        "th": "ใช้ type_problems(df) แล้ว join กับคอลัมน์ expected_type ด้วยรหัส id "
              "จากนั้นเก็บเฉพาะแถวที่ type ไม่เท่ากับ expected_type",
        "en": "Use type_problems(df), join it to the expected_type column by id, then keep only "
              "the rows where type differs from expected_type.",
    },
    "exercises.problem_typing.b_rate.title": {
        "th": "แบบฝึกหัด B: สัดส่วนที่เห็นตรงกัน",
        "en": "Exercise B: the agreement rate",
    },
    "exercises.problem_typing.b_rate.nudge": {
        "th": "อ่านข้อ 2 ของแบบฝึกหัด B อีกครั้ง แล้วลองถามตัวเองว่า agree_rate "
              "เป็นสัดส่วนของอะไร ตามที่ข้อ 2 นิยามไว้",
        "en": "Re-read task 2 of Exercise B, and ask yourself what agree_rate is a share of, as "
              "task 2 defines it.",
    },
    "exercises.problem_typing.b_rate.hint": {
        "th": "นับสถานการณ์ที่ type ตรงกับ expected_type แล้วหารด้วยจำนวนสถานการณ์ทั้งหมด "
              "(ได้ค่าระหว่าง 0 ถึง 1)",
        "en": "Count the scenarios whose type equals expected_type and divide by the number of "
              "scenarios (a value between 0 and 1).",
    },
    "exercises.problem_typing.b_rate.not_number": {
        "th": "{value} ไม่ใช่ตัวเลข ให้ตอบเป็นสัดส่วนระหว่าง 0 ถึง 1 เช่น 0.5",
        "en": "{value} is not a number; give a share between 0 and 1, such as 0.5.",
    },
    "exercises.problem_typing.b_rate.percent": {
        "th": "{value} ดูเหมือนเป็นร้อยละ ให้ตอบเป็นสัดส่วนระหว่าง 0 ถึง 1 (เช่น 50% คือ 0.5)",
        "en": "{value} looks like a percentage; give a share between 0 and 1 (50% is 0.5).",
    },
    "exercises.problem_typing.b_rate.range": {
        "th": "{value} อยู่นอกช่วง 0 ถึง 1",
        "en": "{value} is outside 0 to 1.",
    },
    "exercises.problem_typing.c.title": {
        "th": "แบบฝึกหัด C: สะท้อนคิดจากงานเครือข่ายของคุณ",
        "en": "Exercise C: reflection on your own network",
    },
    "exercises.problem_typing.c.not_mapping": {
        "th": "my_problem ต้องเป็น dict ที่มี title, answers, my_type และ justification แต่ได้รับ "
              "{got}",
        "en": "my_problem must be a dict with title, answers, my_type and justification; got "
              "{got}.",
    },
    "exercises.problem_typing.c.answers_ok": {
        "th": "ตอบคำถามครบทั้ง 9 ข้อ",
        "en": "all nine questions are answered",
    },
    "exercises.problem_typing.c.type_ok": {
        "th": "ประเภทที่คุณเลือก: {type}",
        "en": "the type you chose: {type}",
    },
    "exercises.problem_typing.c.cites_ok": {
        "th": "อ้างถึงคำถาม {ids}",
        "en": "it cites questions {ids}",
    },
    "exercises.problem_typing.c.cites_few": {
        "th": "อ้างถึงคำถามน้อยกว่า 3 ข้อ (พบ: {ids}) ให้อ้างด้วยรหัส เช่น S1",
        "en": "it cites fewer than three questions (found: {ids}); cite them by id, e.g. S1",
    },
    "exercises.problem_typing.c.helper_agrees": {
        "th": "ตัวช่วยจำแนกเห็นตรงกับคุณ",
        "en": "the helper agrees with you",
    },
    "exercises.problem_typing.c.helper_differs": {
        "th": "ตัวช่วยจำแนกได้ {helper} แต่คุณเลือก {mine}: อธิบายในคำอธิบายว่าทำไม",
        "en": "the helper says {helper} but you chose {mine}: say why in your justification",
    },
}
