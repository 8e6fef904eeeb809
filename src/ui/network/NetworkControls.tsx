import { useTranslation } from 'react-i18next';
import type { OrgGroup } from '../../analysis/graph/groups';
import {
  CONFIDENCE_OPTIONS,
  LEVEL_OPTIONS,
  type NetworkOptions,
  type NetworkScope,
  TYPE_OPTIONS,
} from '../../analysis/graph/shown_network';
import { COLOR_BY, type ColorBy, SIZE_BY, type SizeBy } from '../../network/appearance';
import type { LayoutMode } from '../../network/graph_controller';

/** The value lists the view filters on; an empty list means "all". */
type ListOption = 'types' | 'levels' | 'confidences';

/** `list` with `value` ticked or unticked; "all" (empty) when everything is ticked. */
export function toggled<T>(list: readonly T[], value: T, all: readonly T[]): T[] {
  // An empty list means "all": unticking one from "all" keeps the others.
  const current = list.length === 0 ? [...all] : [...list];
  const next = current.includes(value)
    ? current.filter((item) => item !== value)
    : [...current, value];
  return next.length === all.length ? [] : next;
}

export interface NetworkControlsProps {
  options: NetworkOptions;
  setOptions(change: (options: NetworkOptions) => NetworkOptions): void;
  /** An explorer filter is on: the network shows what passes it, whatever the scope. */
  filtered: boolean;
  layout: LayoutMode;
  setLayout(mode: LayoutMode): void;
  sizeBy: SizeBy;
  setSizeBy(size: SizeBy): void;
  colorBy: ColorBy;
  setColorBy(color: ColorBy): void;
  groups: readonly OrgGroup[];
  groupName(group: OrgGroup): string;
  onGroup(id: string): void;
}

/**
 * The network's own controls beside the drawing: which organisations (the key ones or
 * all, the filters' with their context), the layout, sizes and colours, the groups (each
 * opens into its members), and the relationship types, levels and confidences shown.
 */
export function NetworkControls(props: NetworkControlsProps) {
  const { t } = useTranslation(['network', 'model']);
  const { options, setOptions } = props;
  const tick = (key: ListOption, value: string, all: readonly string[]) =>
    setOptions(
      (current) =>
        ({
          ...current,
          [key]: toggled(current[key] as readonly string[], value, all),
        }) as NetworkOptions,
    );
  const ticked = (key: ListOption, value: string) =>
    options[key].length === 0 || (options[key] as readonly string[]).includes(value);
  return (
    <div className="network-side">
      <fieldset>
        <legend>{t('scope')}</legend>
        {(['key', 'all'] as const satisfies readonly NetworkScope[]).map((scope) => (
          <label key={scope}>
            <input
              type="radio"
              name="network-scope"
              value={scope}
              checked={options.scope === scope}
              disabled={props.filtered}
              onChange={() => setOptions((current) => ({ ...current, scope }))}
            />{' '}
            {scope === 'key' ? t('scopeKey') : t('scopeAll')}
          </label>
        ))}
        {props.filtered && <p className="network-hint">{t('scopeFiltered')}</p>}
        <label className="network-context">
          <input
            type="checkbox"
            checked={options.context}
            onChange={(event) => {
              const context = event.target.checked;
              setOptions((current) => ({ ...current, context }));
            }}
          />{' '}
          {t('context')}
        </label>
        <p className="network-hint">{t('contextHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('layout')}</legend>
        {(['force', 'levels'] as const satisfies readonly LayoutMode[]).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="network-layout"
              value={mode}
              checked={props.layout === mode}
              onChange={() => props.setLayout(mode)}
            />{' '}
            {mode === 'force' ? t('layoutForce') : t('layoutLevels')}
          </label>
        ))}
      </fieldset>
      {props.groups.length > 0 && (
        <fieldset className="network-groups">
          <legend>{t('groups')}</legend>
          <ul>
            {props.groups.map((group) => {
              const open = options.open.has(group.id);
              const name = props.groupName(group);
              return (
                <li key={group.id}>
                  <span>{name}</span>{' '}
                  <button
                    type="button"
                    aria-pressed={open}
                    aria-label={`${open ? t('closeGroup') : t('openGroup')} : ${name}`}
                    onClick={() => props.onGroup(group.id)}
                  >
                    {open ? t('closeGroup') : t('openGroup')}
                  </button>
                </li>
              );
            })}
          </ul>
          <p className="network-hint">{t('groupsHint')}</p>
        </fieldset>
      )}
      <label className="network-appearance">
        {t('sizeBy')}
        <select
          value={props.sizeBy}
          onChange={(event) => props.setSizeBy(event.target.value as SizeBy)}
        >
          {SIZE_BY.map((option) => (
            <option key={option} value={option}>
              {t(`sizeOption.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="network-appearance">
        {t('colorBy')}
        <select
          value={props.colorBy}
          onChange={(event) => props.setColorBy(event.target.value as ColorBy)}
        >
          {COLOR_BY.map((option) => (
            <option key={option} value={option}>
              {t(`colorOption.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('edgeTypes')}</legend>
        {TYPE_OPTIONS.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={ticked('types', type)}
              onChange={() => tick('types', type, TYPE_OPTIONS)}
            />{' '}
            {t(`model:relationship.${type}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('confidences')}</legend>
        {CONFIDENCE_OPTIONS.map((confidence) => (
          <label key={confidence || 'none'}>
            <input
              type="checkbox"
              checked={ticked('confidences', confidence)}
              onChange={() => tick('confidences', confidence, CONFIDENCE_OPTIONS)}
            />{' '}
            {t(`confidence.${confidence || 'none'}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('levels')}</legend>
        {LEVEL_OPTIONS.map((level) => (
          <label key={level || 'none'}>
            <input
              type="checkbox"
              checked={ticked('levels', level)}
              onChange={() => tick('levels', level, LEVEL_OPTIONS)}
            />{' '}
            {level ? t(`model:level.${level}`) : t('noLevel')}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
