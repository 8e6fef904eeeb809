import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteRow } from '../../explore/sites';
import type { TableName } from '../../model/dataset';
import type { Language } from '../../model/languages';
import { communeName } from '../../places/place_names';
import { DeleteRecord } from '../edit/DeleteRecord';
import { EditButton } from '../edit/EditButton';
import { formatDate } from '../shared/dates';
import { LinkifiedText } from '../shared/SafeText';
import { useAtlas, useReadOnly } from '../shared/store_context';

/** What every detail view gets: where its heading is, to move the focus there. */
export interface DetailProps {
  headingRef: Ref<HTMLHeadingElement>;
}

/** One term and its value; nothing when the value is empty. */
export function Field({ term, children }: { term: string; children: ReactNode }) {
  if (children === '' || children === null || children === undefined || children === false) {
    return null;
  }
  return (
    <div className="detail-field">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The entity's kind above its name, and its name as the panel's heading. */
export function DetailHeading({
  kind,
  title,
  headingRef,
}: {
  kind: string;
  title: string;
} & DetailProps) {
  return (
    <header className="detail-heading">
      <p className="detail-kind">{kind}</p>
      <h2 ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
    </header>
  );
}

/** A button that looks like a link and selects something in the explorer. */
export function SelectButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {children}
    </button>
  );
}

/** Opens the profile for printing of a commune or a province, in place of the explorer. */
export function ProfileButton({ code }: { code: string }) {
  const { t } = useTranslation('profile');
  const openProfile = useAtlas((state) => state.openProfile);
  return (
    <p className="detail-actions">
      <button
        type="button"
        className="profile-open"
        title={t('openHint')}
        onClick={() => openProfile(code)}
      >
        {t('open')}
      </button>
    </p>
  );
}

/** Where a site is, in a few words: "Liège — Place Saint-Jacques, 13". */
export function placeLabel(site: SiteRow, language: Language): string {
  const place = site.commune ? communeName(site.commune, language) : (site.location?.city ?? '');
  const address = site.location?.address_1 ?? '';
  return [place, address].filter(Boolean).join(' — ');
}

/** Sites as a list of buttons, each selecting its site (the map and the table follow). */
export function SiteButtons({
  sites,
  className,
}: {
  sites: readonly SiteRow[];
  className: string;
}) {
  const { t } = useTranslation('details');
  const language = useAtlas((state) => state.language);
  const select = useAtlas((state) => state.select);
  return (
    <ul className={className}>
      {sites.map((site) => (
        <li key={site.id}>
          <SelectButton onClick={() => select({ kind: 'site', id: site.id })}>
            {placeLabel(site, language) || t('serviceWithoutSite')}
          </SelectButton>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where a record's facts come from, the day that source was read, and, apart from that,
 * the day someone verified them with the organisation ("not yet" until someone has).
 */
export function Provenance({
  record,
}: {
  record: { source: string; source_consulted: string; last_verified: string };
}) {
  const { t } = useTranslation('details');
  const language = useAtlas((state) => state.language);
  const { source, source_consulted: consulted, last_verified: verified } = record;
  return (
    <dl className="detail-provenance">
      <Field term={t('source')}>{source ? <LinkifiedText text={source} /> : null}</Field>
      {source && (
        <Field term={t('sourceConsulted')}>
          {consulted ? formatDate(consulted, language) : t('consultedUnknown')}
        </Field>
      )}
      <Field term={t('lastVerified')}>
        {verified ? formatDate(verified, language) : t('notVerified')}
      </Field>
    </dl>
  );
}

/**
 * The actions on a record a detail view shows: open its form, `children` (further actions),
 * or delete it once confirmed.
 */
export function RecordActions({
  table,
  id,
  name,
  opener,
  editLabel,
  deleteLabel,
  names,
  small = false,
  onEdit,
  onDeleted,
  children,
}: {
  table: TableName;
  id: string;
  /** The record's name, in the question before it is deleted. */
  name: string;
  /** The key of the form the edit button opens (see `useEditing`). */
  opener: string;
  editLabel: string;
  deleteLabel: string;
  /** Accessible names of the two buttons, longer than their labels (which they contain). */
  names?: { edit: string; delete: string };
  /** Within a list item: a small bar beside the text. */
  small?: boolean;
  onEdit(): void;
  onDeleted(): void;
  children?: ReactNode;
}) {
  const readOnly = useReadOnly();
  const Bar = small ? 'span' : 'div';
  if (readOnly) return null;
  return (
    <Bar className={small ? 'detail-actions detail-actions-small' : 'detail-actions'}>
      <EditButton opener={opener} label={names?.edit} onClick={onEdit}>
        {editLabel}
      </EditButton>
      {children}
      <DeleteRecord
        table={table}
        id={id}
        name={name}
        buttonLabel={deleteLabel}
        buttonName={names?.delete}
        onDeleted={onDeleted}
      />
    </Bar>
  );
}
