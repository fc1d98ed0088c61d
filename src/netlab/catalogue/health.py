"""Catalogue texts: the seven network components, recommended actions, stability, obstacles.

Written for this course from seed 001_8e630874275106d8.txt and seed 004_ccf01575457a4d2f.txt
(the seven components, suggestions for sustainable development, the six obstacles) and seed
003_1728fab1958287cf.txt (factors for stability, proposals, the Wawee case). Nothing is quoted;
every sentence is paraphrased. The health check built on these texts is a structured
conversation starter, not a validated instrument.
"""


_COMPONENTS: dict[str, dict[str, str]] = {
    # --- perception -------------------------------------------------------------------------
    "health.component.perception.name": {"th": "การรับรู้มุมมองร่วมกัน",
                                         "en": "common perception"},
    "health.component.perception.short": {"th": "การรับรู้ร่วม", "en": "common perception"},
    "health.component.perception.meaning": {
        "th": "สมาชิกเข้าใจปัญหาตรงกันและรู้ว่ามารวมกันเป็นเครือข่ายเพื่ออะไร "
              "เห็นต่างกันเรื่องวิธีทำงานได้ แต่ต้องยอมรับตัวปัญหาร่วมกันก่อน",
        "en": "Members understand the problem in the same way and know why they came "
              "together; they may differ on how to work, but first agree on what the "
              "problem is."},
    "health.component.perception.weak_sign": {
        "th": "ต่างคนต่างมองปัญหาตามกรอบของตัวเอง ขอความร่วมมือกันยาก "
              "และความเห็นต่างลามไปเป็นความแตกแยก",
        "en": "Each member sees the problem through its own frame, cooperation is hard to "
              "get, and disagreements grow into splits."},
    # --- vision -----------------------------------------------------------------------------
    "health.component.vision.name": {"th": "การมีวิสัยทัศน์ร่วมกัน", "en": "common vision"},
    "health.component.vision.short": {"th": "วิสัยทัศน์ร่วม", "en": "common vision"},
    "health.component.vision.meaning": {
        "th": "สมาชิกเห็นภาพอนาคตเดียวกันและเดินไปทางเดียวกัน เป้าหมายของแต่ละองค์กร"
              "ไม่ต้องตรงกันทุกจุด แต่ควรไปในทิศทางเดียวกับเครือข่าย",
        "en": "Members see the same picture of the future and head the same way; each "
              "organisation's goals need not match exactly but should point in the "
              "network's direction."},
    "health.component.vision.weak_sign": {
        "th": "บางกลุ่มเดินตามเป้าหมายของตัวเอง วิธีทำงานเริ่มแยกออกจากสิ่งที่เครือข่าย"
              "ตกลงกันไว้ และความขัดแย้งคลี่คลายได้ยาก",
        "en": "Some groups follow their own goals, their way of working drifts from what "
              "the network agreed, and conflicts are hard to settle."},
    # --- interests --------------------------------------------------------------------------
    "health.component.interests.name": {"th": "การมีผลประโยชน์และความสนใจร่วมกัน",
                                        "en": "mutual interests and benefits"},
    "health.component.interests.short": {"th": "ผลประโยชน์ร่วม", "en": "mutual benefits"},
    "health.component.interests.meaning": {
        "th": "ทุกคนได้สิ่งที่คุ้มค่ากับการเข้าร่วม จะเป็นเงินหรือไม่ใช่เงินก็ได้ เช่น "
              "การยอมรับ ชื่อเสียง โอกาสก้าวหน้า หรือความสุขใจ แต่ละคนได้ไม่เหมือนกันก็ได้ "
              "แต่ต้องมากพอจะเป็นแรงจูงใจ",
        "en": "Every member gains something that makes joining worthwhile, in money or "
              "otherwise, such as recognition, reputation, a chance to advance or "
              "satisfaction; gains may differ but must be enough to motivate."},
    "health.component.interests.weak_sign": {
        "th": "สมาชิกค่อยๆ หายไป เมื่อรู้สึกว่าเสียมากกว่าได้ หรือเมื่อได้สิ่งที่ต้องการแล้ว",
        "en": "Members slip away when they feel they lose more than they gain, or once "
              "they have got what they came for."},
    # --- participation ----------------------------------------------------------------------
    "health.component.participation.name": {"th": "การมีส่วนร่วมของสมาชิกเครือข่าย",
                                            "en": "stakeholder participation"},
    "health.component.participation.short": {"th": "การมีส่วนร่วม", "en": "participation"},
    "health.component.participation.meaning": {
        "th": "สมาชิกร่วมรับรู้ ร่วมคิด ร่วมตัดสินใจ และร่วมลงมือ ในฐานะหุ้นส่วนที่เท่าเทียมกัน "
              "สัมพันธ์กันแบบเพื่อนในแนวราบ ไม่ใช่แบบเจ้านายกับลูกน้อง",
        "en": "Members learn, think, decide and act together as equal partners, in a "
              "horizontal relationship between friends rather than boss and subordinate."},
    "health.component.participation.weak_sign": {
        "th": "คนไม่กี่คนตัดสินใจ ที่เหลือรอรับคำสั่ง สมาชิกทำตัวเป็นลูกน้องมากกว่าหุ้นส่วน",
        "en": "A few people decide and the rest wait for instructions; members behave like "
              "subordinates, not partners."},
    # --- complementarity --------------------------------------------------------------------
    "health.component.complementarity.name": {"th": "การเสริมสร้างซึ่งกันและกัน",
                                              "en": "complementary relationship"},
    "health.component.complementarity.short": {"th": "เสริมกัน", "en": "complementarity"},
    "health.component.complementarity.meaning": {
        "th": "จุดแข็งของฝ่ายหนึ่งช่วยอุดจุดอ่อนของอีกฝ่าย ผลที่ได้ร่วมกันจึงมากกว่า"
              "ต่างคนต่างทำ (1 + 1 > 2)",
        "en": "One member's strengths make up for another's weaknesses, so together they "
              "achieve more than each would alone (1 + 1 > 2)."},
    "health.component.complementarity.weak_sign": {
        "th": "ต่างคนต่างทำงานเหมือนเดิม การอยู่ในเครือข่ายไม่ได้ทำให้ใครเก่งขึ้น "
              "หรือทำได้มากกว่าตอนอยู่ลำพัง",
        "en": "Everyone works as before; being in the network makes no one stronger or able "
              "to do more than alone."},
    # --- interdependence --------------------------------------------------------------------
    "health.component.interdependence.name": {
        "th": "การเกี่ยวพันพึ่งพากัน", "en": "interdependence"},
    "health.component.interdependence.short": {"th": "พึ่งพากัน", "en": "interdependence"},
    "health.component.interdependence.meaning": {
        "th": "แต่ละฝ่ายมีข้อจำกัด ทั้งทรัพยากร ความรู้ เงิน หรือกำลังคน จึงไปถึงเป้าหมาย"
              "ลำพังไม่ได้และต้องพึ่งกันและกัน ทุกฝ่ายรู้สึกว่าขาดใครไปเครือข่ายก็เดินต่อยาก",
        "en": "Each member is short of resources, knowledge, money or people and cannot "
              "reach the goal alone, so members rely on each other and feel the network "
              "would falter without any one of them."},
    "health.component.interdependence.weak_sign": {
        "th": "ภาคีรู้สึกว่าไม่มีตัวเองเครือข่ายก็เดินได้เหมือนเดิม จึงค่อยๆ ถอนตัว"
              "โดยไม่มีใครสังเกต",
        "en": "Partners feel the network would run just as well without them, so they "
              "quietly drift off and no one notices."},
    # --- interaction ------------------------------------------------------------------------
    "health.component.interaction.name": {"th": "การมีปฏิสัมพันธ์เชิงแลกเปลี่ยน",
                                          "en": "interaction"},
    "health.component.interaction.short": {"th": "ปฏิสัมพันธ์", "en": "interaction"},
    "health.component.interaction.meaning": {
        "th": "สมาชิกพบปะ พูดคุย เขียนถึงกัน และแลกความคิดเห็นกันบ่อยๆ แบบให้และรับ"
              "ทั้งสองทาง จนเกิดการเปลี่ยนแปลงในเครือข่าย",
        "en": "Members meet, talk, write to each other and exchange ideas often, giving and "
              "receiving both ways, so that the exchange changes the network."},
    "health.component.interaction.weak_sign": {
        "th": "สมาชิกอยู่รวมกันเหมือนก้อนหินในถุง ติดต่อกันน้อย มีแต่ให้หรือรับฝ่ายเดียว "
              "และไม่มีอะไรเปลี่ยน",
        "en": "Members sit together like stones in a bag: little contact, one-way giving or "
              "receiving, and nothing changes."},
}

_ACTIONS: dict[str, dict[str, str]] = {
    "health.action.R01": {
        "th": "จัดเวทีสร้างวิสัยทัศน์ วาดภาพอนาคตของเครือข่ายร่วมกัน แล้วให้แต่ละองค์กร"
              "ปรับเป้าหมายของตัวเองให้ไปทางเดียวกัน",
        "en": "Hold a vision workshop: draw the network's future together, then ask each "
              "member to line up its own goals with it."},
    "health.action.R02": {
        "th": "ทำแผนพัฒนาร่วมกับภาคีทุกฝ่าย และนัดทบทวนแผนด้วยกันเป็นรอบ เช่น ทุกหกเดือน",
        "en": "Write a joint development plan with all partners and review it together at "
              "set times, for example every six months."},
    "health.action.R03": {
        "th": "อธิบายให้สมาชิกทั้งเก่าและใหม่เห็นว่า งานส่วนของเขาช่วยให้เครือข่าย"
              "สำเร็จในภาพรวมอย่างไร",
        "en": "Explain to every member, old and new, how their part adds up to the "
              "network's overall success."},
    "health.action.R04": {
        "th": "ทำให้การถอดบทเรียนเป็นงานหลักของเครือข่าย นัดทบทวนเป็นประจำว่าอะไรได้ผล "
              "อะไรไม่ได้ผล",
        "en": "Make lesson-learning a core task of the network: review what worked and what "
              "did not at regular, scheduled sessions."},
    "health.action.R05": {
        "th": "ยอมรับความแตกต่างของสมาชิก เคารพวิธีทำงานและวัฒนธรรมของแต่ละองค์กร "
              "และตกลงเรื่องตัวปัญหาให้ตรงกันก่อนถกเรื่องวิธีการ",
        "en": "Accept differences between members: respect each organisation's ways and "
              "culture, and agree on the problem before arguing about methods."},
    "health.action.R06": {
        "th": "ตรวจดูว่าสมาชิกทุกคนได้สิ่งที่คุ้มค่ากับการมาร่วม จะเป็นเงินหรือไม่ก็ได้ เช่น "
              "ทักษะ การยอมรับ คนรู้จัก หรือผลงาน",
        "en": "Check that every member gains something worth coming for, money or not: "
              "skills, recognition, contacts or results."},
    "health.action.R07": {
        "th": "ให้เกียรติและให้เครดิตกันอย่างเปิดเผย เอ่ยถึงส่วนที่แต่ละภาคีลงแรงไว้"
              "ในรายงาน ในที่ประชุม และในงานต่างๆ",
        "en": "Honour and credit each other openly: name each partner's contribution in "
              "reports, at meetings and at events."},
    "health.action.R08": {
        "th": "เข้าหาภาคีแบบเพื่อน ขอในสิ่งที่เขามีอยู่แล้ว ไม่เพิ่มงานให้เขา "
              "และให้เขาได้ผลงานก่อน",
        "en": "Approach partners as a friend: ask for what they already have, do not add to "
              "their work, and let them gain results first."},
    "health.action.R09": {
        "th": "แบ่งความรับผิดชอบเรื่องความรู้และงบประมาณ ให้แต่ละภาคีออกส่วนของตัวเอง "
              "ไม่ให้หน่วยงานใดแบกภาระอยู่ฝ่ายเดียว",
        "en": "Share responsibility for knowledge and budget; let each partner fund its own "
              "share so no single agency carries the cost."},
    "health.action.R10": {
        "th": "หนุนกลุ่มสมาชิกที่ยังอ่อนแอเป็นพิเศษจนเขายืนได้ด้วยตัวเอง แทนที่จะทำงานแทนเขา",
        "en": "Give extra support to weaker member groups until they can stand on their "
              "own, rather than doing the work for them."},
    "health.action.R11": {
        "th": "ตั้งเป้าพัฒนางานร่วมกับสมาชิกแต่ละกลุ่ม ให้แต่ละกลุ่มมีความเชี่ยวชาญเฉพาะ"
              "ที่เครือข่ายพึ่งได้",
        "en": "Set development goals with each member group so that each builds a special "
              "strength the network can draw on."},
    "health.action.R12": {
        "th": "เชื่อมกับหน่วยงานในชุมชน เช่น โรงเรียนหรือโรงพยาบาลส่งเสริมสุขภาพตำบล "
              "ให้เป็นเครือข่ายการเรียนรู้ที่ช่วยพัฒนาศักยภาพของสมาชิก",
        "en": "Link with community agencies, such as a school or health centre, to form a "
              "learning network that builds members' capacity."},
    "health.action.R13": {
        "th": "ตัดสินใจร่วมกันในฐานะหุ้นส่วนที่เท่าเทียม ให้ทุกฝ่ายมีเสียงจริง "
              "ไม่ใช่เฉพาะองค์กรใหญ่หรือองค์กรที่มีทุนมาก",
        "en": "Make decisions together as equal partners: give every member a real voice, "
              "not only the biggest or best-funded ones."},
    "health.action.R14": {
        "th": "กระจายงานด้วยกิจกรรมร่วมที่ง่ายและมีโอกาสสำเร็จสูง ให้สมาชิกทุกคนมีส่วน"
              "และได้เห็นผลเร็ว",
        "en": "Spread the work through easy joint activities that are likely to succeed, so "
              "every member has a part and an early win."},
    "health.action.R15": {
        "th": "ฝึกผู้นำรุ่นใหม่ มอบงานที่ต้องรับผิดชอบจริง และจัดกิจกรรมที่เชื่อมคนรุ่นเก่า"
              "กับรุ่นใหม่",
        "en": "Train new leaders, give them real responsibility, and hold activities that "
              "link old and new members."},
    "health.action.R16": {
        "th": "จัดการพบปะและเวทีเป็นประจำ ให้สมาชิกช่วยกันแก้ปัญหาการทำงานและให้กำลังใจกัน "
              "อย่างการพบปะประจำเดือนของวาวี",
        "en": "Hold regular gatherings and forums where members solve work problems together "
              "and encourage each other, like Wawee's monthly meeting."},
    "health.action.R17": {
        "th": "เปิดช่องทางสื่อสารหลายทาง ทั้งแบบทางการและไม่เป็นทางการ รวมถึงกลุ่มแชท"
              "หรือเว็บไซต์ ให้ข่าวสารถึงทุกคน",
        "en": "Open several communication channels, formal and informal, including chat "
              "groups or a website, so news reaches everyone."},
    "health.action.R18": {
        "th": "สร้างฐานข้อมูลเครือข่ายที่รวมข้อมูลสมาชิก กิจกรรม และความรู้ที่ใช้ทำงาน "
              "อัปเดตให้ทันสมัย และให้ทุกคนเข้าถึงได้ง่าย",
        "en": "Build a network database of members, activities and know-how, keep it up to "
              "date, and make sure everyone can reach it."},
}

# Factors for a network's stability (seed 003, ปัจจัยเงื่อนไขที่มีต่อความมั่นคงของเครือข่าย).
_STABILITY: dict[str, dict[str, str]] = {
    "health.stability.1": {"th": "สมาชิกมีความหลากหลาย", "en": "a diverse membership"},
    "health.stability.2": {"th": "ส่งเสริมให้สมาชิกเรียนรู้อยู่เสมอ",
                           "en": "members encouraged to keep learning"},
    "health.stability.3": {"th": "มีฐานข้อมูลเครือข่ายที่เป็นระบบ",
                           "en": "a well-organised network database"},
    "health.stability.4": {"th": "มีพันธะสัญญาต่อกันที่หนักแน่น",
                           "en": "firm commitments between members"},
    "health.stability.5": {"th": "พัฒนางานอยู่ตลอดเวลา", "en": "continuous improvement"},
    "health.stability.6": {"th": "เสริมพลังการทำงานของสมาชิก",
                           "en": "members' work is empowered"},
    "health.stability.7": {"th": "ข้อมูลข่าวสารไหลเวียนทั่วถึงในเครือข่าย",
                           "en": "information flows freely within the network"},
    "health.stability.8": {"th": "มีเงื่อนไขที่ทำให้สมาชิกติดต่อกันอยู่เสมอ",
                           "en": "conditions that keep members in regular contact"},
    "health.stability.9": {"th": "มีศูนย์ประสานงาน (hub) หลายจุด",
                           "en": "several coordinating hubs"},
    "health.stability.10": {"th": "มีผู้จัดการเครือข่าย (network manager)",
                            "en": "a network manager"},
    "health.stability.11": {"th": "ประสานงานบนฐานประโยชน์ตอบแทนกันระหว่างสมาชิก",
                            "en": "coordination built on mutual benefit among members"},
    "health.stability.12": {"th": "มีทุนทั้งจากในและนอกชุมชน",
                            "en": "funds from both inside and outside the community"},
    "health.stability.13": {"th": "ได้รับการหนุนจากหน่วยงานที่เกี่ยวข้อง",
                            "en": "backing from relevant agencies"},
    "health.stability.14": {
        "th": "มีเครือข่ายแนวตั้งช่วยหนุนเครือข่ายแนวนอน เพื่อลดข้อจำกัดของแนวนอน",
        "en": "vertical links that back up the horizontal network and ease its limits"},
}

# Obstacles to building a network (seed 004, ปัญหาและอุปสรรคของการสร้างเครือข่าย).
_OBSTACLES: dict[str, dict[str, str]] = {
    "health.obstacle.1": {"th": "เป้าหมายไม่ชัดเจน", "en": "unclear purpose"},
    "health.obstacle.2": {
        "th": "สมาชิกไม่เท่าเทียมกัน องค์กรใหญ่ที่มีทุนและความรู้มากมักครอบงำองค์กรเล็ก",
        "en": "unequal members: big organisations with more money and know-how tend to "
              "dominate smaller ones"},
    "health.obstacle.3": {
        "th": "ขาดทรัพยากรหรือจัดการทรัพยากรได้ไม่ดี เช่น ไม่มีผู้เชี่ยวชาญ อุปกรณ์ไม่พร้อม",
        "en": "too few resources or poorly managed ones, e.g. no experts, equipment not "
              "ready"},
    "health.obstacle.4": {"th": "ข้อมูลผิดๆ แพร่ไปในเครือข่าย",
                          "en": "wrong information spreading through the network"},
    "health.obstacle.5": {"th": "สมาชิกแข่งขันกันเอง", "en": "members competing with each other"},
    "health.obstacle.6": {
        "th": "ติดตามและประเมินผลยาก ตัวเลขเชิงปริมาณบอกคุณภาพของงานไม่ได้",
        "en": "hard to monitor and evaluate: counts and figures cannot show the quality of "
              "the work"},
}

_MINE: dict[str, dict[str, str]] = {
    "health.level.weak": {"th": "อ่อน", "en": "weak"},
    "health.level.partial": {"th": "มีบ้าง", "en": "partly there"},
    "health.level.strong": {"th": "ชัดเจน", "en": "strong"},
    "health.weakest": {"th": "องค์ประกอบที่อ่อนที่สุด: {components}",
                       "en": "Weakest components: {components}"},
    "health.line": {"th": "- {component}: {score} ({level}){evidence}",
                    "en": "- {component}: {score} ({level}){evidence}"},
    "health.actions_heading": {
        "th": "ข้อเสนอจากเอกสารที่ช่วยเสริมองค์ประกอบที่อ่อนที่สุด:",
        "en": "Actions the source documents recommend for the weakest components:"},
    "health.note": {
        "th": "หมายเหตุ: นี่เป็นเครื่องมือชวนคุยของทีม ไม่ใช่แบบวัดที่ผ่านการตรวจสอบความถูกต้อง "
              "จึงไม่รวมเป็น \"คะแนนเครือข่าย\" ตัวเดียว",
        "en": "Note: this is a conversation starter for the team, not a validated "
              "instrument, so there is no single \"network score\"."},
    "health.stability.title": {"th": "ปัจจัยความมั่นคงของเครือข่าย 14 ข้อ",
                               "en": "Fourteen factors for a network's stability"},
    "health.obstacle.title": {"th": "ปัญหาและอุปสรรคของการสร้างเครือข่าย 6 ข้อ",
                              "en": "Six obstacles to building a network"},
    "health.error.header": {"th": "คะแนนสุขภาพเครือข่ายยังใช้ไม่ได้:",
                            "en": "The health scores cannot be used yet:"},
    "health.error.not_mapping": {
        "th": "{what} ต้องเป็น dict {{องค์ประกอบ: ค่า}} แต่ได้ {got}",
        "en": "{what} must be a dict {{component: value}}, got {got}."},
    "health.error.unknown_component": {
        "th": "ไม่รู้จักองค์ประกอบ {value} ใช้ได้: {allowed}",
        "en": "Unknown component {value}; allowed: {allowed}."},
    "health.error.duplicate": {
        "th": "{component} ถูกให้คะแนนซ้ำ (อีกครั้งในชื่อ {key})",
        "en": "{component} is scored twice (again as {key})."},
    "health.error.missing": {"th": "ยังไม่มีคะแนนของ: {components}",
                             "en": "No score yet for: {components}."},
    "health.error.score": {
        "th": "{component}: {value} ใช้ไม่ได้ ให้คะแนนเป็นตัวเลขตั้งแต่ {low} ถึง {high}",
        "en": "{component}: {value} cannot be used; give a number from {low} to {high}."},
    "health.error.evidence": {
        "th": "หลักฐานของ {component} ต้องเป็นข้อความ แต่ได้ {got}",
        "en": "The evidence for {component} must be text, got {got}."},
    "health.error.columns": {"th": "ตารางไม่มีคอลัมน์คะแนนขององค์ประกอบ: {columns}",
                             "en": "The table has no rating column for: {columns}."},
    "health.error.survey_header": {"th": "คำตอบแบบสำรวจยังใช้ไม่ได้:",
                                   "en": "The survey answers cannot be used yet:"},
    "health.error.rating": {
        "th": "แถว {row} คอลัมน์ {column}: {value} ใช้ไม่ได้ ใช้ 0, 1, 2 หรือเว้นว่าง",
        "en": "Row {row}, column {column}: {value} cannot be used; use 0, 1, 2 or leave "
              "it blank."},
}

MESSAGES: dict[str, dict[str, str]] = {**_COMPONENTS, **_ACTIONS, **_STABILITY, **_OBSTACLES,
                                       **_MINE}
