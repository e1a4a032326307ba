/**
 * The host connection without waiting for it: the embed code loads in the background
 * (visitors who aren't in an iframe never download it), events that happen before it
 * arrives are queued, and command subscriptions attach once it is there.
 */
import type { HostConnection } from "./connect.ts";
import type { QuizEvent } from "../machine/visit-events.ts";

export function lazyHost(load: Promise<HostConnection | null>): HostConnection {
  let connection: HostConnection | null | undefined;
  const queued: QuizEvent[] = [];
  load.then(
    (c) => {
      connection = c;
      for (const event of queued.splice(0)) c?.onEvent(event);
    },
    () => {
      connection = null;
    },
  );
  return {
    onEvent(event) {
      if (connection === undefined) queued.push(event);
      else connection?.onEvent(event);
    },
    commands: {
      subscribe(handler) {
        let active = true;
        let off = () => {};
        load.then((c) => {
          if (active && c) off = c.commands.subscribe(handler);
        }, () => {});
        return () => {
          active = false;
          off();
        };
      },
    },
  };
}
