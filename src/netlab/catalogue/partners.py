"""Catalogue: partner roles, the six questions, reasons and errors of ``netlab.partners``.

Written for this course from seed 003_1728fab1958287cf.txt (step 4.3: BPs vs SPs) and the
Outcome Mapping guidance summarised in ../shared/domain.md §1; nothing is quoted.
"""

_ROLES: dict[str, dict[str, str]] = {
    "partners.role.boundary.name": {"th": "ภาคีหุ้นส่วน", "en": "boundary partner"},
    "partners.role.boundary.explanation": {
        "th": "คนหรือองค์กรที่แผนงานทำงานด้วยโดยตรง ตั้งใจให้เกิดการเปลี่ยนแปลงในพฤติกรรม "
              "ความสัมพันธ์ หรือการกระทำของเขา และพร้อมลงแรงหนุน แต่ไม่ได้ควบคุมเขา "
              "การเปลี่ยนแปลงเป็นของเขาเอง",
        "en": "An actor the programme works with directly and whose behaviour, relationships "
              "or actions it intends to change, investing effort to support that change. The "
              "programme does not control it: the change is the actor's own.",
    },
    "partners.role.boundary.next_step": {
        "th": "เขียนผลลัพธ์ที่ท้าทาย (outcome challenge) และเครื่องหมายบอกความก้าวหน้า "
              "(progress markers) ให้ภาคีนี้ แล้ววางแผนที่กลยุทธ์",
        "en": "write an outcome challenge and progress markers for it, then a strategy map",
    },
    "partners.role.strategic.name": {"th": "ภาคียุทธศาสตร์", "en": "strategic partner"},
    "partners.role.strategic.explanation": {
        "th": "คนหรือองค์กรที่ร่วมหนุนหรือร่วมทำงานไปกับแผนงาน เช่น ให้ทุน ความชอบธรรม "
              "ช่องทางเข้าถึง ความเชี่ยวชาญ หรือข้อมูล หรือร่วมลงมือในฐานะเพื่อนร่วมทาง "
              "แผนงานไม่ได้ตั้งเป้าเปลี่ยนพฤติกรรมของเขา",
        "en": "An actor that backs or works beside the programme, giving money, legitimacy, "
              "access, expertise or data, or acting as a peer toward a shared goal. The "
              "programme does not set out to change its behaviour.",
    },
    "partners.role.strategic.next_step": {
        "th": "ดูแลความสัมพันธ์ผ่านแนวปฏิบัติขององค์กร เช่น แสวงหาทรัพยากร ขอความเห็น "
              "และรายงานผลอย่างสม่ำเสมอ ไม่ต้องเขียนผลลัพธ์ที่ท้าทายให้",
        "en": "look after the relationship through organisational practices (seeking "
              "resources, asking for feedback, reporting back); no outcome challenge needed",
    },
    "partners.role.both.name": {"th": "เป็นทั้งสองบทบาท", "en": "both roles"},
    "partners.role.both.explanation": {
        "th": "ภาคีที่เป็นทั้งสองอย่างพร้อมกัน ให้ทรัพยากรหรือร่วมลงมือ และแผนงานก็ตั้งใจ"
              "ให้เขาเปลี่ยนแปลงด้วย พบบ่อยในทางปฏิบัติ เช่น หน่วยงานท้องถิ่นที่ร่วมลงทุน "
              "และเป็นเป้าของการผลักดันแผนและงบประมาณ",
        "en": "An actor in both roles at once: it gives resources or co-implements, and the "
              "programme also intends it to change. Common in practice, e.g. a local "
              "government that co-funds the work and is also the target of a push for plans "
              "and budgets.",
    },
    "partners.role.both.next_step": {
        "th": "แยกสองความสัมพันธ์ออกจากกัน: เขียนผลลัพธ์ที่ท้าทายสำหรับการเปลี่ยนแปลงที่ต้องการ "
              "และทำข้อตกลงแยกสำหรับสิ่งที่เขาร่วมสนับสนุน",
        "en": "keep the two relationships apart: an outcome challenge for the change you "
              "seek, a separate agreement for what it contributes",
    },
    "partners.role.indirect.name": {"th": "ภาคีทางอ้อม", "en": "indirect actor"},
    "partners.role.indirect.explanation": {
        "th": "อยู่นอกระยะที่แผนงานจะทำงานด้วยหรือมีอิทธิพลได้ในตอนนี้ เป็นบริบทที่ต้องจับตา "
              "หรือเป็นภาคีหุ้นส่วนในอนาคต ที่ต้องเข้าถึงผ่านคนที่มีอิทธิพลต่อเขา",
        "en": "Out of the programme's direct reach or influence for now: context to keep in "
              "view, or a future boundary partner to reach through someone who can "
              "influence it.",
    },
    "partners.role.indirect.next_step": {
        "th": "จับตาไว้เป็นบริบท ถ้าอยากให้เขาเปลี่ยน ให้หาภาคีที่มีอิทธิพลต่อเขา "
              "แล้วทำให้ภาคีนั้นเป็นภาคีหุ้นส่วน",
        "en": "keep it in view as context; if you want it to change, find an actor who can "
              "influence it and make that actor a boundary partner",
    },
}

_QUESTIONS: dict[str, dict[str, str]] = {
    "partners.q.direct.text": {"th": "แผนงานทำงานกับเขาโดยตรงหรือไม่",
                               "en": "Does the programme work with this actor directly?"},
    "partners.q.direct.short": {"th": "ทำงานด้วยโดยตรง", "en": "works with it directly"},
    "partners.q.direct.help": {
        "th": "พบปะ ประชุม ทำกิจกรรมด้วยกันเอง ไม่ใช่ผ่านตัวกลาง",
        "en": "You meet, plan or act together yourselves, not through an intermediary."},
    "partners.q.intend_change.text": {
        "th": "แผนงานตั้งใจให้พฤติกรรม ความสัมพันธ์ หรือการกระทำของเขาเปลี่ยน "
              "และจะลงแรงหนุนหรือไม่",
        "en": "Does the programme intend to change its behaviour, relationships or actions, "
              "and will it invest in that?"},
    "partners.q.intend_change.short": {"th": "ตั้งใจให้เขาเปลี่ยน", "en": "we intend it to change"},
    "partners.q.intend_change.help": {
        "th": "ไม่ใช่แค่อยากให้เปลี่ยน แต่จะใช้เวลาและทรัพยากรหนุนให้เปลี่ยนจริง",
        "en": "Not just a wish: you will spend time and resources helping it change."},
    "partners.q.outcome_challenge.text": {
        "th": "เขียนผลลัพธ์ที่ท้าทาย (outcome challenge) ที่หนุนวิสัยทัศน์ของเครือข่ายให้เขาได้หรือไม่",
        "en": "Can you write an outcome challenge for it that serves the network's vision?"},
    "partners.q.outcome_challenge.short": {"th": "เขียนผลลัพธ์ที่ท้าทายได้",
                                           "en": "an outcome challenge can be written"},
    "partners.q.outcome_challenge.help": {
        "th": "ลองเขียนว่า \"แผนงานตั้งใจจะเห็น [ภาคี] ที่...\" ถ้าเขียนไม่ออก อาจไม่ใช่ภาคีหุ้นส่วน",
        "en": "Try \"The programme intends to see [actor] who ...\". If you cannot, it is "
              "probably not a boundary partner."},
    "partners.q.provides_resources.text": {
        "th": "บทบาทหลักของเขาคือให้ทุน ความชอบธรรม ช่องทางเข้าถึง ความเชี่ยวชาญ หรือข้อมูล ใช่หรือไม่",
        "en": "Is its main role to provide money, legitimacy, access, expertise or data?"},
    "partners.q.provides_resources.short": {"th": "ให้ทรัพยากร", "en": "provides resources"},
    "partners.q.provides_resources.help": {
        "th": "เช่น แหล่งทุน หน่วยงานที่ออกบัตรหรือให้อุปกรณ์ สถาบันวิชาการที่ให้ข้อมูล",
        "en": "E.g. a funder, an office that issues cards or equipment, a university that "
              "shares data."},
    "partners.q.co_implements.text": {
        "th": "เขาทำงานเคียงข้างแผนงานในฐานะเพื่อนร่วมทาง มุ่งเป้าหมายเดียวกัน ใช่หรือไม่",
        "en": "Does it work beside the programme as a peer toward a shared goal?"},
    "partners.q.co_implements.short": {"th": "ร่วมลงมือแบบเพื่อนร่วมทาง",
                                       "en": "co-implements as a peer"},
    "partners.q.co_implements.help": {
        "th": "ร่วมจัดกิจกรรม แบ่งงานกันทำ โดยเราไม่ได้พยายามเปลี่ยนเขา",
        "en": "You run activities together and share the work, without trying to change it."},
    "partners.q.in_influence.text": {
        "th": "เขาอยู่ในขอบเขตที่แผนงานมีอิทธิพลได้ (ไม่ใช่แค่อยู่ในความสนใจ) หรือไม่",
        "en": "Is it within the programme's sphere of influence (not only of interest)?"},
    "partners.q.in_influence.short": {"th": "อยู่ในขอบเขตอิทธิพล", "en": "within our influence"},
    "partners.q.in_influence.help": {
        "th": "แผนงานโน้มน้าวหรือหนุนให้เขาเปลี่ยนได้จริงไหม หรือการตัดสินใจของเขาอยู่ไกลเกินมือเรา",
        "en": "Can the programme really sway or support it, or are its decisions beyond "
              "your reach?"},
}

_REASONS: dict[str, dict[str, str]] = {
    "partners.summary": {"th": "{role} — สิ่งที่ควรทำ: {next_step}",
                         "en": "{role} — next: {next_step}"},
    "partners.reason.not_direct": {
        "th": "แผนงานไม่ได้ทำงานกับเขาโดยตรง (direct = False) ตอนนี้จึงยังเป็นภาคีหุ้นส่วน"
              "หรือภาคียุทธศาสตร์ไม่ได้",
        "en": "The programme does not work with it directly (direct = False), so for now it "
              "can be neither a boundary nor a strategic partner."},
    "partners.reason.future_boundary": {
        "th": "แต่แผนงานอยากให้เขาเปลี่ยน: หาคนที่ทำงานกับเขาและมีอิทธิพลต่อเขา "
              "แล้วให้คนนั้นเป็นภาคีหุ้นส่วน เขาจึงเป็นภาคีหุ้นส่วนในอนาคต",
        "en": "Yet the programme would like it to change: find someone who works with it and "
              "can influence it, and make that actor the boundary partner. It is a future "
              "boundary partner."},
    "partners.reason.supports_from_afar": {
        "th": "การสนับสนุนของเขามาถึงแผนงานผ่านคนอื่น จับตาไว้เป็นบริบท",
        "en": "Its support reaches the programme only through others: keep it in view as "
              "context."},
    "partners.reason.context": {
        "th": "เป็นบริบทที่ควรรู้จัก แต่ไม่ใช่ภาคีที่ต้องลงแรงในตอนนี้",
        "en": "It is context worth knowing, not a partner to invest in now."},
    "partners.reason.direct": {
        "th": "แผนงานทำงานกับเขาโดยตรง (direct = True)",
        "en": "The programme works with it directly (direct = True)."},
    "partners.reason.boundary_met": {
        "th": "แผนงานตั้งใจให้เขาเปลี่ยนและจะลงแรงหนุน เขียนผลลัพธ์ที่ท้าทายให้เขาได้ "
              "และเขาอยู่ในขอบเขตอิทธิพล: ผ่านเกณฑ์ภาคีหุ้นส่วน",
        "en": "The programme intends it to change and will invest in it, an outcome "
              "challenge can be written for it, and it is within the sphere of influence: "
              "the boundary-partner test is met."},
    "partners.reason.boundary_partial": {
        "th": "แผนงานอยากให้เขาเปลี่ยน แต่ยังขาด: {missing} จึงยังไม่ผ่านเกณฑ์ภาคีหุ้นส่วน",
        "en": "The programme would like it to change, but this is missing: {missing}; so "
              "the boundary-partner test is not met."},
    "partners.reason.no_intent": {
        "th": "แผนงานไม่ได้ตั้งใจเปลี่ยนพฤติกรรมของเขา (intend_change = False) "
              "จึงไม่ใช่ภาคีหุ้นส่วน",
        "en": "The programme does not set out to change its behaviour (intend_change = "
              "False), so it is not a boundary partner."},
    "partners.reason.strategic_met": {
        "th": "{parts}: ผ่านเกณฑ์ภาคียุทธศาสตร์",
        "en": "It {parts}: the strategic-partner test is met."},
    "partners.reason.strategic_not_met": {
        "th": "บทบาทหลักของเขาไม่ใช่ให้ทรัพยากร และไม่ได้ร่วมลงมือแบบเพื่อนร่วมทาง "
              "จึงไม่ใช่ภาคียุทธศาสตร์",
        "en": "It neither mainly provides resources nor works beside the programme as a peer, "
              "so it is not a strategic partner."},
    "partners.reason.conclusion.boundary": {
        "th": "สรุป: ภาคีหุ้นส่วน ลงแรงหนุนการเปลี่ยนแปลงของเขา",
        "en": "So: a boundary partner. Invest in supporting its change."},
    "partners.reason.conclusion.strategic": {
        "th": "สรุป: ภาคียุทธศาสตร์ ดูแลความสัมพันธ์ ไม่ต้องตั้งเป้าเปลี่ยนเขา",
        "en": "So: a strategic partner. Look after the relationship; do not set out to "
              "change it."},
    "partners.reason.conclusion.both": {
        "th": "สรุป: เป็นทั้งสองบทบาท ผ่านทั้งสองเกณฑ์ แยกสองความสัมพันธ์ให้ชัด",
        "en": "So: both roles. Both tests are met; keep the two relationships apart."},
    "partners.reason.conclusion.indirect": {
        "th": "สรุป: ภาคีทางอ้อม แม้ทำงานด้วยโดยตรง แต่ไม่ผ่านเกณฑ์ใดเลย",
        "en": "So: an indirect actor. Although the programme meets it directly, neither test "
              "is met."},
}

_ERRORS: dict[str, dict[str, str]] = {
    "partners.error.header": {"th": "คำตอบของภาคียังใช้ไม่ได้:",
                              "en": "The partner answers cannot be used yet:"},
    "partners.error.not_mapping": {
        "th": "คำตอบต้องเป็น dict ของคำถาม 6 ข้อ ({keys}) แต่ได้ {got}",
        "en": "The answers must be a dict of the six questions ({keys}), got {got}."},
    "partners.error.columns": {"th": "ตารางไม่มีคอลัมน์คำตอบ {columns}",
                               "en": "The table has no answer column {columns}."},
    "partners.error.rating_columns": {"th": "ตารางไม่มีคอลัมน์คะแนน {columns}",
                                      "en": "The table has no rating column {columns}."},
    "partners.error.row": {"th": "แถว {row}:", "en": "Row {row}:"},
    "partners.error.unknown_role": {
        "th": "ไม่รู้จักบทบาท {value} ใช้ได้: {allowed}",
        "en": "Unknown role {value}; allowed: {allowed}."},
    "partners.error.unknown_quadrant": {
        "th": "ไม่รู้จักมุม AIIM {value} ใช้ได้: {allowed}",
        "en": "Unknown AIIM quadrant {value}; allowed: {allowed}."},
    "partners.error.rating": {
        "th": "{name}: {value} ไม่ใช่จำนวนเต็มตั้งแต่ {low} ถึง {high}",
        "en": "{name}: {value} is not a whole number from {low} to {high}."},
    "partners.error.not_text": {"th": "{field} ต้องเป็นข้อความ แต่ได้ {kind}",
                                "en": "{field} must be text, got {kind}."},
    "partners.error.empty_text": {"th": "{field} ยังว่างอยู่ เติมข้อความก่อน",
                                  "en": "{field} is empty: write some text."},
    "partners.error.not_list": {
        "th": "{field} ต้องเป็นรายการ (list) ของข้อความ เช่น [\"...\", \"...\"] แต่ได้ {kind}",
        "en": "{field} must be a list of texts, e.g. [\"...\", \"...\"], got {kind}."},
    "partners.error.outcome_not_mapping": {
        "th": "ผลลัพธ์ที่ท้าทายต้องเป็น dict ที่มีคีย์ {keys} แต่ได้ {got}",
        "en": "An outcome challenge must be a dict with the keys {keys}, got {got}."},
    "partners.error.outcome_header": {"th": "ผลลัพธ์ที่ท้าทายยังใช้ไม่ได้:",
                                      "en": "The outcome challenge cannot be used yet:"},
    "partners.error.cell": {"th": "ไม่รู้จักช่อง {value} ในแผนที่กลยุทธ์ ใช้ได้: {allowed}",
                            "en": "Unknown strategy-map cell {value}; allowed: {allowed}."},
    "partners.error.not_mapping_cells": {
        "th": "ช่องของแผนที่กลยุทธ์ต้องเป็น dict เช่น {{\"I1\": [...]}} (ช่อง: {allowed}) แต่ได้ {got}",
        "en": "The strategy-map cells must be a dict such as {{\"I1\": [...]}} (cells: "
              "{allowed}), got {got}."},
    "partners.error.strategy_header": {"th": "แผนที่กลยุทธ์ยังใช้ไม่ได้:",
                                       "en": "The strategy map cannot be used yet:"},
}

MESSAGES: dict[str, dict[str, str]] = {**_ROLES, **_QUESTIONS, **_REASONS, **_ERRORS}
