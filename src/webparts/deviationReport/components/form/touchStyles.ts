import { ITextFieldStyles } from '@fluentui/react/lib/TextField';
import { IComboBoxStyles } from '@fluentui/react/lib/ComboBox';
import { IDropdownStyles } from '@fluentui/react/lib/Dropdown';
import { ICheckboxStyles } from '@fluentui/react/lib/Checkbox';
import { IButtonStyles } from '@fluentui/react/lib/Button';

/**
 * Reports are often written on a phone, standing up: fields and buttons at least 44 px high
 * (WCAG 2.5.5), and 16 px text, below which iOS zooms the page when a field gets focus.
 */
const TOUCH_HEIGHT = 44;
const TOUCH_FONT = 16;

export const textFieldStyles: Partial<ITextFieldStyles> = {
  fieldGroup: { minHeight: TOUCH_HEIGHT },
  field: { fontSize: TOUCH_FONT, minHeight: TOUCH_HEIGHT - 2 }
};

export const multilineStyles: Partial<ITextFieldStyles> = {
  field: { fontSize: TOUCH_FONT, minHeight: 120 }
};

export const comboBoxStyles: Partial<IComboBoxStyles> = {
  root: { height: TOUCH_HEIGHT, fontSize: TOUCH_FONT },
  input: { fontSize: TOUCH_FONT },
  optionsContainerWrapper: { maxHeight: 320 }
};

export const dropdownStyles: Partial<IDropdownStyles> = {
  title: { height: TOUCH_HEIGHT, lineHeight: TOUCH_HEIGHT - 2, fontSize: TOUCH_FONT },
  caretDownWrapper: { height: TOUCH_HEIGHT, lineHeight: TOUCH_HEIGHT - 2 },
  dropdownItem: { minHeight: TOUCH_HEIGHT, fontSize: TOUCH_FONT },
  dropdownItemSelected: { minHeight: TOUCH_HEIGHT, fontSize: TOUCH_FONT }
};

export const checkboxStyles: Partial<ICheckboxStyles> = {
  root: { minHeight: TOUCH_HEIGHT, display: 'flex', alignItems: 'center' },
  label: { alignItems: 'center', fontSize: TOUCH_FONT }
};

export const buttonStyles: Partial<IButtonStyles> = {
  root: { minHeight: TOUCH_HEIGHT, fontSize: TOUCH_FONT, padding: '0 20px' },
  label: { fontSize: TOUCH_FONT }
};
