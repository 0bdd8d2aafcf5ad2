'use client';

import { Heart, Search, X } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import { buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { ToggleGroup, ToggleGroupItem } from '@/components/ui/toggle-group';
import { cn } from '@/components/ui/utils';
import { useCatalog } from '@/hooks/use-catalog';

export const TYPE_FILTERS: Array<{ value: Asset['type'] | 'all'; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'image', label: 'Images' },
  { value: 'video', label: 'Video' },
  { value: 'audio', label: 'Audio' },
  { value: 'text', label: 'Text' },
];

type Props = {
  search: string;
  onSearch: (value: string) => void;
  type: Asset['type'] | null;
  onType: (type: Asset['type'] | null) => void;
  favorite: boolean;
  onFavorite: (favorite: boolean) => void;
  provider: string | null;
  onProvider: (provider: string | null) => void;
};

const ALL_PROVIDERS = 'all';

/** Search over prompts and names, the type, the provider, and favourites only. */
export function LibraryToolbar({ search, onSearch, type, onType, favorite, onFavorite, provider, onProvider }: Props) {
  const catalog = useCatalog();
  return (
    <div role="search" aria-label="Library filters" className="flex flex-col gap-3 md:flex-row md:items-center">
      <div className="relative md:w-72">
        <label htmlFor="library-search" className="sr-only">
          Search prompts
        </label>
        <Search aria-hidden="true" className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          id="library-search"
          type="search"
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          placeholder="Search prompts"
          maxLength={200}
          className="pl-9 pr-9 [&::-webkit-search-cancel-button]:hidden"
        />
        {search ? (
          <button
            type="button"
            onClick={() => onSearch('')}
            aria-label="Clear the search"
            className="absolute right-1.5 top-1/2 flex size-7 -translate-y-1/2 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <X aria-hidden="true" className="size-4" />
          </button>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ToggleGroup
          type="single"
          value={type ?? 'all'}
          onValueChange={(value) => value && onType(value === 'all' ? null : (value as Asset['type']))}
          aria-label="Type"
          className="gap-1"
        >
          {TYPE_FILTERS.map((filter) => (
            <ToggleGroupItem key={filter.value} value={filter.value} className="h-8 px-3">
              {filter.label}
            </ToggleGroupItem>
          ))}
        </ToggleGroup>
        <button
          type="button"
          aria-pressed={favorite}
          onClick={() => onFavorite(!favorite)}
          className={cn(
            buttonVariants({ variant: 'outline', size: 'sm', className: 'h-8 rounded-full' }),
            favorite && 'border-rose-500/50 bg-rose-500/10 text-rose-600 hover:bg-rose-500/15 dark:text-rose-400',
          )}
        >
          <Heart aria-hidden="true" className={cn(favorite && 'fill-current')} />
          Favourites
        </button>
        <Select value={provider ?? ALL_PROVIDERS} onValueChange={(value) => onProvider(value === ALL_PROVIDERS ? null : value)}>
          <SelectTrigger aria-label="Provider" className="h-8 w-auto min-w-36 rounded-full py-1 text-sm">
            <SelectValue />
          </SelectTrigger>
          <SelectContent className="w-auto min-w-[var(--radix-select-trigger-width)]">
            <SelectItem value={ALL_PROVIDERS}>All providers</SelectItem>
            {catalog.providers.map((entry) => (
              <SelectItem key={entry.id} value={entry.id}>
                {entry.name}
              </SelectItem>
            ))}
            {provider && !catalog.providers.some((entry) => entry.id === provider) ? <SelectItem value={provider}>{provider}</SelectItem> : null}
          </SelectContent>
        </Select>
      </div>
    </div>
  );
}
