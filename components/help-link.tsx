import Link from "next/link";

/** 「? 保証申込のヘルプ」: the link to a screen's help page, at the top right of the screen as on the flyers. */
export function HelpLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="help-link">
      <Link href={href}>
        <span className="help-link__mark" aria-hidden="true">
          ?
        </span>
        {label}
      </Link>
    </p>
  );
}
