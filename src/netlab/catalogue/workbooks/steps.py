"""Catalogue: workbook 03_network_steps, as the course map shows it and its exercises
(``netlab.exercises.steps``) speak: titles, nudges, hints and messages.

Hints point at the deciding question; they never name or imply the answer.
"""

from netlab.plurals import plural

MESSAGES: dict[str, dict[str, str]] = {
    "syllabus.03_network_steps.title": {
        "th": "สี่ขั้นตอนของการสร้างเครือข่าย",
        "en": "The four steps of network building",
    },
    "syllabus.03_network_steps.summary": {
        "th": "สี่ขั้นตอนและวงจรชีวิตของเครือข่าย จัดกิจกรรมลงขั้น และอ่านขั้นกับระยะของเครือข่าย",
        "en": "The four steps and the network life cycle: sorting activities into steps, reading "
              "a network's step and phase",
    },
    "exercises.steps.a.title": {
        "th": "แบบฝึกหัด A: จัดกิจกรรม 8 อย่างเข้าขั้นตอน",
        "en": "Exercise A: sort eight activities into the steps",
    },
    "exercises.steps.a.nudge": {
        "th": "กลับไปที่หัวข้อ \"ฝึกจัดกิจกรรมลงขั้น\" "
              "แล้วใช้หลักสำคัญของหัวข้อนั้นถามกิจกรรมที่ยังไม่ถูกทีละข้อ "
              "การ์ดของแต่ละขั้นบอกไว้ว่าขั้นนั้นทำเพื่ออะไร",
        "en": "Go back to \"Practise: which step does an activity belong to?\" and apply its key "
              "idea to each activity marked wrong; the step cards say what each step is for.",
    },
    "exercises.steps.a.hint": {
        "th": "ถามว่ากิจกรรมนี้ทำ *เพื่ออะไร* ในตอนนั้น: ให้คนเห็นปัญหาร่วมและเกิดแกนกลุ่ม "
              "ให้ภาคีตกลงบทบาทและมีระบบบริหาร ให้ได้ทำงานร่วมและใช้ประโยชน์จากกัน "
              "หรือให้เครือข่ายอยู่ต่อได้",
        "en": "Ask what the activity is *for* at that moment: getting people to see a shared "
              "problem and form a core group, getting partners to agree roles and a way of "
              "running the network, working together and making use of each other, or keeping the "
              "network going.",
    },
    "exercises.steps.a.T01.hint": {
        "th": "สามหน่วยงานต่างออกค่าใช้จ่ายส่วนของตัวเองในหลักสูตรที่จัดด้วยกัน "
              "ลองถามว่ากิจกรรมนี้ยังเป็นเรื่องการตกลงว่าใครทำอะไร "
              "หรือเป็นสิ่งที่เกิดขึ้นหลังจากตกลงกันแล้ว",
        "en": "Each of the three pays its own part of a course they run together. Ask whether "
              "this is still about agreeing who does what, or about something that comes after "
              "that agreement.",
    },
    "exercises.steps.a.T02.hint": {
        "th": "สังเกตคำว่า \"พบกันครั้งแรก\" และ \"ไม่มีหน่วยงานใดแก้ได้ลำพัง\" "
              "ลองถามว่าตอนนี้มีกลุ่มหรือข้อตกลงอะไรเกิดขึ้นแล้วหรือยัง "
              "และการพบกันครั้งนี้ช่วยให้คนเห็นอะไร",
        "en": "Notice \"for the first time\" and \"no agency can solve alone\". Ask whether any "
              "group or agreement exists yet, and what this meeting helps people see.",
    },
    "exercises.steps.a.T03.hint": {
        "th": "ภาคีทำงานด้วยกันมาสองปีแล้ว "
              "ลองถามว่าการนั่งทบทวนว่าอะไรได้ผลแล้วเขียนแผนปีหน้าใหม่ ทำไปเพื่ออะไร และถ้าไม่ทำ "
              "เครือข่ายจะขาดอะไรในปีต่อๆ ไป",
        "en": "The partners have worked together for two years. Ask what looking back at what "
              "worked and rewriting next year's plan is for, and what the network would miss in "
              "the years ahead without it.",
    },
    "exercises.steps.a.T04.hint": {
        "th": "ลองถามว่าข้อตกลงที่ลงนามนี้ทำให้อะไรชัดขึ้นระหว่างสามหน่วยงาน "
              "และตอนนี้ทั้งสามได้ลงมือทำงานด้วยกันแล้ว หรือยังเป็นเรื่องข้างหน้า",
        "en": "Ask what the signed agreement settles between the three agencies, and whether they "
              "have done any work together yet or whether that is still to come.",
    },
    "exercises.steps.a.T05.hint": {
        "th": "อย่าดูแค่คำว่า \"ผู้ประสานงาน\" ให้สังเกตคำว่า \"คนแรก\" ด้วย "
              "ลองถามว่าตอนนี้มีองค์กรใดตกลงบทบาท หรือมีวิธีบริหารเครือข่ายแล้วหรือยัง "
              "หรือยังเป็นการชวนคนทีละคน",
        "en": "Don't stop at the word \"contact\"; notice \"first\" too. Ask whether any "
              "organisation has agreed a role, or a way of running the network exists, or whether "
              "people are still being asked one by one.",
    },
    "exercises.steps.a.T06.hint": {
        "th": "สมาชิกรายหนึ่งส่งคนจริงไปใช้บริการของสมาชิกอีกราย แล้วได้รับแจ้งผลกลับมา "
              "ลองถามว่านี่คือการสร้างความสัมพันธ์ใหม่ หรือการใช้ความสัมพันธ์ที่มีอยู่แล้ว "
              "การดูแลคนคนเดียวต่อเนื่องไม่ใช่เรื่องเดียวกับการทำให้เครือข่ายอยู่ต่อ",
        "en": "One member sends a real person to another member's service and hears back. Ask "
              "whether this builds new ties or uses existing ones; caring for one person over "
              "time is not keeping the network going.",
    },
    "exercises.steps.a.T07.hint": {
        "th": "กิจกรรมนี้ตั้งศูนย์ประสานงาน ตารางประชุม และกติการ่วมขึ้นมา "
              "ลองถามว่าถ้าไม่มีสามอย่างนี้ เครือข่ายจะขาดอะไร "
              "ขาดตัวงานที่ช่วยผู้ถูกคุมความประพฤติ หรือขาดสิ่งที่ภาคีต้องมีก่อนจะทำงานด้วยกันได้",
        "en": "A hub, a meeting schedule and ground rules are set up here. Ask what the network "
              "would lack without them: help for people on probation itself, or something "
              "partners need before they can work together?",
    },
    "exercises.steps.a.T08.hint": {
        "th": "การอบรมอยู่ได้หลายขั้น ลองถามว่ากำลังเตรียมใคร และเตรียมไว้สำหรับตอนไหน "
              "สำหรับงานพี่เลี้ยงวันนี้ หรือสำหรับวันที่รุ่นแรกถอยออกไป",
        "en": "Training can belong to many steps. Ask who is being prepared, and for what moment: "
              "today's mentoring, or the day the first group of volunteers steps back?",
    },
    "exercises.steps.b_step.title": {
        "th": "แบบฝึกหัด B: เครือข่ายอยู่ขั้นไหน",
        "en": "Exercise B: which step is each network in?",
    },
    "exercises.steps.b_step.nudge": {
        "th": "กลับไปที่หัวข้อ \"อ่านขั้นและระยะจากตัวบ่งชี้ 11 ข้อ\" "
              "ตอบตัวบ่งชี้จากสิ่งที่คำบรรยายเล่าไว้เท่านั้น แล้วใช้กฎเรื่องขั้นที่น่าจะเป็น",
        "en": "Go back to \"Reading the step and phase from eleven indicators\": answer the "
              "indicators only from what each description says, then apply the rule for the "
              "likely step.",
    },
    "exercises.steps.b_step.hint": {
        "th": "ตอบตัวบ่งชี้ 11 ข้อจากข้อเท็จจริงในเรื่อง "
              "แล้วดูว่าขั้นที่ไกลที่สุดที่มีตัวบ่งชี้ครบอย่างน้อยครึ่งหนึ่งคือขั้นไหน "
              "ระวังสิ่งที่เรื่องบอกว่า *ยังไม่มี*",
        "en": "Answer the eleven signs from the facts in the text, then find the furthest step "
              "with at least half of its signs. Watch for what the text says has *not* happened.",
    },
    "exercises.steps.b_step.D01.hint": {
        "th": "ตอบตัวบ่งชี้ทีละข้อจากเรื่องที่เล่า แล้วดูสองข้อของขั้นสุดท้ายให้ดี "
              "กลุ่มเคยทบทวนงาน หรือฝึกใครขึ้นมาแทนบ้างไหม "
              "ส่วนคนมาประชุมน้อยลงเป็นคำถามเรื่องระยะ ไม่ใช่เรื่องขั้น",
        "en": "Mark each indicator from the text, then look hard at the last step's two: has the "
              "group ever reviewed its work or trained anyone to take over? Falling attendance is "
              "a phase question, not a step one.",
    },
    "exercises.steps.b_step.D02.hint": {
        "th": "มีการลงนามและประชุมทุกเดือนแล้ว แต่ให้ดูต่อว่ามีการลงเงินหรือคนร่วมกันหรือยัง "
              "และสมาชิกบอกได้หรือยังว่าได้อะไร ตัดสินจากสิ่งที่เรื่องบอกว่า *ยังไม่มี* ด้วย",
        "en": "The signing and the monthly meetings are there, but read on: has any money or "
              "staff been pooled, and can members name a gain yet? Count what the text says has "
              "*not* happened.",
    },
    "exercises.steps.b_step.D03.hint": {
        "th": "ไล่ดูตัวบ่งชี้ทีละขั้น มีองค์กรใดตกลงรับบทบาทไหม มีตารางประชุมหรือกติกาไหม "
              "ตอบตัวบ่งชี้ของขั้นแรกๆ ตามที่กลุ่มเคยไปถึง ไม่ใช่ตามสภาพวันนี้",
        "en": "Go through the indicators step by step: did any organisation agree a role, was "
              "there a meeting schedule or rules? Answer the early indicators for what the group "
              "once reached, not for today.",
    },
    "exercises.steps.b_step.D04.hint": {
        "th": "ดูว่าเครือข่ายทำอะไรทุกหกเดือน แล้วเทียบกับตัวบ่งชี้ 11 ข้อ "
              "จำไว้ว่าขั้นหนึ่งต้องการตัวบ่งชี้แค่ครึ่งหนึ่ง "
              "การยังไม่มีผู้นำรุ่นใหม่เป็นเรื่องสำคัญ แต่ลองถามว่ามันลบสิ่งที่มีอยู่แล้วหรือไม่",
        "en": "Find what the network does every six months and match it to the eleven indicators; "
              "a step needs only half of its indicators. The missing new leaders matter, but do "
              "they cancel what is there?",
    },
    "exercises.steps.b_phase.title": {
        "th": "แบบฝึกหัด B: เครือข่ายอยู่ระยะไหน",
        "en": "Exercise B: which life-cycle phase?",
    },
    "exercises.steps.b_phase.nudge": {
        "th": "อ่านหัวข้อ \"ขั้นกับระยะต่างกันอย่างไร\" และกฎเรื่องระยะในหัวข้อตัวบ่งชี้ 11 "
              "ข้ออีกครั้ง แล้วตัดสินระยะเป็นอีกคำถามหนึ่ง แยกจากขั้น",
        "en": "Re-read \"How a step differs from a phase\" and the phase rule in the "
              "eleven-indicators section, and decide the phase as a question separate from the "
              "step.",
    },
    "exercises.steps.b_phase.hint": {
        "th": "ดูตัวบ่งชี้สามข้อของระยะ: การติดต่อลดลงหรือไม่ มีการปรับเป้าหมายอย่างตั้งใจหรือไม่ "
              "และเป้าหมายเดิมจบลงโดยไม่มีใครวางแผนต่อหรือไม่",
        "en": "Look at the three life-cycle signs: is contact falling, is the purpose being "
              "changed on purpose, and has the original purpose ended with nobody planning what "
              "comes next?",
    },
    "exercises.steps.b_phase.D01.hint": {
        "th": "คนมาประชุมลดจาก 30 เหลือ 9 หลังโรงพยาบาลเลิกซื้อ "
              "ลองถามว่านี่คือตัวบ่งชี้ข้อไหนของระยะ แล้วดูด้วยว่ามีใครเสนอเป้าหมายใหม่ "
              "หรือเป้าหมายเดิมจบลงแล้วหรือยัง",
        "en": "Attendance fell from 30 to 9 after the hospital stopped buying. Ask which phase "
              "indicator that is, and check whether anyone has proposed new aims or whether the "
              "original purpose has ended.",
    },
    "exercises.steps.b_phase.D02.hint": {
        "th": "ตรวจตัวบ่งชี้ของระยะทีละข้อ คนมาประชุมเป็นอย่างไร มีใครเสนอเป้าหมายใหม่ไหม "
              "ปัญหาแก้ได้แล้วหรือยัง ถ้าไม่มีข้อใดเป็นใช่ ระยะจะมาจากขั้นตามกฎ",
        "en": "Check the three phase indicators one by one: attendance, new aims, a purpose met "
              "or dropped. If none is true, the phase follows from the step, as the rule says.",
    },
    "exercises.steps.b_phase.D03.hint": {
        "th": "มีสองเรื่องเกิดขึ้น กลุ่มไลน์เงียบไป "
              "และพนังกั้นน้ำทำให้ปัญหาหมดไปโดยไม่มีใครคุยว่าจะทำอะไรต่อ "
              "ลองดูว่ากฎเรื่องระยะตรวจตัวบ่งชี้ข้อไหนก่อน",
        "en": "Two things happened: the chat group went quiet, and the floodwall took the problem "
              "away with nobody discussing what next. Check which phase indicator the rule looks "
              "at first.",
    },
    "exercises.steps.b_phase.D04.hint": {
        "th": "อย่าเอาแกนนำชุดเดิมตั้งแต่ปี 2558 มาเป็นตัวบ่งชี้ของระยะ "
              "ให้ดูว่าคนยังมาประชุมเท่าเดิมไหม มีแผนปรับเป้าหมายไหม "
              "และงานนี้ยังจำเป็นอยู่หรือเปล่า",
        "en": "Don't read the same leaders since 2015 as a phase indicator. Look at attendance "
              "compared with earlier years, any plan to change the aims, and whether the need is "
              "still there.",
    },
    "exercises.steps.c.title": {
        "th": "แบบฝึกหัด C: เครือข่ายของคุณอยู่ตรงไหน",
        "en": "Exercise C: where does your network stand?",
    },
    "exercises.steps.c.not_mapping": {
        "th": "my_stage ต้องเป็น dict ตามแบบในเซลล์ แต่ได้ {got}",
        "en": "my_stage must be a dict as laid out in the cell, got {got}.",
    },
    "exercises.steps.c.agrees": {
        "th": "ตัวช่วยก็ได้ {step} · {phase} ตรงกับที่คุณตัดสิน",
        "en": "The helper also says {step} · {phase}, as you judged.",
    },
    "exercises.steps.c.differs": {
        "th": "ตัวช่วยได้ {step} · {phase} ต่างจากที่คุณตัดสิน อธิบายเหตุผลของคุณใน evidence",
        "en": "The helper says {step} · {phase}, unlike your judgement: explain why in evidence.",
    },
    "exercises.steps.c.moves_ok": {
        "th": "next_moves: มี {count} ข้อ",
        "en": plural(
                  "count",
                  one="next_moves: {count} move",
                  other="next_moves: {count} moves"),
    },
    "exercises.steps.c.moves_few": {
        "th": "next_moves: มี {count} ข้อ ต้องมีอย่างน้อย {minimum} ข้อ",
        "en": plural(
                  "count",
                  one="next_moves: {count} move; write at least {minimum}.",
                  other="next_moves: {count} moves; write at least {minimum}."),
    },
}
