import { ActionButton } from "@/components/action-button";
import type { FormAction } from "@/components/form/action-form";
import { UserStatus } from "@/components/user-status";
import { formatDateTimeJst } from "@/lib/domain/wareki";

type UserRow = { id: string; name: string; email: string; active: boolean; passwordSet: boolean; lastLoginAt: Date | null };

/**
 * The users of a company (お客様情報), a branch, an ordering body or the head office (admin pages):
 * status, last sign-in, a button to deactivate any active user other than the one looking (nobody
 * locks themselves out) and one to reactivate an inactive user.
 */
export function UserTable(props: {
  users: UserRow[];
  currentUserId: string;
  deactivate: FormAction;
  reactivate: FormAction;
  hidden?: Record<string, string>;
  markCurrentUser?: boolean;
}) {
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">氏名</th>
          <th scope="col">メールアドレス</th>
          <th scope="col">状態</th>
          <th scope="col">最終ログイン</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {props.users.map((u) => (
          <tr key={u.id}>
            <td>
              {u.name}
              {props.markCurrentUser && u.id === props.currentUserId && <span className="muted">（ご本人）</span>}
            </td>
            <td>{u.email}</td>
            <td>
              <UserStatus active={u.active} passwordSet={u.passwordSet} />
            </td>
            <td>{u.lastLoginAt ? formatDateTimeJst(u.lastLoginAt) : "—"}</td>
            <td>
              {(!u.active || u.id !== props.currentUserId) && (
                <ActionButton
                  action={u.active ? props.deactivate : props.reactivate}
                  hidden={{ ...props.hidden, userId: u.id }}
                  label={u.active ? `${u.name} を無効にする` : `${u.name} を有効に戻す`}
                  buttonClassName="button button--secondary"
                  className="inline-form"
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
