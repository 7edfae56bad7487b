"use client";
// 「選択」: opens a certificate version in its own window, A4-sized, as the real portal does. Without
// JavaScript (or when pop-ups are blocked) the link still opens it in a new tab.
export function CertificateLink({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      className="button button--small"
      aria-label={label}
      onClick={(event) => {
        const opened = window.open(href, "netdesk-certificate", "popup,width=880,height=1000");
        if (opened) {
          event.preventDefault();
          opened.focus();
        }
      }}
    >
      選択
    </a>
  );
}
