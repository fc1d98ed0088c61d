"""Catalogue: the diagnosis's reasons and errors, and the maintenance checklists of
``netlab.steps`` (seed 001_8e630874275106d8.txt: six principles for maintaining a network,
nine qualities of the core-member group), paraphrased for this course.
"""

from netlab.plurals import plural

_MAINTENANCE: dict[str, dict[str, str]] = {
    "steps.maintenance.1": {"th": "จัดกิจกรรมร่วมกันอย่างต่อเนื่อง ไม่ทิ้งช่วงนาน",
                            "en": "Keep joint activities going without long gaps."},
    "steps.maintenance.2": {"th": "ดูแลความสัมพันธ์ที่ดีระหว่างสมาชิก",
                            "en": "Look after good relationships among members."},
    "steps.maintenance.3": {"th": "วางกลไกจูงใจให้สมาชิกอยากร่วมงานต่อ",
                            "en": "Set up incentives that make members want to stay involved."},
    "steps.maintenance.4": {"th": "หาทรัพยากรมาหนุนงานให้เพียงพอ",
                            "en": "Secure enough resources to support the work."},
    "steps.maintenance.5": {"th": "ช่วยเหลือสมาชิกและร่วมแก้ปัญหาเมื่อเขาติดขัด",
                            "en": "Help members and solve problems with them when they get "
                                  "stuck."},
    "steps.maintenance.6": {"th": "สร้างผู้นำรุ่นใหม่ขึ้นมาอย่างต่อเนื่อง",
                            "en": "Keep growing new leaders."},
}

# Nine qualities of the core-member group (seed 001, คุณสมบัติของกลุ่มสมาชิกแกนนำ).
_CORE: dict[str, dict[str, str]] = {
    "steps.core.1": {"th": "มีวุฒิภาวะ หนักแน่น", "en": "Mature and level-headed."},
    "steps.core.2": {"th": "ทำงานเป็นทีม", "en": "Work as a team."},
    "steps.core.3": {"th": "รวมตัวกันเหนียวแน่น", "en": "Hold together closely as a group."},
    "steps.core.4": {"th": "สื่อสารกันทั่วถึงและโปร่งใส",
                     "en": "Communicate openly, so information reaches everyone."},
    "steps.core.5": {"th": "ไว้เนื้อเชื่อใจกัน", "en": "Trust one another."},
    "steps.core.6": {"th": "ตัดสินใจโดยให้ทุกคนมีส่วนร่วม",
                     "en": "Make decisions in a way that lets everyone take part."},
    "steps.core.7": {"th": "เคารพความเห็นของกันและกัน", "en": "Respect each other's views."},
    "steps.core.8": {"th": "ประสานงานกันเองครบถ้วน ไม่ตกหล่น และเป็นหนึ่งเดียว",
                     "en": "Coordinate among themselves fully, with nothing dropped, acting "
                           "as one."},
    "steps.core.9": {"th": "ประสานงานกับองค์กรนอกเครือข่ายได้ดี",
                     "en": "Work well with organisations outside the network."},
}

_MINE: dict[str, dict[str, str]] = {
    "steps.step_ref": {"th": "ขั้นที่ {number} ({step})", "en": "step {number} ({step})"},
    "steps.summary": {"th": "น่าจะอยู่ขั้นที่ {number}: {step} · ระยะ: {phase}",
                      "en": "Likely step {number}: {step} · life-cycle phase: {phase}"},
    "steps.reason.evidence": {
        "th": "{step}: มีตัวบ่งชี้ {count} จาก {total} ข้อ ({signs})",
        "en": plural("total",
            one="{step}: {count} of {total} sign present ({signs}).",
            other="{step}: {count} of {total} signs present ({signs}).")},
    "steps.reason.likely": {
        "th": "ขั้นที่ไกลที่สุดที่มีตัวบ่งชี้อย่างน้อยครึ่งหนึ่งคือ {step}",
        "en": "The furthest step with at least half of its signs is {step}."},
    "steps.reason.no_evidence": {
        "th": "ยังไม่มีขั้นใดมีตัวบ่งชี้ถึงครึ่งหนึ่ง เครือข่ายยังอยู่ที่จุดเริ่มต้น "
              "(ขั้นที่ 1 ตระหนักและก่อตัว)",
        "en": "No step shows half of its signs yet: the network is at the very start "
              "(step 1, awareness and formation)."},
    "steps.reason.gap": {
        "th": "ข้อควรระวัง: {step} มาก่อน แต่ยังขาดตัวบ่งชี้ ({signs}) ขั้นตอนต่อยอดกันเป็นลำดับ "
              "ลองดูว่างานพื้นฐานขั้นนี้ถูกข้ามไปหรือไม่",
        "en": "Watch out: {step} comes earlier but its signs are missing ({signs}). The steps "
              "build on each other: check whether this groundwork was skipped."},
    "steps.reason.runner_up": {
        "th": "อันดับรองคือ {step} ลองย้อนดูหลักฐานอีกครั้งว่าเครือข่ายทำงานของขั้นไหนอยู่จริง",
        "en": "Runner-up: {step}. Look at the evidence again: which step's work is the "
              "network really doing?"},
    "steps.reason.phase.ending": {
        "th": "ระยะ: เป้าหมายเดิมบรรลุแล้วหรือถูกทิ้งไป และยังไม่มีใครวางแผนต่อ "
              "จึงน่าจะอยู่ในระยะสิ้นสุดลง",
        "en": "Phase: the original purpose is met or abandoned and nobody is planning what "
              "comes next, so the network is probably ending."},
    "steps.reason.phase.shifting": {
        "th": "ระยะ: เครือข่ายกำลังปรับเป้าหมาย สมาชิก หรือโครงสร้างอย่างตั้งใจ "
              "จึงอยู่ในระยะเปลี่ยนแปลง",
        "en": "Phase: the network is deliberately changing its goals, members or structure, "
              "so it is changing."},
    "steps.reason.phase.falling": {
        "th": "ระยะ: การติดต่อและการมีส่วนร่วมลดลงมาหลายเดือน เครือข่ายกำลังเปลี่ยนแปลง "
              "ถ้าไม่มีใครลงมือ อาจเดินไปสู่การสิ้นสุดลง",
        "en": "Phase: contact and participation have been falling for months; the network is "
              "changing, and may drift towards its end if nobody acts."},
    "steps.reason.phase.emerging": {
        "th": "ระยะ: เครือข่ายยังก่อตัวอยู่ ยังไม่มีงานร่วมที่ลงมือทำจริง "
              "จึงอยู่ในระยะเริ่มก่อกำเนิด",
        "en": "Phase: the network is still forming and has no joint work under way yet, so "
              "it is coming into being."},
    "steps.reason.phase.existing": {
        "th": "ระยะ: ภาคีทำงานร่วมกันอยู่ และไม่มีตัวบ่งชี้การถดถอยหรือการปรับเปลี่ยน "
              "จึงอยู่ในระยะดำรงอยู่",
        "en": "Phase: partners work together and there is no sign of decline or of "
              "deliberate change, so the network is existing."},
    "steps.error.header": {"th": "คำตอบตัวบ่งชี้ของเครือข่ายยังใช้ไม่ได้:",
                           "en": "The network's sign answers cannot be used yet:"},
    "steps.error.not_mapping": {
        "th": "คำตอบต้องเป็น dict ของตัวบ่งชี้ 11 ข้อ ({keys}) แต่ได้ {got}",
        "en": "The answers must be a dict of the eleven signs ({keys}), got {got}."},
    "steps.error.unknown_step": {
        "th": "ไม่รู้จักขั้น {value} ใช้ได้: {allowed} หรือเลข 1–4",
        "en": "Unknown step {value}; allowed: {allowed}, or the number 1–4."},
    "steps.error.unknown_phase": {
        "th": "ไม่รู้จักระยะ {value} ใช้ได้: {allowed}",
        "en": "Unknown life-cycle phase {value}; allowed: {allowed}."},
    "steps.error.checklist_header": {"th": "คำตอบของรายการตรวจยังใช้ไม่ได้:",
                                     "en": "The checklist answers cannot be used yet:"},
    "steps.error.checklist_length": {
        "th": "{title} มี {size} ข้อ แต่ได้คำตอบ {found} ข้อ",
        "en": plural("size",
            one="{title} has {size} item, but answers given: {found}.",
            other="{title} has {size} items, but answers given: {found}.")},
    "steps.error.checklist_type": {
        "th": "คำตอบต้องเป็น dict {{เลขข้อ: True/False}} หรือ list ของ True/False {size} ตัว "
              "แต่ได้ {got}",
        "en": "The answers must be a dict {{item number: True/False}} or a list of {size} "
              "True/False values, got {got}."},
    "steps.error.checklist_item": {
        "th": "ไม่มีข้อ {item} ใช้เลขข้อ 1 ถึง {size}",
        "en": "There is no item {item}; use item numbers 1 to {size}."},
    "steps.checklist.summary": {
        "th": "{title}: มีแล้ว {met} จาก {size} ข้อ ({percent}%) ใช้ดูช่องว่าง "
              "ไม่ใช่คะแนนที่ผ่านการตรวจสอบความถูกต้อง",
        "en": "{title}: {met} of {size} in place ({percent}%). A way to see gaps, not a "
              "validated score."},
    "steps.checklist.gaps": {"th": "ยังขาด:", "en": "Not yet in place:"},
    "steps.maintenance.title": {"th": "หลักการรักษาเครือข่าย 6 ข้อ",
                                "en": "Six principles for maintaining a network"},
    "steps.core.title": {"th": "คุณสมบัติของกลุ่มสมาชิกแกนนำ 9 ข้อ",
                         "en": "Nine qualities of the core-member group"},
}

MESSAGES: dict[str, dict[str, str]] = {**_MAINTENANCE, **_CORE, **_MINE}
