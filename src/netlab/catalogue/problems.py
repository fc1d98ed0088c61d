"""Catalogue: problem types, diagnostic questions, reasons and errors of ``netlab.problems``.

Texts are written for this course from the seeds (003_1728fab1958287cf.txt names the four
types) and the frameworks summarised in ../shared/domain.md §2; nothing is quoted.
"""

_TYPES: dict[str, dict[str, str]] = {
    # --- simple -------------------------------------------------------------------------
    "problems.type.simple.name": {"th": "ปัญหาเชิงเดี่ยว", "en": "simple problem"},
    "problems.type.simple.description": {
        "th": "รู้ชัดว่าอะไรเป็นเหตุ อะไรเป็นผล และมีวิธีทำที่พิสูจน์แล้ว เหมือนทำอาหารตามสูตร "
              "ใครทำตามขั้นตอนอย่างระมัดระวังก็ได้ผลเหมือนเดิมทุกครั้ง "
              "คนที่เกี่ยวข้องเห็นตรงกันว่าปัญหาคืออะไรและควรแก้อย่างไร",
        "en": "Cause and effect are clear and a proven procedure exists, like following a "
              "recipe: whoever follows the steps carefully gets the same result every time, "
              "and the people involved agree on what the problem is and how to solve it.",
    },
    "problems.type.simple.guidance": {
        "th": "ใช้ขั้นตอนหรือรายการตรวจสอบที่มีอยู่แล้ว มอบผู้รับผิดชอบที่ชัดเจน และติดตามผลผลิต "
              "(รับรู้ จัดประเภท แล้วตอบสนอง ตามกรอบ Cynefin ของ Snowden & Boone 2007) "
              "ไม่ต้องตั้งเครือข่ายใหญ่เพื่อแก้ปัญหาแบบนี้",
        "en": "Apply the known procedure or checklist, give one person clear responsibility and "
              "watch the outputs (sense, categorise, respond: the Cynefin framework of Snowden & "
              "Boone 2007). A problem like this does not need a large network.",
    },
    "problems.type.simple.anchors": {
        "th": "Glouberman & Zimmerman 2002: simple · Cynefin: clear · Roberts 2000: Type 1 · "
              "Alford & Head 2017: tame · Heifetz 1994: technical (Type I)",
        "en": "Glouberman & Zimmerman 2002: simple · Cynefin: clear · Roberts 2000: Type 1 · "
              "Alford & Head 2017: tame · Heifetz 1994: technical (Type I)",
    },
    "problems.type.simple.example": {"th": "ทำอาหารตามสูตร", "en": "following a recipe"},
    # --- technical ----------------------------------------------------------------------
    "problems.type.technical.name": {"th": "ปัญหาเชิงเทคนิค", "en": "technical problem"},
    "problems.type.technical.description": {
        "th": "แก้ได้ แต่ต้องอาศัยความรู้เฉพาะทาง การวิเคราะห์อย่างละเอียด "
              "และผู้เชี่ยวชาญหลายฝ่ายทำงานประสานกัน เหมือนการส่งจรวดไปดวงจันทร์ "
              "เมื่อแก้ได้ครั้งหนึ่งแล้วก็ทำซ้ำได้อย่างมั่นใจ และผู้เกี่ยวข้องเห็นตรงกันในเป้าหมาย",
        "en": "Solvable, but only with specialist knowledge, careful analysis and several experts "
              "working in coordination, like sending a rocket to the moon. Once solved, the "
              "solution can be repeated with confidence, and people broadly agree on the goal.",
    },
    "problems.type.technical.guidance": {
        "th": "ดึงผู้เชี่ยวชาญที่ตรงเรื่องเข้ามา วิเคราะห์ทางเลือก วางแผนและบริหารเป็นโครงการ "
              "ที่มีตัวชี้วัดชัดเจน (รับรู้ วิเคราะห์ แล้วตอบสนอง) "
              "เครือข่ายช่วยได้ในฐานะที่รวมความเชี่ยวชาญหลายสาขาเข้าด้วยกัน",
        "en": "Bring in the right expertise, analyse the options, and plan and manage the work as "
              "a project with clear indicators (sense, analyse, respond). A network helps by "
              "bringing several kinds of expertise together.",
    },
    "problems.type.technical.anchors": {
        "th": "Glouberman & Zimmerman 2002: complicated · Cynefin: complicated · "
              "Alford & Head 2017: analytically complex · Heifetz 1994: Type I–II",
        "en": "Glouberman & Zimmerman 2002: complicated · Cynefin: complicated · "
              "Alford & Head 2017: analytically complex · Heifetz 1994: Type I–II",
    },
    "problems.type.technical.example": {
        "th": "ส่งจรวดไปดวงจันทร์", "en": "sending a rocket to the moon"},
    # --- complex ------------------------------------------------------------------------
    "problems.type.complex.name": {"th": "ปัญหาสลับซับซ้อน", "en": "complex problem"},
    "problems.type.complex.description": {
        "th": "เหตุและผลเห็นชัดก็ต่อเมื่อมองย้อนกลับไป แต่ละกรณีไม่เหมือนกัน "
              "สำเร็จครั้งหนึ่งไม่ได้รับประกันว่าครั้งหน้าจะสำเร็จ เหมือนการเลี้ยงลูก "
              "ผู้เกี่ยวข้องหลายฝ่ายต่างถือคำตอบไว้คนละส่วน แต่ยังพอมีทิศทางร่วมกัน",
        "en": "Cause and effect become clear only in hindsight; every case is different and one "
              "success does not guarantee the next, like raising a child. Many actors each hold "
              "part of the answer, yet they share at least a direction.",
    },
    "problems.type.complex.guidance": {
        "th": "ทดลอง รับรู้ แล้วตอบสนอง: ลองทำทีละเล็กแบบที่ผิดพลาดได้โดยไม่เสียหายมาก "
              "เรียนรู้จากผลตอบกลับแล้วปรับ ลงทุนในความสัมพันธ์ และติดตามการเปลี่ยนแปลงพฤติกรรม "
              "(เช่น progress markers ของแผนที่ผลลัพธ์) รายงานการอบรม (003) ย้ำว่าเรื่องซับซ้อน "
              "คาดเดาไม่ได้ ใช้เครื่องมือเดิมๆ อย่างเดียวไม่ได้ ต้องยืดหยุ่นตามสถานการณ์",
        "en": "Probe, sense, respond: try small experiments that can fail safely, learn from "
              "feedback and adapt, invest in relationships and track changes in behaviour (for "
              "example with Outcome Mapping progress markers). The workshop report (003) stresses "
              "that complex matters are unpredictable: old tools alone will not do, stay flexible.",
    },
    "problems.type.complex.anchors": {
        "th": "Glouberman & Zimmerman 2002: complex · Cynefin: complex · Stacey 1996: "
              "zone of complexity · Kahane 2004: dynamic/generative complexity · "
              "Alford & Head 2017: complex",
        "en": "Glouberman & Zimmerman 2002: complex · Cynefin: complex · Stacey 1996: "
              "zone of complexity · Kahane 2004: dynamic/generative complexity · "
              "Alford & Head 2017: complex",
    },
    "problems.type.complex.example": {"th": "เลี้ยงลูก", "en": "raising a child"},
    # --- social mess --------------------------------------------------------------------
    "problems.type.social_mess.name": {
        "th": "ปัญหายุ่งยากเชิงสังคม", "en": "social mess (wicked problem)"},
    "problems.type.social_mess.description": {
        "th": "ผู้เกี่ยวข้องไม่เห็นตรงกันแม้แต่ว่าปัญหาคืออะไร คุณค่าและผลประโยชน์ขัดกัน "
              "มีผู้มีอำนาจหลายฝ่าย และปัญหาพันอยู่กับปัญหาอื่น ทุกครั้งที่ลงมือ สถานการณ์ก็เปลี่ยน "
              "Rittel & Webber (1973) เรียกปัญหาแบบนี้ว่า wicked problem "
              "ส่วน Horn (2001) เรียกกลุ่มปัญหาที่พันกันว่า social mess",
        "en": "The people involved do not even agree on what the problem is; values and "
              "interests conflict, many actors hold power, and the problem is tangled with "
              "others, so every attempt changes the situation. Rittel & Webber (1973) call such "
              "problems wicked; Horn (2001) calls a tangle of them a social mess.",
    },
    "problems.type.social_mess.guidance": {
        "th": "สร้างความเข้าใจร่วมกันต่อตัวปัญหาก่อนถกเถียงเรื่องทางแก้ ชวนผู้มีส่วนได้ส่วนเสีย "
              "มาทำงานร่วมกันเป็นเครือข่าย ทำงานแบบมีส่วนร่วมและปรับตัวเป็นรอบๆ "
              "และนับความก้าวหน้าเป็นความสำเร็จ ไม่ใช่รอทางแก้สุดท้าย "
              "(Roberts 2000; Conklin 2005; Heifetz 1994; Alford & Head 2017) "
              "นี่คือปัญหาที่การสร้างเครือข่ายมีคุณค่ามากที่สุด",
        "en": "Build a shared understanding of the problem before arguing about solutions; bring "
              "the stakeholders together as a collaborative network; work in participatory, "
              "adaptive rounds and count progress as success rather than waiting for a final "
              "solution (Roberts 2000; Conklin 2005; Heifetz 1994; Alford & Head 2017). This is "
              "where network building matters most.",
    },
    "problems.type.social_mess.anchors": {
        "th": "Rittel & Webber 1973: wicked · Horn 2001: social mess · Roberts 2000: Type 3 · "
              "Conklin 2005: wicked × social complexity · Heifetz 1994: adaptive (Type III) · "
              "Alford & Head 2017: wicked / very wicked",
        "en": "Rittel & Webber 1973: wicked · Horn 2001: social mess · Roberts 2000: Type 3 · "
              "Conklin 2005: wicked × social complexity · Heifetz 1994: adaptive (Type III) · "
              "Alford & Head 2017: wicked / very wicked",
    },
    "problems.type.social_mess.example": {
        "th": "ปัญหาที่ผู้เกี่ยวข้องจำนวนมากเถียงกันแม้แต่นิยามของปัญหา",
        "en": "a problem whose very definition many actors dispute",
    },
}


def _question(qid: str, text_th: str, text_en: str, options_th: tuple[str, str, str],
              options_en: tuple[str, str, str], help_th: str, help_en: str,
              source: str) -> dict[str, dict[str, str]]:
    entries = {
        f"problems.q.{qid}.text": {"th": text_th, "en": text_en},
        f"problems.q.{qid}.help": {"th": help_th, "en": help_en},
        f"problems.q.{qid}.source": {"th": source, "en": source},
    }
    for value in range(3):
        entries[f"problems.q.{qid}.{value}"] = {"th": options_th[value], "en": options_en[value]}
    return entries


_QUESTIONS: dict[str, dict[str, str]] = {
    **_question(
        "K1",
        "ก่อนลงมือ รู้หรือไม่ว่าอะไรเป็นเหตุ อะไรเป็นผล",
        "Before acting, is it understood what causes what?",
        ("ไม่ชัด", "รู้บางส่วน", "รู้ชัด"), ("Unclear", "Partly", "Understood"),
        "0 = เหตุและผลเห็นได้ก็ต่อเมื่อเกิดไปแล้ว (ถ้าเห็น) · 2 = รู้ล่วงหน้าว่าทำอะไรแล้วจะเกิดอะไร",
        "0 = cause and effect show only afterwards, if at all · 2 = we know in advance what "
        "leads to what",
        "Snowden & Boone 2007 (Cynefin); Stacey 1996 (certainty)"),
    **_question(
        "K2",
        "มีขั้นตอนสำเร็จรูปที่พิสูจน์แล้ว ซึ่งคนทั่วไปทำตามได้หรือไม่",
        "Is there a proven step-by-step procedure that a non-specialist can follow?",
        ("ไม่มี", "มี แต่ต้องเป็นผู้เชี่ยวชาญ", "มี ใครก็ทำได้"),
        ("No procedure", "Specialists only", "Anyone can follow"),
        "0 = ไม่มีสูตร · 1 = มีวิธีที่ได้ผล แต่ต้องใช้ความรู้เฉพาะทาง · 2 = มีสูตรที่ทำตามได้เลย",
        "0 = no recipe · 1 = a method exists but needs specialist knowledge · 2 = a recipe "
        "anyone careful can follow",
        "Glouberman & Zimmerman 2002 (the role of the recipe)"),
    **_question(
        "K3",
        "ถ้าให้ผู้เชี่ยวชาญวิเคราะห์ จะออกแบบทางแก้ที่ได้ผลแน่นอนได้หรือไม่",
        "Could specialists, by analysis, design a solution that reliably works?",
        ("ไม่ได้", "ได้บางส่วน", "ได้"), ("No", "Partly", "Yes"),
        "0 = ความเชี่ยวชาญช่วยได้ แต่รับประกันผลไม่ได้ · 2 = มีความรู้พอ ออกแบบทางแก้ได้",
        "0 = expertise helps but cannot guarantee a result · 2 = with enough expertise a "
        "solution can be engineered",
        "Glouberman & Zimmerman 2002 (complicated); Snowden & Boone 2007 (complicated domain)"),
    **_question(
        "K4",
        "ทางแก้ที่ลองแล้ว ประเมินแล้ว นำไปทำซ้ำได้ผลคล้ายเดิมหรือไม่",
        "Can a solution be tried, evaluated and repeated with similar results?",
        ("แต่ละครั้งไม่เหมือนกัน", "บางครั้ง", "ทำซ้ำได้"),
        ("Every case unique", "Sometimes", "Repeatable"),
        "0 = ทุกกรณีไม่ซ้ำกัน ทุกครั้งที่ลองมีผลจริง · 2 = สำเร็จครั้งหนึ่งแล้วทำซ้ำได้",
        "0 = every case is unique and every attempt counts · 2 = one success can be "
        "replicated",
        "Rittel & Webber 1973 (characteristics 4, 5, 7); Glouberman & Zimmerman 2002 "
        "(replicability)"),
    **_question(
        "S1",
        "ผู้เกี่ยวข้องเห็นตรงกันหรือไม่ว่าปัญหาคืออะไร",
        "Do the people involved agree on what the problem is?",
        ("เถียงกันแม้แต่นิยาม", "เห็นตรงกันบางส่วน", "เห็นตรงกัน"),
        ("Contested", "Partly", "Agreed"),
        "0 = นิยามของปัญหาเองยังเป็นข้อโต้แย้ง · 2 = ทุกฝ่ายบรรยายปัญหาแบบเดียวกัน",
        "0 = the very definition of the problem is disputed · 2 = everyone describes the "
        "problem the same way",
        "Roberts 2000; Rittel & Webber 1973 (characteristics 1, 9); Horn 2001"),
    **_question(
        "S2",
        "ผู้เกี่ยวข้องเห็นตรงกันเรื่องเป้าหมาย คุณค่า และทางแก้ที่ยอมรับได้หรือไม่",
        "Do they agree on the goals, values and acceptable solutions?",
        ("ขัดแย้งกัน", "เห็นตรงกันบางส่วน", "เห็นตรงกัน"), ("Conflict", "Partly", "Agreed"),
        "0 = คุณค่าหรือผลประโยชน์ขัดกัน · 2 = เห็นพ้องทั้งเป้าหมายและวิธีการ",
        "0 = values or interests conflict · 2 = agreement on both the goal and the means",
        "Stacey 1996 (agreement); Kahane 2004 (social complexity); Alford & Head 2017 "
        "(interests)"),
    **_question(
        "S3",
        "ต้องมีผู้เกี่ยวข้องที่เป็นอิสระต่อกันกี่ฝ่าย ลงมือหรือเปลี่ยนแปลง ปัญหาจึงจะคลี่คลาย",
        "How many independent actors must act or change for the problem to be solved?",
        ("ฝ่ายเดียว", "ไม่กี่ฝ่าย", "หลายฝ่าย"), ("One", "A few", "Many"),
        "0 = ผู้รับผิดชอบฝ่ายเดียวทำได้ · 1 = สองสามฝ่าย · 2 = หลายฝ่ายที่ไม่มีใครสั่งใครได้",
        "0 = one owner can do it · 1 = two or three parties · 2 = many parties, none of whom "
        "can command the others",
        "Jones 2011 (distributed capacities); Alford & Head 2017 (actors)"),
    **_question(
        "L1",
        "ปัญหานี้พันอยู่กับปัญหาอื่น หรือเป็นอาการของปัญหาอื่นหรือไม่",
        "Is the problem tangled with other problems, or a symptom of them?",
        ("แยกเป็นเอกเทศ", "บ้าง", "พันกันมาก"), ("Stands alone", "Somewhat", "Tangled"),
        "0 = แก้ได้โดยไม่กระทบเรื่องอื่น · 2 = ดึงเส้นหนึ่ง เส้นอื่นขยับตาม",
        "0 = it can be solved without touching anything else · 2 = pull one thread and others "
        "move",
        "Rittel & Webber 1973 (characteristic 8); Horn 2001 (social mess)"),
    **_question(
        "L2",
        "เหตุกับผลอยู่ห่างกันทั้งเวลาและสถานที่หรือไม่",
        "Are cause and effect far apart in time or place?",
        ("ใกล้กัน", "ห่างบ้าง", "ห่างกันมาก"), ("Close", "Somewhat", "Far apart"),
        "0 = เห็นผลเร็วและในที่เดียวกัน · 2 = ผลปรากฏอีกนานหรือในที่อื่น",
        "0 = effects show quickly and nearby · 2 = effects appear much later or elsewhere",
        "Kahane 2004 (dynamic complexity)"),
}

_LEVELS = {
    "knowledge": {
        "low": ("ความรู้และความแน่นอนต่ำ ({score}): เหตุและผลไม่ชัด แต่ละครั้งไม่เหมือนกัน "
                "ไม่มีใครออกแบบทางแก้ที่แน่นอนได้",
                "Knowledge and certainty are low ({score}): cause and effect are unclear, every "
                "attempt is different, and nobody can engineer a sure solution."),
        "medium": ("ความรู้และความแน่นอนปานกลาง ({score}): รู้บางส่วน แต่ผลยังทำซ้ำไม่ได้แน่นอน",
                   "Knowledge and certainty are medium ({score}): part of the know-how exists, "
                   "but results are not reliably repeatable."),
        "high": ("ความรู้และความแน่นอนสูง ({score}): รู้ว่าอะไรเป็นเหตุเป็นผล "
                 "ออกแบบทางแก้และทำซ้ำได้",
                 "Knowledge and certainty are high ({score}): cause and effect are understood "
                 "and a solution can be designed and repeated."),
    },
    "agreement": {
        "low": ("ความเห็นพ้องต่ำ ({score}): ผู้เกี่ยวข้องไม่เห็นตรงกันว่าปัญหาคืออะไรหรือควรทำอะไร",
                "Agreement is low ({score}): the people involved disagree about what the "
                "problem is or what should be done."),
        "medium": ("ความเห็นพ้องปานกลาง ({score}): มีทิศทางร่วมกันบ้าง แต่ยังมีจุดที่เห็นต่าง",
                   "Agreement is medium ({score}): there is some shared direction, with points "
                   "of disagreement."),
        "high": ("ความเห็นพ้องสูง ({score}): ผู้เกี่ยวข้องส่วนใหญ่เห็นตรงกันทั้งตัวปัญหาและเป้าหมาย",
                 "Agreement is high ({score}): people broadly agree on the problem and the "
                 "goal."),
    },
    "actors": {
        "low": ("ผู้ที่ต้องลงมือมีฝ่ายเดียว ({score})",
                "One actor can act alone ({score})."),
        "medium": ("ต้องมีผู้ลงมือไม่กี่ฝ่ายประสานกัน ({score})",
                   "A few actors must act together ({score})."),
        "high": ("ต้องมีผู้ลงมือหลายฝ่ายที่ไม่มีใครสั่งใครได้ ({score})",
                 "Many independent actors must act ({score})."),
    },
    "linkage": {
        "low": ("ปัญหาแยกเป็นเอกเทศ และเห็นผลเร็ว ({score})",
                "The problem stands alone and effects show quickly ({score})."),
        "medium": ("ปัญหาเกี่ยวพันกับเรื่องอื่นอยู่บ้าง หรือผลปรากฏช้า ({score})",
                   "The problem is partly tangled with others, or effects show late "
                   "({score})."),
        "high": ("ปัญหาพันอยู่กับปัญหาอื่น และเหตุกับผลอยู่ห่างกัน ({score})",
                 "The problem is tangled with others and cause and effect are far apart "
                 "({score})."),
    },
}

_REASONS: dict[str, dict[str, str]] = {
    f"problems.reason.{dim}.{level}": {"th": th, "en": en}
    for dim, levels in _LEVELS.items() for level, (th, en) in levels.items()
}
_REASONS.update({
    "problems.dimension.knowledge": {"th": "ความรู้และความแน่นอน", "en": "knowledge and certainty"},
    "problems.dimension.agreement": {"th": "ความเห็นพ้อง", "en": "agreement"},
    "problems.dimension.actors": {"th": "จำนวนผู้ที่ต้องลงมือ", "en": "actors who must act"},
    "problems.dimension.linkage": {"th": "ความพัวพันกับปัญหาอื่น", "en": "entanglement"},
    "problems.reason.closest": {
        "th": "คำตอบของคุณใกล้กับลักษณะของ{type}มากที่สุด (เข้ากัน {fit}) "
              "รองลงมาคือ{runner_up} ({runner_fit})",
        "en": "Your answers are closest to the profile of a {type} (fit {fit}); next comes a "
              "{runner_up} ({runner_fit}).",
    },
    "problems.reason.profile_only": {
        "th": "ถ้าดูจากลักษณะอย่างเดียว ใกล้ที่สุดคือ{type} ({fit}) รองลงมาคือ{runner_up} ({runner_fit})",
        "en": "Judged by the profiles alone, the nearest is a {type} ({fit}), then a "
              "{runner_up} ({runner_fit}).",
    },
    "problems.reason.decisive": {
        "th": "{qid} = {value} ({option}) เข้ากับ{type}มากกว่า{runner_up}",
        "en": "{qid} = {value} ({option}) fits a {type} better than a {runner_up}.",
    },
    "problems.reason.political": {
        "th": "รู้ทางแก้อยู่แล้ว แต่คุณค่าหรือผลประโยชน์ขัดกัน (Stacey เรียกว่าเขต political; "
              "Alford & Head เรียกว่า politically complex) ปัญหาสี่ประเภทไม่มีช่องสำหรับกรณีนี้โดยตรง: "
              "ให้ผู้เชี่ยวชาญดูแลส่วนที่เป็นเทคนิค และใช้การพูดคุยระหว่างผู้มีส่วนได้ส่วนเสียกับส่วนที่ขัดแย้ง",
        "en": "A solution is known, but values or interests conflict (Stacey's 'political' zone; "
              "Alford & Head's 'politically complex'). The four types have no slot for this: "
              "let experts handle the technical part and dialogue among stakeholders the "
              "conflict.",
    },
    "problems.reason.political_deep": {
        "th": "ความขัดแย้งลึกถึงขั้นนิยามของปัญหา จึงจัดเป็นปัญหายุ่งยากเชิงสังคม",
        "en": "The conflict reaches the definition of the problem itself, so it is typed as a "
              "social mess.",
    },
    "problems.reason.political_agreed": {
        "th": "ผู้เกี่ยวข้องยังเห็นตรงกันว่าปัญหาคืออะไร จึงจัดเป็นปัญหาเชิงเทคนิคที่มีความขัดแย้งต้องจัดการ",
        "en": "People still agree on what the problem is, so it is typed as a technical problem "
              "with a conflict to manage.",
    },
    "problems.reason.close": {
        "th": "กรณีนี้อยู่ใกล้เส้นแบ่งระหว่าง{type}กับ{runner_up}: ลองมองจากทั้งสองด้าน "
              "หรือแยกปัญหาออกเป็นส่วนย่อย (Snowden & Boone 2007)",
        "en": "This case lies near the border between a {type} and a {runner_up}: look at it "
              "from both sides, or split the problem into parts (Snowden & Boone 2007).",
    },
    "problems.summary.plain": {
        "th": "{type} (รองลงมา: {runner_up})",
        "en": "{type} (runner-up: {runner_up})",
    },
    "problems.summary.boundary": {
        "th": "{type} — กรณีก้ำกึ่ง ใกล้กับ{runner_up}",
        "en": "{type} — a boundary case, close to a {runner_up}",
    },
})

_ERRORS: dict[str, dict[str, str]] = {
    "problems.error.header": {
        "th": "จัดประเภทปัญหาไม่ได้:",
        "en": "Cannot type this problem:",
    },
    "problems.error.not_mapping": {
        "th": "คำตอบต้องเป็น dict จากรหัสคำถามไปยัง 0, 1 หรือ 2 เช่น {{\"K1\": 2, \"K2\": 0, ...}} "
              "แต่ได้รับ {got}",
        "en": "The answers must be a dict from question id to 0, 1 or 2, such as "
              "{{\"K1\": 2, \"K2\": 0, ...}}; got {got}.",
    },
    "problems.error.unknown": {
        "th": "ไม่มีคำถามรหัส {key} รหัสที่ใช้ได้: {allowed}",
        "en": "There is no question {key}; allowed ids: {allowed}.",
    },
    "problems.error.suggest": {"th": " (หมายถึง {suggestion} หรือไม่)",
                               "en": " (did you mean {suggestion}?)"},
    "problems.error.missing": {
        "th": "ยังไม่ได้ตอบ {ids} ต้องตอบครบทุกข้อ: {allowed}",
        "en": "No answer for {ids}; every question must be answered: {allowed}.",
    },
    "problems.error.none": {
        "th": "{qid} ยังไม่มีคำตอบ (None) ใช้ได้: 0, 1 หรือ 2",
        "en": "{qid} has no answer (None); allowed: 0, 1 or 2.",
    },
    "problems.error.type": {
        "th": "{qid}: {value} เป็นชนิด {kind} ไม่ใช่ตัวเลขจำนวนเต็ม ใช้ได้: 0, 1 หรือ 2",
        "en": "{qid}: {value} is a {kind}, not a whole number; allowed: 0, 1 or 2.",
    },
    "problems.error.value": {
        "th": "{qid}: {value} ใช้เป็นคำตอบไม่ได้ ใช้ได้: 0, 1 หรือ 2",
        "en": "{qid}: {value} is not an allowed answer; allowed: 0, 1 or 2.",
    },
    "problems.error.columns": {
        "th": "ตารางไม่มีคอลัมน์คำตอบ {columns}",
        "en": "The table has no answer column {columns}.",
    },
    "problems.error.row": {
        "th": "แถว {row}:",
        "en": "Row {row}:",
    },
    "problems.error.unknown_type": {
        "th": "{value} ไม่ใช่ประเภทของปัญหา ใช้ได้: {allowed}",
        "en": "{value} is not a problem type; allowed: {allowed}.",
    },
}

MESSAGES: dict[str, dict[str, str]] = {**_TYPES, **_QUESTIONS, **_REASONS, **_ERRORS}
