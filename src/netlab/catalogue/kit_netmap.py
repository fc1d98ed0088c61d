"""Catalogue: the paper Net-Map kit of the workshop kit (``netlab kit``): actor cards, the tie
legend with influence towers and goals, and the facilitator's script.

The method is Net-Map (Schiffer & Hauck 2010; the Net-Map toolbox, Schiffer 2007; see
../shared/domain.md §4.1): who is involved, how they are linked, their goals, their influence
towers, then a discussion. Tie types, goals, sectors, levels and the builder's field names come
from the mapping catalogue, so paper, chart and map builder use the same words. Written for this
course; nothing is quoted.
"""

from netlab.plurals import plural

_TIES: dict[str, dict[str, str]] = {
    "kit.netmap.tie.money": {
        "th": "ฝ่ายหนึ่งให้เงิน ทุน หรืองบประมาณแก่อีกฝ่าย ถามว่า \"ใครให้เงินใครบ้าง\"",
        "en": "One gives the other money, a grant or a budget. Ask: \"Who gives money to "
              "whom?\""},
    "kit.netmap.tie.information": {
        "th": "บอกข่าว ส่งข้อมูล หรือให้คำปรึกษา ถามว่า \"ใครบอกข่าวหรือส่งข้อมูลให้ใครบ้าง\"",
        "en": "One passes news, data or advice to the other. Ask: \"Who tells whom, or sends "
              "them information?\""},
    "kit.netmap.tie.support": {
        "th": "ช่วยด้วยแรงคน สิ่งของ ความรู้ หรือกำลังใจ ที่ไม่ใช่เงิน ถามว่า \"ใครช่วยใครบ้าง\"",
        "en": "Help other than money: hands, things, know-how or encouragement. Ask: \"Who "
              "helps whom?\""},
    "kit.netmap.tie.command": {
        "th": "ฝ่ายหนึ่งสั่งงานหรือกำกับอีกฝ่ายได้ เช่น หน่วยงานต้นสังกัดกับหน่วยในสังกัด "
              "ถามว่า \"ใครสั่งงานใครได้บ้าง\"",
        "en": "One can give the other orders, like a head office and its branch. Ask: \"Who "
              "can tell whom what to do?\""},
    "kit.netmap.tie.conflict": {
        "th": "สองฝ่ายเห็นต่าง ขัดขวาง หรือกระทบกระทั่งกัน ถามว่า \"ใครขัดแย้งกับใคร "
              "หรือขวางงานของใครบ้าง\"",
        "en": "The two are at odds, or one gets in the other's way. Ask: \"Who is in conflict "
              "with whom, or blocks whose work?\""},
}

_GOALS: dict[str, dict[str, str]] = {
    "kit.netmap.goal.supports": {"th": "อยากให้เป้าหมายของกลุ่มเกิดขึ้น",
                                 "en": "wants the group's aim to happen"},
    "kit.netmap.goal.neutral": {"th": "ไม่เอียงไปทางไหน หรือยังไม่สนใจเรื่องนี้",
                                "en": "leans neither way, or does not care about it yet"},
    "kit.netmap.goal.opposes": {
        "th": "ไม่เห็นด้วยกับเป้าหมายหรือวิธีทำงาน (ไม่ได้แปลว่าเป็นศัตรู)",
        "en": "disagrees with the aim or the way of working (not an enemy)"},
}

_PAGES: dict[str, dict[str, str]] = {
    "kit.netmap.title": {"th": "ชุด Net-Map บนกระดาษ", "en": "The paper Net-Map kit"},
    "kit.netmap.source": {
        "th": "ที่มา: วิธี Net-Map ของ Schiffer & Hauck (2010) วารสาร Field Methods 22(3) "
              "และคู่มือ Net-Map Toolbox (Schiffer, 2007) ปรับให้ตรงกับตัวสร้างแผนที่และแผนภาพ "
              "ในสมุดแบบฝึก 06 (สีของเส้นโยง ช่องที่ต้องกรอก และหอคอยสูง 0 ถึง 5)",
        "en": "Source: Net-Map, Schiffer & Hauck (2010), Field Methods 22(3), and the Net-Map "
              "Toolbox manual (Schiffer, 2007), adapted to the map builder and chart of "
              "workbook 06 (tie colours, fields, towers of 0 to 5)."},
    # The actor cards.
    "kit.netmap.cards.title": {"th": "บัตรภาคี {first}–{last}",
                               "en": "Actor cards {first}–{last}"},
    "kit.netmap.cards.lede": {
        "th": "ตัดตามเส้นประ ภาคีหนึ่งรายใช้บัตรหนึ่งใบ ขั้นที่ 1 เขียนชื่อ ภาคส่วน และวงกลมระดับ "
              "ขั้นที่ 3 และ 4 วงกลมเป้าหมายและความสูงของหอคอย รหัสที่มุมบัตรคือ id "
              "ของภาคีในตัวสร้างแผนที่ ใช้ตามที่พิมพ์ไว้ ไม่ต้องเปลี่ยน",
        "en": "Cut along the dashed lines; one card per actor. In step 1 write the name and "
              "sector and circle the level; in steps 3 and 4 circle the goal and the tower's "
              "height. The code in the corner is the actor's id in the map builder: keep it "
              "as printed."},
    # The legend: ties, towers, goals, and the builder.
    "kit.netmap.legend.title": {"th": "เส้นโยง 5 ชนิด หอคอยอิทธิพล และเป้าหมาย",
                                "en": "The five tie types, influence towers and goals"},
    "kit.netmap.legend.lede": {
        "th": "ใช้ปากกาตามสีในตารางนี้ เป็นสีเดียวกับเส้นโยงในแผนภาพของสมุดแบบฝึก 06 "
              "เมื่อพิมพ์แผนที่ลงคอมพิวเตอร์แล้ว ภาพบนจอจึงมีสีตรงกับบนกระดาษ",
        "en": "Use pens in the colours of this table. They are the colours of the ties in "
              "workbook 06's chart, so once the map is typed in, the screen matches the paper."},
    "kit.netmap.legend.line": {"th": "เส้น", "en": "Line"},
    "kit.netmap.legend.meaning": {"th": "หมายถึงอะไร และถามอย่างไร",
                                  "en": "What it means, and what to ask"},
    "kit.netmap.draw.title": {"th": "วาดเส้นโยงอย่างไร", "en": "How to draw a tie"},
    "kit.netmap.draw.one_way": {
        "th": "ทางเดียว: ลากเส้นจากบัตรของผู้ให้ไปบัตรของผู้รับ ใส่หัวลูกศรที่ฝั่งผู้รับ "
              "เช่น กองทุนให้เงินชมรม หัวลูกศรชี้ที่ชมรม",
        "en": "One way: draw the line from the giver's card to the receiver's, with the "
              "arrowhead at the receiver: a fund giving money to a club points at the club."},
    "kit.netmap.draw.both_ways": {
        "th": "สองทาง: ถ้าต่างฝ่ายต่างให้กัน เช่น แลกข่าวกัน ใส่หัวลูกศรทั้งสองปลาย",
        "en": "Both ways: when each gives to the other, e.g. they swap news, put an arrowhead "
              "at both ends."},
    "kit.netmap.draw.more": {
        "th": "ถ้าสองฝ่ายเชื่อมกันมากกว่าหนึ่งเรื่อง ลากอีกเส้นด้วยสีของชนิดนั้น "
              "หนึ่งชนิดหนึ่งเส้น",
        "en": "If two actors are linked in more than one way, draw another line in that "
              "type's colour: one line per type."},
    "kit.netmap.draw.strong": {
        "th": "เส้นไหนแน่นเป็นพิเศษ ลากทับให้หนาขึ้นได้ (น้ำหนัก 2 หรือ 3) ไม่ทำก็ได้",
        "en": "A tie that is especially strong may be drawn over to make it thicker (weight 2 "
              "or 3). This is optional."},
    "kit.netmap.towers.title": {"th": "หอคอยอิทธิพล", "en": "Influence towers"},
    "kit.netmap.towers.text": {
        "th": "ใช้เหรียญ ฝาขวด หรือหมากฮอส วางซ้อนกันข้างบัตรแต่ละใบ หอคอยยิ่งสูง "
              "ภาคีนั้นยิ่งมีอิทธิพลต่อเรื่องที่กลุ่มถามมาก ภาคีที่ไม่มีอิทธิพลเลยไม่ต้องวาง (0) "
              "หอคอยสูงเท่ากันได้ ให้แต่ละรายไม่เกิน 5 ชิ้น เพราะตัวสร้างแผนที่รับค่า 0 ถึง 5",
        "en": "Stack coins, bottle caps or checkers beside each card. The taller the tower, "
              "the more that actor can influence the group's question. An actor with no "
              "influence gets none (0). Towers may be the same height. Give each actor at "
              "most five, since the map builder takes 0 to 5."},
    "kit.netmap.goals.title": {"th": "เป้าหมาย", "en": "Goals"},
    "kit.netmap.goals.text": {
        "th": "เขียนเครื่องหมายไว้ข้างบัตร และวงกลมบนบัตรด้วย",
        "en": "Write the mark beside the card, and circle it on the card too."},
    "kit.netmap.builder.title": {"th": "อะไรใส่ช่องไหน", "en": "What goes where"},
    "kit.netmap.builder.lede": {
        "th": "เปิดสมุดแบบฝึก 06 แล้วรัน {call} โดยใส่ชื่อแผนที่ของกลุ่มแทน group_a "
              "พิมพ์บัตรภาคีให้ครบทุกใบก่อน แล้วจึงพิมพ์เส้นโยงทีละแถวจากรายการด้านล่าง",
        "en": "Open workbook 06 and run {call}, with the group's map name instead of "
              "group_a. Type in every card first, then the ties, row by row from the list "
              "below."},
    "kit.netmap.builder.paper": {"th": "บนกระดาษ", "en": "On paper"},
    "kit.netmap.builder.field": {"th": "ช่องในตัวสร้างแผนที่", "en": "Builder field"},
    "kit.netmap.builder.value": {"th": "พิมพ์อะไร", "en": "What to type"},
    "kit.netmap.builder.paper.id": {"th": "รหัสที่มุมบัตร", "en": "The code in the corner"},
    "kit.netmap.builder.value.id": {"th": "ตามที่พิมพ์ไว้ เช่น A1",
                                    "en": "As printed, e.g. A1"},
    "kit.netmap.builder.value.name": {"th": "ตามที่เขียนบนบัตร", "en": "As written"},
    "kit.netmap.builder.value.sector": {
        "th": "ตามที่เขียน ใช้คำเดียวกันทุกใบ เช่น {examples}",
        "en": "As written, the same word on every card, e.g. {examples}"},
    "kit.netmap.builder.value.level": {"th": "เลือกคำที่วงกลมไว้จากรายการ",
                                       "en": "Pick the circled word from the list"},
    "kit.netmap.builder.paper.influence": {"th": "จำนวนชิ้นในหอคอย",
                                           "en": "Counters in the tower"},
    "kit.netmap.builder.value.influence": {"th": "ตัวเลข 0 ถึง 5", "en": "A number, 0 to 5"},
    "kit.netmap.builder.paper.goal": {"th": "เครื่องหมาย + / 0 / −",
                                      "en": "The + / 0 / − mark"},
    "kit.netmap.builder.value.goal": {"th": "เลือก {goals}", "en": "Pick {goals}"},
    "kit.netmap.builder.paper.ends": {"th": "บัตรที่ปลายทั้งสองของเส้น",
                                      "en": "The cards at the two ends of a line"},
    "kit.netmap.builder.value.ends": {
        "th": "รหัสของบัตร ถ้ามีหัวลูกศรปลายเดียว \"จาก\" คือฝั่งหาง \"ถึง\" คือฝั่งหัวลูกศร",
        "en": "The cards' codes; with one arrowhead, \"from\" is the tail and \"to\" the head"},
    "kit.netmap.builder.paper.type": {"th": "สีของเส้น", "en": "The line's colour"},
    "kit.netmap.builder.value.type": {"th": "ชนิดของสีนั้นตามตารางข้างบน",
                                      "en": "That colour's type in the table above"},
    "kit.netmap.builder.paper.directed": {"th": "หัวลูกศร", "en": "Arrowheads"},
    "kit.netmap.builder.value.directed": {
        "th": "ติ๊ก ถ้ามีหัวลูกศรปลายเดียว ไม่ติ๊ก ถ้ามีสองปลาย",
        "en": "Ticked for one arrowhead, unticked for two"},
    "kit.netmap.builder.paper.weight": {"th": "เส้นที่ลากทับให้หนา", "en": "A thickened line"},
    "kit.netmap.builder.value.weight": {"th": "1 ถึง 3 เส้นธรรมดาใช้ 1",
                                        "en": "1 to 3; an ordinary line is 1"},
}

_SCRIPT: dict[str, dict[str, str]] = {
    "kit.netmap.script.title": {
        "th": "บทของวิทยากร: วาดแผนที่ Net-Map ด้วยกัน (ประมาณ {minutes} นาที)",
        "en": plural("minutes",
                     one="Facilitator's script: drawing a Net-Map together (about {minutes} "
                         "minute)",
                     other="Facilitator's script: drawing a Net-Map together (about {minutes} "
                           "minutes)")},
    "kit.netmap.script.who": {
        "th": "ทำเป็นกลุ่ม 3–6 คน คนหนึ่งเป็นวิทยากรกลุ่ม คอยถามและคุมเวลา คนหนึ่งเป็นผู้จด "
              "เขียนบัตรและจดสิ่งที่กลุ่มพูด ที่เหลือช่วยกันวาดแผนที่ หรือกลุ่มจะสัมภาษณ์"
              "ผู้ให้ข้อมูลหนึ่งคนที่รู้จักเครือข่ายดี แล้วคนอื่นฟังและช่วยจดก็ได้",
        "en": "Work in a group of 3–6. One person facilitates: asks the questions and keeps "
              "time. One takes notes: writes the cards and what the group says. The others "
              "draw the map together; or the group interviews one respondent who knows the "
              "network well, and the rest listen and help take notes."},
    "kit.netmap.script.materials": {
        "th": "สิ่งที่ต้องเตรียม: กระดาษแผ่นใหญ่ (A2 หรือกระดาษฟลิปชาร์ต) บัตรภาคีที่ตัดแล้ว "
              "ปากกา 5 สีตามตารางเส้นโยง เหรียญหรือฝาขวดราว 40 ชิ้น ดินสอ "
              "และโทรศัพท์ไว้ถ่ายรูปแผนที่",
        "en": "You need: a large sheet (A2 or flipchart paper), the actor cards cut out, pens "
              "in the five colours of the tie table, about 40 coins or bottle caps, a pencil, "
              "and a phone to photograph the map."},
    "kit.netmap.script.one_map": {
        "th": "หนึ่งกลุ่ม หนึ่งแผนที่: ทั้งกลุ่มวาดบนกระดาษแผ่นเดียวกัน ถ้าจะพิมพ์ลงตัวสร้างแผนที่ "
              "ให้คนเดียวเป็นคนพิมพ์ และตั้งชื่อแผนที่เป็นชื่อของกลุ่ม เช่น group_a "
              "แต่ละกลุ่มใช้ชื่อของตัวเอง ไม่ซ้ำกัน ถ้าไฟล์ชื่อนั้นถูกแก้จากที่อื่น "
              "ตัวสร้างแผนที่จะไม่บันทึกทับ มันจะแจ้งและเก็บสิ่งที่พิมพ์ไว้ให้",
        "en": "One group, one map: the whole group draws on the same sheet. If you type it "
              "into the map builder, one person types, under the group's own name, e.g. "
              "group_a, a different name for each group. If that name's files were changed "
              "from somewhere else, the builder will not save over them: it says so and keeps "
              "what was typed."},
    "kit.netmap.script.question": {
        "th": "คำถามของกลุ่ม: ใครบ้างที่มีอิทธิพลต่อการที่ {blank} จะเกิดขึ้นได้หรือไม่",
        "en": "Our question: who can influence whether {blank} happens?"},
    "kit.netmap.script.example": {
        "th": "ตัวอย่างเป้าหมาย: ผู้สูงอายุติดบ้านทุกคนในตำบลของเรามีคนดูแล",
        "en": "An example of an aim: every housebound older person in our sub-district has "
              "someone caring for them."},
    "kit.netmap.script.step": {"th": "ขั้น", "en": "Step"},
    "kit.netmap.script.do": {"th": "พูดและทำอะไร", "en": "What to say and do"},
    "kit.netmap.script.minutes": {"th": "นาที", "en": "Minutes"},
    "kit.netmap.script.total": {"th": "รวม", "en": "Total"},
    "kit.netmap.step.question.name": {"th": "ตั้งคำถาม", "en": "Set the question"},
    "kit.netmap.step.question.do": {
        "th": "อ่านคำถามให้กลุ่มฟัง ตกลงกันให้ได้ว่าเป้าหมายคืออะไรในหนึ่งประโยค "
              "แล้วเขียนไว้บนหัวกระดาษ ทุกขั้นต่อจากนี้ถามถึงเป้าหมายนี้",
        "en": "Read the question out. Agree on the aim in one sentence and write it at the "
              "top of the sheet: every step after this asks about that aim."},
    "kit.netmap.step.actors.name": {"th": "ใครเกี่ยวข้อง", "en": "Who is involved"},
    "kit.netmap.step.actors.do": {
        "th": "ถามว่า \"ใครเกี่ยวข้องกับเรื่องนี้บ้าง มีใครอีก\" เขียนบัตรหนึ่งใบต่อหนึ่งราย "
              "ใช้ชื่อองค์กร กลุ่ม หรือบทบาท แทนชื่อบุคคล เติมภาคส่วนและระดับ "
              "แล้ววางบัตรบนกระดาษ ใครทำงานใกล้ชิดกันก็วางไว้ใกล้กัน ก่อนไปขั้นต่อไป "
              "ถามอีกครั้งว่า \"ใครยังไม่มีบัตร เช่น คนที่ไม่เห็นด้วย หรือคนที่ไม่ค่อยมีเสียง\"",
        "en": "Ask: \"Who is involved in this? Who else?\" Write one card per actor, naming "
              "organisations, groups or roles rather than private individuals. Fill in sector "
              "and level and lay the card on the sheet, those who work closely together close "
              "together. Before moving on, ask once more: \"Who has no card yet: those who "
              "disagree, those seldom heard?\""},
    "kit.netmap.step.ties.name": {"th": "เชื่อมกันอย่างไร", "en": "How they are linked"},
    "kit.netmap.step.ties.do": {
        "th": "ไล่ทีละชนิดตามตารางเส้นโยง จับปากกาสีของชนิดนั้นสีเดียว แล้วถามทีละบัตร "
              "เช่น \"A1 ให้เงินใครบ้าง\" ลากเส้นจากผู้ให้ไปผู้รับ ถ้าต่างฝ่ายต่างให้กัน "
              "ใส่หัวลูกศรสองปลาย วาดสีหนึ่งให้เสร็จก่อนจึงเปลี่ยนสี",
        "en": "Take one type at a time, in the order of the tie table, holding only that "
              "type's pen. Ask card by card, e.g. \"Whom does A1 give money to?\" Draw from "
              "giver to receiver, with two arrowheads if each gives to the other. Finish one "
              "colour before you pick up the next."},
    "kit.netmap.step.goals.name": {"th": "เป้าหมาย", "en": "Goals"},
    "kit.netmap.step.goals.do": {
        "th": "ถามทีละบัตรว่า \"ภาคีนี้อยากให้ [เป้าหมาย] เกิดขึ้น เป็นกลาง หรือไม่เห็นด้วย\" "
              "เขียน + 0 หรือ − ไว้ข้างบัตร และวงกลมบนบัตร ถ้าในกลุ่มเห็นไม่ตรงกัน "
              "จดไว้ทั้งสองความเห็น",
        "en": "Card by card, ask: \"Does this actor want [the aim] to happen, is it neutral, "
              "or does it oppose it?\" Write +, 0 or − beside the card and circle it on the "
              "card. If the group disagrees, note both views."},
    "kit.netmap.step.towers.name": {"th": "หอคอยอิทธิพล", "en": "Influence towers"},
    "kit.netmap.step.towers.do": {
        "th": "ตกลงกันก่อนว่าอิทธิพลต่อเรื่องนี้หมายถึงอะไร เช่น ตัดสินใจได้ มีเงิน "
              "หรือคนเชื่อถือ แล้วถามทีละบัตรว่า \"ภาคีนี้มีผลต่อการที่ [เป้าหมาย] "
              "จะเกิดขึ้นได้มากแค่ไหน\" วางเหรียญ 0 ถึง 5 ชิ้น แล้วถามว่า \"ทำไม\" "
              "เมื่อครบทุกใบ วิทยากรกลุ่มเล่าภาพรวมให้ฟัง เช่น \"หอคอยที่สูงที่สุดคือ …\" "
              "ให้ทุกคนขอปรับได้ แล้วจึงวงกลมความสูงบนบัตร",
        "en": "First agree what influence on this issue means: can decide, holds money, is "
              "trusted … Then ask card by card: \"How strongly can this actor influence "
              "whether [the aim] happens?\" Stack 0 to 5 counters and ask \"Why?\" When every "
              "card has its tower, say the whole picture aloud (\"the tallest towers are "
              "…\"), let anyone ask to adjust, and only then circle each height on its card."},
    "kit.netmap.step.discuss.name": {"th": "คุยกันจากแผนที่", "en": "Discuss the map"},
    "kit.netmap.step.discuss.do": {
        "th": "ใช้คำถาม 5 ข้อในหน้าถัดไป ให้ทุกคนได้พูด ผู้จดเขียนคำตอบและก้าวต่อไปของกลุ่ม",
        "en": "Use the five questions on the next page. Let everyone speak; the note-taker "
              "writes down the answers and the group's next step."},
    "kit.netmap.script.care": {
        "th": "ไม่มีคำตอบผิด แผนที่คือสิ่งที่กลุ่มเห็นในวันนี้ แผนที่ที่บอกว่าใครไม่เห็นด้วย "
              "หรือใครขัดแย้งกับใคร เป็นเรื่องอ่อนไหว คิดให้ดีก่อนส่งต่อหรือนำขึ้นจอ",
        "en": "There are no wrong answers: the map is what the group sees today. A map that "
              "shows who opposes or clashes with whom is sensitive: think before you share it "
              "or put it on a screen."},
    # The discussion page.
    "kit.netmap.discuss.title": {"th": "ขั้นที่ 5: คุยกันจากแผนที่",
                                 "en": "Step 5: discussing the map"},
    "kit.netmap.discuss.lede": {
        "th": "ถามทีละข้อ ชี้บนแผนที่ไปด้วยขณะคุย ผู้จดเขียนคำตอบสั้นๆ ใต้แต่ละคำถาม",
        "en": "Ask one question at a time and point at the map as you talk; the note-taker "
              "writes short answers under each."},
    "kit.netmap.discuss.central": {
        "th": "ใครอยู่ตรงกลาง ใครมีเส้นโยงมากที่สุด ถ้าเขาหายไป ใครจะติดต่อกันไม่ได้",
        "en": "Who is central: who has the most lines? If they dropped out, who could no "
              "longer reach whom?"},
    "kit.netmap.discuss.bridge": {
        "th": "ใครเป็นสะพาน เชื่อมกลุ่มที่ปกติไม่ได้คุยกัน เช่น ระหว่างหมู่บ้านกับอำเภอ",
        "en": "Who bridges: who links groups that would not otherwise talk, such as the "
              "village and the district?"},
    "kit.netmap.discuss.missing": {
        "th": "ใครขาดไป หรืออยู่โดดเดี่ยว ใครมีหอคอยสูงแต่ไม่มีเส้นโยงมาถึงเรา",
        "en": "Who is missing or alone? Who has a tall tower but no line to us?"},
    "kit.netmap.discuss.conflict": {
        "th": "ความขัดแย้งอยู่ตรงไหน เส้นความขัดแย้งอยู่ระหว่างใคร ใครมีหอคอยสูงแต่ไม่เห็นด้วย (−)",
        "en": "Where are the conflicts: between whom do the conflict lines run? Who has a "
              "tall tower and a −?"},
    "kit.netmap.discuss.next": {
        "th": "เราจะทำอะไรต่อ เลือกหนึ่งก้าว ใครทำ ทำอะไร เสร็จเมื่อไร",
        "en": "What will we do next? Choose one step: who does what, by when?"},
    # After the session: into the map builder.
    "kit.netmap.after.title": {"th": "หลังจบกลุ่ม: พิมพ์แผนที่ลงตัวสร้างแผนที่",
                               "en": "After the session: typing the map into the builder"},
    "kit.netmap.after.photo": {
        "th": "ถ่ายรูปแผนที่ทั้งแผ่นจากด้านบน ให้เห็นหอคอยและเครื่องหมายชัด",
        "en": "Photograph the whole sheet from above, with the towers and marks in view."},
    "kit.netmap.after.keep": {
        "th": "เก็บบัตรและกระดาษไว้ในซองที่เขียนชื่อกลุ่ม",
        "en": "Keep the cards and the sheet in an envelope marked with the group's name."},
    "kit.netmap.after.name": {
        "th": "ชื่อแผนที่ของกลุ่ม (ใช้ชื่อนี้ทุกครั้งที่เปิดตัวสร้างแผนที่):",
        "en": "The group's map name (use it every time you open the builder):"},
    "kit.netmap.record.title": {"th": "รายการเส้นโยง", "en": "The ties, one per row"},
    "kit.netmap.record.lede": {
        "th": "ก่อนเก็บบัตรออกจากกระดาษ ผู้จดไล่ดูเส้นบนแผนที่ทีละเส้นแล้วจดไว้ที่นี่ "
              "แถวละหนึ่งเส้น คู่ที่โยงกันสองสีจดเป็นสองแถว ถ้าไม่พอ ต่อที่ด้านหลังกระดาษ",
        "en": "Before the cards come off the sheet, the note-taker lists the lines here, one "
              "per row; two actors linked in two colours take two rows. More on the back."},
}

MESSAGES: dict[str, dict[str, str]] = {**_TIES, **_GOALS, **_PAGES, **_SCRIPT}
