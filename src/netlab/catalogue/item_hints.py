"""Catalogue: one hint per item of the exercises answered item by item (steps, foundations):
each says what to look at in that item, never its answer; and the hints for a wrong choice in
the exercises answered with a set of ids (actions, cutpoints, isolates), filled in from the data."""

from netlab.plurals import plural

MESSAGES: dict[str, dict[str, str]] = {
    "exercises.foundations.a_orientation.N01.hint": {
        "th": "ดูว่าหัวหน้าเหมืองฝายที่ชาวนาเลือกขึ้นมาทำอะไรได้บ้าง กำหนดวันซ่อม "
              "สั่งให้ส่งแรงงาน ปรับเงิน และหมู่บ้านปลายน้ำเรียกร้องอะไรจากหัวหน้าได้ "
              "การที่ชาวบ้านเริ่มกันเองไม่ได้ตอบคำถามนี้",
        "en": "Look at what the elected chief may do: set repair days, order workers sent, "
              "fine households. What can downstream villages claim from the chief? A start by "
              "the villagers does not answer this.",
    },
    "exercises.foundations.a_orientation.N02.hint": {
        "th": "ดูวันนี้ ไม่ใช่ปี 2561 เหรัญญิกสั่งธนาคารขยะแห่งไหนได้ไหม และกติการ่วม เช่น "
              "ราคากลาง ตัดสินกันอย่างไร",
        "en": "Look at today, not 2018: can the treasurer tell any waste bank what to do? How "
              "are shared rules, such as the common price, decided?",
    },
    "exercises.foundations.a_orientation.N03.hint": {
        "th": "ลองถามว่าสมาชิกชมรมเยาวชนที่ดูแลปฏิทินทำอะไรได้บ้าง "
              "และแผนแต่ละเรื่องต้องได้ความเห็นชอบจากใคร",
        "en": "Ask what the youth-club member who keeps the calendar can actually do, and "
              "whose agreement any plan needs.",
    },
    "exercises.foundations.a_orientation.N04.hint": {
        "th": "ลองถามว่าชาวประมงที่คอยส่งข่าวและนัดประชุมสั่งให้คนอื่นทำอะไรได้ไหม "
              "และแต่ละหมู่บ้านมีเสียงมากน้อยแค่ไหน",
        "en": "Ask whether the fisher who passes on news and calls meetings can make anyone "
              "do anything, and how much say each village has.",
    },
    "exercises.foundations.a_orientation.N05.hint": {
        "th": "ไล่ดูสายจากจังหวัดถึงอำเภอถึงทีมหมู่บ้าน ใครกำหนดแผนซ้อม ใครตรวจ "
              "ทีมที่ไม่ซ้อมเป็นอย่างไร และทีมหมู่บ้านขออะไรจากข้างบนได้บ้าง",
        "en": "Follow the line from province to district to village team: who sets the "
              "drills, who checks them, what happens to a team that skips one, and what can "
              "village teams request from above?",
    },
    "exercises.foundations.a_orientation.N06.hint": {
        "th": "ดูว่าคณะกรรมการระดับอำเภอทำอะไรกับกองทุนหมู่บ้านได้บ้าง ออกระเบียบ ตรวจบัญชี "
              "สั่งพัก และกองทุนหมู่บ้านขออะไรจากกองกลางของอำเภอได้",
        "en": "Look at what the district committee can do to village funds (rules, audits, "
              "suspension), and what a village fund can claim from the district pool.",
    },
    "exercises.foundations.a_orientation.N07.hint": {
        "th": "ลองถามว่าช่างทอที่ดูแลรายการสั่งซื้อและกลุ่มไลน์ "
              "ตัดสินใจแทนหมู่บ้านอื่นได้แค่ไหน",
        "en": "Ask how much the weaver who keeps the order list and the group chat can decide "
              "for the other villages.",
    },
    "exercises.foundations.a_orientation.N08.hint": {
        "th": "ดูวันนี้ คนรับโทรศัพท์จองที่พักสั่งหมู่บ้านไหนได้ไหม "
              "ราคาและกติกาตกลงกันอย่างไร ส่วนใครเป็นคนเริ่มเป็นอีกคำถามหนึ่ง",
        "en": "Look at today: can the person who answers the booking number tell any village "
              "what to do? How are prices and rules set? Who started it is a separate "
              "question.",
    },
    "exercises.foundations.a_origin.N01.hint": {
        "th": "ลองถามว่าใครเป็นคนขุดเหมืองสร้างฝายตั้งแต่แรก และใครดูแลระบบมาตลอด "
              "สำนักงานชลประทานทำอะไร และทำเมื่อไร ส่วนเรื่องใครสั่งใครได้เป็นอีกคำถามหนึ่ง",
        "en": "Ask who first dug the channels and built the weirs, and who has run them "
              "since. What did the irrigation office do, and when? Who gives orders is the "
              "other question, not this one.",
    },
    "exercises.foundations.a_origin.N02.hint": {
        "th": "อ่านตอนเริ่มต้น ไม่ใช่วันนี้ ปี 2561 ใครเป็นคนออกไปทุกหมู่บ้าน "
              "เอาภาพบ่อขยะให้ดู และขอให้คณะกรรมการหมู่บ้านเปิดธนาคารขยะ แผนงานปีแรกใครร่าง",
        "en": "Read the start, not today: in 2018, who went to every village, showed the "
              "landfill photos and asked the committees to open waste banks? Who drafted the "
              "first year's plan?",
    },
    "exercises.foundations.a_origin.N03.hint": {
        "th": "ลองถามว่าตอนห้ากลุ่มเริ่มนัดกินข้าวกัน เป้าหมายชัดแค่ไหน "
              "และใช้เวลานานเท่าไรกว่าจะตกลงได้ว่าจะทำอะไรด้วยกัน",
        "en": "Ask how clear the aim was when the five groups first met over meals, and how "
              "long it took them to agree what to do together.",
    },
    "exercises.foundations.a_origin.N04.hint": {
        "th": "ลองถามว่าการคุยครั้งแรกเกิดขึ้นที่ไหน ใครไปชวนหมู่บ้านอื่นมาร่วม "
              "และสำนักงานประมงทำอะไร ทำเพราะมีคนไปขอหรือเปล่า",
        "en": "Ask where the first talks took place and who invited the other villages. What "
              "did the fisheries office do, and did it act because someone asked?",
    },
    "exercises.foundations.a_origin.N05.hint": {
        "th": "ลองถามว่าใครเป็นคนคัดเลือก อบรม และแจกวิทยุให้อาสาสมัคร "
              "และใครเป็นคนชี้แจงให้ชาวบ้านเห็นว่าทำไมต้องมีคนเฝ้าระวัง",
        "en": "Ask who chose, trained and equipped the volunteers, and who explained to "
              "villagers why someone had to keep watch.",
    },
    "exercises.foundations.a_origin.N06.hint": {
        "th": "ลองถามว่าอะไรทำให้แกนนำกองทุนเริ่มรวมตัวกัน "
              "เขาได้ฟังอะไรในงานประจำปีของจังหวัด และทำอะไรต่อก่อนจะลงนามในพันธสัญญา",
        "en": "Ask what first moved the fund leaders to join up: what did they hear at the "
              "provincial fair, and what did they do next, before they signed the pledge?",
    },
    "exercises.foundations.a_origin.N07.hint": {
        "th": "ลองถามว่าใครทำให้ช่างทอมารวมกัน และเพราะอะไร มีหน่วยงานใดมาชวนไหม "
              "สำนักงานพัฒนาชุมชนทำอะไร และทำเมื่อไร",
        "en": "Ask who brought the weavers together, and why. Did any agency invite them? "
              "What did the community development office do, and when?",
    },
    "exercises.foundations.a_origin.N08.hint": {
        "th": "ดูตอนเริ่มต้น ไม่ใช่วันนี้ ใครเลือกเจ็ดหมู่บ้าน จัดเวที กระตุ้นให้ตั้งกลุ่ม "
              "และร่างแผนฉบับแรก ส่วนที่วันนี้สำนักงานมาเมื่อได้รับเชิญเท่านั้น "
              "เป็นอีกเรื่องหนึ่ง",
        "en": "Look at the start, not today: who chose the seven villages, held the meetings, "
              "urged them to form groups and drafted the first plan? How the office behaves "
              "now is a separate matter.",
    },
    "exercises.foundations.b.O1.hint": {
        "th": "ต้นเหตุคือสมาชิกยังไม่มีคำตอบร่วมกันว่า \"เรามารวมกันเพื่ออะไร\" "
              "ลองหาข้อเสนอที่ทำให้ทุกฝ่ายต้องตอบคำถามนี้ด้วยกัน "
              "ไม่ใช่ข้อที่แค่ทำงานเพิ่มหรือชวนคนเพิ่ม",
        "en": "The cause is that members share no answer to \"what are we together for?\". Look "
              "for the remedy that makes them answer it together, not one that simply adds "
              "work or members.",
    },
    "exercises.foundations.b.O2.hint": {
        "th": "ต้นเหตุคือองค์กรมีเงิน ความรู้ และความมั่นใจไม่เท่ากัน "
              "ลองถามว่าข้อเสนอไหนลดช่องว่างนี้ในเวลาตัดสินใจ "
              "ไม่ใช่แค่เพิ่มสมาชิกหรือเพิ่มเงิน",
        "en": "The cause is a gap in money, know-how and confidence between members. Ask "
              "which remedy narrows that gap when decisions are made, rather than adding "
              "members or money.",
    },
    "exercises.foundations.b.O3.hint": {
        "th": "อุปสรรคข้อนี้มีสองส่วน คือขาดทรัพยากร และจัดการทรัพยากรได้ไม่ดี "
              "ลองหาข้อเสนอที่ตอบได้ทั้งสองส่วน "
              "รายชื่อสมาชิกที่ยาวขึ้นไม่ได้แปลว่ามีผู้เชี่ยวชาญหรืออุปกรณ์มากขึ้น",
        "en": "This obstacle has two halves: too few resources, and resources poorly managed. "
              "Look for the remedy that covers both. A longer list of members does not bring "
              "more experts or equipment.",
    },
    "exercises.foundations.b.O4.hint": {
        "th": "ปัญหาคือข่าวผิดที่ส่งต่อกันเองระหว่างสมาชิกภายในเครือข่าย "
              "ลองถามว่าสมาชิกขาดอะไร ข่าวผิดจึงแพร่ได้ "
              "และแยกให้ออกจากข้อเสนอที่เป็นการบอกข่าวแก่คนภายนอก",
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
    "exercises.steps.a.T01.hint": {
        "th": "สามหน่วยงานต่างออกค่าใช้จ่ายส่วนของตัวเองในหลักสูตรที่จัดด้วยกัน "
              "ลองถามว่ากิจกรรมนี้ยังเป็นเรื่องการตกลงว่าใครทำอะไร "
              "หรือเป็นสิ่งที่เกิดขึ้นหลังจากตกลงกันแล้ว",
        "en": "Each of the three pays its own part of a course they run together. Ask whether "
              "this is still about agreeing who does what, or about something that comes "
              "after that agreement.",
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
              "ลองถามว่าการนั่งทบทวนว่าอะไรได้ผลแล้วเขียนแผนปีหน้าใหม่ ทำไปเพื่ออะไร "
              "และถ้าไม่ทำ เครือข่ายจะขาดอะไรในปีต่อๆ ไป",
        "en": "The partners have worked together for two years. Ask what looking back at what "
              "worked and rewriting next year's plan is for, and what the network would miss "
              "in the years ahead without it.",
    },
    "exercises.steps.a.T04.hint": {
        "th": "ลองถามว่าข้อตกลงที่ลงนามนี้ทำให้อะไรชัดขึ้นระหว่างสามหน่วยงาน "
              "และตอนนี้ทั้งสามได้ลงมือทำงานด้วยกันแล้ว หรือยังเป็นเรื่องข้างหน้า",
        "en": "Ask what the signed agreement settles between the three agencies, and whether "
              "they have done any work together yet or whether that is still to come.",
    },
    "exercises.steps.a.T05.hint": {
        "th": "อย่าดูแค่คำว่า \"ผู้ประสานงาน\" ให้สังเกตคำว่า \"คนแรก\" ด้วย "
              "ลองถามว่าตอนนี้มีองค์กรใดตกลงบทบาท หรือมีวิธีบริหารเครือข่ายแล้วหรือยัง "
              "หรือยังเป็นการชวนคนทีละคน",
        "en": "Don't stop at the word \"contact\"; notice \"first\" too. Ask whether any "
              "organisation has agreed a role, or a way of running the network exists, or "
              "whether people are still being asked one by one.",
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
              "ขาดตัวงานที่ช่วยผู้ถูกคุมความประพฤติ "
              "หรือขาดสิ่งที่ภาคีต้องมีก่อนจะทำงานด้วยกันได้",
        "en": "A hub, a meeting schedule and ground rules are set up here. Ask what the "
              "network would lack without them: help for people on probation itself, or "
              "something partners need before they can work together?",
    },
    "exercises.steps.a.T08.hint": {
        "th": "การอบรมอยู่ได้หลายขั้น ลองถามว่ากำลังเตรียมใคร และเตรียมไว้สำหรับตอนไหน "
              "สำหรับงานพี่เลี้ยงวันนี้ หรือสำหรับวันที่รุ่นแรกถอยออกไป",
        "en": "Training can belong to many steps. Ask who is being prepared, and for what "
              "moment: today's mentoring, or the day the first group of volunteers steps "
              "back?",
    },
    "exercises.steps.b_phase.D01.hint": {
        "th": "คนมาประชุมลดจาก 30 เหลือ 9 หลังโรงพยาบาลเลิกซื้อ "
              "ลองถามว่านี่คือตัวบ่งชี้ข้อไหนของระยะ แล้วดูด้วยว่ามีใครเสนอเป้าหมายใหม่ "
              "หรือเป้าหมายเดิมจบลงแล้วหรือยัง",
        "en": "Attendance fell from 30 to 9 after the hospital stopped buying. Ask which "
              "phase indicator that is, and check whether anyone has proposed new aims or "
              "whether the original purpose has ended.",
    },
    "exercises.steps.b_phase.D02.hint": {
        "th": "ตรวจตัวบ่งชี้ของระยะทีละข้อ คนมาประชุมเป็นอย่างไร มีใครเสนอเป้าหมายใหม่ไหม "
              "ปัญหาแก้ได้แล้วหรือยัง ถ้าไม่มีข้อใดเป็นใช่ ระยะจะมาจากขั้นตามกฎ",
        "en": "Check the three phase indicators one by one: attendance, new aims, a purpose "
              "met or dropped. If none is true, the phase follows from the step, as the rule "
              "says.",
    },
    "exercises.steps.b_phase.D03.hint": {
        "th": "มีสองเรื่องเกิดขึ้น กลุ่มไลน์เงียบไป "
              "และพนังกั้นน้ำทำให้ปัญหาหมดไปโดยไม่มีใครคุยว่าจะทำอะไรต่อ "
              "ลองดูว่ากฎเรื่องระยะตรวจตัวบ่งชี้ข้อไหนก่อน",
        "en": "Two things happened: the chat group went quiet, and the floodwall took the "
              "problem away with nobody discussing what next. Check which phase indicator the "
              "rule looks at first.",
    },
    "exercises.steps.b_phase.D04.hint": {
        "th": "อย่าเอาแกนนำชุดเดิมตั้งแต่ปี 2558 มาเป็นตัวบ่งชี้ของระยะ "
              "ให้ดูว่าคนยังมาประชุมเท่าเดิมไหม มีแผนปรับเป้าหมายไหม "
              "และงานนี้ยังจำเป็นอยู่หรือเปล่า",
        "en": "Don't read the same leaders since 2015 as a phase indicator. Look at "
              "attendance compared with earlier years, any plan to change the aims, and "
              "whether the need is still there.",
    },
    "exercises.steps.b_step.D01.hint": {
        "th": "ตอบตัวบ่งชี้ทีละข้อจากเรื่องที่เล่า แล้วดูสองข้อของขั้นสุดท้ายให้ดี "
              "กลุ่มเคยทบทวนงาน หรือฝึกใครขึ้นมาแทนบ้างไหม "
              "ส่วนคนมาประชุมน้อยลงเป็นคำถามเรื่องระยะ ไม่ใช่เรื่องขั้น",
        "en": "Mark each indicator from the text, then look hard at the last step's two: has "
              "the group ever reviewed its work or trained anyone to take over? Falling "
              "attendance is a phase question, not a step one.",
    },
    "exercises.steps.b_step.D02.hint": {
        "th": "มีการลงนามและประชุมทุกเดือนแล้ว แต่ให้ดูต่อว่ามีการลงเงินหรือคนร่วมกันหรือยัง "
              "และสมาชิกบอกได้หรือยังว่าได้อะไร ตัดสินจากสิ่งที่เรื่องบอกว่า *ยังไม่มี* ด้วย",
        "en": "The signing and the monthly meetings are there, but read on: has any money or "
              "staff been pooled, and can members name a gain yet? Count what the text says "
              "has *not* happened.",
    },
    "exercises.steps.b_step.D03.hint": {
        "th": "ไล่ดูตัวบ่งชี้ทีละขั้น มีองค์กรใดตกลงรับบทบาทไหม มีตารางประชุมหรือกติกาไหม "
              "ตอบตัวบ่งชี้ของขั้นแรกๆ ตามที่กลุ่มเคยไปถึง ไม่ใช่ตามสภาพวันนี้",
        "en": "Go through the indicators step by step: did any organisation agree a role, was "
              "there a meeting schedule or rules? Answer the early indicators for what the "
              "group once reached, not for today.",
    },
    "exercises.steps.b_step.D04.hint": {
        "th": "ดูว่าเครือข่ายทำอะไรทุกหกเดือน แล้วเทียบกับตัวบ่งชี้ 11 ข้อ "
              "จำไว้ว่าขั้นหนึ่งต้องการตัวบ่งชี้แค่ครึ่งหนึ่ง "
              "การยังไม่มีผู้นำรุ่นใหม่เป็นเรื่องสำคัญ "
              "แต่ลองถามว่ามันลบสิ่งที่มีอยู่แล้วหรือไม่",
        "en": "Find what the network does every six months and match it to the eleven "
              "indicators; a step needs only half of its indicators. The missing new leaders "
              "matter, but do they cancel what is there?",
    },
    "exercises.health.c.choice_hint": {
        "th": "{action} เป็นข้อเสนอสำหรับองค์ประกอบ: {components} ดูในแบบสำรวจว่าองค์ประกอบไหนอ่อนที่สุด "
              "แล้วเลือกข้อเสนอของข้อนั้น",
        "en": "{action} is recommended for: {components}. Check which component is weakest in "
              "the survey, and choose actions for that one.",
    },
    "exercises.mapping.a_cutpoints.member_hint": {
        "th": "{actor} โยงกับภาคี {ties} ราย ถ้าเอา {actor} ออก ภาคีเหล่านั้นยังถึงกันได้ทางอื่น "
              "แผนที่จึงไม่ขาดออกจากกัน",
        "en": plural("ties",
            one=("{actor} is tied to {ties} actor; without {actor} everyone else still "
                 "reaches everyone they reached before, so the map does not split."),
            other=("{actor} is tied to {ties} actors; take {actor} away and they can still "
                   "reach one another by other paths, so the map does not split.")),
    },
    "exercises.mapping.a_cutpoints.no_ties": {
        "th": "{actor} ไม่มีเส้นโยงกับใครเลย เอาออกไปก็ไม่มีส่วนไหนของแผนที่ขาดจากกัน",
        "en": "{actor} has no tie at all: taking it away splits nothing.",
    },
    "exercises.mapping.a_isolates.member_hint": {
        "th": "{actor} มีเส้นโยง {ties} เส้น (เช่น กับ {other}) จึงไม่ได้อยู่โดดเดี่ยว",
        "en": plural("ties",
            one="{actor} has {ties} tie (with {other}), so it is not cut off.",
            other="{actor} has {ties} ties (one is with {other}), so it is not cut off."),
    },
}
