// netlab choice buttons: one question's answers as a row of buttons. A screen reader hears a
// group named by the question, and which answer is chosen (aria-pressed); the chosen one also
// shows a check mark and a strong fill, never only a shade. Tab reaches each button; Enter or
// Space chooses it (native buttons).
function render({ model, el }) {
  const group = document.createElement("div");
  group.className = "netlab-choices";
  group.setAttribute("role", "group");
  el.appendChild(group);
  let buttons = [];

  function mark() {
    const chosen = JSON.stringify(model.get("value"));
    buttons.forEach(({ button, value }) => {
      const on = JSON.stringify(value) === chosen;
      button.classList.toggle("mod-active", on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  function draw() {
    group.setAttribute("aria-label", model.get("question"));
    group.innerHTML = "";
    buttons = model.get("options").map((option) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "jupyter-button netlab-choice";
      button.textContent = option.label;
      if (option.tooltip && option.tooltip !== option.label) { button.title = option.tooltip; }
      button.addEventListener("click", () => {
        model.set("value", option.value);
        model.save_changes();
        mark();
      });
      group.appendChild(button);
      return { button, value: option.value };
    });
    mark();
  }

  model.on("change:value", mark);
  model.on("change:options change:question", draw);
  draw();
}
export default { render };
