/**
 * Serves the production build (dist/) with the nginx config we ship, for the deploy tests:
 * deploy/nginx/site.conf with its port, paths and frame-ancestors replaced, inside a minimal
 * nginx.conf whose pid file and temp dirs live in a fresh directory under the system temp dir,
 * so it runs without root and never touches a system nginx. Playwright starts it as a web
 * server (playwright.deploy.config.ts); on SIGTERM or SIGINT it stops nginx, master and
 * workers, waits until it has exited, and removes the directory.
 * Usage: tsx tests/deploy/nginx-server.ts <port> <origin allowed to frame the quiz>
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireFreePort } from "../../scripts/lib/port.ts";

const [port, frameAncestor] = [Number(process.argv[2]), process.argv[3] ?? ""];
const repo = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(repo, "dist");
const nginx = process.env["NGINX_PATH"] ?? "/usr/sbin/nginx";

function fail(message: string): never {
  console.error(`nginx-server: ${message}`);
  process.exit(1);
}

if (!existsSync(nginx)) fail(`no nginx at ${nginx}; run \`bash scripts/ensure-package.sh nginx /usr/sbin/nginx NGINX_PATH\` or set NGINX_PATH.`);
if (!existsSync(join(dist, "nginx-csp.conf"))) fail("dist/nginx-csp.conf is missing: run `npm run build` first.");
await requireFreePort(port, "NGINX_PORT");

/** Replaces exactly one match, so a change to site.conf can't quietly leave a line untested. */
function replaceOnce(text: string, pattern: RegExp, by: string): string {
  const matches = text.match(new RegExp(pattern, "g")) ?? [];
  if (matches.length !== 1) fail(`deploy/nginx/site.conf: expected one ${pattern}, found ${matches.length}`);
  return text.replace(pattern, by);
}

let site = readFileSync(join(repo, "deploy/nginx/site.conf"), "utf8").replace(/^\s*listen .*\n/gm, "");
site = replaceOnce(site, /server_name .*;/, `server_name localhost;\n    listen 127.0.0.1:${port};`);
site = replaceOnce(site, /root \/var\/www\/carefit;/, `root ${dist};`);
site = replaceOnce(site, /include \/var\/www\/carefit\/nginx-csp\.conf;/, `include ${join(dist, "nginx-csp.conf")};`);
site = replaceOnce(site, /include \/etc\/nginx\/snippets\/carefit\.conf;/, `include ${join(repo, "deploy/nginx/carefit.conf")};`);
site = replaceOnce(site, /set \$carefit_frame_ancestors "[^"]*";/, `set $carefit_frame_ancestors "${frameAncestor}";`);

// mime.types sits beside the nginx.conf this nginx was built to read (Debian: /etc/nginx).
const built = spawnSync(nginx, ["-V"], { encoding: "utf8" }).stderr;
const confDir = dirname(/--conf-path=(\S+)/.exec(built)?.[1] ?? "/etc/nginx/nginx.conf");
const prefix = mkdtempSync(join(tmpdir(), `carefit-nginx-${port}-`));
chmodSync(prefix, 0o755); // run as root, nginx's workers are "nobody" (group "nogroup" on Debian)
const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `    ${kind}_temp_path ${join(prefix, kind)};`);
writeFileSync(
  join(prefix, "nginx.conf"),
  `worker_processes 1;
pid ${join(prefix, "nginx.pid")};
error_log stderr warn;
${process.getuid?.() === 0 ? "user nobody nogroup;\n" : ""}events { worker_connections 256; }
http {
    include ${join(confDir, "mime.types")};
    default_type application/octet-stream;
    access_log off;
    log_not_found off; # the tests ask for missing files on purpose
${temp.join("\n")}
${site}
}
`,
);

// In the foreground, so it is this process's child and in Playwright's process group.
const server = spawn(nginx, ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-e", "stderr", "-g", "daemon off;"], { stdio: "inherit" });
const exited = new Promise<number>((resolve) => server.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));

async function stop() {
  server.kill("SIGTERM"); // nginx's fast shutdown: the master stops its workers, then exits
  const timer = setTimeout(() => server.kill("SIGKILL"), 8000);
  await exited;
  clearTimeout(timer);
}
// The signal often comes twice (Playwright signals the whole process group, and tsx passes it
// on too): keep listening, or the second one would kill this process before it cleans up.
let stopping: Promise<void> | undefined;
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
  process.on(signal, () => {
    stopping ??= stop().then(() => {
      rmSync(prefix, { recursive: true, force: true });
      process.exit(0);
    });
  });
}
const code = await exited;
rmSync(prefix, { recursive: true, force: true });
process.exit(code);
