// netlab submit button: a click carries the values of its form's fields as they are on the
// screen at that moment, in one message. ipywidgets sends each field's changes on its own and
// holds back a field's next change while the kernel is busy, so a plain Button's click could
// overtake what was just typed. After a save the kernel answers; each field still showing the
// submitted value then returns to its blank. A field edited meanwhile keeps what was typed.
const PREFIX = "IPY_MODEL_";

function snapshot(field) {
  const labels = field.get("_options_labels");
  if (labels !== undefined) {  // a dropdown: its state is an index into the labels shown
    const index = field.get("index");
    return { index, label: index === null ? null : labels[index] };
  }
  return { value: field.get("value") };
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function render({ model, el }) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "jupyter-button widget-button netlab-submit";
  el.appendChild(button);
  let seq = 0;
  const waiting = new Map();  // seq -> {sent: [snapshot per field], models}

  function draw() {
    button.textContent = model.get("description");
    button.classList.toggle("mod-primary", model.get("button_style") === "primary");
    button.disabled = model.get("disabled");
  }

  async function fields() {
    const refs = model.get("fields");
    return Promise.all(refs.map((ref) =>
      model.widget_manager.get_model(String(ref).slice(PREFIX.length))));
  }

  function settle(n) {
    waiting.delete(n);
    if (waiting.size === 0) { button.removeAttribute("aria-busy"); }
  }

  button.addEventListener("click", async () => {
    const models = await fields();
    const sent = models.map(snapshot);
    // A double click sends the same form once; a new form typed meanwhile is sent too.
    for (const other of waiting.values()) { if (same(other.sent, sent)) { return; } }
    seq += 1;
    const n = seq;
    waiting.set(n, { sent, models });
    button.setAttribute("aria-busy", "true");
    model.send({ event: "click", seq: n, values: sent });
    // A kernel that never answers (stopped, restarted) must not leave a click pending.
    setTimeout(() => settle(n), 15000);
  });

  model.on("msg:custom", (msg) => {
    const pending = msg.event === "done" ? waiting.get(msg.seq) : undefined;
    if (pending === undefined) { return; }
    settle(msg.seq);
    if (!msg.clear) { return; }
    const blanks = model.get("blanks");
    pending.models.forEach((field, n) => {
      const blank = blanks[n];
      if (blank === null || blank === undefined || !same(snapshot(field), pending.sent[n])) {
        return;  // kept: this field is not part of the blanking, or it was edited since
      }
      if ("index" in blank) { field.set("index", blank.index); } else { field.set("value", blank.value); }
      field.save_changes();
    });
  });

  model.on("change:description change:button_style change:disabled", draw);
  draw();
}

export default { render };
