"""Catalogue: workbook 05_network_foundations, as the course map shows it and its exercises
(``netlab.exercises.foundations``) speak: titles, nudges, hints and messages.

Hints point at the deciding question; they never name or imply the answer.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "syllabus.05_network_foundations.title": {
        "th": "เครือข่ายคืออะไร",
        "en": "What a network is",
    },
    "syllabus.05_network_foundations.summary": {
        "th": "ที่มาของเครือข่าย เครือข่ายแนวนอนและแนวตั้ง ประโยชน์ อุปสรรค และทางแก้",
        "en": "Where networks come from, horizontal and vertical networks, benefits, obstacles "
              "and remedies",
    },
    "exercises.foundations.a_origin.title": {
        "th": "แบบฝึกหัด A: ที่มาของเครือข่าย",
        "en": "Exercise A: how each network began",
    },
    "exercises.foundations.a_origin.nudge": {
        "th": "กลับไปดูตารางในหัวข้อ \"เครือข่ายเริ่มต้นจากไหน: จุดเริ่มต้น 3 แบบ\" "
              "แล้วอ่านกรณีที่ยังไม่ถูกเทียบกับแต่ละคอลัมน์ของตารางอีกครั้ง",
        "en": "Go back to the table in \"Where networks come from: three origins\" and read each "
              "case marked wrong against its columns again.",
    },
    "exercises.foundations.a_origin.hint": {
        "th": "ถามว่าใครเป็นคนเริ่ม ใครตัดสินใจ และตอนเริ่มเป้าหมายชัดหรือยัง: "
              "ประชาชนรวมตัวกันเอง หน่วยงานรัฐเข้าไปกระตุ้นและชวนให้รวม "
              "หรือเริ่มจากการพบกันด้วยเป้าหมายกว้างๆ แล้วค่อยชัดขึ้น",
        "en": "Ask who started it, who decides, and whether the aim was clear at the start: "
              "people banding together themselves, an agency stirring people up and asking them "
              "to join, or people meeting around a broad aim that became clear later.",
    },
    "exercises.foundations.a_origin.N01.hint": {
        "th": "ลองถามว่าใครเป็นคนขุดเหมืองสร้างฝายตั้งแต่แรก และใครดูแลระบบมาตลอด "
              "สำนักงานชลประทานทำอะไร และทำเมื่อไร ส่วนเรื่องใครสั่งใครได้เป็นอีกคำถามหนึ่ง",
        "en": "Ask who first dug the channels and built the weirs, and who has run them since. "
              "What did the irrigation office do, and when? Who gives orders is the other "
              "question, not this one.",
    },
    "exercises.foundations.a_origin.N02.hint": {
        "th": "อ่านตอนเริ่มต้น ไม่ใช่วันนี้ ปี 2561 ใครเป็นคนออกไปทุกหมู่บ้าน เอาภาพบ่อขยะให้ดู "
              "และขอให้คณะกรรมการหมู่บ้านเปิดธนาคารขยะ แผนงานปีแรกใครร่าง",
        "en": "Read the start, not today: in 2018, who went to every village, showed the landfill "
              "photos and asked the committees to open waste banks? Who drafted the first year's "
              "plan?",
    },
    "exercises.foundations.a_origin.N03.hint": {
        "th": "ลองถามว่าตอนห้ากลุ่มเริ่มนัดกินข้าวกัน เป้าหมายชัดแค่ไหน "
              "และใช้เวลานานเท่าไรกว่าจะตกลงได้ว่าจะทำอะไรด้วยกัน",
        "en": "Ask how clear the aim was when the five groups first met over meals, and how long "
              "it took them to agree what to do together.",
    },
    "exercises.foundations.a_origin.N04.hint": {
        "th": "ลองถามว่าการคุยครั้งแรกเกิดขึ้นที่ไหน ใครไปชวนหมู่บ้านอื่นมาร่วม "
              "และสำนักงานประมงทำอะไร ทำเพราะมีคนไปขอหรือเปล่า",
        "en": "Ask where the first talks took place and who invited the other villages. What did "
              "the fisheries office do, and did it act because someone asked?",
    },
    "exercises.foundations.a_origin.N05.hint": {
        "th": "ลองถามว่าใครเป็นคนคัดเลือก อบรม และแจกวิทยุให้อาสาสมัคร "
              "และใครเป็นคนชี้แจงให้ชาวบ้านเห็นว่าทำไมต้องมีคนเฝ้าระวัง",
        "en": "Ask who chose, trained and equipped the volunteers, and who explained to villagers "
              "why someone had to keep watch.",
    },
    "exercises.foundations.a_origin.N06.hint": {
        "th": "ลองถามว่าอะไรทำให้แกนนำกองทุนเริ่มรวมตัวกัน เขาได้ฟังอะไรในงานประจำปีของจังหวัด "
              "และทำอะไรต่อก่อนจะลงนามในพันธสัญญา",
        "en": "Ask what first moved the fund leaders to join up: what did they hear at the "
              "provincial fair, and what did they do next, before they signed the pledge?",
    },
    "exercises.foundations.a_origin.N07.hint": {
        "th": "ลองถามว่าใครทำให้ช่างทอมารวมกัน และเพราะอะไร มีหน่วยงานใดมาชวนไหม "
              "สำนักงานพัฒนาชุมชนทำอะไร และทำเมื่อไร",
        "en": "Ask who brought the weavers together, and why. Did any agency invite them? What "
              "did the community development office do, and when?",
    },
    "exercises.foundations.a_origin.N08.hint": {
        "th": "ดูตอนเริ่มต้น ไม่ใช่วันนี้ ใครเลือกเจ็ดหมู่บ้าน จัดเวที กระตุ้นให้ตั้งกลุ่ม "
              "และร่างแผนฉบับแรก ส่วนที่วันนี้สำนักงานมาเมื่อได้รับเชิญเท่านั้น "
              "เป็นอีกเรื่องหนึ่ง",
        "en": "Look at the start, not today: who chose the seven villages, held the meetings, "
              "urged them to form groups and drafted the first plan? How the office behaves now "
              "is a separate matter.",
    },
    "exercises.foundations.a_orientation.title": {
        "th": "แบบฝึกหัด A: แนวนอนหรือแนวตั้ง",
        "en": "Exercise A: horizontal or vertical",
    },
    "exercises.foundations.a_orientation.nudge": {
        "th": "อ่านหัวข้อ \"เครือข่ายแนวนอนและเครือข่ายแนวตั้ง\" อีกครั้ง "
              "โดยเฉพาะคำถามที่ใช้แยกสองแบบออกจากกัน แล้วหาเบาะแสนั้นในกรณีที่ยังไม่ถูก",
        "en": "Re-read \"Horizontal and vertical networks\", especially the questions it gives "
              "for telling the two apart, and look for those clues in each case marked wrong.",
    },
    "exercises.foundations.a_orientation.hint": {
        "th": "ดูว่ามีใครสั่งการคนอื่นได้ หรือมีสิทธิ์เรียกร้องจากผู้ที่อยู่สูงกว่าหรือไม่ "
              "ผู้ประสานงานที่นัดประชุมและส่งข่าวโดยไม่มีอำนาจสั่ง ยังเป็นแนวนอน",
        "en": "Look for anyone who can give orders to others, or a right to claim things from "
              "those above. A coordinator who calls meetings and passes on news without power to "
              "command still makes it horizontal.",
    },
    "exercises.foundations.a_orientation.N01.hint": {
        "th": "ดูว่าหัวหน้าเหมืองฝายที่ชาวนาเลือกขึ้นมาทำอะไรได้บ้าง กำหนดวันซ่อม "
              "สั่งให้ส่งแรงงาน ปรับเงิน และหมู่บ้านปลายน้ำเรียกร้องอะไรจากหัวหน้าได้ "
              "การที่ชาวบ้านเริ่มกันเองไม่ได้ตอบคำถามนี้",
        "en": "Look at what the elected chief may do: set repair days, order workers sent, fine "
              "households. What can downstream villages claim from the chief? A start by the "
              "villagers does not answer this.",
    },
    "exercises.foundations.a_orientation.N02.hint": {
        "th": "ดูวันนี้ ไม่ใช่ปี 2561 เหรัญญิกสั่งธนาคารขยะแห่งไหนได้ไหม และกติการ่วม เช่น "
              "ราคากลาง ตัดสินกันอย่างไร",
        "en": "Look at today, not 2018: can the treasurer tell any waste bank what to do? How are "
              "shared rules, such as the common price, decided?",
    },
    "exercises.foundations.a_orientation.N03.hint": {
        "th": "ลองถามว่าสมาชิกชมรมเยาวชนที่ดูแลปฏิทินทำอะไรได้บ้าง "
              "และแผนแต่ละเรื่องต้องได้ความเห็นชอบจากใคร",
        "en": "Ask what the youth-club member who keeps the calendar can actually do, and whose "
              "agreement any plan needs.",
    },
    "exercises.foundations.a_orientation.N04.hint": {
        "th": "ลองถามว่าชาวประมงที่คอยส่งข่าวและนัดประชุมสั่งให้คนอื่นทำอะไรได้ไหม "
              "และแต่ละหมู่บ้านมีเสียงมากน้อยแค่ไหน",
        "en": "Ask whether the fisher who passes on news and calls meetings can make anyone do "
              "anything, and how much say each village has.",
    },
    "exercises.foundations.a_orientation.N05.hint": {
        "th": "ไล่ดูสายจากจังหวัดถึงอำเภอถึงทีมหมู่บ้าน ใครกำหนดแผนซ้อม ใครตรวจ "
              "ทีมที่ไม่ซ้อมเป็นอย่างไร และทีมหมู่บ้านขออะไรจากข้างบนได้บ้าง",
        "en": "Follow the line from province to district to village team: who sets the drills, "
              "who checks them, what happens to a team that skips one, and what can village teams "
              "request from above?",
    },
    "exercises.foundations.a_orientation.N06.hint": {
        "th": "ดูว่าคณะกรรมการระดับอำเภอทำอะไรกับกองทุนหมู่บ้านได้บ้าง ออกระเบียบ ตรวจบัญชี "
              "สั่งพัก และกองทุนหมู่บ้านขออะไรจากกองกลางของอำเภอได้",
        "en": "Look at what the district committee can do to village funds (rules, audits, "
              "suspension), and what a village fund can claim from the district pool.",
    },
    "exercises.foundations.a_orientation.N07.hint": {
        "th": "ลองถามว่าช่างทอที่ดูแลรายการสั่งซื้อและกลุ่มไลน์ ตัดสินใจแทนหมู่บ้านอื่นได้แค่ไหน",
        "en": "Ask how much the weaver who keeps the order list and the group chat can decide for "
              "the other villages.",
    },
    "exercises.foundations.a_orientation.N08.hint": {
        "th": "ดูวันนี้ คนรับโทรศัพท์จองที่พักสั่งหมู่บ้านไหนได้ไหม ราคาและกติกาตกลงกันอย่างไร "
              "ส่วนใครเป็นคนเริ่มเป็นอีกคำถามหนึ่ง",
        "en": "Look at today: can the person who answers the booking number tell any village what "
              "to do? How are prices and rules set? Who started it is a separate question.",
    },
    "exercises.foundations.b.title": {
        "th": "แบบฝึกหัด B: จับคู่อุปสรรคกับทางแก้",
        "en": "Exercise B: match obstacles to remedies",
    },
    "exercises.foundations.b.nudge": {
        "th": "อ่านคำอธิบายปัญหาอุปสรรคแต่ละข้อในหัวข้อ \"ประโยชน์ ข้อควรคำนึง และปัญหาอุปสรรค\" "
              "อีกครั้ง แล้วลองใช้คำถามท้ายแบบฝึกหัด B กับแต่ละคู่",
        "en": "Re-read how \"Benefits, points to bear in mind, and obstacles\" describes each "
              "obstacle, then ask the question at the end of Exercise B of each pairing.",
    },
    "exercises.foundations.b.hint": {
        "th": "อ่านอุปสรรคแต่ละข้อแล้วถามว่าข้อเสนอไหนแก้ *ต้นเหตุ* ของข้อนั้นตรงที่สุด "
              "มีข้อเสนอสองข้อที่ดีแต่ไม่ได้แก้อุปสรรคข้อใดเลย",
        "en": "For each obstacle, ask which remedy deals most directly with its *cause*. Two "
              "remedies are good ideas that solve none of the six.",
    },
    "exercises.foundations.b.unknown": {
        "th": "{value} ไม่ใช่รหัสข้อเสนอ ให้ใช้: {allowed}",
        "en": "{value} is not a remedy id; use one of: {allowed}.",
    },
    "exercises.foundations.b.O1.hint": {
        "th": "ต้นเหตุคือสมาชิกยังไม่มีคำตอบร่วมกันว่า \"เรามารวมกันเพื่ออะไร\" "
              "ลองหาข้อเสนอที่ทำให้ทุกฝ่ายต้องตอบคำถามนี้ด้วยกัน "
              "ไม่ใช่ข้อที่แค่ทำงานเพิ่มหรือชวนคนเพิ่ม",
        "en": "The cause is that members share no answer to \"what are we together for?\". Look "
              "for the remedy that makes them answer it together, not one that simply adds work "
              "or members.",
    },
    "exercises.foundations.b.O2.hint": {
        "th": "ต้นเหตุคือองค์กรมีเงิน ความรู้ และความมั่นใจไม่เท่ากัน "
              "ลองถามว่าข้อเสนอไหนลดช่องว่างนี้ในเวลาตัดสินใจ ไม่ใช่แค่เพิ่มสมาชิกหรือเพิ่มเงิน",
        "en": "The cause is a gap in money, know-how and confidence between members. Ask which "
              "remedy narrows that gap when decisions are made, rather than adding members or "
              "money.",
    },
    "exercises.foundations.b.O3.hint": {
        "th": "อุปสรรคข้อนี้มีสองส่วน คือขาดทรัพยากร และจัดการทรัพยากรได้ไม่ดี "
              "ลองหาข้อเสนอที่ตอบได้ทั้งสองส่วน "
              "รายชื่อสมาชิกที่ยาวขึ้นไม่ได้แปลว่ามีผู้เชี่ยวชาญหรืออุปกรณ์มากขึ้น",
        "en": "This obstacle has two halves: too few resources, and resources poorly managed. "
              "Look for the remedy that covers both. A longer list of members does not bring more "
              "experts or equipment.",
    },
    "exercises.foundations.b.O4.hint": {
        "th": "ปัญหาคือข่าวผิดที่ส่งต่อกันเองระหว่างสมาชิกภายในเครือข่าย ลองถามว่าสมาชิกขาดอะไร "
              "ข่าวผิดจึงแพร่ได้ และแยกให้ออกจากข้อเสนอที่เป็นการบอกข่าวแก่คนภายนอก",
        "en": "The trouble is wrong news passed between members inside the network. Ask what "
              "members lack that lets it spread, and keep apart remedies that inform people "
              "outside.",
    },
    "exercises.foundations.b.O5.hint": {
        "th": "ลองถามว่าทำไมสมาชิกจึงแข่งกันเอง งานหรือพื้นที่ของใครทับกัน "
              "และประโยชน์ของใครมาก่อน แล้วหาข้อเสนอที่แก้ที่เหตุเหล่านั้น",
        "en": "Ask why members end up competing: whose work or areas overlap, and whose gain "
              "comes first? Then look for the remedy that deals with those causes.",
    },
    "exercises.foundations.b.O6.hint": {
        "th": "ต้นเหตุคือตัวเลขจำนวนครั้งและจำนวนคนบอกคุณภาพไม่ได้ "
              "ลองถามว่าข้อเสนอไหนเพิ่มสิ่งที่ตัวเลขมองไม่เห็น และทำอย่างสม่ำเสมอ",
        "en": "The cause is that counts of meetings and people cannot show quality. Ask which "
              "remedy adds what the numbers miss, and does it regularly.",
    },
    "exercises.foundations.c.title": {
        "th": "แบบฝึกหัด C: เครือข่ายของคุณเอง",
        "en": "Exercise C: your own network",
    },
    "exercises.foundations.c.not_mapping": {
        "th": "my_network ต้องเป็น dict ที่มี network, origin, orientation, evidence และ "
              "reflection แต่ได้ {got}",
        "en": "my_network must be a dict with network, origin, orientation, evidence and "
              "reflection; got {got}.",
    },
    "exercises.foundations.c.concept_ok": {
        "th": "{field}: {value}",
        "en": "{field}: {value}",
    },
}
