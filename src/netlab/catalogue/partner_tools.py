"""Catalogue: the AIIM lens, progress-marker levels, strategy-map cells and the reviews of
``netlab.partners`` (outcome challenges and strategy maps).

Written for this course from ../shared/domain.md §1.4-1.5 (Dyer 2014 on progress markers;
Mendizabal 2010 and Hearn 2014 on AIIM); nothing is quoted.
"""

from netlab.plurals import plural

_AIIM: dict[str, dict[str, str]] = {
    "partners.aiim.allies.name": {"th": "พันธมิตร", "en": "allies"},
    "partners.aiim.allies.advice": {
        "th": "เห็นด้วยและลงแรงอยู่แล้ว ทำงานใกล้ชิด สร้างพันธมิตรหรือชุมชนนักปฏิบัติ "
              "แต่อย่าถือว่าทุกคนในมุมนี้เป็นภาคีหุ้นส่วน",
        "en": "They agree and already invest: work closely, build an alliance or a community "
              "of practice. Do not assume everyone here is a boundary partner."},
    "partners.aiim.raise_interest.name": {"th": "เห็นด้วยแต่ยังไม่ลงแรง",
                                          "en": "aligned but not engaged"},
    "partners.aiim.raise_interest.advice": {
        "th": "ชวนให้เห็นว่าเรื่องนี้เกี่ยวกับเขา ให้ข้อมูล เปิดโอกาสให้มีส่วนร่วม",
        "en": "Show them why the issue matters to them, inform them, open ways to take part."},
    "partners.aiim.challenge.name": {"th": "สนใจมากแต่เห็นต่าง",
                                     "en": "engaged but not aligned"},
    "partners.aiim.challenge.advice": {
        "th": "เปิดวงคุย ฟังเหตุผล ท้าทายความเชื่อด้วยข้อมูลและประสบการณ์จริง "
              "ระวังไม่ให้กลายเป็นฝ่ายค้าน",
        "en": "Open a dialogue, listen, and challenge assumptions with evidence and real "
              "experience; take care they do not turn into opponents."},
    "partners.aiim.monitor.name": {"th": "จับตาดู", "en": "monitor"},
    "partners.aiim.monitor.advice": {
        "th": "ไม่ต้องลงแรงมากตอนนี้ ติดตามว่าท่าทีเปลี่ยนไปหรือไม่",
        "en": "Little effort for now; watch whether their stance changes."},
}

_LEVELS: dict[str, dict[str, str]] = {
    "partners.level.expect": {"th": "คาดว่าจะเห็น (expect to see)", "en": "expect to see"},
    "partners.level.like": {"th": "อยากเห็น (like to see)", "en": "like to see"},
    "partners.level.love": {"th": "ยินดีอย่างยิ่งถ้าได้เห็น (love to see)",
                            "en": "love to see"},
    "partners.strategy.target.I": {"th": "มุ่งที่ตัวภาคี", "en": "aimed at the partner"},
    "partners.strategy.target.E": {"th": "มุ่งที่สภาพแวดล้อมของภาคี",
                                   "en": "aimed at its environment"},
    "partners.strategy.type.causal": {"th": "เชิงเหตุ (causal)", "en": "causal"},
    "partners.strategy.type.persuasive": {"th": "เชิงโน้มน้าว (persuasive)",
                                          "en": "persuasive"},
    "partners.strategy.type.supportive": {"th": "เชิงเกื้อหนุน (supportive)",
                                          "en": "supportive"},
}

_REVIEW: dict[str, dict[str, str]] = {
    "partners.review.head": {"th": "ตรวจ{subject}", "en": "Review of {subject}"},
    "partners.review.outcome": {"th": "ผลลัพธ์ที่ท้าทาย", "en": "the outcome challenge"},
    "partners.review.outcome_of": {"th": "ผลลัพธ์ที่ท้าทายของ {partner}",
                                   "en": "the outcome challenge for {partner}"},
    "partners.review.strategy_of": {"th": "แผนที่กลยุทธ์ของ {partner}",
                                    "en": "the strategy map for {partner}"},
    "partners.review.malformed": {"th": "{error}", "en": "{error}"},
    "partners.review.complete": {
        "th": "ครบทั้งสามระดับ ไม่มีข้อซ้ำ รวม {count} ข้อ",
        "en": plural("count",
            one="All three levels are there with no duplicates: {count} marker in all.",
            other="All three levels are there with no duplicates: {count} markers in all.")},
    "partners.review.level_missing": {
        "th": "ยังไม่มีเครื่องหมายระดับ \"{level}\" ต้องมีอย่างน้อยหนึ่งข้อ",
        "en": "No \"{level}\" marker yet: write at least one."},
    "partners.review.count": {
        "th": "ระดับ \"{level}\" มี {count} ข้อ โดยทั่วไปมักใช้ {low}–{high} ข้อ "
              "(เป็นแนวทาง ไม่ใช่กฎ)",
        "en": plural("count",
            one="\"{level}\" has {count} marker; {low}–{high} is usual (a guide, not a rule).",
            other=("\"{level}\" has {count} markers; {low}–{high} is usual (a guide, not a "
                   "rule)."))},
    "partners.review.duplicate": {
        "th": "\"{marker}\" ซ้ำกับข้อในระดับ \"{first}\" (พบอีกครั้งในระดับ \"{level}\")",
        "en": "\"{marker}\" repeats a marker of \"{first}\" (again under \"{level}\")."},
    "partners.review.marker_is_challenge": {
        "th": "\"{marker}\" คือผลลัพธ์ที่ท้าทายทั้งข้อ เครื่องหมายควรเป็นก้าวย่อยระหว่างทาง",
        "en": "\"{marker}\" is the whole outcome challenge; markers should be steps on the way."},
    "partners.review.partner_not_named": {
        "th": "ผลลัพธ์ที่ท้าทายไม่ได้เอ่ยถึง {partner} เขียนให้ชัดว่าใครเปลี่ยน "
              "เช่น \"แผนงานตั้งใจจะเห็น [ภาคี] ที่...\"",
        "en": "The challenge does not name {partner}: say who changes, e.g. \"The programme "
              "intends to see [partner] who ...\"."},
    "partners.review.time_words": {
        "th": "\"{marker}\" ผูกกับเวลา เครื่องหมายแบ่งระดับตามความลึกของการเปลี่ยนแปลง "
              "ไม่ใช่ตามกำหนดเวลา",
        "en": "\"{marker}\" is tied to a date or duration; markers are graded by depth of "
              "change, not by time."},
    "partners.review.too_deep": {
        "th": "\"{marker}\" ฟังดูเป็นการเปลี่ยนแปลงลึก (ระดับยินดีอย่างยิ่ง) มากกว่าระดับคาดว่าจะเห็น "
              "(ดูจากถ้อยคำเท่านั้น คุณตัดสินเอง)",
        "en": "\"{marker}\" sounds like deep change (love to see) rather than expect to see "
              "(judged from the wording only; you decide)."},
    "partners.review.too_shallow": {
        "th": "\"{marker}\" ฟังดูเป็นการตอบรับขั้นแรก (ระดับคาดว่าจะเห็น) มากกว่าระดับยินดีอย่างยิ่ง "
              "(ดูจากถ้อยคำเท่านั้น คุณตัดสินเอง)",
        "en": "\"{marker}\" sounds like a first response (expect to see) rather than love to "
              "see (judged from the wording only; you decide)."},
    "partners.review.empty": {"th": "ยังไม่มีกลยุทธ์ในช่องใดเลย",
                              "en": "No strategy in any cell yet."},
    "partners.review.filled": {"th": "มีกลยุทธ์ {count} จาก 6 ช่อง ({cells})",
                               "en": "{count} of the 6 cells hold strategies ({cells})."},
    "partners.review.causal_only": {
        "th": "ทุกกลยุทธ์เป็นเชิงเหตุ (ช่อง 1): เป็นการส่งมอบของให้ แต่ไม่ได้สร้างความสามารถ"
              "ของภาคีเอง เพิ่มกลยุทธ์เชิงโน้มน้าว (2) หรือเชิงเกื้อหนุน (3)",
        "en": "Every strategy is causal (cells 1): the programme hands things over but does "
              "not build the partner's own capacity. Add persuasive (2) or supportive (3) "
              "strategies."},
    "partners.review.no_environment": {
        "th": "ยังไม่มีกลยุทธ์ที่มุ่งสภาพแวดล้อมของภาคี (E) เช่น กติกา เครือข่าย ข้อมูลรอบตัวเขา",
        "en": "No strategy aims at the partner's environment (E): rules, networks, "
              "information around it."},
    "partners.review.no_individual": {
        "th": "ยังไม่มีกลยุทธ์ที่มุ่งตัวภาคีโดยตรง (I)",
        "en": "No strategy aims at the partner itself (I)."},
}

MESSAGES: dict[str, dict[str, str]] = {**_AIIM, **_LEVELS, **_REVIEW}
