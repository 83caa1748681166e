import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Label } from '@fluentui/react/lib/Label';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { fileErrors } from '../../../domain/documents/documentValidation';
import { DOCUMENT_FILE_EXTENSIONS } from '../../../domain/documents/vocabulary';
import { formatNumber } from '../../../components/dates';
import { format } from '../../../common/format';

export interface IFileFieldProps {
  /** Unique on the page: ties the label, the input and the messages together. */
  id: string;
  label: string;
  file: File | undefined;
  onChange: (file: File | undefined) => void;
  required?: boolean;
  disabled?: boolean;
  /** Show the file's problems (after the first attempt to save), not while the user is still choosing. */
  showErrors: boolean;
}

/** The problems of a chosen file in words (the domain's rule: Word or PDF, not empty, within the limit). */
export function fileProblems(file: File | undefined): string[] {
  if (!file) return [strings.FileErrors.required];
  const errors = fileErrors(file.name, file.size);
  return [errors.name, errors.content].filter((key): key is NonNullable<typeof key> => !!key).map((key) => strings.FileErrors[key] || strings.FileErrors.unknown);
}

/** "1,2 MB" / "340 kB". */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return format(strings.SizeMegabytes, formatNumber(bytes / (1024 * 1024), 1));
  return format(strings.SizeKilobytes, formatNumber(Math.max(1, Math.round(bytes / 1024))));
}

/** A file's content for the service; FileReader, which every browser (and jsdom) has. */
export function readFileContent(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error || new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * One file, Word or PDF: a real file input (keyboard and screen reader as the browser gives it),
 * the chosen name and size, and what is wrong with it in words.
 */
export function FileField(props: IFileFieldProps): React.ReactElement {
  const theme = useTheme();
  const input = React.useRef<HTMLInputElement>(null);
  // A chosen file's problems show at once (a wrong type is plain); a missing one only after an attempt to save.
  const shown = props.file || props.showErrors ? fileProblems(props.file) : [];
  const inputId = `${props.id}-input`;
  const labelId = `${props.id}-label`;
  const buttonId = `${props.id}-button`;
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const accept = DOCUMENT_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');
  return (
    <div data-file-field={props.id}>
      <Label id={labelId} htmlFor={buttonId} required={props.required} disabled={props.disabled}>
        {props.label}
      </Label>
      {/* The browser's own input is hidden: its button would speak the browser's language, not the page's. */}
      <input
        ref={input}
        id={inputId}
        data-file-input
        type="file"
        accept={accept}
        disabled={props.disabled}
        tabIndex={-1}
        aria-hidden="true"
        style={{ display: 'none' }}
        onChange={(event) => {
          props.onChange(event.target.files && event.target.files[0] ? event.target.files[0] : undefined);
          event.target.value = ''; // the same file chosen again is read again
        }}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
        <DefaultButton
          id={buttonId}
          iconProps={{ iconName: 'Attach' }}
          text={props.file ? strings.ChooseAnotherFile : strings.ChooseFile}
          disabled={props.disabled}
          aria-labelledby={`${labelId} ${buttonId}`}
          aria-describedby={[props.file ? `${props.id}-chosen` : '', hintId, shown.length > 0 ? errorId : ''].filter(Boolean).join(' ')}
          onClick={() => input.current && input.current.click()}
        />
        {props.file && (
          <Text id={`${props.id}-chosen`} data-chosen-file styles={{ root: { overflowWrap: 'anywhere' } }}>
            {format(strings.ChosenFile, props.file.name, fileSizeText(props.file.size))}
          </Text>
        )}
      </div>
      <Text id={hintId} variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {strings.FileHint}
      </Text>
      {shown.length > 0 && (
        <div id={errorId} role="alert" data-file-errors style={{ color: theme.semanticColors.errorText, fontSize: 12 }}>
          {shown.join(' ')}
        </div>
      )}
    </div>
  );
}
