import './lib/styles/base.css';
import './lib/styles/layout.css';
import './lib/styles/controls.css';
import './lib/styles/content.css';

export { Layout, type LayoutProps } from './lib/components/Layout';
export { Button, type ButtonProps } from './lib/components/Button';
export {
  TextField,
  TextAreaField,
  SelectField,
  type TextFieldProps,
  type TextAreaFieldProps,
  type SelectFieldProps,
  type SelectOption,
} from './lib/components/TextField';
export { Field, type FieldProps, type FieldControlProps } from './lib/components/Field';
export { Alert, type AlertProps } from './lib/components/Alert';
export { Dialog, type DialogProps } from './lib/components/Dialog';
export { PageHeading, type PageHeadingProps } from './lib/components/PageHeading';
export { SessionGate, type SessionGateProps, type SessionGateStatus } from './lib/components/SessionGate';
export { GetHelpLink } from './lib/components/GetHelpLink';
export { HelpPage, guessHelpCountry, OTHER_COUNTRY, type HelpPageProps } from './lib/help/HelpPage';
export { dialable } from './lib/help/phone-links';
export { UI_NS } from './lib/ui.resources';
export {
  CrisisDialog,
  CrisisCheckInContext,
  draftFromState,
  type CrisisDialogProps,
  type CrisisMeeting,
  type DraftState,
} from './lib/help/CrisisDialog';
export { isEmergency, EMERGENCY_KINDS } from './lib/help/crisis-content';
export { CharacterCount, characterCount, type CharacterCountProps } from './lib/chat/CharacterCount';
export { useStickToBottom, type StickToBottomOptions } from './lib/chat/useStickToBottom';
export { NewMessagesButton } from './lib/chat/NewMessagesButton';
export { setPageTitle, setTitleCount } from './lib/components/document-title';
export { setNavCount, useNavCount } from './lib/components/nav-counts';
export { MemberName, type MemberNameProps } from './lib/member/MemberName';
export { MEMBER_NS } from './lib/member/member-name.resources';
