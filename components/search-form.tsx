// The search form above a list (GET, so the filters stay in the URL): one select, optionally one
// text field, and a submit button. Labels sit beside their fields for screen readers. The fields use
// the one field layout (.field, stacked: see app/styles/forms.css), side by side in .search-form.
type Option = { value: string; label: string };

type Props = {
  label: string; // the form's accessible name, e.g. 「申込の検索」
  search?: boolean; // role="search" (a text search) rather than a plain filter
  select: { name: string; label: string; value?: string; options: readonly Option[] };
  text?: { name: string; label: string; value?: string; placeholder: string; grow?: boolean };
  submitLabel?: string;
};

export function SearchForm({ label, search = true, select, text, submitLabel = "検索" }: Props) {
  return (
    <form className="panel search-form form--stacked" method="get" role={search ? "search" : undefined} aria-label={label}>
      <div className="field">
        <div className="field__label">
          <label htmlFor={select.name}>{select.label}</label>
        </div>
        <div className="field__control">
          <select id={select.name} name={select.name} defaultValue={select.value ?? ""}>
            <option value="">すべて</option>
            {select.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {text && (
        <div className={text.grow ? "field field--grow" : "field"}>
          <div className="field__label">
            <label htmlFor={text.name}>{text.label}</label>
          </div>
          <div className="field__control">
            <input id={text.name} name={text.name} type="text" defaultValue={text.value ?? ""} placeholder={text.placeholder} />
          </div>
        </div>
      )}
      <button className="button" type="submit">
        {submitLabel}
      </button>
    </form>
  );
}
