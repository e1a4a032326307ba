/**
 * A page title per screen ("Question 3: Where does it hurt the most? – Which care fits
 * me?"), so the tab, the history and a screen reader's page announcement say where the
 * visitor is — and "Error:" first when the screen shows one (GOV.UK pattern).
 */
import { useEffect } from "react";

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
