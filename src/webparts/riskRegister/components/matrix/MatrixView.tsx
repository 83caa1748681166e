import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'RiskRegisterWebPartStrings';
import { ITryggServices } from '../../../../services/ITryggServices';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { IRegisterContext } from '../registerContext';
import { MatrixGrid } from '../MatrixGrid';
import { MatrixDetails } from './MatrixDetails';

// The editor (many fields, presets, validation) loads only when the security function opens it.
const MatrixEditor = React.lazy(() => import(/* webpackChunkName: 'trygg-risk-matrix-editor' */ './MatrixEditor'));

export interface IMatrixViewProps {
  services: ITryggServices;
  context: IRegisterContext;
  /** A new version was stored: the register reloads its matrices. */
  onSaved: () => void;
}

/** The matrix in force, read-only for everyone; the security function may start a new version. */
export function MatrixView(props: IMatrixViewProps): React.ReactElement {
  const { context } = props;
  const { matrix } = context;
  const [editing, setEditing] = React.useState(false);
  const mayEdit = context.me.roles.securityFunction;

  if (editing) {
    return (
      <React.Suspense fallback={<Spinner label={common.Loading} />}>
        <MatrixEditor services={props.services} current={matrix} onCancel={() => setEditing(false)} onSaved={props.onSaved} />
      </React.Suspense>
    );
  }

  return (
    <Stack tokens={{ childrenGap: 16 }} data-matrix-view={matrix.version}>
      <Text block>
        {matrix.changedAt
          ? format(strings.MatrixVersionChanged, matrix.version, formatDateTime(matrix.changedAt), matrix.changedBy || '')
          : format(strings.MatrixVersionPreset, matrix.version, strings.Presets[matrix.basis] || matrix.basis)}
      </Text>
      <Text block styles={{ root: { maxWidth: 760 } }}>
        {strings.MatrixOwnWords}
      </Text>
      {mayEdit ? (
        <DefaultButton iconProps={{ iconName: 'Edit' }} text={strings.EditMatrix} onClick={() => setEditing(true)} styles={{ root: { alignSelf: 'flex-start' } }} />
      ) : (
        <MessageBar messageBarType={MessageBarType.info}>{strings.MatrixReadOnly}</MessageBar>
      )}
      <MatrixGrid matrix={matrix} name="matrix" caption={strings.MatrixGridCaption} renderCell={(_l, _c, level) => (level ? level.name : '')} />
      <MatrixDetails matrix={matrix} />
    </Stack>
  );
}
