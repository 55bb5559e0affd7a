// Building scenario links by hand in tests, as a host page would (docs/scenario-link.md
// "Checksum", docs/embed.md): the body after `#` without `;k=…`, plus the checksum.

/** FNV-1a 32-bit over the UTF-8 bytes; the first two bytes as four lower-case hex digits. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 16).toString(16).padStart(4, "0");
}

/** `evt1;…;` (ending in `;`) → `#evt1;…;k=xxxx`. */
export function withChecksum(body: string): string {
  const b = body.endsWith(";") ? body : `${body};`;
  return `#${b}k=${checksum(b)}`;
}
