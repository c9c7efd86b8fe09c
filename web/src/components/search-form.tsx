import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../navigation.js';
import { routeHref } from '../lib/routes.js';

export function SearchForm({ initial, compact = false }: { initial: string; compact?: boolean }) {
  const [value, setValue] = useState(initial);
  useEffect(() => setValue(initial), [initial]);
  return (
    <form
      class={compact ? 'search-form compact' : 'search-form'}
      role="search"
      action="/search"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(routeHref({ page: 'search', q: value.trim() }));
      }}
    >
      <label class="visually-hidden" for={compact ? 'q-header' : 'q-page'}>
        Search articles and quotations
      </label>
      <input
        id={compact ? 'q-header' : 'q-page'}
        name="q"
        type="search"
        placeholder="Search articles and quotations"
        value={value}
        onInput={(event) => setValue((event.target as HTMLInputElement).value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}
