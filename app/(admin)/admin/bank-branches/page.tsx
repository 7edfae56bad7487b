import type { Metadata } from "next";
import { InviteUserForm } from "@/components/invite-user-form";
import { UserTable } from "@/components/user-table";
import { requireAdministrator } from "@/lib/auth/guards";
import { listBankBranches } from "@/lib/server/banks/list-bank-branches";
import { deactivateAccountAction, reactivateAccountAction } from "../account-actions";
import { inviteBankUserAction } from "./actions";
import { BankBranchForm, LinkDepositBankForm } from "./bank-forms";

export const metadata: Metadata = { title: "預託金融機関マスタ" };

export default async function BankBranchesPage() {
  const actor = await requireAdministrator();
  const { branches, unlinked } = await listBankBranches({ actor });
  return (
    <main>
      <h1>預託金融機関マスタ</h1>
      <p className="muted">
        前払金が預託される金融機関の支店と、その担当者のアカウントです。担当者は、保証の預託金融機関が自店である払出依頼だけを扱います。保証の「預託金融機関(全角)」の記載は証書のまま残り、この一覧の支店に対応付けられます。
      </p>
      <h2>対応付けが必要な記載（{unlinked.length}件）</h2>
      {unlinked.length === 0 ? (
        <p className="panel">すべての保証が預託金融機関に対応付けられています。</p>
      ) : (
        <table className="data">
          <caption className="visually-hidden">預託金融機関に対応付けられていない記載</caption>
          <thead>
            <tr>
              <th scope="col">申込の記載</th>
              <th scope="col">保証の件数</th>
              <th scope="col">対応付け</th>
            </tr>
          </thead>
          <tbody>
            {unlinked.map((u, i) => (
              <tr key={u.text}>
                <td>{u.text}</td>
                <td className="num">{u.guarantees}件</td>
                <td>
                  <LinkDepositBankForm index={i} text={u.text} branches={branches.map((b) => ({ id: b.id, name: b.name }))} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>預託金融機関の登録</h2>
      <BankBranchForm />
      {branches.map((b) => (
        <section key={b.id} aria-labelledby={`bank-${b.id}`}>
          <h2 id={`bank-${b.id}`}>{b.name}</h2>
          <p className="muted">
            対応する記載: {b.aliases.join("、")}・保証 {b.guarantees}件
          </p>
          <UserTable users={b.users} currentUserId={actor.userId} deactivate={deactivateAccountAction} reactivate={reactivateAccountAction} />
          <h3>担当者の招待</h3>
          <InviteUserForm action={inviteBankUserAction} hidden={{ bankBranchId: b.id }} idPrefix={`invite-${b.id}-`} />
        </section>
      ))}
    </main>
  );
}
