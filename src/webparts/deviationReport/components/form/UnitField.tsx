import * as React from 'react';
import { ComboBox, IComboBox, IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import * as strings from 'DeviationReportWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { comboBoxStyles } from './touchStyles';

export interface IUnitFieldProps {
  units: readonly IOrganisationUnit[];
  selectedId: number | undefined;
  onChange: (unitId: number | undefined) => void;
  onBlur: () => void;
  errorMessage?: string;
  /** Id of the hint under the field, read out with it. */
  hintId?: string;
  componentRef: React.RefObject<IComboBox>;
}

/** Option texts, with the parent unit where two units share a name ("Kansli" in every förvaltning). */
export function unitOptions(units: readonly IOrganisationUnit[]): IComboBoxOption[] {
  const byId = new Map(units.map((unit) => [unit.id, unit] as [number, IOrganisationUnit]));
  const count = new Map<string, number>();
  units.forEach((unit) => count.set(unit.title, (count.get(unit.title) || 0) + 1));
  return units
    .map((unit) => {
      const parent = unit.parentId !== undefined ? byId.get(unit.parentId) : undefined;
      const text = (count.get(unit.title) || 0) > 1 && parent ? `${unit.title} (${parent.title})` : unit.title;
      return { key: unit.id, text };
    })
    .sort((a, b) => a.text.localeCompare(b.text, 'sv'));
}

function matching(options: readonly IComboBoxOption[], query: string): IComboBoxOption[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter((word) => word.length > 0);
  return options.filter((option) => words.every((word) => option.text.toLocaleLowerCase().indexOf(word) >= 0));
}

/**
 * The unit where it happened, searchable: typing filters the list on every word, anywhere in the
 * name, so "akut" finds "Akutmottagningen" among hundreds of units.
 */
export function UnitField(props: IUnitFieldProps): React.ReactElement {
  const allOptions = React.useMemo(() => unitOptions(props.units), [props.units]);
  const [query, setQuery] = React.useState<string | undefined>(undefined);
  const options = query ? matching(allOptions, query) : allOptions;

  const onInputValueChange = (text: string): void => {
    setQuery(text);
    if (text && props.componentRef.current) props.componentRef.current.focus(true);
  };

  const onChange = (_event: React.FormEvent<IComboBox>, option?: IComboBoxOption, _index?: number, value?: string): void => {
    setQuery(undefined);
    if (option) {
      props.onChange(Number(option.key));
      return;
    }
    // Typed text left in the field: take it when it names exactly one unit, else keep the choice.
    const found = value ? matching(allOptions, value) : [];
    if (found.length === 1) props.onChange(Number(found[0].key));
  };

  return (
    <ComboBox
      componentRef={props.componentRef}
      label={strings.UnitLabel}
      placeholder={strings.UnitPlaceholder}
      required
      allowFreeform
      autoComplete="off"
      openOnKeyboardFocus={false}
      useComboBoxAsMenuWidth
      options={options}
      selectedKey={props.selectedId === undefined ? null : props.selectedId} // eslint-disable-line @rushstack/no-new-null
      onInputValueChange={onInputValueChange}
      onChange={onChange}
      onMenuDismissed={() => setQuery(undefined)}
      onBlur={props.onBlur}
      errorMessage={props.errorMessage}
      ariaDescribedBy={props.hintId}
      styles={comboBoxStyles}
    />
  );
}
