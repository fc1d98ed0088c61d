"""Catalogue: the first, gentlest stage of the staged hints (``exercises.<id>.nudge``), and the
start-here workbook's practice exercise.

A nudge points back to the section, rule, table or helper that decides an answer; it is weaker
than the item hints shown on the checks after the first try that does not pass, and never
names or narrows the answer.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the start-here practice -----------------------------------------------------------
    "exercises.start.practice.title": {
        "th": "ฝึก: การตรวจทำงานอย่างไร",
        "en": "Practice: how checks work",
    },
    "exercises.start.practice.nudge": {
        "th": "ย้อนไปอ่านหัวข้อ \"การตรวจและคำใบ้ทำงานอย่างไร\" อีกครั้ง "
              "(ข้อ P3 ดูหัวข้อ \"บันทึกงานของคุณ\" ด้านล่าง) แล้วลองใหม่",
        "en": "Read the section \"How checks and hints work\" again (for P3, the section "
              "\"Saving your work\" further down), then try once more.",
    },
    "exercises.start.practice.P1.hint": {
        "th": "ลองถามตัวเองว่า หลังเริ่มเคอร์เนลใหม่ อะไรยังอยู่ "
              "และตอนให้คะแนน สมุดแบบฝึกถูกรันใหม่ตั้งแต่ต้น สิ่งที่ถูกรันคืออะไร",
        "en": "Ask yourself what is still there after a kernel restart, and what actually runs "
              "when the workbook is run again from the top for grading.",
    },
    "exercises.start.practice.P2.hint": {
        "th": "นึกถึงสัญญาที่ว่าเซลล์ตรวจไม่เคยเฉลยคำตอบ "
              "แล้วลองคิดว่าคุณต้องรู้อะไรบ้างจึงจะลองใหม่ได้",
        "en": "Remember that a check never gives the answer away, and think about what you "
              "would need to know to try again.",
    },
    "exercises.start.practice.P3.hint": {
        "th": "เมื่อเซสชันของ Binder ปิด ไฟล์ในเซสชันก็หายไปด้วย "
              "ลองคิดว่าก่อนถึงตอนนั้น คุณพาอะไรกลับไปเก็บไว้ในเครื่องของตัวเองได้ "
              "ดูหัวข้อ \"บันทึกงานของคุณ\" ด้านล่าง",
        "en": "When a Binder session ends, its files go with it: what could you carry away to "
              "your own computer before that happens? See \"Saving your work\" further down.",
    },
    "exercises.start.practice.choice.invalid": {
        "th": "{value} ไม่ใช่ตัวเลือกที่ใช้ได้ ให้ตอบ \"a\", \"b\" หรือ \"c\"",
        "en": "{value} is not one of the choices: answer \"a\", \"b\" or \"c\".",
    },
    # --- nudges: the first stage of the staged hints ------------------------------------
    "exercises.problem_typing.a.nudge": {
        "th": "สำหรับกรณีที่ยังไม่ถูก ลองตอบคำถาม 9 ข้อในหัวข้อ \"คำถาม 9 ข้อ กับ 4 มิติ\" "
              "จากสิ่งที่กรณีเล่าไว้ แล้วดูว่ารูปแบบคะแนนของประเภทไหนเข้ากันที่สุด",
        "en": "For each case marked wrong, answer the nine questions of "
              "\"Nine questions, four dimensions\" from what the case says, then see which type's "
              "profile fits best.",
    },
    "exercises.problem_typing.b.nudge": {
        "th": "เริ่มจาก type_problems(df) แล้วอ่าน docstring ของ compare_with_experts อีกครั้ง "
              "ว่าผลลัพธ์ต้องมีแถวไหน ใช้อะไรเป็น index และมีคอลัมน์อะไรบ้าง",
        "en": "Start from type_problems(df), then re-read the docstring of compare_with_experts: "
              "which rows, which index and which columns the result must have.",
    },
    "exercises.problem_typing.b_rate.nudge": {
        "th": "อ่านข้อ 2 ของแบบฝึกหัด B อีกครั้ง แล้วลองถามตัวเองว่า agree_rate "
              "เป็นสัดส่วนของอะไร ตามที่ข้อ 2 นิยามไว้",
        "en": "Re-read task 2 of Exercise B, and ask yourself what agree_rate is a share of, "
              "as task 2 defines it.",
    },
    "exercises.partners.a.nudge": {
        "th": "สำหรับภาคีที่ยังไม่ถูก ลองตอบคำถาม 6 ข้อจากมุมของทีมโครงการ แล้วไล่เกณฑ์ในหัวข้อ "
              "\"คำถาม 6 ข้อ กับเกณฑ์ตัดสิน\" ทีละขั้น",
        "en": "For each actor marked wrong, answer the six questions from the project team's "
              "point of view, then apply the rule in \"Six questions and the rule\" step by step.",
    },
    "exercises.partners.b.nudge": {
        "th": "เริ่มจาก classify_partners(df) แล้วอ่านขั้นตอนในข้อ 1 ของแบบฝึกหัด B กับ docstring "
              "อีกครั้ง ว่าต้องเก็บแถวไหน เรียงอย่างไร และคืนคอลัมน์อะไร",
        "en": "Start from classify_partners(df), then re-read the steps of task 1 in Exercise B "
              "and the docstring: which rows, in what order, with which columns.",
    },
    "exercises.partners.b_corner.nudge": {
        "th": "อ่านข้อ 2 ของแบบฝึกหัด B อีกครั้งว่านิยามมุมพันธมิตรไว้อย่างไร "
              "และให้นับภาคีบทบาทไหน",
        "en": "Re-read how task 2 of Exercise B defines the allies corner, and which role it asks "
              "you to count.",
    },
    "exercises.steps.a.nudge": {
        "th": "กลับไปที่หัวข้อ \"ฝึกจัดกิจกรรมลงขั้น\" "
              "แล้วใช้หลักสำคัญของหัวข้อนั้นถามกิจกรรมที่ยังไม่ถูกทีละข้อ "
              "การ์ดของแต่ละขั้นบอกไว้ว่าขั้นนั้นทำเพื่ออะไร",
        "en": "Go back to \"Practise: which step does an activity belong to?\" and apply its key "
              "idea to each activity marked wrong; the step cards say what each step is for.",
    },
    "exercises.steps.b_step.nudge": {
        "th": "กลับไปที่หัวข้อ \"อ่านขั้นและระยะจากตัวบ่งชี้ 11 ข้อ\" "
              "ตอบตัวบ่งชี้จากสิ่งที่คำบรรยายเล่าไว้เท่านั้น แล้วใช้กฎเรื่องขั้นที่น่าจะเป็น",
        "en": "Go back to \"Reading the step and phase from eleven indicators\": answer the "
              "indicators only from what each description says, then apply the rule for the "
              "likely step.",
    },
    "exercises.steps.b_phase.nudge": {
        "th": "อ่านหัวข้อ \"ขั้นกับระยะต่างกันอย่างไร\" และกฎเรื่องระยะในหัวข้อตัวบ่งชี้ "
              "11 ข้ออีกครั้ง แล้วตัดสินระยะเป็นอีกคำถามหนึ่ง แยกจากขั้น",
        "en": "Re-read \"How a step differs from a phase\" and the phase rule in the "
              "eleven-indicators section, and decide the phase as a question separate from the "
              "step.",
    },
    "exercises.health.a.nudge": {
        "th": "อ่านแบบฝึกหัด A อีกครั้งว่าตารางที่ต้องคืนหน้าตาเป็นอย่างไร (index คอลัมน์ "
              "และการนับช่องว่าง) แล้วเทียบกับสิ่งที่ฟังก์ชันของคุณคืนมา",
        "en": "Re-read what Exercise A asks the table to look like (its index, its columns, how "
              "blanks count) and compare it with what your function returns.",
    },
    "exercises.health.b_weakest.nudge": {
        "th": "ใช้ตารางภาพรวมจาก survey_profile แล้วทำตามกฎในข้อ 1 ของแบบฝึกหัด B ให้ครบทุกส่วน",
        "en": "Work from the survey_profile table and apply the rule in task 1 of Exercise B in "
              "full.",
    },
    "exercises.health.b_disputed.nudge": {
        "th": "ใช้ตารางภาพรวมจาก survey_profile อ่านย่อหน้า \"ทำไมต้องดูการกระจาย\" อีกครั้ง "
              "แล้วทำตามกฎในข้อ 2 ของแบบฝึกหัด B ให้ครบทุกส่วน",
        "en": "Work from the survey_profile table, re-read \"Why the spread matters\", then apply "
              "the rule in task 2 of Exercise B in full.",
    },
    "exercises.health.c.nudge": {
        "th": "เริ่มจากองค์ประกอบที่อ่อนที่สุดที่คุณหาได้ในแบบฝึกหัด B แล้วอ่านตารางข้อเสนอ "
              "(netlab.views.action_table()) อีกครั้งโดยคิดถึงองค์ประกอบนั้น",
        "en": "Start from the component you found weakest in Exercise B, and read the action "
              "table (netlab.views.action_table()) again with that component in mind.",
    },
    "exercises.foundations.a_origin.nudge": {
        "th": "กลับไปดูตารางในหัวข้อ \"เครือข่ายเริ่มต้นจากไหน: จุดเริ่มต้น 3 แบบ\" "
              "แล้วอ่านกรณีที่ยังไม่ถูกเทียบกับแต่ละคอลัมน์ของตารางอีกครั้ง",
        "en": "Go back to the table in \"Where networks come from: three origins\" and read each "
              "case marked wrong against its columns again.",
    },
    "exercises.foundations.a_orientation.nudge": {
        "th": "อ่านหัวข้อ \"เครือข่ายแนวนอนและเครือข่ายแนวตั้ง\" อีกครั้ง "
              "โดยเฉพาะคำถามที่ใช้แยกสองแบบออกจากกัน แล้วหาเบาะแสนั้นในกรณีที่ยังไม่ถูก",
        "en": "Re-read \"Horizontal and vertical networks\", especially the questions it gives "
              "for telling the two apart, and look for those clues in each case marked wrong.",
    },
    "exercises.foundations.b.nudge": {
        "th": "อ่านคำอธิบายปัญหาอุปสรรคแต่ละข้อในหัวข้อ \"ประโยชน์ ข้อควรคำนึง และปัญหาอุปสรรค\" "
              "อีกครั้ง แล้วลองใช้คำถามท้ายแบบฝึกหัด B กับแต่ละคู่",
        "en": "Re-read how \"Benefits, points to bear in mind, and obstacles\" describes each "
              "obstacle, then ask the question at the end of Exercise B of each pairing.",
    },
    "exercises.mapping.a_hub.nudge": {
        "th": "อ่านตารางต้นหัวข้อ \"ศูนย์กลาง ตัวกลาง และความใกล้\" อีกครั้ง "
              "แล้วจับคู่ถ้อยคำของโจทย์กับคอลัมน์ของ m.measures() ให้ตรง",
        "en": "Re-read the table at the start of \"Hubs, brokers and closeness\" and match the "
              "exercise's wording to the right column of m.measures().",
    },
    "exercises.mapping.a_broker.nudge": {
        "th": "อ่านย่อหน้าเรื่องตัวกลาง (broker) ในหัวข้อ \"ศูนย์กลาง ตัวกลาง และความใกล้\" "
              "อีกครั้ง แล้วดูให้แน่ว่าใช้คอลัมน์ของ m.measures() ที่ตรงกับโจทย์",
        "en": "Re-read the paragraph on brokers in \"Hubs, brokers and closeness\", and make sure "
              "you use the column of m.measures() that matches the exercise.",
    },
    "exercises.mapping.a_cutpoints.nudge": {
        "th": "อ่านความหมายของจุดตัด (cutpoint) ในหัวข้อ \"จุดตัด สะพาน และภาคีโดดเดี่ยว\" "
              "อีกครั้ง แล้วตรวจรหัสทุกตัวที่ใส่ไว้กับแผนที่ m ทั้งแผนที่ "
              "เพราะรหัสที่ผิดจะถูกหักคะแนน",
        "en": "Re-read what a cutpoint is in \"Cutpoints, bridges and isolates\", and check every "
              "id you listed on the whole map m: a wrong id costs a point.",
    },
    "exercises.mapping.a_isolates.nudge": {
        "th": "อ่านความหมายของภาคีโดดเดี่ยว (isolate) ในหัวข้อ "
              "\"จุดตัด สะพาน และภาคีโดดเดี่ยว\" อีกครั้ง "
              "แล้วตรวจรหัสทุกตัวที่ใส่ไว้กับความหมายนั้น",
        "en": "Re-read what an isolate is in \"Cutpoints, bridges and isolates\", and check every "
              "id you listed against that definition.",
    },
    "exercises.mapping.b_vertical.nudge": {
        "th": "อ่านหัวข้อ \"เส้นโยงแบบ bonding, bridging และ linking\" "
              "อีกครั้งว่าคู่แบบไหนนับเป็นแนวตั้ง และอ่านข้อ b_vertical ของแบบฝึกหัด B "
              "ว่าให้นับอะไรกันแน่",
        "en": "Re-read \"Bonding, bridging and linking ties\" for which pairs count as vertical, "
              "and the b_vertical bullet of Exercise B for what exactly to count.",
    },
    "exercises.mapping.b_ei.nudge": {
        "th": "อ่านหัวข้อ \"ดัชนี E-I (E-I index)\" และตอนต้นของแบบฝึกหัด B อีกครั้ง "
              "ว่าต้องใช้แผนที่ไหน ดัชนีตามคอลัมน์อะไร และปัดทศนิยมอย่างไร",
        "en": "Re-read \"The E-I index\" and the start of Exercise B: which map, which column the "
              "index is on, and how to round.",
    },
    "exercises.mapping.b_reading.nudge": {
        "th": "ดูให้แน่ว่าค่า E-I ของคุณผ่านการตรวจแล้ว "
              "จากนั้นอ่านค่านั้นเทียบกับเกณฑ์ของหลักสูตรในแบบฝึกหัด B อีกครั้ง",
        "en": "Make sure your E-I value passed its own check, then read it against the course's "
              "cut-offs in Exercise B again.",
    },
}
