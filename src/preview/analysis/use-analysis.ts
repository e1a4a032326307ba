/**
 * Runs the analysis worker for the text staff are looking at, once typing pauses. A
 * newer text while the worker is still busy ends that worker and starts another: a
 * walk can't be interrupted, and its answer would be about text that is gone.
 */
import { useEffect, useRef, useState } from "react";
import type { RulesDiff } from "../../staff/diff.ts";
import type { FlowLayout } from "../../staff/flow-graph.ts";
import type { AnalysisReply, AnalysisRequest, PathSummary } from "./protocol.ts";

const ANALYSIS_DELAY_MS = 500;

export interface Analysis {
  /** The text these results are about, or null before the first. */
  readonly text: string | null;
  readonly layout: FlowLayout | null;
  readonly paths: PathSummary | null;
  /** The text `paths` are about: until it is `text`, they (and their safety verdict) are the last text's. */
  readonly pathsText: string | null;
  /** undefined: not asked or still walking; null: the published rules have errors. */
  readonly diff: RulesDiff | null | undefined;
  readonly failed: string | null;
  readonly busy: boolean;
}

const EMPTY: Analysis = { text: null, layout: null, paths: null, pathsText: null, diff: undefined, failed: null, busy: false };

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "carefit-analysis" });
}

/** `text`: the checked rules (null while they have errors). `compareWith`: the published rules, when asked. */
export function useAnalysis(text: string | null, compareWith: string | null): Analysis {
  const [analysis, setAnalysis] = useState<Analysis>(EMPTY);
  const worker = useRef<Worker | null>(null);
  const pending = useRef(0);
  const seq = useRef(0);
  const expectsDiff = useRef(false);
  const asked = useRef<string | null>(null);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (text === null) return;
    const timer = setTimeout(() => {
      if (pending.current > 0 || !worker.current) {
        worker.current?.terminate();
        worker.current = startWorker();
        if (!worker.current) return setAnalysis({ ...EMPTY, failed: "This browser can't run the path walk in the background." });
        worker.current.onmessage = (event: MessageEvent<AnalysisReply>) => {
          const reply = event.data;
          if (reply.seq !== seq.current) return;
          const last = reply.kind === "failed" || reply.kind === "diff" || (reply.kind === "paths" && !expectsDiff.current);
          if (last) pending.current = 0;
          setAnalysis((a) => ({
            ...a,
            busy: !last,
            ...(reply.kind === "graph" ? { layout: reply.layout } : {}),
            ...(reply.kind === "paths" ? { paths: reply.summary, pathsText: asked.current } : {}),
            ...(reply.kind === "diff" ? { diff: reply.diff } : {}),
            ...(reply.kind === "failed" ? { failed: reply.message } : {}),
          }));
        };
      }
      seq.current += 1;
      pending.current = seq.current;
      expectsDiff.current = compareWith !== null;
      asked.current = text;
      setAnalysis((a) => ({ ...a, text, busy: true, failed: null, diff: undefined }));
      worker.current.postMessage({ seq: seq.current, text, published: compareWith } satisfies AnalysisRequest);
    }, ANALYSIS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, compareWith]);

  return analysis;
}
