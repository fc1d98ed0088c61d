"""Catalogue texts: what a network is (origins, orientation, member links, tie kinds, checklists).

Written for this course from seed 004_ccf01575457a4d2f.txt (the three origins and their
examples, the four elements of successful networking, the techniques ให้ เกิด เพิ่ม ถูกคน, the
three kinds of member link, benefits, points to bear in mind), seed 001_8e630874275106d8.txt
(the three origins again), seed 000_6b8b68732bc63b13.txt (the LINK philosophy), seed
003_1728fab1958287cf.txt (horizontal and vertical networks, the Wawee case) and seed
002_ba065127673e7714.txt (online networks); international anchors from ../shared/domain.md
§3.3 (Kilduff & Tsai 2003; Cunningham et al. 2012; Provan & Kenis 2008; Szreter & Woolcock
2004; Woolcock 2001). The Thai three-way typology of origins was not found in a published
international source; the anchors are similar ideas, not the same ones. Nothing is quoted;
every sentence is paraphrased. Examples marked as invented were made up for teaching.
"""

_FOUNDATIONS: dict[str, dict[str, str]] = {
    # === origins (seeds 001, 004) ===========================================================
    # --- natural ----------------------------------------------------------------------------
    "foundations.origin.natural.name": {"th": "เครือข่ายที่เกิดขึ้นเองตามธรรมชาติ",
                                        "en": "natural network"},
    "foundations.origin.natural.short": {"th": "ประชาชนริเริ่มเอง", "en": "started by citizens"},
    "foundations.origin.natural.meaning": {
        "th": "ประชาชนที่เห็นปัญหาร่วมกันลงมือรวมตัวกันเองเพื่อแก้ปัญหา ภาคประชาชนเป็นแกนหลัก"
              "และตัดสินใจเรื่องต่างๆ เองเป็นส่วนใหญ่ ภาครัฐมีบทบาทน้อย เป็นเพียงผู้สนับสนุน"
              "และช่วยให้รวมตัวได้สะดวกขึ้น (เอกสารประกอบการบรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "Citizens who see a shared problem band together on their own to solve it. "
              "Community groups are the core and make most of the decisions; the state plays "
              "a small part, only supporting them and making it easier to organise "
              "(Networking lecture notes, n.d.)."},
    "foundations.origin.natural.signs": {
        "th": "คนในพื้นที่เริ่มกันเองจากปัญหาหรือความสนใจที่ตรงกัน ไม่มีใครสั่งให้ตั้ง "
              "และสมาชิกเป็นผู้ตัดสินใจ",
        "en": "Local people started it themselves out of a shared problem or concern; nobody "
              "told them to, and the members make the decisions."},
    "foundations.origin.natural.example": {
        "th": "คนในชุมชนเดียวกันที่เจอปัญหาเดียวกันตั้งชมรมทำกิจกรรมร่วมกันก่อน "
              "เมื่อสมาชิกมากขึ้นจึงขยายพื้นที่หรือเป้าหมายออกไป เครือข่ายแบบนี้ใช้เวลาก่อตัวนาน "
              "แต่เมื่อเกิดแล้วมักเข้มแข็งและยั่งยืน (สไลด์บรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "People from one community who face the same problem first form a club with "
              "shared activities, then widen their area or aims as more members join. Such "
              "networks take long to build but, once formed, tend to be strong and lasting "
              "(Networking slides, n.d.)."},
    "foundations.origin.natural.anchor": {
        "th": "คล้ายกับเครือข่ายแบบ serendipitous ของ Kilduff & Tsai (2003) ที่สมาชิกเลือก"
              "ผูกสัมพันธ์กันเองโดยไม่มีศูนย์กลางกำกับ และเครือข่ายที่ก่อตัวจากล่างขึ้นบน "
              "(organic, bottom-up) คล้ายกัน แต่ไม่ใช่สิ่งเดียวกัน",
        "en": "Similar to Kilduff & Tsai's (2003) serendipitous networks, where members "
              "choose their ties without central guidance, and to organic (bottom-up) "
              "networks; similar, not the same."},
    # --- organised --------------------------------------------------------------------------
    "foundations.origin.organised.name": {"th": "เครือข่ายจัดตั้ง", "en": "organised network"},
    "foundations.origin.organised.short": {"th": "รัฐเป็นผู้ริเริ่ม",
                                           "en": "started by the state"},
    "foundations.origin.organised.meaning": {
        "th": "ภาครัฐเป็นผู้ริเริ่ม กระตุ้นให้ประชาชนตระหนักและตื่นตัวต่อปัญหา แล้วผลักดัน"
              "ให้รวมตัวกัน ทิศทางงานมาจากนโยบายและกลไกของรัฐเป็นหลัก สมาชิกหลายคน"
              "ไม่ได้มีความต้องการหรือมุมมองตรงกันมาก่อน (สไลด์บรรยายการสร้างเครือข่าย, ไม่ระบุปี; "
              "เอกสารประกอบการบรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "The state starts it: it makes people aware of a problem, stirs their interest "
              "and pushes them to join together. The direction comes mainly from government "
              "policy and machinery, and many members did not share the same needs or views "
              "beforehand (Networking slides, n.d.; Networking lecture notes, n.d.)."},
    "foundations.origin.organised.signs": {
        "th": "มีหน่วยงานหรือโครงการของรัฐเป็นผู้ตั้งหรือเรียกคนมารวมตามเป้าหมายของนโยบาย "
              "มักทำงานเฉพาะกิจแล้วค่อยๆ เล็กลงหรือจางหายไป",
        "en": "A government agency or programme set it up or called people together around "
              "a policy aim; it often works as a temporary task force and then shrinks or "
              "fades."},
    "foundations.origin.organised.example": {
        "th": "ตัวอย่างในเอกสาร ได้แก่ มูลนิธิโครงการหลวง งานด้านการจราจร ชาวนาสันป่าตอง "
              "และแม่ค้าตลาดนัดหรือถนนคนเดิน (เอกสารประกอบการบรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "The lecture notes' examples include the Royal Project Foundation, traffic work, the "
              "rice farmers of San Pa Tong, and vendors at open-air markets or walking "
              "streets (Networking lecture notes, n.d.)."},
    "foundations.origin.organised.anchor": {
        "th": "คล้ายกับเครือข่ายแบบ goal-directed ของ Kilduff & Tsai (2003) ที่มีหน่วยประสาน"
              "เป็นผู้สร้างและจัดการ และเครือข่ายแบบสั่งการจากบนลงล่าง (mandated, top-down) "
              "ในแบบการกำกับดูแลของ Provan & Kenis (2008) มักเป็นแบบมีองค์กรนำ "
              "(lead organisation) คล้ายกัน แต่ไม่ใช่สิ่งเดียวกัน",
        "en": "Similar to Kilduff & Tsai's (2003) goal-directed networks, which a "
              "coordinating body builds and manages, and to mandated (top-down) networks; "
              "among Provan & Kenis's (2008) governance modes it is often led by a lead "
              "organisation. Similar, not the same."},
    # --- evolutionary -----------------------------------------------------------------------
    "foundations.origin.evolutionary.name": {"th": "เครือข่ายที่เกิดจากวิวัฒนาการ",
                                             "en": "evolutionary network"},
    "foundations.origin.evolutionary.short": {"th": "ค่อยๆ พัฒนาขึ้น", "en": "grows step by step"},
    "foundations.origin.evolutionary.meaning": {
        "th": "ไม่ได้เกิดเองล้วนๆ และไม่ได้ถูกจัดตั้งโดยตรง แต่ผสมกัน บุคคลหรือองค์กรมารวมกัน"
              "ด้วยจุดมุ่งหมายกว้างๆ ที่ยังไม่ชัด เพื่อหนุนกันและเรียนรู้ไปด้วยกัน หรือรวมตัว"
              "หลังได้ฟังหรือได้เห็นงานของเครือข่ายอื่น แล้วสมาชิกจึงตกลงผูกพันกันเป็นเครือข่าย "
              "การกระตุ้นและสนับสนุนจากภายนอกช่วยให้เติบโตได้ (สไลด์บรรยายการสร้างเครือข่าย, "
              "ไม่ระบุปี; เอกสารประกอบการบรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "Neither purely self-started nor directly set up, but a mix. People or "
              "organisations come together with broad, still unclear aims, to support and "
              "learn from each other, or after hearing about or seeing another network's "
              "work; the members then commit to each other as a network. Outside "
              "encouragement and support can help it grow (Networking slides, n.d.; Networking "
              "lecture notes, n.d.)."},
    "foundations.origin.evolutionary.signs": {
        "th": "เริ่มจากการมาพบกันด้วยเป้าหมายกว้างๆ เพื่อเรียนรู้ร่วมกัน หรือได้แรงบันดาลใจ"
              "จากงานของเครือข่ายอื่น แล้วเป้าหมายจึงค่อยชัดขึ้นทีหลัง",
        "en": "It began with people meeting around a broad aim to learn together, or being "
              "inspired by another network's work, and the purpose became clear only later."},
    "foundations.origin.evolutionary.example": {
        "th": "ตัวอย่างในเอกสาร ได้แก่ เครือข่ายเกษตรอินทรีย์ เครือข่ายผู้สูงอายุ "
              "และเครือข่ายโรงเรียนสร้างเสริมสุขภาพ (เอกสารประกอบการบรรยายการสร้างเครือข่าย, "
              "ไม่ระบุปี; สไลด์บรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "The examples in the sources include organic farming networks, networks of older "
              "people and health-promoting school networks (Networking lecture notes, n.d.; "
              "Networking slides, n.d.)."},
    "foundations.origin.evolutionary.anchor": {
        "th": "คล้ายกับเครือข่ายแบบผสม (hybrid) ระหว่างแบบบนลงล่างกับแบบล่างขึ้นบน "
              "(Cunningham et al. 2012) และ Provan & Kenis (2008) ชี้ว่ารูปแบบการกำกับดูแล"
              "ของเครือข่ายเปลี่ยนไปได้ตามเวลา คล้ายกัน แต่ไม่ใช่สิ่งเดียวกัน",
        "en": "Similar to hybrids of top-down and bottom-up networks (Cunningham et al. "
              "2012); Provan & Kenis (2008) also note that the way a network is governed can "
              "change over time. Similar, not the same."},
    # === orientation (seed 003) =============================================================
    # --- horizontal -------------------------------------------------------------------------
    "foundations.orientation.horizontal.name": {"th": "เครือข่ายแนวนอน (แนวราบ)",
                                                "en": "horizontal network"},
    "foundations.orientation.horizontal.short": {"th": "เท่าเทียม ประสานงานกัน",
                                                 "en": "equals who coordinate"},
    "foundations.orientation.horizontal.meaning": {
        "th": "เครือข่ายแนวนอน (horizontal network) สมาชิกสัมพันธ์กันอย่างเท่าเทียม "
              "เครือข่ายแนวนอนขนาดใหญ่มักมีแม่ข่าย (hub) กับลูกข่าย (member node) แม่ข่ายไม่ได้"
              "มีอำนาจเหนือลูกข่าย เพียงทำหน้าที่ประสานและจัดการอยู่ตรงกลาง ภาคีของ สสส. "
              "ส่วนใหญ่เป็นเครือข่ายแบบนี้ (รายงานการอบรมการสร้างและบริหารเครือข่ายทางสังคม, 2560)",
        "en": "Members relate to each other as equals. A large horizontal network often has "
              "a hub (แม่ข่าย) and member nodes (ลูกข่าย); the hub has no more power than the "
              "members and only coordinates and manages from the centre. Most ThaiHealth "
              "partner networks are of this kind (Social network workshop report, 2017)."},
    "foundations.orientation.horizontal.signs": {
        "th": "ไม่มีใครสั่งงานใครได้ ผู้ประสานงานนัดประชุมและส่งต่อข่าวสาร "
              "ส่วนเรื่องสำคัญตกลงกันเอง",
        "en": "Nobody can give orders to anyone else; the coordinator calls meetings and "
              "passes on news, and important matters are agreed together."},
    "foundations.orientation.horizontal.anchor": {
        "th": "คล้ายกับเส้นโยงแบบ bridging ที่เชื่อมกลุ่มที่ต่างกันในแนวนอน "
              "(Szreter & Woolcock 2004; Woolcock 2001) ส่วนเส้นโยงแบบ bonding "
              "ภายในกลุ่มที่คล้ายกันก็เป็นแนวนอนเช่นกัน",
        "en": "Similar to bridging ties, which link unlike groups horizontally (Szreter & "
              "Woolcock 2004; Woolcock 2001); bonding ties within similar groups are "
              "horizontal too."},
    # --- vertical ---------------------------------------------------------------------------
    "foundations.orientation.vertical.name": {"th": "เครือข่ายแนวตั้ง", "en": "vertical network"},
    "foundations.orientation.vertical.short": {"th": "มีสายการสั่งการ",
                                               "en": "a chain of authority"},
    "foundations.orientation.vertical.meaning": {
        "th": "เครือข่ายแนวตั้ง (vertical network) มีความสัมพันธ์เชิงอำนาจ บางฝ่ายสั่งการได้ "
              "ส่วนฝ่ายที่อยู่ล่างก็เรียกร้องบางอย่างจากฝ่ายบนได้ เอกสารเดียวกันเสนอให้ใช้"
              "เครือข่ายแนวตั้งช่วยหนุนเครือข่ายแนวนอน เพื่อลดข้อจำกัดของแนวนอน "
              "(รายงานการอบรมการสร้างและบริหารเครือข่ายทางสังคม, 2560)",
        "en": "There are power relations: some can give orders, and those below can claim "
              "things from those above. The same report suggests using vertical links to back "
              "up horizontal networks and ease their limits (Social network workshop report, "
              "2017)."},
    "foundations.orientation.vertical.signs": {
        "th": "มีลำดับขั้น เช่น กระทรวง จังหวัด อำเภอ ตำบล ฝ่ายบนสั่งงานหรือจัดสรรงบ "
              "ฝ่ายล่างรายงานขึ้นไปหรือยื่นขอสิ่งที่ต้องการ",
        "en": "There are ranks, such as ministry, province, district and sub-district: those "
              "above assign work or allocate budgets, and those below report up or ask for "
              "what they need."},
    "foundations.orientation.vertical.anchor": {
        "th": "คล้ายกับเส้นโยงแบบ linking คือความสัมพันธ์ที่ไว้ใจกันข้ามระดับอำนาจ"
              "ที่เห็นชัด เช่น กลุ่มในชุมชนกับหน่วยงานรัฐหรือแหล่งทุน "
              "(Szreter & Woolcock 2004; Woolcock 2001)",
        "en": "Similar to linking ties: trusting relations across clear differences of power "
              "or authority, such as a community group and a government agency or funder "
              "(Szreter & Woolcock 2004; Woolcock 2001)."},
    # === member links (seed 004) ============================================================
    "foundations.member_link.person_person.name": {
        "th": "การเชื่อมโยงระหว่างบุคคลกับบุคคล", "en": "person–person"},
    "foundations.member_link.person_person.meaning": {
        "th": "คนสองคนเชื่อมกันโดยตรงแบบหนึ่งต่อหนึ่ง (1:1) "
              "(เอกสารประกอบการบรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "Two people linked directly, one to one (1:1) (Networking lecture notes, n.d.)."},
    "foundations.member_link.person_person.example": {
        "th": "ตัวอย่างสมมุติเพื่อการเรียน: อาสาสมัครคนหนึ่งโทรปรึกษาพยาบาลที่ รพ.สต. "
              "ซึ่งรู้จักกันเป็นการส่วนตัว",
        "en": "Invented for teaching: a volunteer phones a nurse at the sub-district health "
              "centre (รพ.สต.) whom she knows personally."},
    "foundations.member_link.person_group.name": {
        "th": "การเชื่อมโยงระหว่างบุคคลกับกลุ่ม", "en": "person–group"},
    "foundations.member_link.person_group.meaning": {
        "th": "คนหนึ่งคนกับกลุ่มหนึ่งกลุ่ม เชื่อมได้ทั้งสองทาง คือคนเข้าหากลุ่ม "
              "หรือกลุ่มเข้าหาคน (เอกสารประกอบการบรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "One person and one group, linked either way: the person approaches the "
              "group, or the group approaches the person (Networking lecture notes, n.d.)."},
    "foundations.member_link.person_group.example": {
        "th": "ตัวอย่างสมมุติเพื่อการเรียน: แม่ของเด็กพิการคนหนึ่งขอเข้าร่วมกลุ่มผู้ปกครอง"
              "ในหมู่บ้าน หรือกลุ่มผู้ปกครองไปชวนครูในหมู่บ้านมาช่วยสอนเด็ก",
        "en": "Invented for teaching: a mother of a disabled child asks to join the village "
              "parents' group, or the parents' group invites a local teacher to help teach "
              "the children."},
    "foundations.member_link.group_group.name": {
        "th": "การเชื่อมโยงระหว่างกลุ่มกับกลุ่ม", "en": "group–group"},
    "foundations.member_link.group_group.meaning": {
        "th": "กลุ่มชวนกลุ่มมาร่วมกัน ทั้งกลุ่มเชื่อมกับอีกทั้งกลุ่ม "
              "(เอกสารประกอบการบรรยายการสร้างเครือข่าย, ไม่ระบุปี)",
        "en": "Groups invite other groups in, so a whole group links to another whole group "
              "(Networking lecture notes, n.d.)."},
    "foundations.member_link.group_group.example": {
        "th": "ในกรณีวาวี หน่วยงานภาคีหลายแห่งลงนามร่วมกันเป็นเครือข่าย แต่ละแห่งออกงบ "
              "ส่งคน และเข้าร่วมกิจกรรมด้วยตัวเอง "
              "(รายงานการอบรมการสร้างและบริหารเครือข่ายทางสังคม, 2560)",
        "en": "In the Wawee case, several partner agencies signed on together as a network, "
              "each paying its own share, sending staff and joining activities (Social network "
              "workshop report, 2017)."},
    # === tie kinds (Szreter & Woolcock 2004; Woolcock 2001) =================================
    "foundations.tie_kind.bonding.name": {"th": "เส้นโยงภายในกลุ่ม (bonding)",
                                          "en": "bonding tie"},
    "foundations.tie_kind.bonding.meaning": {
        "th": "เส้นโยงระหว่างคนหรือกลุ่มที่คล้ายกัน (Szreter & Woolcock 2004) "
              "ในแผนที่ของเรา คือเส้นที่เชื่อมภาคีที่อยู่ระดับ (level) เดียวกัน "
              "และภาคส่วน (sector) เดียวกัน",
        "en": "A tie between similar people or groups (Szreter & Woolcock 2004). In our map: "
              "a tie between actors at the same level and in the same sector."},
    "foundations.tie_kind.bonding.example": {
        "th": "ในเครือข่ายระดับตำบล: อาสาสมัครในหมู่บ้าน ↔ พ่อแม่ของเด็กพิการ "
              "ทั้งคู่อยู่ระดับชุมชนและภาคชุมชน",
        "en": "In a sub-district network: village volunteers ↔ parents of disabled "
              "children, both at community level and in the community sector."},
    "foundations.tie_kind.bridging.name": {"th": "เส้นโยงข้ามกลุ่ม (bridging)",
                                           "en": "bridging tie"},
    "foundations.tie_kind.bridging.meaning": {
        "th": "เส้นโยงที่เชื่อมกลุ่มที่ต่างกันในแนวนอน (Szreter & Woolcock 2004) "
              "ในแผนที่ของเรา คือเส้นที่เชื่อมภาคีระดับเดียวกันแต่ต่างภาคส่วน",
        "en": "A horizontal tie across unlike groups (Szreter & Woolcock 2004). In our map: "
              "a tie between actors at the same level but in different sectors."},
    "foundations.tie_kind.bridging.example": {
        "th": "ในเครือข่ายระดับตำบล: รพ.สต. ↔ โรงเรียนในตำบล ระดับตำบลทั้งคู่ "
              "แต่เป็นภาคสุขภาพกับภาคการศึกษา",
        "en": "In a sub-district network: the sub-district health centre ↔ the local "
              "school, both at sub-district level but in health and education."},
    "foundations.tie_kind.linking.name": {"th": "เส้นโยงข้ามระดับอำนาจ (linking)",
                                          "en": "linking tie"},
    "foundations.tie_kind.linking.meaning": {
        "th": "เส้นโยงที่ไว้ใจกันข้ามระดับอำนาจหรือหน้าที่ที่เห็นชัด เป็นแนวตั้ง "
              "(Szreter & Woolcock 2004) ในแผนที่ของเรา คือเส้นที่เชื่อมภาคีต่างระดับกัน",
        "en": "A trusting tie across clear differences of power or authority, i.e. a "
              "vertical tie (Szreter & Woolcock 2004). In our map: a tie between actors at "
              "different levels."},
    "foundations.tie_kind.linking.example": {
        "th": "ในเครือข่ายระดับตำบล: อาสาสมัครในหมู่บ้าน ↔ องค์การบริหารส่วนตำบล (อบต.) "
              "ระดับชุมชนกับระดับตำบล",
        "en": "In a sub-district network: village volunteers ↔ the sub-district "
              "administrative organisation (SAO), community level and sub-district level."},
    # === checklists =========================================================================
    # LINK philosophy (seed 000)
    "foundations.link_philosophy.title": {"th": "ปรัชญา LINK ของการสร้างเครือข่าย",
                                          "en": "The LINK philosophy of networking"},
    "foundations.link_philosophy.1": {
        "th": "L – Learning การเรียนรู้: เรียนรู้จากกันและกัน",
        "en": "L – Learning: learning from each other"},
    "foundations.link_philosophy.2": {
        "th": "I – Investment การลงทุน: ลงแรง เวลา และทรัพยากรให้ความสัมพันธ์",
        "en": "I – Investment: putting time, effort and resources into the relationship"},
    "foundations.link_philosophy.3": {
        "th": "N – Nurture การฟูมฟักบำรุง: ดูแลความสัมพันธ์ให้เติบโต",
        "en": "N – Nurture: tending the relationship so that it grows"},
    "foundations.link_philosophy.4": {
        "th": "G (K) – Give/Keep การรักษาสัมพันธภาพ: ให้แก่กันและรักษาความสัมพันธ์ไว้",
        "en": "G (K) – Give / Keep: giving to each other and keeping the relationship alive"},
    # Four elements of successful networking (seed 004)
    "foundations.elements.title": {
        "th": "องค์ประกอบของการสร้างเครือข่ายที่ประสบความสำเร็จ 4 ประการ",
        "en": "Four elements of successful networking"},
    "foundations.elements.1": {
        "th": "ตั้งเป้าหมายให้ชัดและมองทางเลือกที่เป็นไปได้ ว่าจะสร้างเครือข่ายกับใคร เพื่ออะไร",
        "en": "a clear goal and realistic options: know with whom you network, and why"},
    "foundations.elements.2": {
        "th": "มีสิ่งที่จะแลกเปลี่ยนกับเครือข่าย เพราะเครือข่ายมีทั้งการให้และการรับ",
        "en": "something to share with the network, since networking means both giving "
              "and receiving"},
    "foundations.elements.3": {
        "th": "ติดต่อและติดตามเครือข่ายอย่างสม่ำเสมอ และกล้าเป็นฝ่ายเริ่มติดต่อก่อน",
        "en": "regular contact and follow-up, and being willing to get in touch first"},
    "foundations.elements.4": {
        "th": "กันเวลาไว้ให้ชัดสำหรับการติดต่อสื่อสาร เช่น การประชุมและกิจกรรมทางสังคม",
        "en": "time clearly set aside for keeping in touch, such as meetings and social "
              "events"},
    # Techniques ให้ เกิด เพิ่ม ถูกคน (seed 004)
    "foundations.techniques.title": {
        "th": "เทคนิคการสร้างเครือข่าย: ให้ เกิด เพิ่ม ถูกคน",
        "en": "Networking techniques: give, create benefit, grow, reach the right people"},
    "foundations.techniques.1": {"th": "ให้: แบ่งปันข้อมูลพื้นฐานแก่กัน",
                                 "en": "give (ให้): share basic information"},
    "foundations.techniques.2": {"th": "เกิด: ทำให้เกิดประโยชน์จริงแก่ผู้ร่วม",
                                 "en": "create (เกิด): make sure it brings real benefit"},
    "foundations.techniques.3": {"th": "เพิ่ม: ขยายเครือข่ายด้วยการบอกต่อ",
                                 "en": "grow (เพิ่ม): widen the network by word of mouth"},
    "foundations.techniques.4": {
        "th": "ถูกคน: ส่งข่าวสารถึงคนที่จะนำไปใช้ประโยชน์จริง",
        "en": "the right people (ถูกคน): pass information to those who will really use it"},
    # Benefits (seed 004)
    "foundations.benefits.title": {"th": "ประโยชน์ของการสร้างเครือข่าย 3 ข้อ",
                                   "en": "Three benefits of networking"},
    "foundations.benefits.1": {
        "th": "เข้าถึงข้อมูลข่าวสารและรู้ว่าแหล่งข้อมูลใดเชื่อถือได้ เช่น ข้อมูลพยากรณ์ฝน",
        "en": "access to information and to sources you can trust, e.g. rain forecasts"},
    "foundations.benefits.2": {
        "th": "มีระบบส่งต่อและติดต่อคนที่ช่วยเหลือกันได้ เช่น ชาวบ้านในที่ห่างไกล"
              "แจ้งข่าวแผ่นดินไหว",
        "en": "a way to pass things on and reach people who help each other, e.g. people "
              "in remote places reporting an earthquake"},
    "foundations.benefits.3": {
        "th": "ได้แนวคิดและวิธีแก้ปัญหา ช่วยเลี่ยงความเสี่ยงและความผิดพลาด เช่น "
              "ชาวบ้านโทรแจ้งลูกเห็บที่เครื่องตรวจจับไม่พบ",
        "en": "ideas and strategies for solving problems and avoiding risks and mistakes, "
              "e.g. people phoning in hail the instruments missed"},
    # Points to bear in mind (seed 004)
    "foundations.considerations.title": {
        "th": "ข้อควรคำนึงในการทำงานเป็นเครือข่าย 5 ข้อ",
        "en": "Five points to bear in mind when working as a network"},
    "foundations.considerations.1": {"th": "ยึดประโยชน์สูงสุดของส่วนรวมเป็นหลัก",
                                     "en": "put the common good first"},
    "foundations.considerations.2": {"th": "ลดอัตตาและผลประโยชน์ส่วนตัว",
                                     "en": "set aside ego and self-interest"},
    "foundations.considerations.3": {"th": "เข้าใจบริบทของแต่ละฝ่าย",
                                     "en": "understand each partner's situation"},
    "foundations.considerations.4": {"th": "ยึดความเสมอภาค ความเชื่อถือ และความไว้ใจกัน",
                                     "en": "hold to equality, trust and confidence in each "
                                           "other"},
    "foundations.considerations.5": {"th": "มุ่งมั่นทำตามพันธะสัญญาที่ให้ไว้ต่อกัน",
                                     "en": "keep the commitments you have made to each other"},
    # Online networks (seed 002)
    "foundations.online.title": {"th": "เครือข่ายออนไลน์: ข้อสังเกตจากบทความของวีระ นิจไตรรัตน์",
                                 "en": "Online networks: points from Weera Nijtrairat's essay"},
    "foundations.online.1": {
        "th": "เครือข่ายเชิงกายภาพมีต้นสังกัดและติดตามได้ง่าย แต่ใช้เงินมาก "
              "บางเครือข่ายเลิกไปเมื่อหมดงบ",
        "en": "physical networks belong to a parent body and are easy to follow, but cost "
              "a lot; some fold when the funding stops"},
    "foundations.online.2": {
        "th": "อินเทอร์เน็ตความเร็วสูงทำให้ทุกคนเข้าถึงข้อมูลได้ง่ายและเร็ว",
        "en": "fast internet lets everyone reach information easily and quickly"},
    "foundations.online.3": {
        "th": "คนที่ไม่เคยรู้จักหรือเห็นหน้ากัน แต่สนใจเรื่องเดียวกัน แลกเปลี่ยนเรียนรู้กัน"
              "ผ่านเฟซบุ๊กหรือเว็บไซต์ จนเกิดเป็นเครือข่ายออนไลน์",
        "en": "people who have never met but share an interest learn from each other on "
              "Facebook or websites, and an online network forms"},
    "foundations.online.4": {
        "th": "เครือข่ายออนไลน์ไม่มีโครงสร้าง ไม่มีต้นสังกัด และไม่ต้องใช้งบประมาณ",
        "en": "online networks have no formal structure, no parent body and no budget"},
    "foundations.online.5": {
        "th": "แต่กระจายการแลกเปลี่ยนได้กว้างและเร็ว และผลักดันประเด็นสังคมได้อย่างมีพลัง "
              "เช่น การรณรงค์งดซื้อของจากร้านสะดวกซื้อเจ้าหนึ่งนาน 7 วัน",
        "en": "yet they spread exchange widely and fast and can push social issues hard, "
              "e.g. a seven-day boycott of a convenience-store chain"},
    "foundations.online.6": {
        "th": "พื้นที่ออนไลน์แบบเปิดไม่ได้มุ่งให้ทุกคนคิดเหมือนกัน แต่ให้เห็นบริบทของกันและกัน "
              "แลกเปลี่ยนบนข้อมูลรอบด้าน และหาข้อเท็จจริงร่วมกัน",
        "en": "an open online space does not aim at agreement but at seeing each other's "
              "context, exchanging on all-round information and finding shared facts"},
    # === card labels ========================================================================
    "foundations.label.meaning": {"th": "ความหมาย", "en": "Meaning"},
    "foundations.label.signs": {"th": "สังเกตจาก", "en": "How to recognise it"},
    "foundations.label.example": {"th": "ตัวอย่าง", "en": "Example"},
    "foundations.label.anchor": {"th": "เทียบกับแนวคิดสากล", "en": "Beside it"},
    "foundations.label.member_links": {"th": "การเชื่อมโยงของสมาชิกในเครือข่าย 3 แบบ",
                                       "en": "Three kinds of member link"},
    "foundations.label.tie_kinds": {"th": "เส้นโยง 3 แบบตามแนวคิดทุนทางสังคม",
                                    "en": "Three kinds of tie (social capital)"},
}

_ERRORS: dict[str, dict[str, str]] = {
    "foundations.error.unknown_origin": {
        "th": "ที่มาของเครือข่าย {value} ไม่มีในรายการ ให้ใช้: {allowed}",
        "en": "{value} is not an origin of a network; use one of: {allowed}."},
    "foundations.error.unknown_orientation": {
        "th": "{value} ไม่ใช่แนวของเครือข่าย ให้ใช้: {allowed}",
        "en": "{value} is not an orientation; use one of: {allowed}."},
    "foundations.error.unknown_member_link": {
        "th": "{value} ไม่ใช่แบบการเชื่อมโยงของสมาชิก ให้ใช้: {allowed}",
        "en": "{value} is not a kind of member link; use one of: {allowed}."},
    "foundations.error.unknown_tie_kind": {
        "th": "{value} ไม่ใช่ชนิดของเส้นโยง ให้ใช้: {allowed}",
        "en": "{value} is not a kind of tie; use one of: {allowed}."},
}

MESSAGES: dict[str, dict[str, str]] = {**_FOUNDATIONS, **_ERRORS}
