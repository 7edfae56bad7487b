// The search form above a list (GET, so the filters stay in the URL): one select, optionally one
// text field, and a submit button. Labels sit beside their fields for screen readers.
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
    <form className="panel search-form" method="get" role={search ? "search" : undefined} aria-label={label}>
      <div className="form-row">
        <label htmlFor={select.name}>{select.label}</label>
        <select id={select.name} name={select.name} defaultValue={select.value ?? ""}>
          <option value="">すべて</option>
          {select.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {text && (
        <div className={text.grow ? "form-row form-row--grow" : "form-row"}>
          <label htmlFor={text.name}>{text.label}</label>
          <input id={text.name} name={text.name} type="text" defaultValue={text.value ?? ""} placeholder={text.placeholder} />
        </div>
      )}
      <button className="button" type="submit">
        {submitLabel}
      </button>
    </form>
  );
}
