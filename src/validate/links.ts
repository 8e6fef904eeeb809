/**
 * Links built from data. Text from data is never HTML, and only these schemes become links:
 * http, https, mailto and tel (never javascript:, data:, vbscript:...).
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL when it is an absolute http(s), mailto or tel URL, else null. */
export function safeHref(value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  return url.href;
}

/** A web address to link to: only http(s). */
export function webHref(value: string): string | null {
  const href = safeHref(value);
  return href && /^https?:/i.test(href) ? href : null;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** A mailto: link for one e-mail address, or null when it does not look like one. */
export function mailHref(email: string): string | null {
  const text = email.trim();
  return EMAIL.test(text) ? `mailto:${text}` : null;
}

/** A tel: link for a phone number written as people write it ("081 74 10 04", "+32 2 ..."). */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '');
  if (!/^\+?\d{6,15}$/.test(digits)) return null;
  return `tel:${digits}`;
}

/** A piece of text from data: plain text, or a link with the given href. */
export interface TextPart {
  text: string;
  href: string | null;
}

const URL_IN_TEXT = /https?:\/\/[^\s;,<>"]+[^\s;,<>".)]/g;

/** Splits free text (e.g. a `source`) into plain text and the http(s) URLs it contains. */
export function linkifyText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), href: null });
    parts.push({ text: match[0], href: webHref(match[0]) });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), href: null });
  return parts;
}

const PHONE_IN_TEXT = /\+?\d[\d\s./-]{4,}\d/g;

/** Splits a phone field ("061 41 44 92; 0800 99139 (free)") into text and tel: links. */
export function linkifyPhones(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_IN_TEXT)) {
    const start = match.index ?? 0;
    const href = telHref(match[0]);
    if (!href) continue;
    if (start > last) parts.push({ text: text.slice(last, start), href: null });
    parts.push({ text: match[0], href });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), href: null });
  return parts;
}
