import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceFile } from '../../workers/import_protocol';
import { droppedFiles, pickedFiles } from './dropped_files';

/** The formats a file picker offers (a folder picker takes whatever the folder holds). */
// .ods and .xls are offered so that choosing one says how to convert it (see readFiles).
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xlsm,.ods,.xls,.json,.geojson,.zip';

/** `webkitdirectory` (a folder picker) is not in React's typings of <input>. */
const FOLDER_PICKER = { webkitdirectory: '' } as Record<string, string>;

/** Where files come from: dropped files or folders, a file picker, a folder picker. */
export function FilePicker({ onFiles }: { onFiles(files: SourceFile[]): void }) {
  const { t } = useTranslation('import');
  const [over, setOver] = useState(false);
  const give = (files: SourceFile[]) => {
    if (files.length > 0) onFiles(files);
  };
  const onDrop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setOver(false);
    void droppedFiles(event.dataTransfer).then(give);
  };
  return (
    <fieldset
      className={over ? 'import-drop import-drop-over' : 'import-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <legend className="visually-hidden">{t('dropZone')}</legend>
      <p>{t('dropHere')}</p>
      <div className="import-pickers">
        <label className="import-pick">
          <input
            type="file"
            className="visually-hidden"
            multiple
            accept={ACCEPT}
            onChange={(event) => {
              const files = pickedFiles(event.target.files);
              event.target.value = '';
              give(files);
            }}
          />
          <span>{t('chooseFiles')}</span>
        </label>
        <label className="import-pick">
          <input
            type="file"
            className="visually-hidden"
            {...FOLDER_PICKER}
            onChange={(event) => {
              const files = pickedFiles(event.target.files);
              event.target.value = '';
              give(files);
            }}
          />
          <span>{t('chooseFolder')}</span>
        </label>
      </div>
    </fieldset>
  );
}
