import * as React from 'react';
import { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { IOrganisationUnit } from '../domain/organisation';
import { unitTree } from './unitTree';

/**
 * Units as dropdown options in tree order. The name is the option's text (what is read out and
 * shown when chosen); the depth only indents the open list, so the line organisation is visible.
 */
export function unitOptions(units: readonly IOrganisationUnit[]): IDropdownOption[] {
  return unitTree(units).map((entry) => ({ key: entry.unit.id, text: entry.unit.title, data: { depth: entry.depth } }));
}

export function renderUnitOption(option?: IDropdownOption): JSX.Element {
  const depth = option && option.data ? (option.data as { depth: number }).depth : 0;
  return <span style={{ paddingLeft: depth * 12 }}>{option ? option.text : ''}</span>;
}
