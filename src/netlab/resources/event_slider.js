// netlab event slider: a native range input over a list of events. It has a name (its label)
// and says the event, not an index, to a screen reader (aria-valuetext); the arrow keys, Home,
// End, PageUp and PageDown move it, and the keys stay with it (not passed to JupyterLab).
const KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End",
  "PageUp", "PageDown"]);

function render({ model, el }) {
  const box = document.createElement("div");
  box.className = "netlab-event-slider";
  const uid = "netlab-slider-" + Math.random().toString(36).slice(2);
  const label = document.createElement("label");
  label.htmlFor = uid;
  const input = document.createElement("input");
  input.type = "range";
  input.id = uid;
  input.min = "0";
  input.step = "1";
  const shown = document.createElement("output");
  shown.htmlFor = uid;
  box.append(label, input, shown);
  el.appendChild(box);

  function at(index) {
    const options = model.get("options");
    input.max = String(options.length - 1);
    input.value = String(index);
    const text = options[index] ? options[index].label : "";
    input.setAttribute("aria-valuetext", text);
    shown.textContent = text;
  }

  function index() {
    return model.get("options").findIndex((o) => o.value === model.get("value"));
  }

  function draw() {
    label.textContent = model.get("description");
    at(Math.max(index(), 0));
  }

  input.addEventListener("input", () => at(Number(input.value)));
  input.addEventListener("change", () => {
    const option = model.get("options")[Number(input.value)];
    if (option && option.value !== model.get("value")) {
      model.set("value", option.value);
      model.save_changes();
    }
  });
  input.addEventListener("keydown", (ev) => { if (KEYS.has(ev.key)) { ev.stopPropagation(); } });
  model.on("change:value change:options change:description", draw);
  draw();
}
export default { render };
