"""Catalogue: workbook 02_partner_classification, as the course map shows it and its exercises
(``netlab.exercises.partners``) speak: titles, nudges, hints and messages.

Hints point at the deciding question; they never name or imply the answer.
"""

from netlab.plurals import plural

MESSAGES: dict[str, dict[str, str]] = {
    "syllabus.02_partner_classification.title": {
        "th": "จำแนกภาคี",
        "en": "Partner classification",
    },
    "syllabus.02_partner_classification.summary": {
        "th": "ภาคีหุ้นส่วน (boundary partner) กับภาคียุทธศาสตร์ (strategic partner) "
              "ผลลัพธ์ที่ท้าทาย และเครื่องหมายบอกความก้าวหน้า",
        "en": "Boundary and strategic partners, outcome challenges and progress markers",
    },
    "exercises.partners.a.title": {
        "th": "แบบฝึกหัด A: จำแนกบทบาทของภาคี 8 ราย",
        "en": "Exercise A: classify eight actors",
    },
    "exercises.partners.a.nudge": {
        "th": "สำหรับภาคีที่ยังไม่ถูก ลองตอบคำถาม 6 ข้อจากมุมของทีมโครงการ แล้วไล่เกณฑ์ในหัวข้อ "
              "\"คำถาม 6 ข้อ กับเกณฑ์ตัดสิน\" ทีละขั้น",
        "en": "For each actor marked wrong, answer the six questions from the project team's "
              "point of view, then apply the rule in \"Six questions and the rule\" step by step.",
    },
    "exercises.partners.a.C01.hint": {
        "th": "ทีมจะลงเวลาและงบกับเขาเพื่ออะไร เพื่อให้เขาให้อะไรแก่โครงการ "
              "หรือเพื่อให้เขาทำงานต่างไปจากเดิม",
        "en": "What will the team spend its time and budget on them for: for something they give "
              "the project, or for them to work differently?",
    },
    "exercises.partners.a.C02.hint": {
        "th": "ทีมตั้งใจให้เขาทำอะไรต่างไปจากเดิมหรือไม่ และบทบาทหลักของเขาต่อโครงการคืออะไร",
        "en": "Does the team mean to make it act differently? What is its main role for the "
              "project?",
    },
    "exercises.partners.a.C03.hint": {
        "th": "นับความสัมพันธ์ให้ครบ: เขาให้อะไรแก่โครงการ และทีมอยากเห็นเขาเปลี่ยนอะไรบ้าง",
        "en": "Count every relationship: what does it give the project, and what does the team "
              "hope to see it change?",
    },
    "exercises.partners.a.C04.hint": {
        "th": "อยากให้เปลี่ยนยังไม่พอ ทีมได้ทำงานกับเขาเองหรือเปล่า",
        "en": "Wanting a change is not enough: does the team itself work with it?",
    },
    "exercises.partners.a.C05.hint": {
        "th": "ตอนนี้เขายังไม่ได้ให้อะไรแก่โครงการ ทีมวางแผนจะลงแรงกับเขาเพื่ออะไร",
        "en": "They give the project nothing yet. What does the team plan to invest in them for?",
    },
    "exercises.partners.a.C06.hint": {
        "th": "การทำงานใกล้ชิดกันไม่ได้แปลว่าทีมอยากเปลี่ยนเขา ดูว่าทีมตั้งใจอะไร",
        "en": "Working closely together does not mean the team wants to change it: look at what "
              "the team intends.",
    },
    "exercises.partners.a.C07.hint": {
        "th": "ทีมอยากเห็นพฤติกรรมหรือความสัมพันธ์ของใครเปลี่ยน และจะลงแรงต่อเนื่องหรือไม่",
        "en": "Whose behaviour or relationships does the team want to see change, and will it "
              "keep investing in that?",
    },
    "exercises.partners.a.C08.hint": {
        "th": "รู้จักกันดีกับทำงานด้วยเพื่อเปลี่ยนแปลงหรือได้รับการสนับสนุน ไม่ใช่เรื่องเดียวกัน",
        "en": "Knowing someone well is not the same as working to change them or being supported "
              "by them.",
    },
    "exercises.partners.b.title": {
        "th": "แบบฝึกหัด B: ภาคีหุ้นส่วนที่เห็นด้วยกับเราน้อยที่สุด",
        "en": "Exercise B: the least aligned boundary partners",
    },
    "exercises.partners.b.nudge": {
        "th": "เริ่มจาก classify_partners(df) แล้วอ่านขั้นตอนในข้อ 1 ของแบบฝึกหัด B กับ docstring "
              "อีกครั้ง ว่าต้องเก็บแถวไหน เรียงอย่างไร และคืนคอลัมน์อะไร",
        "en": "Start from classify_partners(df), then re-read the steps of task 1 in Exercise B "
              "and the docstring: which rows, in what order, with which columns.",
    },
    "exercises.partners.b.hint": {
        "th": "ใช้ classify_partners(df) แล้ว join กับคอลัมน์ alignment, interest, influence ด้วย "
              "id เก็บแถวที่ role เป็น boundary หรือ both เรียงตาม alignment จากน้อยไปมาก "
              "influence จากมากไปน้อย แล้วตาม id และคืน n แถวแรก",
        "en": "Use classify_partners(df), join the alignment, interest and influence columns by "
              "id, keep the rows whose role is boundary or both, sort by alignment (ascending), "
              "influence (descending), then id, and return the first n rows.",
    },
    "exercises.partners.b_corner.title": {
        "th": "แบบฝึกหัด B: ภาคียุทธศาสตร์ในมุมพันธมิตร",
        "en": "Exercise B: strategic partners in the allies corner",
    },
    "exercises.partners.b_corner.nudge": {
        "th": "อ่านข้อ 2 ของแบบฝึกหัด B อีกครั้งว่านิยามมุมพันธมิตรไว้อย่างไร "
              "และให้นับภาคีบทบาทไหน",
        "en": "Re-read how task 2 of Exercise B defines the allies corner, and which role it asks "
              "you to count.",
    },
    "exercises.partners.b_corner.hint": {
        "th": "มุมพันธมิตรคือ alignment มากกว่า 3 และ interest มากกว่า 3 (ไม่รวม 3) "
              "นับเฉพาะภาคีที่ role เป็น strategic",
        "en": "The allies corner is alignment above 3 and interest above 3 (3 itself is not "
              "above); count only actors whose role is strategic.",
    },
    "exercises.partners.b_corner.not_count": {
        "th": "{value} ไม่ใช่จำนวนนับ (0, 1, 2, ...)",
        "en": "{value} is not a count (0, 1, 2, ...).",
    },
    "exercises.partners.c.title": {
        "th": "แบบฝึกหัด C: ผลลัพธ์ที่ท้าทายและเครื่องหมายบอกความก้าวหน้า (โครงสร้าง)",
        "en": "Exercise C: outcome challenge and progress markers (structure)",
    },
    "exercises.partners.c.hint": {
        "th": "ดูตัวอย่างของพ่อแม่ (W02) ในส่วนเรียนรู้ แล้วเขียนของภาคีที่คุณเลือกเอง",
        "en": "Look at the parents' example (W02) in the learn section, then write your own for "
              "the partner you chose.",
    },
    "exercises.partners.c.not_mapping": {
        "th": "my_outcome ต้องเป็น dict ที่มี partner, challenge, expect, like และ love แต่ได้ "
              "{got}",
        "en": "my_outcome must be a dict with partner, challenge, expect, like and love; got "
              "{got}.",
    },
    "exercises.partners.c.partner_ok": {
        "th": "{partner} เป็นภาคีหุ้นส่วน (หรือเป็นทั้งสองบทบาท) ของเครือข่ายวาวี",
        "en": "{partner} is a boundary partner (or both) of the Wawee network",
    },
    "exercises.partners.c.partner_bad": {
        "th": "partner = {value} ไม่ใช่รหัสของภาคีหุ้นส่วนในชุดข้อมูล เลือกจาก: {allowed}",
        "en": "partner = {value} is not the id of a boundary partner in the dataset; choose one "
              "of: {allowed}",
    },
    "exercises.partners.c.challenge_ok": {
        "th": "ผลลัพธ์ที่ท้าทายยาว {count} ตัวอักษร",
        "en": plural(
                  "count",
                  one="the outcome challenge has {count} character",
                  other="the outcome challenge has {count} characters"),
    },
    "exercises.partners.c.challenge_short": {
        "th": "ผลลัพธ์ที่ท้าทายยาว {count} ตัวอักษร ควรมีอย่างน้อย {minimum} ตัวอักษร",
        "en": plural(
                  "count",
                  one="the outcome challenge has {count} character; write at least {minimum}",
                  other="the outcome challenge has {count} characters; write at least {minimum}"),
    },
    "exercises.partners.d.title": {
        "th": "แบบฝึกหัด D: ภาคีของเครือข่ายคุณเอง",
        "en": "Exercise D: your own network's partners",
    },
    "exercises.partners.d.not_mapping": {
        "th": "my_partners ต้องเป็น dict ที่มี network, actors และ reflection แต่ได้ {got}",
        "en": "my_partners must be a dict with network, actors and reflection; got {got}.",
    },
    "exercises.partners.d.actor_name": {
        "th": "ภาคีรายที่ {number} ยังไม่มีชื่อ (name)",
        "en": "actor {number} has no name yet",
    },
    "exercises.partners.d.agrees": {
        "th": "{name}: คุณจัดเป็น{mine} ตัวช่วยก็ได้ผลเดียวกัน",
        "en": "{name}: you say {mine}, and so does the helper",
    },
    "exercises.partners.d.differs": {
        "th": "{name}: คุณจัดเป็น{mine} แต่ตัวช่วยได้{helper} อธิบายในบทสะท้อนคิดว่าทำไม",
        "en": "{name}: you say {mine} but the helper says {helper}; say why in your reflection",
    },
    "exercises.partners.d.count_ok": {
        "th": "มีภาคี {count} ราย",
        "en": plural(
                  "count",
                  one="{count} actor",
                  other="{count} actors"),
    },
    "exercises.partners.d.count_few": {
        "th": "มีภาคีที่ใช้ได้ {count} ราย ต้องมีอย่างน้อย {minimum} ราย",
        "en": "{count} usable actors; list at least {minimum}",
    },
    "exercises.partners.d.role_missing": {
        "th": "ยังไม่มีภาคีที่คุณจัดเป็น{role}",
        "en": "no actor you classed as a {role} yet",
    },
}
