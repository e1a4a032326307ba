/**
 * Scripts measure only servers they start themselves. Before starting one, they check
 * that nothing answers on its port — on 127.0.0.1 or ::1, either of which "localhost"
 * may mean — so a stale server from an earlier run is reported, never audited in its place.
 */
import { connect } from "node:net";

/** Whether something accepts TCP connections at host:port (a refused or silent port is free). */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** The message for a port someone else holds: what happened, why we stop, what to do. */
export function portInUse(port: number, setting: string): string {
  return (
    `Port ${port} is already in use, by a server this script did not start. ` +
    `It tests and measures only a server it starts itself, so it stops here rather than use whatever is listening there. ` +
    `Find that process with \`ss -ltnp 'sport = :${port}'\` and stop it, or choose another port with ${setting}=<port>.`
  );
}

/** Ends the script with a plain message (no stack trace: it is not a bug) if the port is taken. */
export async function requireFreePort(port: number, setting: string): Promise<void> {
  for (const host of ["127.0.0.1", "::1"]) {
    if (await answers(host, port)) {
      console.error(portInUse(port, setting));
      process.exit(1);
    }
  }
}
