"""Catalogue: the workshop kit (``netlab kit``): its errors, the index page and the handouts
for the problem-typing card and the BP/SP table.

Handout texts are written for this course; the questions themselves come from the domain
catalogues (problems, partners), so paper and notebook ask the same thing.
"""

_W3 = "รายงานการอบรมการสร้างและบริหารเครือข่ายทางสังคม, 2560"
_W3_EN = "Social network workshop report, 2017"

MESSAGES: dict[str, dict[str, str]] = {
    "kit.generated_by": {"th": "netlab kit: สร้างจากต้นฉบับของหลักสูตร ห้ามแก้ด้วยมือ",
                         "en": "netlab kit: generated from the course sources, never edited "
                               "by hand"},
    "kit.no_chromium": {
        "th": "ไม่พบเบราว์เซอร์ chromium ซึ่งใช้พิมพ์เอกสาร PDF ของชุดอุปกรณ์ ติดตั้งด้วย "
              "sudo apt-get install -y chromium fonts-thai-tlwg หรือบอกตำแหน่งไฟล์ผ่านตัวแปร "
              "NETLAB_CHROMIUM",
        "en": "Chromium, which prints the kit's PDFs, was not found. Install it with "
              "sudo apt-get install -y chromium fonts-thai-tlwg, or name its path in "
              "NETLAB_CHROMIUM."},
    "kit.no_playwright": {
        "th": "ไม่พบแพ็กเกจ playwright ซึ่งใช้สั่ง chromium ให้พิมพ์ PDF ติดตั้งด้วย "
              "pip install 'netlab[kit]' หรือ make kit",
        "en": "The playwright package, which drives chromium to print the PDFs, is not "
              "installed. Install it with pip install 'netlab[kit]' or run make kit."},
    "kit.chromium_failed": {
        "th": "เปิด chromium ที่ {path} ไม่สำเร็จ: {error}",
        "en": "Could not start chromium at {path}: {error}"},
    "kit.network": {
        "th": "หน้า {page} ขอไฟล์จากเครือข่าย ({url}) แต่ชุดอุปกรณ์ต้องสร้างได้โดยไม่ใช้อินเทอร์เน็ต",
        "en": "The page {page} asked the network for {url}; the kit must build offline."},
    "kit.no_reveal": {
        "th": "ไม่พบ reveal.js ที่ {path} ซึ่งใช้ทำสไลด์ ติดตั้งด้วย make kit (ดาวน์โหลดจาก npm "
              "ครั้งเดียว) หรือบอกตำแหน่งด้วย --reveal",
        "en": "reveal.js, which the slides run on, was not found at {path}. Install it with "
              "make kit (one download from npm) or name its folder with --reveal."},
    "kit.out_in_student_folder": {
        "th": "ไม่สร้างชุดอุปกรณ์ลงใน {path} เพราะเป็นโฟลเดอร์ที่ผู้เรียนได้รับ (คู่มือวิทยากรมีเฉลย) "
              "เลือกโฟลเดอร์อื่น เช่น build/kit",
        "en": "Not building the kit into {path}: trainees receive that folder, and the "
              "facilitator guides hold the answer keys. Choose another folder, e.g. build/kit."},
    # The problem-typing card.
    "kit.card.title": {"th": "บัตรคำถาม: ปัญหาของเราเป็นปัญหาแบบไหน",
                       "en": "Problem-typing card: what kind of problem is ours?"},
    "kit.card.lede": {
        "th": "เขียนปัญหาที่เครือข่ายของคุณอยากแก้ในบรรทัดแรก แล้วตอบคำถาม 9 ข้อ ข้อละหนึ่งช่อง "
              "(0, 1 หรือ 2) คุยกันในกลุ่มก่อนขีด ถ้าเห็นต่างกัน จดไว้ข้างคำถามด้วย "
              "เพราะความเห็นต่างก็บอกอะไรบางอย่างเกี่ยวกับปัญหา",
        "en": "Write the problem your network wants to solve on the first line, then answer "
              "the nine questions, one box each (0, 1 or 2). Talk it over in your group before "
              "you tick; where you disagree, note it beside the question: disagreement says "
              "something about the problem too."},
    "kit.card.problem": {"th": "ปัญหาของเรา:", "en": "Our problem:"},
    "kit.card.id": {"th": "ข้อ", "en": "No."},
    "kit.card.question": {"th": "คำถาม", "en": "Question"},
    "kit.card.answer0": {"th": "0", "en": "0"},
    "kit.card.answer1": {"th": "1", "en": "1"},
    "kit.card.answer2": {"th": "2", "en": "2"},
    "kit.card.dimensions": {
        "th": "คำถามทั้ง 9 ข้อดู 4 มิติ: {dimensions}",
        "en": "The nine questions look at four dimensions: {dimensions}."},
    "kit.card.types": {"th": "ปัญหา 4 แบบ เทียบกับคำตอบของคุณ",
                       "en": "The four types, to compare with your answers"},
    "kit.card.type": {"th": "แบบของปัญหา", "en": "Type"},
    "kit.card.example": {"th": "ตัวอย่าง", "en": "Example"},
    "kit.card.guidance": {"th": "รับมืออย่างไร", "en": "How to handle it"},
    "kit.card.enter": {
        "th": "ภายหลัง วิทยากรหรือผู้เรียนพิมพ์คำตอบลงในสมุดแบบฝึก 01 ได้ทันที เช่น "
              "{example} ตัวช่วยจะบอกแบบของปัญหาพร้อมเหตุผล",
        "en": "Later, the facilitator or a trainee can type the answers into workbook 01, e.g. "
              "{example}; the helper names the type and "
              "explains why."},
    "kit.card.source": {
        "th": f"ที่มา: ปัญหา 4 แบบตามรายงานการอบรม ({_W3}) คำถาม 9 ข้อเป็นของหลักสูตรนี้ "
              "สังเคราะห์จากกรอบคิดที่อ้างในสมุดแบบฝึก 01",
        "en": f"Sources: the four types as in the workshop report ({_W3_EN}); the nine "
              "questions are this course's own, drawn from the frameworks workbook 01 cites."},
    # The BP/SP table.
    "kit.bpsp.title": {"th": "ตาราง BP / SP: ใครคือภาคีหุ้นส่วน ใครคือภาคียุทธศาสตร์",
                       "en": "The BP/SP table: who are our boundary and strategic partners?"},
    "kit.bpsp.lede": {
        "th": "ขั้นที่ 4.3 ในรายงานการอบรมมีตาราง 2 ช่อง ช่องละ 5 แถว สำหรับแยกภาคีของโครงการ "
              "เติมภาคีของโครงการคุณลงในตารางนี้ "
              "ภาคีหุ้นส่วน (boundary partner, BP) คือคนหรือองค์กรที่โครงการทำงานด้วยโดยตรง "
              "และตั้งใจให้เปลี่ยนพฤติกรรม ภาคียุทธศาสตร์ (strategic partner, SP) คือผู้ที่ร่วมมือ "
              "หรือให้ทรัพยากร โดยเราไม่ได้มุ่งเปลี่ยนเขา ถ้ายังลังเล ใช้คำถาม 6 ข้อในหน้าถัดไป",
        "en": "Step 4.3 of the workshop report shows a table of two columns of five rows for "
              "sorting a project's partners; fill it in for your project. A boundary partner "
              "(BP) is a person or organisation the project works with directly and intends to "
              "change; a strategic partner (SP) "
              "works with or resources the project, without the project trying to change it. "
              "If you are unsure, use the six questions overleaf."},
    "kit.bpsp.network": {"th": "โครงการ / เครือข่ายของเรา:", "en": "Our project / network:"},
    "kit.bpsp.boundary": {"th": "ภาคีหุ้นส่วน (Boundary Partners)",
                          "en": "Boundary partners (BPs)"},
    "kit.bpsp.strategic": {"th": "ภาคียุทธศาสตร์ (Strategic Partners)",
                           "en": "Strategic partners (SPs)"},
    "kit.bpsp.why": {"th": "ภาคีรายไหนที่กลุ่มเถียงกันมากที่สุด และตกลงกันได้อย่างไร",
                     "en": "Which actor did your group argue about most, and how did you "
                           "decide?"},
    "kit.bpsp.source": {
        "th": f"ที่มา: ตาราง 5 แถวและขั้นที่ 4.3 \"ทำความเข้าใจภาคี\" ในรายงานการอบรม ({_W3}) "
              "แนวคิดภาคีหุ้นส่วนจากแผนที่ผลลัพธ์ (Earl, Carden & Smutylo, 2001)",
        "en": f"Sources: the five-row table and step 4.3, \"understanding partners\", of the "
              f"workshop report ({_W3_EN}); boundary partners from Outcome Mapping (Earl, "
              "Carden & Smutylo, 2001)."},
    "kit.bpsp.questions": {"th": "คำถาม 6 ข้อ สำหรับภาคีที่ยังจัดไม่ได้",
                           "en": "Six questions for the actors you cannot place yet"},
    "kit.bpsp.rule": {
        "th": "เกณฑ์: ถ้า {reach} ตอบ \"ไม่\" เป็นภาคีทางอ้อม ถ้า {boundary} ตอบ \"ใช่\" ทุกข้อ "
              "เป็นภาคีหุ้นส่วน ถ้าข้อใดข้อหนึ่งใน {strategic} ตอบ \"ใช่\" เป็นภาคียุทธศาสตร์ ถ้าผ่านทั้งสองเกณฑ์ "
              "เป็นทั้งสองแบบ ถ้าไม่ผ่านเลย เป็นภาคีทางอ้อม",
        "en": "The rule: if {reach} is no, the actor is indirect. If every one of {boundary} "
              "is yes, it is a boundary partner. If any of {strategic} is yes, it is a strategic "
              "partner. Both "
              "tests passed: both roles. Neither: indirect."},
    "kit.bpsp.actor": {"th": "ภาคี", "en": "Actor"},
    "kit.bpsp.role": {"th": "บทบาท", "en": "Role"},
    "kit.bpsp.roles": {"th": "บทบาทที่เขียนได้:", "en": "Roles to write:"},
    "kit.bpsp.enter": {
        "th": "ภายหลัง พิมพ์คำตอบของแต่ละภาคีลงในสมุดแบบฝึก 02 ได้ เช่น "
              "{example}",
        "en": "Later, each actor's answers can be typed into workbook 02, e.g. "
              "{example}."},
    # The seven-component health check.
    "kit.health.title": {"th": "แบบตรวจสุขภาพเครือข่าย: องค์ประกอบ 7 ประการ",
                         "en": "Network health check: the seven components"},
    "kit.health.lede": {
        "th": "ให้สมาชิกแต่ละคนให้คะแนนแต่ละองค์ประกอบด้วยตัวเองก่อน แล้วค่อยคุยกันในกลุ่ม "
              "ช่องหลักฐาน ให้เขียนสิ่งที่เห็นจริง เช่น การประชุม ข้อตกลง หรือเหตุการณ์ "
              "ไม่ใช่ความรู้สึกลอยๆ คะแนนที่ต่างกันมากระหว่างสมาชิกเป็นเรื่องที่ควรคุยต่อ",
        "en": "Each member scores every component alone first; then talk it over as a group. "
              "Under evidence, write what you have actually seen (a meeting, an agreement, an "
              "event), not a feeling. Scores that differ a lot between members are worth "
              "talking about."},
    "kit.health.date": {"th": "วันที่:", "en": "Date:"},
    "kit.health.component": {"th": "องค์ประกอบ", "en": "Component"},
    "kit.health.score": {"th": "คะแนน", "en": "Score"},
    "kit.health.evidence": {"th": "หลักฐานที่เห็น", "en": "Evidence seen"},
    "kit.health.weak_sign": {"th": "สัญญาณว่าอ่อน:", "en": "Sign it is weak:"},
    "kit.health.weakest": {"th": "องค์ประกอบที่อ่อนที่สุด:", "en": "Weakest component:"},
    "kit.health.action": {"th": "สิ่งที่เราจะทำ:", "en": "What we will do:"},
    "kit.health.enter": {
        "th": "ภายหลัง พิมพ์คะแนนลงในสมุดแบบฝึก 04 ได้ เช่น {example} "
              "คำในเครื่องหมายคำพูดใต้ช่องคะแนนคือชื่อที่ใช้พิมพ์",
        "en": "Later, the scores can be typed into workbook 04, e.g. "
              "{example}; the word in quotes under each score box is "
              "the name to type."},
    "kit.health.source": {
        "th": "ที่มา: องค์ประกอบ 7 ประการของเครือข่าย (Networking slides, n.d.; Networking "
              "lecture notes, n.d.) ซึ่งสืบไปถึงเกรียงศักดิ์ เจริญวงศ์ศักดิ์ ผ่านงานของ"
              "พระมหาสุทิตย์ อาภากโร (2547) มาตรวัด 0–2 และสัญญาณว่าอ่อนเป็นของหลักสูตรนี้",
        "en": "Sources: the seven components of a network (Networking slides, n.d.; Networking "
              "lecture notes, n.d.), traced to เกรียงศักดิ์ เจริญวงศ์ศักดิ์ as cited by "
              "พระมหาสุทิตย์ อาภากโร (B.E. 2547, i.e. 2004); the 0–2 scale and the weak signs "
              "are this course's own."},
    # The four steps and the life cycle.
    "kit.steps.title": {"th": "ขั้นตอนการสร้างเครือข่าย 4 ขั้น",
                        "en": "The four steps of building a network"},
    "kit.steps.lede": {
        "th": "เครือข่ายไม่ได้เกิดขึ้นในวันเดียว แต่ละขั้นมีงานของมัน คำถามที่ผู้ประสานงานควรถาม "
              "และเรื่องที่ต้องระวัง ใช้แผ่นนี้ดูว่าเครือข่ายของคุณอยู่ขั้นไหน และขั้นต่อไปต้องทำอะไร",
        "en": "A network is not built in a day. Each step has its own work, questions a "
              "coordinator should ask, and things to watch for. Use this sheet to see which "
              "step your network is at and what the next one needs."},
    "kit.steps.step": {"th": "ขั้น", "en": "Step"},
    "kit.steps.activities": {"th": "กิจกรรม", "en": "Activities"},
    "kit.steps.questions": {"th": "คำถามที่ควรถาม", "en": "Questions to ask"},
    "kit.steps.watch": {"th": "ระวัง", "en": "Watch for"},
    "kit.steps.source": {
        "th": f"ที่มา: ขั้นตอนในการสร้างเครือข่าย ในรายงานการอบรม ({_W3}) "
              "และ Networking slides, n.d. กิจกรรมและคำถามเรียบเรียงสำหรับหลักสูตรนี้",
        "en": f"Sources: the steps of building a network in the workshop report ({_W3_EN}) "
              "and the Networking slides (n.d.); activities and questions arranged for this "
              "course."},
    "kit.steps.cycle": {"th": "วงจรชีวิตของเครือข่าย 4 ช่วง",
                        "en": "The four phases of a network's life cycle"},
    "kit.steps.cycle_lede": {
        "th": "เครือข่ายเป็นปรากฏการณ์ทางสังคม จึงเกิด ดำรงอยู่ เปลี่ยนแปลง และสิ้นสุดได้ "
              "การสิ้นสุดไม่ใช่ความล้มเหลวเสมอไป ถ้างานสำเร็จแล้ว ขีดช่องของช่วงที่เครือข่ายของคุณอยู่",
        "en": "A network is a social phenomenon: it comes into being, exists, changes and can "
              "end. Ending is not always failure; the work may be done. Tick the phase your "
              "network is in."},
    "kit.steps.phase": {"th": "ช่วง", "en": "Phase"},
    "kit.steps.meaning": {"th": "หมายถึง", "en": "What it means"},
    "kit.steps.tools": {"th": "ผู้ประสานงานทำอะไร", "en": "What a coordinator does"},
    "kit.steps.ours": {"th": "เครือข่ายของเราอยู่ช่วงไหน รู้ได้จากอะไร",
                       "en": "Which phase is our network in, and how do we know?"},
    "kit.steps.enter": {
        "th": "ภายหลัง ตอบตัวบ่งชี้ 11 ข้อในสมุดแบบฝึก 03 ด้วย diagnose_stage(...) "
              "เพื่อเทียบกับสิ่งที่กลุ่มคิดไว้บนกระดาษ",
        "en": "Later, answer the eleven indicators in workbook 03 with diagnose_stage(...) and "
              "compare with what your group decided on paper."},
    "kit.steps.cycle_source": {
        "th": f"ที่มา: วงจรชีวิตของปรากฏการณ์ทางสังคม 4 ช่วง ในรายงานการอบรม ({_W3})",
        "en": f"Source: the four phases of a social phenomenon's life cycle in the workshop "
              f"report ({_W3_EN})."},
}

MESSAGES.update({
    # The facilitator guide.
    "kit.guide.title": {"th": "คู่มือวิทยากร: {title}", "en": "Facilitator guide: {title}"},
    "kit.guide.lede": {
        "th": "สำหรับวิทยากรเท่านั้น มีเฉลยและเกณฑ์ให้คะแนน อย่าแจกผู้เรียน "
              "สร้างจากต้นฉบับของสมุดแบบฝึก ถ้าต้องการแก้ ให้แก้ที่ต้นฉบับแล้วสร้างใหม่",
        "en": "For facilitators only: it holds the answer keys and rubrics, so do not hand it "
              "out. Generated from the workbook's source; to change it, edit the source and "
              "build again."},
    "kit.guide.glance": {"th": "ภาพรวม", "en": "At a glance"},
    "kit.guide.minutes": {"th": "เวลาในสมุดแบบฝึก {minutes} นาที อยู่ในแผนการอบรมดังนี้",
                          "en": "Notebook time: {minutes} min, placed in the session plan as "
                                "follows:"},
    "kit.guide.session": {"th": "วันที่ {day} {start}–{end} {title} (ในสมุด {minutes} นาที)",
                          "en": "Day {day}, {start}–{end}, {title} (notebook: {minutes} min)"},
    "kit.guide.sections": {"th": "แบบฝึกหัดและหัวข้อหลังส่วนเรียนรู้:",
                           "en": "Exercises and the sections after the learning part:"},
    "kit.guide.purpose": {"th": "จุดมุ่งหมายของเล่มนี้ (ตามที่ผู้เรียนเห็น)",
                          "en": "What the workbook is for (as trainees see it)"},
    "kit.guide.keys": {"th": "เฉลยและเกณฑ์ให้คะแนน", "en": "Answer key and rubrics"},
    "kit.guide.solution": {"th": "คำตอบต้นแบบในเซลล์ {cell}", "en": "Model answer in cell {cell}"},
    "kit.guide.class_errors": {"th": "คำตอบผิดที่พบบ่อยในชั้นเรียนของคุณ",
                               "en": "Wrong answers seen most often in your class"},
    "kit.guide.class_errors_lede": {
        "th": "จากงานที่ตรวจแล้ว (netlab report) ใช้เปิดประเด็นคุยกับทั้งห้อง ไม่ใช่ชี้ตัวคน",
        "en": "From the graded submissions (netlab report). Use them to open a discussion "
              "with the room, not to point at anyone."},
    "kit.guide.item": {"th": "ข้อ", "en": "Item"},
    "kit.guide.given": {"th": "คำตอบที่ให้", "en": "Answer given"},
    "kit.guide.count": {"th": "จำนวนคน", "en": "People"},
    "kit.guide.share": {"th": "สัดส่วน", "en": "Share"},
})

MESSAGES.update({
    "kit.out_not_kit": {
        "th": "ไม่สร้างชุดอุปกรณ์ลงใน {path} เพราะโฟลเดอร์นี้มีไฟล์อื่นอยู่แล้ว และไม่ใช่ชุดอุปกรณ์ที่"
              "สร้างไว้ก่อน (จะได้ไม่เขียนทับงานของคุณ) เลือกโฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง",
        "en": "Not building the kit into {path}: it holds other files and is not an earlier "
              "kit (so nothing of yours is overwritten). Choose a new or empty folder."},
    "kit.index.title": {"th": "ชุดอุปกรณ์สำหรับวิทยากร (ภาษาไทย)",
                        "en": "The facilitator's kit (English)"},
    "kit.index.lede": {
        "th": "แผนการอบรม คู่มือวิทยากร (มีเฉลย อย่าแจกผู้เรียน) เอกสารแจก และสไลด์ "
              "ทุกไฟล์เปิดได้โดยไม่ต้องใช้อินเทอร์เน็ต",
        "en": "The session plan, the facilitator guides (they hold the keys: do not hand them "
              "out), the handouts and the slides. Every file opens without the internet."},
    "kit.index.guides": {"th": "คู่มือวิทยากร (มีเฉลย)", "en": "Facilitator guides (with keys)"},
    "kit.index.handouts": {"th": "เอกสารแจกสำหรับพิมพ์ (A4)", "en": "Handouts to print (A4)"},
    "kit.index.slides": {"th": "สไลด์ (ส่วนเรียนรู้ของแต่ละเล่ม)",
                         "en": "Slides (each workbook's learning part)"},
    "kit.built": {"th": "สร้างชุดอุปกรณ์ {files} ไฟล์ใน {out} ใช้เวลา {seconds:.0f} วินาที "
                        "เปิด {index} เพื่อดูทั้งหมด",
                  "en": "Built the kit in {seconds:.0f} s: {out} (files: {files}). Open "
                        "{index} to see them all."},
})
