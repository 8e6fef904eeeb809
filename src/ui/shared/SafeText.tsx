import { linkifyPhones, linkifyText, mailHref, type TextPart, webHref } from '../../validate/links';

/** Parts of data text rendered as React text and safe links (never as HTML). */
function Parts({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.href ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string, in order
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string, in order
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** A web address: a link when it is http(s), else the text as it is. */
export function WebLink({ url }: { url: string }) {
  const href = webHref(url);
  if (!href) return <span>{url}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}

/** E-mail addresses (one or several, separated by ; or ,) as mailto: links. */
export function EmailLinks({ email }: { email: string }) {
  const addresses = email
    .split(/[;,\s]+/)
    .map((address) => address.trim())
    .filter(Boolean);
  return (
    <>
      {addresses.map((address, index) => {
        const href = mailHref(address);
        return (
          <span key={address}>
            {index > 0 && ', '}
            {href ? <a href={href}>{address}</a> : address}
          </span>
        );
      })}
    </>
  );
}

/** Phone numbers as tel: links, with the notes around them as text. */
export function PhoneLinks({ phone }: { phone: string }) {
  return <Parts parts={linkifyPhones(phone)} />;
}

/** Free text (e.g. a source) with its http(s) URLs as links. */
export function LinkifiedText({ text }: { text: string }) {
  return <Parts parts={linkifyText(text)} />;
}
