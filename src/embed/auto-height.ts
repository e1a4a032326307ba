/**
 * Reports the page's content height to the host whenever it changes — growing and
 * shrinking — so the loader can size the iframe exactly (ResizeObserver, no polling).
 */
export function watchHeight(report: (height: number) => void, root: HTMLElement = document.documentElement): () => void {
  let last = -1;
  const measure = () => {
    // The body's own box, not the viewport: the iframe's current height must not feed back into the answer.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      report(height);
    }
  };
  const observer = new ResizeObserver(measure);
  observer.observe(document.body);
  observer.observe(root);
  measure();
  return () => observer.disconnect();
}
