"""Catalogue: two lists of workbook 04 taught whole, in their sources' order: seed 003's five
proposals to make a network more stable (``netlab.health.PROPOSALS``, from
003_1728fab1958287cf.txt) and seed 001's eleven suggestions for developing a network that
lasts (``netlab.health.SUSTAINABILITY``, from 001_8e630874275106d8.txt). Every item is
paraphrased; nothing is quoted.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "health.proposals.title": {
        "th": "ข้อเสนอเพื่อเสริมความมั่นคงของเครือข่าย 5 ข้อ",
        "en": "Five proposals for a more stable network",
    },
    "health.proposals.1": {
        "th": "ทำฐานข้อมูลของเครือข่าย เก็บเรื่องสมาชิก งานที่ทำ และความรู้ที่ใช้ทำงาน "
              "หมั่นปรับให้ทันสมัย และให้สมาชิกส่วนใหญ่เปิดหาและใช้ได้สะดวก",
        "en": "Set up a network database holding members, activities and the know-how the work "
              "needs; update it regularly, and make it easy for most members to find and use.",
    },
    "health.proposals.2": {
        "th": "หาโอกาสและช่องทางให้สมาชิกได้ติดต่อกันสม่ำเสมอ ทั้งในวงประชุมและนอกรอบ "
              "ใช้หลายช่องทาง และให้เทคโนโลยีสารสนเทศช่วยอีกแรง",
        "en": "Give members chances and ways to stay in regular touch: in meetings and outside "
              "them, through several channels, with information technology to help.",
    },
    "health.proposals.3": {
        "th": "เชื่อมกับหน่วยงานต่างๆ ในชุมชนให้เป็นเครือข่ายการเรียนรู้ "
              "ให้หน่วยงานเหล่านั้นเข้ามาช่วยหนุนการเรียนรู้และเสริมศักยภาพของสมาชิก",
        "en": "Link with agencies in the community to form a learning network, so that they help "
              "members learn and build their capacity.",
    },
    "health.proposals.4": {
        "th": "สร้างผู้นำรุ่นใหม่ไม่ขาดสาย มอบงานของเครือข่ายให้เขารับผิดชอบจริง "
              "และพัฒนาความสามารถของสมาชิกรุ่นใหม่",
        "en": "Keep bringing on new leaders: give them real responsibility for the network's "
              "work, and build the skills of newer members.",
    },
    "health.proposals.5": {
        "th": "หมั่นถอดบทเรียนจากงานของเครือข่าย และนับเป็นภารกิจหนึ่งที่เครือข่ายต้องทำ "
              "ไม่ใช่ทำเมื่อว่าง",
        "en": "Draw lessons from the network's work regularly, and count this as one of the "
              "network's own tasks, not something done only when there is time.",
    },
    "health.sustainability.title": {
        "th": "ข้อเสนอแนะเพื่อพัฒนาเครือข่ายให้ยั่งยืน 11 ข้อ",
        "en": "Eleven suggestions for developing a network that lasts",
    },
    "health.sustainability.1": {
        "th": "ให้สมาชิกทุกคนเข้าใจว่ารวมตัวกันไปเพื่ออะไร "
              "และเป้าหมายนั้นพาไปสู่ความสำเร็จของทั้งเครือข่ายอย่างไร",
        "en": "Make sure every member understands why the network came together, and how that aim "
              "leads to success for the whole network.",
    },
    "health.sustainability.2": {
        "th": "ช่วยให้สมาชิกยอมรับความต่างของกันและกัน รวมถึงวิธีทำงานและวัฒนธรรมของแต่ละองค์กร",
        "en": "Help members accept their differences, including each organisation's own ways of "
              "working and its culture.",
    },
    "health.sustainability.3": {
        "th": "จัดกิจกรรมให้บ่อยและมากพอที่สมาชิกจะได้ลงมือทำงานด้วยกัน แบ่งงานให้ทั่วทุกคน "
              "และเลือกกิจกรรมง่ายๆ ที่มีโอกาสสำเร็จสูง",
        "en": "Hold enough regular activities for members to work together and share the tasks "
              "widely; choose simple activities that are likely to succeed.",
    },
    "health.sustainability.4": {
        "th": "จัดช่องทางให้สมาชิกสื่อสารกัน และกระตุ้นให้ใช้ ให้ข่าวสารไปถึงทุกคนและไม่ขาดช่วง",
        "en": "Set up ways for members to communicate and encourage their use, so that news "
              "reaches everyone without long gaps.",
    },
    "health.sustainability.5": {
        "th": "หนุนสมาชิกทุกกลุ่มในเรื่องที่เขาต้องการความช่วยเหลือ โดยเฉพาะกลุ่มที่ยังอ่อน "
              "จนเขายืนได้ด้วยตัวเอง",
        "en": "Support every member group wherever it needs help, above all the weaker groups, "
              "until they can stand on their own.",
    },
    "health.sustainability.6": {
        "th": "ทำให้คนทำงานของภาคีต่างๆ ในเครือข่ายได้รู้จักและผูกพันกัน",
        "en": "Help the people who work for the network's members get to know each other and "
              "build ties.",
    },
    "health.sustainability.7": {
        "th": "ตั้งเป้าพัฒนางานร่วมกับสมาชิกแต่ละกลุ่ม "
              "ให้แต่ละกลุ่มใช้ฝีมือที่มีได้เต็มที่และเก่งเฉพาะด้าน "
              "ความเก่งที่ต่างกันนี้ทำให้เครือข่ายหลากหลายและแข็งแรง",
        "en": "Set goals with each group so it makes full use of its strengths and builds a "
              "special skill; these make the network diverse and strong.",
    },
    "health.sustainability.8": {
        "th": "ให้คนของภาคีทุกระดับ ตั้งแต่ผู้บริหารถึงคนทำงานในพื้นที่ สนิทกันแบบเพื่อน",
        "en": "Help the members' people at every level, from managers to field workers, become "
              "close, like friends.",
    },
    "health.sustainability.9": {
        "th": "จัดกิจกรรมต้อนรับสมาชิกใหม่ ที่พาคนรุ่นเก่ามาพบคนรุ่นใหม่ "
              "เพื่อส่งต่อเครือข่ายไปอีกรุ่น",
        "en": "Hold activities for new members that bring them together with older ones, so the "
              "network is handed on to the next generation.",
    },
    "health.sustainability.10": {
        "th": "นัดเวทีคนทำงานเป็นประจำ ให้ได้ช่วยกันพัฒนางาน แก้ปัญหาที่ติดขัด และให้กำลังใจกัน",
        "en": "Hold regular forums where the people doing the work improve it, solve problems "
              "together and encourage one another.",
    },
    "health.sustainability.11": {
        "th": "มีช่องทางทำงานและสื่อสารร่วมกันที่ทันสมัยและเข้าถึงง่าย เช่น "
              "ระบบส่งต่องานระหว่างกัน และเว็บไซต์ที่เชื่อมสมาชิกทั้งเครือข่าย",
        "en": "Provide modern, easy-to-reach ways to work and communicate together, such as a "
              "system for passing work on and a website linking the network.",
    },
}
