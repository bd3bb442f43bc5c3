import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarIntent,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

export interface DismissibleNoticeProps {
  intent: MessageBarIntent;
  text: string;
  closeLabel: string;
  onDismiss(): void;
}

/** The pane's latest message with a close button; errors are announced at once (role "alert"). */
export function DismissibleNotice({ intent, text, closeLabel, onDismiss }: DismissibleNoticeProps) {
  return (
    <MessageBar intent={intent} role={intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={closeLabel} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
