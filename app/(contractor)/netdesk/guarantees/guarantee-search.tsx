// The two searches of 保証契約一覧 as GET forms, so the filter lives in the URL. Fields use the one
// field layout (.field in a .form--stacked form: see app/styles/forms.css).
import Link from "next/link";
import { KIND_FILTER_OPTIONS, type ParsedGuaranteeListQuery } from "@/lib/schemas/guarantee-list-filter";

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p className="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

/** `action` and `periodLabel`: the same two searches serve 保証料計算書一覧 (期間 = 作成日) and 電子保証履歴一覧 (期間 = 電子保証発行日時). */
export function GuaranteeSearch({ companyName, query, action = "/netdesk/guarantees", periodLabel = "期間（発行日）" }: { companyName: string; query: ParsedGuaranteeListQuery; action?: string; periodLabel?: string }) {
  const { input, errors, filter } = query;
  // Refill with the cleaned values when they parsed, with what was typed when they did not.
  const range = filter.mode === "range" && !errors.kind && !errors.from && !errors.to ? filter : null;
  const pinpoint = filter.mode === "pinpoint";
  const invalid = (field: string) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `gl-${field}-error` } : {});

  return (
    <div className="gl-search">
      <form className="panel gl-search__range form--stacked" method="get" action={action} role="search" aria-label="範囲検索">
        <h2 className="gl-search__title">範囲検索</h2>
        <div className="gl-search__grid">
          <div className="field">
            <div className="field__label">
              <span>契約者</span>
            </div>
            <div className="field__control gl-fixed">{companyName} 様</div>
          </div>
          <div className="field">
            <div className="field__label">
              <label htmlFor="gl-kind">保証種類</label>
            </div>
            <div className="field__control">
              <select id="gl-kind" name="kind" defaultValue={pinpoint ? "" : (range?.kind ?? input.kind)} {...invalid("kind")}>
                {KIND_FILTER_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <FieldError id="gl-kind-error" message={errors.kind} />
            </div>
          </div>
          <fieldset className="field field--group">
            <legend className="field__label">{periodLabel}</legend>
            <div className="field__control">
              <span className="gl-period">
                <label className="visually-hidden" htmlFor="gl-from">
                  期間の開始日
                </label>
                <input id="gl-from" type="date" name="from" defaultValue={pinpoint ? "" : (range?.from ?? input.from)} {...invalid("from")} />
                <span aria-hidden="true">〜</span>
                <label className="visually-hidden" htmlFor="gl-to">
                  期間の終了日
                </label>
                <input id="gl-to" type="date" name="to" defaultValue={pinpoint ? "" : (range?.to ?? input.to)} {...invalid("to")} />
              </span>
              <FieldError id="gl-from-error" message={errors.from} />
              <FieldError id="gl-to-error" message={errors.to} />
            </div>
          </fieldset>
          <div className="field field--grow">
            <div className="field__label">
              <label htmlFor="gl-project">工事名</label>
            </div>
            <div className="field__control">
              <input id="gl-project" type="text" name="project" maxLength={100} placeholder="工事名の一部" defaultValue={pinpoint ? "" : input.project} {...invalid("project")} />
              <FieldError id="gl-project-error" message={errors.project} />
            </div>
          </div>
          <div className="gl-search__buttons">
            <button type="submit" className="button">
              検索
            </button>
            <Link href={action} className="gl-clear">
              条件をクリア
            </Link>
          </div>
        </div>
      </form>

      <form className="panel gl-search__pinpoint form--stacked" method="get" action={action} role="search" aria-label="ピンポイント検索">
        <h2 className="gl-search__title">ピンポイント検索</h2>
        <div className="field">
          <div className="field__label">
            <label htmlFor="gl-number">保証契約番号</label>
          </div>
          <div className="field__control">
            <span className="gl-pinpoint">
              <input
                id="gl-number"
                type="text"
                name="number"
                inputMode="text"
                autoComplete="off"
                placeholder="例: 37071-00000M"
                maxLength={30}
                defaultValue={pinpoint && !errors.number ? filter.contractNumber : input.number}
                {...invalid("number")}
              />
              <button type="submit" className="button">
                検索
              </button>
            </span>
            <FieldError id="gl-number-error" message={errors.number} />
            <p className="field__note">全角の数字やハイフンなしでも検索できます。</p>
          </div>
        </div>
      </form>
    </div>
  );
}
