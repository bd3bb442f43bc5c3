import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  english: { color: tokens.colorNeutralForeground3 },
});

export interface HostNoticeProps {
  title: string;
  body: string;
  /** The same in English, shown smaller below. */
  english: string;
}

/** A full-pane message when the add-in cannot run here (no Office.js, or not in Word), styled like the pane. */
export function HostNotice({ title, body, english }: HostNoticeProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <main className={styles.page} lang="vi">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {body}
          </MessageBarBody>
        </MessageBar>
        <p className={styles.english} lang="en">
          {english}
        </p>
      </main>
    </FluentProvider>
  );
}
