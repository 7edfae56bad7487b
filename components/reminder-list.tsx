import Link from "next/link";
import { REMINDER_KIND_LABEL, type Reminder } from "@/lib/domain/reminders";
import type { FormAction } from "./form/action-form";
import { ActionButton } from "./action-button";

/** 保証申込のお勧め: each reminder with the link that does the thing, and 「表示しない」. */
export function ReminderList({ reminders, dismiss }: { reminders: Reminder[]; dismiss: FormAction }) {
  return (
    <ul className="reminders" aria-label="保証申込のお勧め">
      {reminders.map((r) => (
        <li key={r.key} className="reminders__item" data-reminder-kind={r.kind}>
          <div className="reminders__body">
            <span className="reminders__kind">{REMINDER_KIND_LABEL[r.kind]}</span>
            <strong className="reminders__title">{r.title}</strong>
            <p className="reminders__detail">{r.detail}</p>
            <Link className="button button--small" href={r.href}>
              {r.linkLabel}
            </Link>
          </div>
          <ActionButton action={dismiss} hidden={{ reminderKey: r.key }} label="表示しない" buttonClassName="button button--secondary button--small" aria-label={`「${r.title}」を表示しない`} />
        </li>
      ))}
    </ul>
  );
}
