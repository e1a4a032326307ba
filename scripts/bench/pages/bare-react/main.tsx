/** The naive baseline: React renders one static question on the client, nothing else. */
import { createRoot } from "react-dom/client";

const options = ["Pain or an injury", "A long-term health condition", "A fitness goal", "I'm not sure yet"];

createRoot(document.getElementById("root")!).render(
  <form>
    <fieldset>
      <legend>
        <h1>What brings you here today?</h1>
      </legend>
      {options.map((label, i) => (
        <div key={label}>
          <input type="radio" id={`o${i}`} name="q" value={i} />
          <label htmlFor={`o${i}`}>{label}</label>
        </div>
      ))}
    </fieldset>
    <button type="submit">Continue</button>
  </form>,
);
