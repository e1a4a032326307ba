/**
 * The benchmark's floor: the same questions as CareFit's benchmark path, as a plain
 * quiz with no framework. Question 1 is in the HTML, its Continue disabled until this
 * script (about 3 kB gzip with the questions) has arrived; then each Continue shows the
 * next question. About the least a quiz page that routes answers in script can do.
 */
interface PlainQuestion {
  id: string;
  type: "single" | "multiple";
  text: string;
  options: { id: string; label: string }[];
}
/** Questions 2 onwards, filled in by the benchmark's build from the rules. */
declare const __PLAIN_QUESTIONS__: PlainQuestion[];

const form = document.querySelector("form")!;
let index = -1;
form.querySelector("button")!.disabled = false;

function show(question: PlainQuestion) {
  const fieldset = document.createElement("fieldset");
  const legend = fieldset.appendChild(document.createElement("legend"));
  legend.appendChild(document.createElement("h1")).textContent = question.text;
  for (const option of question.options) {
    const row = fieldset.appendChild(document.createElement("div"));
    const input = row.appendChild(document.createElement("input"));
    input.type = question.type === "single" ? "radio" : "checkbox";
    input.id = `${question.id}-${option.id}`;
    input.name = question.id;
    input.value = option.id;
    const label = row.appendChild(document.createElement("label"));
    label.htmlFor = input.id;
    label.textContent = option.label;
  }
  form.querySelector("fieldset")!.replaceWith(fieldset);
  for (const intro of document.querySelectorAll("main > h1, main > p")) intro.remove();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!form.querySelector("input:checked")) return;
  index += 1;
  const next = __PLAIN_QUESTIONS__[index];
  if (next) show(next);
  else form.replaceChildren("Thank you.");
});
