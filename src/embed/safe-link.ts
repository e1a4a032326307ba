/**
 * The one check a booking address from an embedding page must pass before it replaces
 * the rules' own: a plain https:// address. User-info is refused because it disguises
 * the destination — https://clinic.example@evil.example reads as the clinic's site
 * but goes to evil.example.
 */
export function safeBookingUrl(value: string): string | null {
  if (!/^https:\/\/\S+$/.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.username === "" && url.password === "" ? url.href : null;
  } catch {
    return null;
  }
}
