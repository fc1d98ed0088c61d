"""Catalogue: the session plan of the two-day workshop (``netlab.kit.agenda``) and the names
of the kit's parts.

The days follow the order of topics in the report of the first cohort (seed 003,
003_1728fab1958287cf.txt); the activities are this course's suggestions unless a text says the
report describes them.
"""

_W3 = "รายงานการอบรมการสร้างและบริหารเครือข่ายทางสังคม, 2560"
_W3_EN = "Social network workshop report, 2017"

MESSAGES: dict[str, dict[str, str]] = {
    "kit.plan.title": {"th": "แผนการจัดอบรม 2 วัน", "en": "The two-day session plan"},
    "kit.plan.day": {"th": "วันที่ {number}: {theme}", "en": "Day {number}: {theme}"},
    "kit.plan.day1": {"th": "มองปัญหา มองคน มองเครือข่าย",
                      "en": "seeing problems, people and networks"},
    "kit.plan.day2": {"th": "หลักคิด ความเข้มแข็ง และขั้นตอนของเครือข่าย",
                      "en": "principles, strength and the steps of a network"},
    "kit.plan.lede": {
        "th": "ลำดับหัวข้อตามรายงานการอบรมรุ่นที่ 1 ({source}) เวลาเป็นข้อเสนอของหลักสูตรนี้ "
              "(รายงานไม่ได้ระบุเวลา) เวลาในสมุดแบบฝึกรวมเท่ากับเวลาในแผนที่หลักสูตร",
        "en": "Topics in the order of the report of the first cohort ({source}); the clock "
              "times are this course's suggestion (the report gives none). Notebook time adds "
              "up to the minutes in the course map."},
    "kit.plan.time": {"th": "เวลา", "en": "Time"},
    "kit.plan.session": {"th": "ช่วง", "en": "Session"},
    "kit.plan.activity": {"th": "ทำอะไร (กิจกรรมกลุ่มเป็นตัวหนา)",
                          "en": "What happens (group work in bold)"},
    "kit.plan.materials": {"th": "สื่อ", "en": "Materials"},
    "kit.plan.minutes": {"th": "นาที", "en": "Minutes"},
    "kit.plan.notebook": {"th": "สมุด {minutes}", "en": "notebook {minutes}"},
    "kit.plan.sections": {"th": "ในสมุด: {sections} แล้วทำแบบฝึกหัด",
                          "en": "In the notebook: {sections}; then the exercises."},
    "kit.plan.laptops": {"th": "แล็ปท็อปหรือ JupyterHub ของห้อง",
                         "en": "laptops or the room's JupyterHub"},
    "kit.plan.total": {"th": "รวม {minutes} นาที (สมุดแบบฝึก {notebook} นาที)",
                       "en": "In all: {minutes} min, of which {notebook} in the notebooks"},
    "kit.plan.source_short": {"th": _W3, "en": _W3_EN},
    "kit.handout.problem_card": {"th": "บัตรคำถามแยกแบบปัญหา", "en": "Problem-typing card"},
    "kit.handout.bp_sp_table": {"th": "ตาราง BP/SP", "en": "BP/SP table"},
    "kit.handout.netmap_kit": {"th": "ชุด Net-Map บนกระดาษ", "en": "Paper Net-Map kit"},
    "kit.handout.health_form": {"th": "แบบตรวจสุขภาพเครือข่าย", "en": "Health-check form"},
    "kit.handout.steps_sheet": {"th": "แผ่น 4 ขั้นตอนและวงจรชีวิต",
                                "en": "Four steps and life-cycle sheet"},
    "kit.plan.source": {"th": f"ที่มา: ลำดับหัวข้อของวันที่ 23–24 มกราคม 2560 ({_W3})",
                        "en": f"Source: the order of topics of 23–24 January 2017 ({_W3_EN})."},
    # Sessions: a title and what happens.
    "kit.plan.opening.title": {"th": "เปิดการอบรม", "en": "Opening"},
    "kit.plan.opening.activity": {
        "th": "แนะนำตัว วัตถุประสงค์ของ 2 วัน **วงแนะนำตัว: แต่ละคนบอกชื่อ เครือข่ายของตน "
              "และเรื่องหนึ่งที่อยากได้กลับไป**",
        "en": "Introductions and the aims of the two days. **Round of names: each person "
              "gives their name, their network and one thing they want to take home.**"},
    "kit.plan.start.title": {"th": "เริ่มใช้สมุดแบบฝึก", "en": "Getting started"},
    "kit.plan.start.activity": {
        "th": "เปิดสมุดแบบฝึก 00 ลองตรวจคำตอบครั้งแรก ผู้ที่ไม่มีแล็ปท็อปจับคู่กับเพื่อน",
        "en": "Open workbook 00 and try a first check. Anyone without a laptop pairs with "
              "someone who has one."},
    "kit.plan.problems.title": {"th": "ปัญหาสังคมแบบไหน", "en": "What kind of problem?"},
    "kit.plan.problems.activity": {
        "th": "ปรากฏการณ์ทางสังคมและปัญหา 4 แบบ ทำแบบฝึกหัดในสมุด 01 "
              "**กลุ่มละ 4–6 คน ใช้บัตรคำถามกับปัญหาจริงของกลุ่มหนึ่งเรื่อง แล้วเล่าให้ห้องฟังว่า"
              "ข้อไหนเถียงกันมากที่สุด**",
        "en": "Social phenomena and the four types of problem; the exercises of workbook 01. "
              "**Groups of 4–6 use the card on one real problem of theirs and tell the room "
              "which question they argued about most.**"},
    "kit.plan.mapping.title": {"th": "แผนที่ทางสังคม", "en": "Social mapping"},
    "kit.plan.mapping.activity": {
        "th": "การวิเคราะห์เครือข่ายด้วยแผนที่ทางสังคม สมุด 06 ส่วนเรียนรู้และแบบฝึกหัดแรก "
              "**กลุ่มวาดแผนที่ร่วมกันหนึ่งแผ่นด้วยชุด Net-Map บนกระดาษ ตามบทสัมภาษณ์**",
        "en": "Network analysis with a social map: workbook 06, the learning part and the "
              "first exercises. **Each group draws one shared map with the paper Net-Map kit, "
              "following the interview script.**"},
    "kit.plan.mapping_after.title": {"th": "แผนที่ทางสังคม (ต่อ)",
                                     "en": "Social mapping (continued)"},
    "kit.plan.mapping_after.activity": {
        "th": "แบบฝึกหัดที่เหลือของสมุด 06 **ตัวแทนกลุ่มใส่แผนที่ของกลุ่มลงในตัวสร้างแผนที่ "
              "(หนึ่งไฟล์ต่อกลุ่ม) แล้วเล่าว่าใครเป็นสะพานเชื่อม**",
        "en": "The remaining exercises of workbook 06. **One member per group enters the "
              "group's map into the map builder (one file per group) and tells the room who "
              "bridges the groups.**"},
    "kit.plan.partners.title": {"th": "ทำความเข้าใจภาคี", "en": "Understanding partners"},
    "kit.plan.partners.activity": {
        "th": "ภาคีหุ้นส่วนกับภาคียุทธศาสตร์ สมุด 02 **แต่ละกลุ่มเติมตาราง BP/SP 5 แถวของ"
              "โครงการสมาชิกคนหนึ่ง ใช้คำถาม 6 ข้อกับภาคีที่ยังตกลงกันไม่ได้**",
        "en": "Boundary and strategic partners: workbook 02. **Each group fills in the "
              "five-row BP/SP table for one member's project, using the six questions for the "
              "actors they cannot agree on.**"},
    "kit.plan.heart.title": {"th": "ฐานใจ", "en": "The heart base (ฐานใจ)"},
    "kit.plan.heart.activity": {
        "th": "รายงานการอบรมปิดวันแรกด้วยปัญญา 3 ฐาน (หัว ใจ กาย) และกิจกรรมสามเหลี่ยมด้านเท่า "
              "ซึ่งรายงานไม่ได้เล่าวิธีทำ **หลักสูตรเสนอวงสะท้อนคิด: แต่ละคนเล่าความสัมพันธ์หนึ่ง"
              "ในเครือข่ายที่ตนดูแลได้ดี และหนึ่งที่ยังไม่ดี**",
        "en": "The report ends day 1 with the three bases of wisdom (head, heart, body) and an "
              "equilateral-triangle activity whose steps it does not describe. **The course "
              "suggests a reflection circle: each person names one relationship in their "
              "network they look after well, and one they do not yet.**"},
    "kit.plan.recap.title": {"th": "ทบทวนวันแรก", "en": "Day 1 in review"},
    "kit.plan.recap.activity": {
        "th": "ทบทวนสั้นๆ ด้วย netlab.progress() และคำถามที่ค้างจากเมื่อวาน",
        "en": "A short review with netlab.progress() and yesterday's open questions."},
    "kit.plan.foundations.title": {"th": "หลักคิดพื้นฐานของเครือข่าย",
                                   "en": "The basic ideas of networks"},
    "kit.plan.foundations.activity": {
        "th": "ที่มาของเครือข่าย แนวราบและแนวดิ่ง การเชื่อมโยงและประโยชน์ของเครือข่าย สมุด 05 "
              "**จับคู่: บอกกันว่าเครือข่ายของตนเกิดจากอะไร และความสัมพันธ์ส่วนใหญ่เป็นแนวราบ"
              "หรือแนวดิ่ง**",
        "en": "Where networks come from, horizontal and vertical ties, how members link and "
              "what networks give: workbook 05. **Pairs: tell each other where your network "
              "came from and whether its ties are mostly horizontal or vertical.**"},
    "kit.plan.health.title": {"th": "ปัจจัยความสำเร็จของเครือข่าย",
                              "en": "What makes a network succeed"},
    "kit.plan.health.activity": {
        "th": "องค์ประกอบ 7 ประการและการทำงานร่วมกัน สมุด 04 **แต่ละคนให้คะแนนเครือข่ายของตน"
              "ในแบบตรวจสุขภาพ แล้วเทียบกับเพื่อนในกลุ่ม**",
        "en": "The seven components and working together: workbook 04. **Each person scores "
              "their own network on the health-check form, then compares with their group.**"},
    "kit.plan.health_after.title": {"th": "ปัจจัยความสำเร็จ (ต่อ)",
                                    "en": "What makes a network succeed (continued)"},
    "kit.plan.health_after.activity": {
        "th": "แบบฝึกหัดสุดท้ายของสมุด 04", "en": "The last exercise of workbook 04."},
    "kit.plan.peers.title": {"th": "แลกเปลี่ยนประสบการณ์จากเพื่อน",
                             "en": "Learning from peers"},
    "kit.plan.peers.activity": {
        "th": "รายงานการอบรมมีช่วงนี้ด้วยคำถาม 2 ข้อ ซึ่งหลักสูตรเรียบเรียงใหม่: ตอนเครือข่ายเริ่มก่อตัว "
              "คุณเห็นภาคีค่อยๆ ผูกใจกันอย่างไร และตอนเครือข่ายเติบโตและขยายตัว คุณประคองใจภาคีสำคัญไว้"
              "อย่างไร **กลุ่มละ 4–6 คน ผลัดกันเล่าคนละ 5 นาที แล้วเลือกหนึ่งบทเรียนมาเล่าให้ห้องฟัง**",
        "en": "The report has this session with two questions, reworded here: as your network "
              "was forming, how did you see partners' hearts come together; as it grew and "
              "spread, how did you keep key partners' hearts with it? **Groups of 4–6 take "
              "five minutes each, then bring one lesson to the room.**"},
    "kit.plan.steps.title": {"th": "ขั้นตอนในการสร้างเครือข่าย",
                             "en": "The steps of building a network"},
    "kit.plan.steps.activity": {
        "th": "ขั้นตอน 4 ขั้นและการรักษาเครือข่าย สมุด 03 **กลุ่มใช้แผ่นขั้นตอน 4 ขั้น "
              "วางเครือข่ายของสมาชิกคนหนึ่งลงในขั้นที่เป็นอยู่ แล้ววางแผนขั้นต่อไป**",
        "en": "The four steps and keeping a network going: workbook 03. **Groups use the "
              "four-steps sheet to place one member's network at its current step and plan "
              "the next.**"},
    "kit.plan.closing.title": {"th": "สรุปและปิดการอบรม", "en": "Summary and close"},
    "kit.plan.closing.activity": {
        "th": "**วงสะท้อนคิด: แต่ละคนบอกสิ่งหนึ่งที่จะทำกับเครือข่ายของตนภายในเดือนหน้า**",
        "en": "**Reflection circle: each person names one thing they will do with their "
              "network within the next month.**"},
    "kit.plan.break.title": {"th": "พัก", "en": "Break"},
    "kit.plan.lunch.title": {"th": "พักกลางวัน", "en": "Lunch"},
}
