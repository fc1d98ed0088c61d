"""Catalogue texts: the four network-building steps, the life cycle and the stage indicators.

Written for this course from seed 003_1728fab1958287cf.txt (the four steps, the life cycle,
the Wawee case, factors for stability, proposals) and seed 001_8e630874275106d8.txt (the six
principles for maintaining a network, the nine qualities of core members); international
anchors from ../shared/domain.md §3.2. Nothing is quoted; every sentence is paraphrased.
"""

_STEPS: dict[str, dict[str, str]] = {
    # --- step 1: awareness ------------------------------------------------------------------
    "steps.step.awareness.name": {
        "th": "ขั้นตระหนักถึงความจำเป็นในการสร้างเครือข่ายและการก่อตัวของเครือข่าย",
        "en": "awareness of the need and formation"},
    "steps.step.awareness.short": {"th": "ตระหนักและก่อตัว", "en": "awareness & formation"},
    "steps.step.awareness.purpose": {
        "th": "ให้คนที่เจอปัญหาเดียวกันเห็นตรงกันว่าลำพังตัวเองแก้ไม่ไหว "
              "และเริ่มมีแกนกลุ่มแรกที่ชวนคนอื่นเข้ามาร่วม",
        "en": "To help people who face the same problem see that none of them can solve it "
              "alone, and to form a first core group that invites others in."},
    "steps.step.awareness.activity.1": {
        "th": "เข้าพื้นที่ในฐานะผู้เรียนรู้ ทำความเข้าใจคนในพื้นที่ก่อน "
              "ไม่เริ่มด้วยการเป็นผู้ให้ (วาวี)",
        "en": "enter the area as a learner and get to know local people before offering "
              "anything (Wawee)"},
    "steps.step.awareness.activity.2": {
        "th": "หาอาสาสมัครจากแต่ละกลุ่มในพื้นที่ อย่างที่วาวีหาอาสาสมัครในแต่ละชนเผ่า",
        "en": "find volunteers in each group of the area, as Wawee did in each ethnic group"},
    "steps.step.awareness.activity.3": {
        "th": "ชวนคุยให้เห็นปัญหาร่วมกัน และเหตุผลที่ต้องรวมกันเป็นเครือข่าย",
        "en": "talk through the shared problem and why people need to join forces as a "
              "network"},
    "steps.step.awareness.question.1": {
        "th": "ปัญหาที่เราเจอ มีใครอีกบ้างที่เจอเหมือนกัน",
        "en": "Who else faces the same problem we do?"},
    "steps.step.awareness.question.2": {
        "th": "ทำไมเราทำคนเดียวไม่ได้ เราขาดอะไร และใครมีสิ่งนั้น",
        "en": "Why can't we do this alone: what do we lack, and who has it?"},
    "steps.step.awareness.question.3": {
        "th": "ใครจะเป็นแกนนำกลุ่มแรก และเราจะชวนใครเข้ามาก่อน",
        "en": "Who will form the first core group, and whom do we invite first?"},
    "steps.step.awareness.watch.1": {
        "th": "เข้าไปในฐานะผู้รู้หรือผู้ให้ตั้งแต่วันแรก ก่อนจะเข้าใจคนในพื้นที่",
        "en": "arriving as the expert or the giver before you understand the people in the "
              "area"},
    "steps.step.awareness.watch.2": {
        "th": "ตั้งเครือข่ายเพราะโครงการหรือหน่วยงานสั่ง ทั้งที่สมาชิกยังมองปัญหาไม่ตรงกัน "
              "เครือข่ายแบบนี้มักค่อยๆ จางหายไป (สไลด์บรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "setting up a network because a project or agency says so while members do "
              "not yet see the problem the same way; such networks tend to fade (Networking "
              "slides, n.d.)"},
    "steps.step.awareness.anchor": {
        "th": "คล้ายกับช่วงวางแผน (planning) และต้นช่วงก่อตัว (formation) ในวงจรชีวิตเครือข่าย"
              "ของ Robeson และหน้าที่ activation ในการจัดการเครือข่าย "
              "คือการหาผู้ร่วมและระดมทักษะกับทรัพยากรของเขา",
        "en": "Similar to the planning phase and the start of formation in Robeson's network "
              "lifecycle, and to the management function of activation: identifying "
              "participants and mobilising their skills and resources."},
    # --- step 2: alliance -------------------------------------------------------------------
    "steps.step.alliance.name": {
        "th": "ขั้นการสร้างพันธมิตรร่วมกันและการบริหารเครือข่าย",
        "en": "building alliances and managing the network"},
    "steps.step.alliance.short": {"th": "สร้างพันธมิตรและบริหาร",
                                  "en": "alliances & management"},
    "steps.step.alliance.purpose": {
        "th": "ดึงองค์กรภาคีเข้ามาโดยตกลงบทบาทกันให้ชัด และวางวิธีบริหารเครือข่าย "
              "เช่น ศูนย์ประสานงาน ผู้จัดการเครือข่าย การประชุมวางแผนประจำ และกติกาที่ใช้ร่วมกัน",
        "en": "To bring partner organisations in with clear, agreed roles, and to set up how "
              "the network is run: a coordinating hub, a network manager, regular planning "
              "meetings and shared ground rules."},
    "steps.step.alliance.activity.1": {
        "th": "ชวนภาคีแบบเพื่อน ขอในสิ่งที่เขามีอยู่แล้ว ไม่เพิ่มงานให้เขา (วาวี)",
        "en": "invite partners as a friend: ask for what they already have and do not add "
              "to their work (Wawee)"},
    "steps.step.alliance.activity.2": {
        "th": "ตกลงบทบาทและลงนามร่วมกัน อย่างเครือข่ายมหามิตรของวาวี",
        "en": "agree on roles and sign a commitment together, like Wawee's signing partners"},
    "steps.step.alliance.activity.3": {
        "th": "ตั้งศูนย์ประสานงาน (hub) และผู้จัดการเครือข่าย (network manager) "
              "พร้อมนัดประชุมวางแผนเป็นประจำ",
        "en": "set up a coordinating hub and a network manager, with regular planning "
              "meetings"},
    "steps.step.alliance.question.1": {
        "th": "แต่ละภาคีถนัดอะไร และจะรับบทบาทอะไร",
        "en": "What is each partner good at, and what role will it take?"},
    "steps.step.alliance.question.2": {
        "th": "ใครเป็นผู้ประสานงานกลาง และเราจะประชุมวางแผนกันบ่อยแค่ไหน",
        "en": "Who coordinates, and how often do we meet to plan?"},
    "steps.step.alliance.question.3": {
        "th": "ภาคีจะได้อะไรจากการเข้าร่วม โดยที่เราไม่เพิ่มภาระให้เขา",
        "en": "What will partners gain by joining, without us adding to their load?"},
    "steps.step.alliance.watch.1": {
        "th": "องค์กรใหญ่ที่มีทุนและความรู้มากเข้ามาครอบงำองค์กรที่เล็กกว่า "
              "(เอกสารประกอบการบรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "a large organisation with more money and know-how dominating smaller ones "
              "(Networking lecture notes, n.d.)"},
    "steps.step.alliance.watch.2": {
        "th": "เป้าหมายและบทบาทไม่ชัด ข้อตกลงมีแต่บนกระดาษ ไม่มีใครรู้ว่าตัวเองต้องทำอะไร",
        "en": "unclear purpose and roles: the agreement exists on paper, but nobody knows "
              "what to do"},
    "steps.step.alliance.anchor": {
        "th": "คล้ายกับช่วงก่อตัว (formation) ของ Robeson ที่เน้นความร่วมมือ จุดเน้นและอัตลักษณ์"
              "ร่วม และความเป็นเจ้าของร่วม กับหน้าที่ framing ในการจัดการเครือข่าย "
              "คือการวางกติกา คุณค่า และมุมมองร่วม",
        "en": "Similar to Robeson's formation phase (collaboration, a shared focus and "
              "identity, shared ownership) and to the management function of framing: "
              "setting operating rules, values and shared perceptions."},
    # --- step 3: relationship ---------------------------------------------------------------
    "steps.step.relationship.name": {
        "th": "ขั้นการพัฒนาความสัมพันธ์และการใช้ประโยชน์",
        "en": "developing relationships and making use of them"},
    "steps.step.relationship.short": {"th": "พัฒนาสัมพันธ์และใช้ประโยชน์",
                                      "en": "relationships & use"},
    "steps.step.relationship.purpose": {
        "th": "เปลี่ยนข้อตกลงให้เป็นงานที่ทำด้วยกันจริง ภาคีลงมือร่วมกัน ลงเงิน คน "
              "และความรู้ร่วมกัน และแต่ละฝ่ายเห็นประโยชน์ที่ตัวเองได้",
        "en": "To turn agreements into real joint work: partners act together, pool money, "
              "people and knowledge, and each can see what it gains."},
    "steps.step.relationship.activity.1": {
        "th": "จัดกิจกรรมพบปะประจำเดือน อย่างกิจกรรมฟื้นฟูสมรรถภาพคนพิการโดยชุมชน (CBR) "
              "ของวาวี",
        "en": "hold a monthly gathering, like Wawee's community-based rehabilitation (CBR) "
              "activity"},
    "steps.step.relationship.activity.2": {
        "th": "แบ่งความรับผิดชอบทั้งเรื่องความรู้และงบประมาณ ให้แต่ละภาคีออกส่วนของตัวเอง",
        "en": "share responsibility for knowledge and budget, with each partner funding its "
              "own share"},
    "steps.step.relationship.activity.3": {
        "th": "อบรมเพิ่มความรู้อย่างต่อเนื่องในเรื่องที่สมาชิกเจอปัญหาจริง",
        "en": "run continuous training on the problems members actually face"},
    "steps.step.relationship.question.1": {
        "th": "ภาคีแต่ละรายได้ประโยชน์อะไรจริงๆ และเขาบอกเองได้ไหม",
        "en": "What does each partner really gain, and can it say so itself?"},
    "steps.step.relationship.question.2": {
        "th": "เราแบ่งเงิน คน และความรู้กันอย่างไร มีใครแบกภาระมากเกินไปหรือเปล่า",
        "en": "How do we share money, people and knowledge, and is anyone carrying too "
              "much?"},
    "steps.step.relationship.question.3": {
        "th": "จุดแข็งของใครช่วยอุดจุดอ่อนของใครได้บ้าง",
        "en": "Whose strengths can make up for whose weaknesses?"},
    "steps.step.relationship.watch.1": {
        "th": "มีแต่ฝ่ายให้กับฝ่ายรับ ไม่ได้แลกเปลี่ยนกันทั้งสองทาง",
        "en": "one side always gives and the other only receives, with no exchange both "
              "ways"},
    "steps.step.relationship.watch.2": {
        "th": "ภาระงบประมาณไปตกอยู่ที่หน่วยงานเดียว เช่น อบต. หรือสมาชิกเริ่มแข่งกันเอง",
        "en": "the budget falls on one agency, such as the sub-district administration "
              "(SAO), or members start competing with each other"},
    "steps.step.relationship.anchor": {
        "th": "คล้ายกับช่วงเติบโตเต็มที่ (maturation) ของ Robeson และหน้าที่ mobilising "
              "(สร้างความผูกพันต่อเครือข่าย) กับ synthesising (เอื้อให้สมาชิกทำงานด้วยกัน"
              "อย่างได้ผล) ในการจัดการเครือข่าย",
        "en": "Similar to Robeson's maturation phase and to the management functions of "
              "mobilising (building commitment) and synthesising (enabling productive "
              "interaction)."},
    # --- step 4: continuity -----------------------------------------------------------------
    "steps.step.continuity.name": {
        "th": "ขั้นการรักษาความสัมพันธ์และความต่อเนื่อง",
        "en": "maintaining relationships and continuity"},
    "steps.step.continuity.short": {"th": "รักษาสัมพันธ์และต่อเนื่อง",
                                    "en": "maintenance & continuity"},
    "steps.step.continuity.purpose": {
        "th": "ทำให้เครือข่ายอยู่ต่อไปได้เกินกว่าคนรุ่นแรกและโครงการแรก ด้วยการถอดบทเรียน"
              "สม่ำเสมอ ปรับแผนร่วม และสร้างผู้นำรุ่นใหม่ที่รับผิดชอบงานได้",
        "en": "To keep the network going beyond its first people and first projects, "
              "through regular lesson-learning, an updated joint plan and new leaders who "
              "take on responsibility."},
    "steps.step.continuity.activity.1": {
        "th": "ถอดบทเรียน (lesson-learning) และทำแผนพัฒนาร่วมกันอย่างสม่ำเสมอ (วาวี)",
        "en": "draw lessons and make a joint development plan at regular intervals (Wawee)"},
    "steps.step.continuity.activity.2": {
        "th": "สร้างผู้นำรุ่นใหม่ และให้เขารับผิดชอบงานของเครือข่ายจริง "
              "(รายงานการอบรมการสร้างและบริหารเครือข่ายทางสังคม, 2560)",
        "en": "grow new leaders and give them real responsibility in the network (Social network "
              "workshop report, 2017)"},
    "steps.step.continuity.activity.3": {
        "th": "ให้เกียรติและให้เครดิตกัน และวางแผนต่อยอด อย่างแผนตั้งศูนย์การเรียนรู้"
              "พัฒนาเด็กพิการของวาวี",
        "en": "honour and credit each other and plan ahead, like Wawee's plan for a learning "
              "centre for disabled children"},
    "steps.step.continuity.question.1": {
        "th": "ถ้าแกนนำคนสำคัญถอนตัว เครือข่ายยังเดินต่อได้ไหม",
        "en": "If a key leader left, could the network carry on?"},
    "steps.step.continuity.question.2": {
        "th": "เราถอดบทเรียนและปรับแผนร่วมกันครั้งล่าสุดเมื่อไร",
        "en": "When did we last draw lessons and update our joint plan?"},
    "steps.step.continuity.question.3": {
        "th": "เป้าหมายเดิมยังใช่อยู่ไหม หรือถึงเวลาต้องปรับแล้ว",
        "en": "Is our original goal still right, or is it time to change it?"},
    "steps.step.continuity.watch.1": {
        "th": "พึ่งแกนนำหน้าเดิมไม่กี่คน ไม่มีใครพร้อมรับช่วงต่อ",
        "en": "relying on the same few leaders, with no one ready to take over"},
    "steps.step.continuity.watch.2": {
        "th": "ยื้อเครือข่ายไว้ทั้งที่หมดภารกิจแล้ว ลืมว่าเครือข่ายเป็นเครื่องมือ "
              "ไม่ใช่ผลลัพธ์ (รายงานการอบรมการสร้างและบริหารเครือข่ายทางสังคม, 2560)",
        "en": "keeping the network alive after its job is done, forgetting that a network "
              "is a tool, not a result (Social network workshop report, 2017)"},
    "steps.step.continuity.anchor": {
        "th": "คล้ายกับช่วงความยั่งยืน (sustainability) และช่วงยุติหรือเปลี่ยนผ่าน "
              "(termination or transition) ของ Robeson และคล้ายเครือข่ายแบบแกนกลางกับวงนอก "
              "(core/periphery) ของ Krebs & Holley ที่สมาชิกใหม่ค่อยๆ ขยับจากวงนอกเข้าสู่แกนกลาง",
        "en": "Similar to Robeson's sustainability phase and termination or transition, and "
              "to Krebs & Holley's core/periphery network, where newcomers move from the "
              "edge toward the core."},
}

_PHASES: dict[str, dict[str, str]] = {
    "steps.phase.emerging.name": {"th": "เริ่มก่อกำเนิด", "en": "coming into being"},
    "steps.phase.emerging.meaning": {
        "th": "เครือข่ายกำลังก่อรูป ผู้คนเริ่มรู้จักกัน ตกลงกันว่าปัญหาคืออะไร "
              "และใครจะทำอะไร",
        "en": "The network is taking shape: people are finding each other and agreeing on "
              "the problem and on who does what."},
    "steps.phase.emerging.tools": {
        "th": "ใช้เวลาสร้างการรับรู้และวิสัยทัศน์ร่วมกัน ชวนภาคีแบบเพื่อน "
              "และเริ่มจากการประสานงานแบบเบาๆ ยังไม่ต้องรีบสร้างโครงสร้างใหญ่",
        "en": "Spend time building common perception and a common vision, invite partners "
              "as friends, and start with light coordination; do not rush into a heavy "
              "structure."},
    "steps.phase.existing.name": {"th": "การดำรงอยู่", "en": "existing"},
    "steps.phase.existing.meaning": {
        "th": "เครือข่ายทำงานเป็นปกติแล้ว ภาคีลงมือร่วมกันและเห็นประโยชน์จากการอยู่ด้วยกัน",
        "en": "The network is up and running: partners work together and see the benefits "
              "of belonging."},
    "steps.phase.existing.tools": {
        "th": "รักษากิจกรรมร่วมให้ต่อเนื่อง ดูแลความสัมพันธ์ สร้างฐานข้อมูลและช่องทางสื่อสาร "
              "ถอดบทเรียนสม่ำเสมอ และเริ่มสร้างผู้นำรุ่นใหม่",
        "en": "Keep joint activities going, look after relationships, build a database and "
              "communication channels, draw lessons regularly and start growing new "
              "leaders."},
    "steps.phase.changing.name": {"th": "การเปลี่ยนแปลง", "en": "changing"},
    "steps.phase.changing.meaning": {
        "th": "เป้าหมาย สมาชิก หรือวิธีทำงานกำลังเปลี่ยน อาจเพราะตั้งใจปรับ "
              "หรือเพราะการติดต่อค่อยๆ ห่างลง",
        "en": "Goals, membership or ways of working are shifting, either by choice or "
              "because contact is fading."},
    "steps.phase.changing.tools": {
        "th": "คุยกับสมาชิกให้รู้ว่าเปลี่ยนเพราะอะไร ทบทวนวิสัยทัศน์และประโยชน์ที่แต่ละฝ่ายได้ "
              "แล้วตัดสินใจร่วมกันว่าจะฟื้น ปรับ รวม หรือเลิกอะไร",
        "en": "Find out with members why things are changing, revisit the shared vision and "
              "what each side gains, then decide together what to renew, reshape, merge or "
              "drop."},
    "steps.phase.ending.name": {"th": "การสิ้นสุดลง", "en": "ending"},
    "steps.phase.ending.meaning": {
        "th": "เป้าหมายเดิมสำเร็จแล้วหรือถูกทิ้งไป และเครือข่ายกำลังยุติบทบาท",
        "en": "The original purpose has been met or dropped, and the network is winding "
              "down."},
    "steps.phase.ending.tools": {
        "th": "ปิดงานให้ดี ถอดบทเรียน ขอบคุณและให้เครดิตทุกฝ่าย ส่งต่อสิ่งที่ควรเก็บไว้ "
              "และให้ความสัมพันธ์ที่สร้างมาไปต่อยอดในงานใหม่ เพราะเครือข่ายเป็นเครื่องมือ "
              "ไม่ใช่ผลลัพธ์",
        "en": "Close well: draw lessons, thank and credit every partner, hand over what is "
              "worth keeping, and let the relationships carry into new work; a network is a "
              "tool, not a result."},
}

_INDICATORS: dict[str, dict[str, str]] = {
    "steps.indicator.need_recognised.text": {
        "th": "ผู้คนเห็นปัญหาร่วมที่ต่างคนต่างแก้เองไม่ได้ และบอกว่าต้องมีเครือข่ายหรือไม่",
        "en": "Do people see a shared problem they cannot solve alone, and say a network is "
              "needed?"},
    "steps.indicator.need_recognised.short": {"th": "เห็นความจำเป็นร่วมกัน",
                                              "en": "shared need recognised"},
    "steps.indicator.need_recognised.help": {
        "th": "นับเมื่อคนบอกได้ว่าปัญหาคืออะไรและทำไมต้องพึ่งคนอื่น เช่น ที่วาวี "
              "อาสาสมัครผู้ริเริ่มรู้ว่าทำงานนี้คนเดียวไม่ได้",
        "en": "Counts when people can name the problem and why they need others, e.g. in "
              "Wawee the volunteer who started the work knew it could not be done alone."},
    "steps.indicator.core_team.text": {
        "th": "มีทีมแกนนำหรือผู้ประสานงานที่เริ่มชวนคนอื่นเข้ามาแล้วหรือไม่",
        "en": "Has a core team or coordinator formed and started inviting others in?"},
    "steps.indicator.core_team.short": {"th": "มีทีมแกนนำ", "en": "core team formed"},
    "steps.indicator.core_team.help": {
        "th": "คนหรือกลุ่มเล็กที่ระบุตัวได้ ซึ่งนัดประชุมและชวนภาคี เช่น "
              "อาสาสมัครในแต่ละชนเผ่าที่วาวี",
        "en": "A named person or small group who calls meetings and invites partners, e.g. "
              "Wawee's volunteers in each ethnic group."},
    "steps.indicator.partners_agreed.text": {
        "th": "องค์กรภาคีตกลงบทบาทของตัวเองแล้วหรือไม่ จะลงนามหรือรับปากด้วยวาจาก็ได้",
        "en": "Have partner organisations agreed on their roles, by signing or by spoken "
              "commitment?"},
    "steps.indicator.partners_agreed.short": {"th": "ภาคีตกลงบทบาทแล้ว",
                                              "en": "partner roles agreed"},
    "steps.indicator.partners_agreed.help": {
        "th": "แต่ละภาคีบอกได้ว่าตัวเองจะลงอะไร เช่น บันทึกข้อตกลงที่ลงนาม "
              "หรือคำรับปากในที่ประชุม",
        "en": "Each partner can say what it will contribute, e.g. a signed agreement or a "
              "promise made at a meeting."},
    "steps.indicator.coordination.text": {
        "th": "มีวิธีบริหารเครือข่ายแล้วหรือไม่ เช่น ศูนย์ประสานงานหรือผู้จัดการเครือข่าย "
              "การประชุมวางแผนประจำ และกติการ่วม",
        "en": "Is there a way of running the network: a coordinating hub or network "
              "manager, regular planning meetings and ground rules?"},
    "steps.indicator.coordination.short": {"th": "มีระบบประสานงาน",
                                           "en": "coordination in place"},
    "steps.indicator.coordination.help": {
        "th": "นับเมื่อมีคนรับหน้าที่ประสานงานและการประชุมเกิดขึ้นตามนัดจริง "
              "การประชุมเปิดตัวครั้งเดียวไม่นับ",
        "en": "Counts when someone coordinates and meetings happen as planned; a single "
              "launch meeting does not count."},
    "steps.indicator.joint_work.text": {
        "th": "ภาคีทำกิจกรรมร่วมกันและลงทรัพยากรร่วมกัน เช่น เงิน คน ความรู้ หรือไม่",
        "en": "Do partners carry out activities together and pool resources such as money, "
              "people or knowledge?"},
    "steps.indicator.joint_work.short": {"th": "ทำงานร่วมและลงทรัพยากรร่วม",
                                         "en": "joint work and pooled resources"},
    "steps.indicator.joint_work.help": {
        "th": "เช่น การพบปะประจำเดือนที่ทุกภาคีส่งคนมาร่วม และออกค่าใช้จ่ายส่วนของตัวเอง",
        "en": "E.g. a monthly gathering where every partner sends people and covers its "
              "own costs."},
    "steps.indicator.benefits_seen.text": {
        "th": "สมาชิกบอกได้ไหมว่าได้ประโยชน์อะไรที่จับต้องได้จากเครือข่าย",
        "en": "Can members name concrete benefits they get from the network?"},
    "steps.indicator.benefits_seen.short": {"th": "บอกประโยชน์ที่ได้รับได้ชัด",
                                            "en": "concrete benefits named"},
    "steps.indicator.benefits_seen.help": {
        "th": "เป็นเงินหรือไม่ใช่เงินก็ได้ เช่น ทักษะ คนรู้จัก การยอมรับ ปัญหาที่แก้ได้ "
              "แค่บอกว่า “ดีที่ได้มาเจอกัน” ยังไม่พอ",
        "en": "Money or not: skills, contacts, recognition, a problem solved. “It is nice "
              "to meet” alone is not enough."},
    "steps.indicator.lesson_learning.text": {
        "th": "เครือข่ายทบทวนงาน ถอดบทเรียน และปรับแผนร่วมอย่างสม่ำเสมอหรือไม่",
        "en": "Does the network regularly review its work, draw lessons and update a joint "
              "plan?"},
    "steps.indicator.lesson_learning.short": {"th": "ถอดบทเรียนสม่ำเสมอ",
                                              "en": "regular lesson-learning"},
    "steps.indicator.lesson_learning.help": {
        "th": "การทบทวนตามรอบที่ทำให้แผนเปลี่ยนจริง รายงานที่เขียนส่งแหล่งทุนอย่างเดียวไม่นับ",
        "en": "Reviews on a set cycle that actually change the plan; a report written only "
              "for the funder does not count."},
    "steps.indicator.new_leaders.text": {
        "th": "มีการฝึกผู้นำรุ่นใหม่และสมาชิกใหม่ และมอบความรับผิดชอบให้หรือไม่",
        "en": "Are new leaders and new members being trained and given responsibility?"},
    "steps.indicator.new_leaders.short": {"th": "สร้างผู้นำรุ่นใหม่",
                                          "en": "new leaders trained"},
    "steps.indicator.new_leaders.help": {
        "th": "เช่น อาสาสมัครรุ่นใหม่ได้เป็นคนดำเนินการประชุมประจำเดือนเอง",
        "en": "E.g. a younger volunteer now runs the monthly meeting."},
    "steps.indicator.contact_falling.text": {
        "th": "การติดต่อและการมีส่วนร่วมลดลงมาหลายเดือนแล้วหรือไม่",
        "en": "Have contact and participation been falling for some months?"},
    "steps.indicator.contact_falling.short": {"th": "การติดต่อลดลง",
                                              "en": "contact falling"},
    "steps.indicator.contact_falling.help": {
        "th": "คนมาประชุมน้อยลง ตอบช้าลง ภาคีส่งคนแทนหรือไม่ส่งใครมา ต่อเนื่องหลายเดือน",
        "en": "Fewer people at meetings, slower replies, partners sending stand-ins or no "
              "one, over several months."},
    "steps.indicator.purpose_shifting.text": {
        "th": "เครือข่ายกำลังตั้งใจเปลี่ยนเป้าหมาย สมาชิก หรือโครงสร้างอยู่หรือไม่",
        "en": "Is the network deliberately changing its goals, membership or structure?"},
    "steps.indicator.purpose_shifting.short": {"th": "กำลังปรับเป้าหมาย",
                                               "en": "purpose shifting"},
    "steps.indicator.purpose_shifting.help": {
        "th": "ต้องเป็นการตัดสินใจที่ตั้งใจ เช่น เพิ่มประเด็นใหม่ หรือรวมกับเครือข่ายอื่น "
              "ไม่ใช่ปล่อยให้เลื่อนไหลไปเอง",
        "en": "A decision taken on purpose, e.g. adding a new issue or merging with another "
              "network, not drift."},
    "steps.indicator.purpose_ended.text": {
        "th": "เป้าหมายเดิมสำเร็จแล้วหรือถูกทิ้งไป และไม่มีใครวางแผนว่าจะทำอะไรต่อ "
              "ใช่หรือไม่",
        "en": "Is the original purpose met or abandoned, with nobody planning what comes "
              "next?"},
    "steps.indicator.purpose_ended.short": {"th": "หมดภารกิจแล้ว", "en": "purpose ended"},
    "steps.indicator.purpose_ended.help": {
        "th": "เช่น ทุนโครงการหมด งานถึงเป้าแล้ว และไม่มีใครนัดคุยเรื่องอนาคต",
        "en": "E.g. project funding has ended, the goal is reached, and no one has called a "
              "meeting about the future."},
}

MESSAGES: dict[str, dict[str, str]] = {**_STEPS, **_PHASES, **_INDICATORS}
