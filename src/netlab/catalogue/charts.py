"""Catalogue: chart titles, axes, legends and guide labels (``netlab.charts``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "charts.plane.title": {"th": "ปัญหาอยู่ตรงไหนบนระนาบ ความเห็นพ้อง × ความรู้",
                           "en": "Where problems sit: agreement × knowledge"},
    "charts.plane.subtitle": {
        "th": "จุดคือสถานการณ์ สีตามประเภทที่ผู้เชี่ยวชาญจัด",
        "en": "Dots are scenarios, coloured by the experts' type.",
    },
    "charts.plane.subtitle2": {
        "th": "เขตเป็นเพียงแนวทาง: ตัวช่วยใช้จำนวนผู้เกี่ยวข้องและความพัวพันด้วย",
        "en": "Zones are a guide: the helper also uses actors and entanglement.",
    },
    "charts.plane.x": {"th": "ความเห็นพ้อง (S1–S2)", "en": "Agreement (S1–S2)"},
    "charts.plane.y": {"th": "ความรู้และความแน่นอน (K1–K4)",
                       "en": "Knowledge and certainty (K1–K4)"},
    "charts.plane.legend": {"th": "ประเภทตามผู้เชี่ยวชาญ", "en": "Experts' type"},
    "charts.plane.current": {"th": "คำตอบของคุณ: {type}", "en": "Your answers: {type}"},
    "charts.plane.zone.ordered": {"th": "เชิงเดี่ยว / เชิงเทคนิค", "en": "simple / technical"},
    "charts.plane.zone.political": {"th": "รู้ทางแก้ แต่ขัดแย้ง (ก้ำกึ่ง)",
                                    "en": "known fix, conflict (boundary)"},
    "charts.plane.zone.mess": {"th": "ยุ่งยากเชิงสังคม", "en": "social mess"},
    "charts.plane.zone.complex": {"th": "สลับซับซ้อน", "en": "complex"},
    "charts.aiim.title": {"th": "ความเห็นพ้อง ความสนใจ อิทธิพล (AIIM) ของภาคีเครือข่ายวาวี",
                          "en": "Alignment, interest, influence (AIIM) of the Wawee actors"},
    "charts.aiim.subtitle": {
        "th": "สีคือบทบาทจากตัวช่วยจำแนก: ภาคีหุ้นส่วนและภาคียุทธศาสตร์อยู่มุมเดียวกันได้",
        "en": "Colour is the helper's role: boundary and strategic partners share corners."},
    "charts.aiim.x": {"th": "ความเห็นพ้องกับแนวทางของเรา (alignment 1–5)",
                      "en": "Alignment with our goals (1–5)"},
    "charts.aiim.y": {"th": "ความสนใจและการลงแรง (interest 1–5)",
                      "en": "Interest: time and effort invested (1–5)"},
    "charts.aiim.legend": {"th": "บทบาท (ตัวช่วยจำแนก)", "en": "Role (helper)"},
    "charts.aiim.size": {"th": "อิทธิพล (influence)", "en": "Influence"},
    "charts.health.title": {"th": "โปรไฟล์สุขภาพเครือข่ายจากแบบสำรวจสมาชิก",
                            "en": "The network's health profile from the members' survey"},
    "charts.health.subtitle": {
        "th": "จุด = มัธยฐาน แถบ = ครึ่งกลางของคำตอบ (q1–q3) ◇ = ค่าเฉลี่ย สีส้ม = อ่อนที่สุด",
        "en": "Dot = median, bar = middle half of the answers (q1–q3), ◇ = mean, "
              "orange = weakest."},
    "charts.health.subtitle2": {
        "th": "ไม่นับช่องที่เว้นว่าง และไม่ใช่คะแนนที่ผ่านการตรวจสอบความถูกต้อง",
        "en": "Blank answers are left out; not a validated score."},
    "charts.health.x": {"th": "คะแนน (0 ยังไม่มี · 1 มีบ้าง · 2 มีชัดเจน)",
                        "en": "Score (0 not yet · 1 partly · 2 clearly)"},
    "charts.health.note": {"th": "ตอบ {answered} · ว่าง {missing}",
                           "en": "n={answered} · blank {missing}"},
    "charts.timeline.title": {"th": "เส้นทางของเครือข่ายวาวี", "en": "The Wawee network's path"},
    "charts.timeline.subtitle": {
        "th": "เหตุการณ์ตามลำดับ ความสูงคือขั้นตอน สีคือระยะของวงจรชีวิต วงดำคือจุดที่เลือก",
        "en": "Events in order; height is the step, colour the life-cycle phase; the ring "
              "marks the chosen event."},
    "charts.timeline.x": {"th": "เหตุการณ์", "en": "Event"},
    "charts.timeline.y": {"th": "ขั้นตอน (1–4)", "en": "Step (1–4)"},
    "charts.timeline.legend": {"th": "ระยะของวงจรชีวิต", "en": "Life-cycle phase"},
    "charts.health.title_team": {"th": "สุขภาพเครือข่ายตามคะแนนของทีม",
                                 "en": "The network's health as the team scored it"},
    "charts.health.subtitle_team": {"th": "จุด = คะแนนของทีม สีส้ม = อ่อนที่สุด",
                                    "en": "Dot = the team's score, orange = weakest."},
}
