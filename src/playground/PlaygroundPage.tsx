import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { ClipboardPasteRegular, DeleteRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Lang } from '../core/i18n';
import type { DocumentModel } from '../core/model';
import { readPlainText } from '../core/plainText';
import { App, initialLang } from '../taskpane/App';
import { showWhitespace } from '../taskpane/display';
import { describeError } from '../taskpane/errors';
import { fmt } from '../taskpane/strings';
import type { PlaygroundComment, PlaygroundHost } from './PlaygroundHost';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground3 },
  top: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    flexWrap: 'wrap',
    padding: '4px 12px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  docColumn: { flexGrow: 1, minWidth: 0, overflowY: 'auto', padding: '16px' },
  paper: { maxWidth: '21cm', margin: '0 auto', boxShadow: tokens.shadow8 },
  comments: {
    width: '240px',
    flexShrink: 0,
    overflowY: 'auto',
    padding: '12px',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  comment: {
    textAlign: 'left',
    whiteSpace: 'pre-wrap',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
  },
  pane: {
    width: '380px',
    flexShrink: 0,
    overflow: 'hidden',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  hiddenInput: { display: 'none' },
});

/** Reads a chosen file into the model: .docx through the .docx reader (loaded on demand), anything else as text. */
async function readFile(file: File): Promise<DocumentModel> {
  if (/\.docx$/i.test(file.name)) {
    const { readDocx } = await import('../docx/readDocx');
    return readDocx(new Uint8Array(await file.arrayBuffer()), file.name);
  }
  return readPlainText(await file.text(), file.name);
}

interface Notice {
  intent: 'success' | 'error' | 'info';
  text: (lang: Lang) => string;
  /** The document as it was before a load or clear replaced it, for "Hoàn tác". */
  previous?: DocumentModel;
}

/** The playground: the editable document on the left, the real task pane on the right. */
export function PlaygroundPage({ host }: { host: PlaygroundHost }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => initialLang(host));
  const [comments, setComments] = useState<readonly PlaygroundComment[]>(host.comments);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasteText, setPasteText] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const paperRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // The document element belongs to the host, not to React: it is attached once and never re-rendered.
  useEffect(() => {
    paperRef.current?.appendChild(host.root);
    return host.onCommentsChange(setComments);
  }, [host]);

  /** Replaces the document, keeping what it held so the notice can offer to undo: nothing is lost in one click. */
  const replace = useCallback(
    async (model: DocumentModel | null, text: Notice['text']) => {
      const before = await host.read();
      const hadText = before.paragraphs.some((p) => p.text.trim() !== '');
      if (model) host.load(model);
      else host.clear();
      setNotice({ intent: model ? 'success' : 'info', text, ...(hadText ? { previous: before } : {}) });
    },
    [host],
  );

  const load = useCallback(
    (model: DocumentModel) => {
      const { name } = model.meta;
      const count = model.paragraphs.length;
      return replace(model, (l) => (name ? fmt(l, 'loadedFile', { name, count }) : fmt(l, 'loadedText', { count })));
    },
    [replace],
  );

  const onFile = useCallback(
    async (e: ChangeEvent<HTMLInputElement>) => {
      const file = e.target.files?.[0];
      e.target.value = '';
      if (!file) return;
      try {
        await load(await readFile(file));
      } catch (error) {
        setNotice({
          intent: 'error',
          text: (l) => fmt(l, 'fileReadError', { name: file.name, detail: describeError(error, l) }),
        });
      }
    },
    [load],
  );

  const onPaste = useCallback(() => {
    void load(readPlainText(pasteText));
    setPasteOpen(false);
    setPasteText('');
  }, [load, pasteText]);

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <div className={styles.top}>
          <Subtitle2>{fmt(lang, 'playgroundTitle')}</Subtitle2>
          <Toolbar aria-label={fmt(lang, 'documentLabel')} size="small">
            <ToolbarButton icon={<FolderOpenRegular />} onClick={() => fileRef.current?.click()}>
              {fmt(lang, 'openFile')}
            </ToolbarButton>
            <ToolbarButton icon={<ClipboardPasteRegular />} onClick={() => setPasteOpen(true)}>
              {fmt(lang, 'pasteText')}
            </ToolbarButton>
            <ToolbarButton icon={<DeleteRegular />} onClick={() => void replace(null, (l) => fmt(l, 'cleared'))}>
              {fmt(lang, 'clear')}
            </ToolbarButton>
          </Toolbar>
          <input
            ref={fileRef}
            className={styles.hiddenInput}
            type="file"
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            data-testid="file-input"
            onChange={onFile}
          />
          <Caption1>{fmt(lang, 'playgroundIntro')}</Caption1>
        </div>
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text(lang)}</MessageBarBody>
            {notice.previous && (
              <MessageBarActions>
                <Button
                  size="small"
                  onClick={() => {
                    host.load(notice.previous!);
                    setNotice(null);
                  }}
                >
                  {fmt(lang, 'undoReplace')}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        <div className={styles.main}>
          <div className={styles.docColumn}>
            <div className={styles.paper} ref={paperRef} />
          </div>
          {comments.length > 0 && (
            <aside className={styles.comments} aria-label={fmt(lang, 'commentsTitle', { count: comments.length })}>
              <Text weight="semibold">{fmt(lang, 'commentsTitle', { count: comments.length })}</Text>
              {comments.map((c, i) => (
                <button
                  key={i}
                  type="button"
                  className={styles.comment}
                  onClick={() => void host.select(c).catch(() => undefined)}
                >
                  {c.quote && <b>“{showWhitespace(c.quote)}”</b>}
                  {c.quote && '\n'}
                  {c.text}
                </button>
              ))}
            </aside>
          )}
          <div className={styles.pane}>
            <App host={host} onLangChange={setLang} />
          </div>
        </div>
      </div>

      <Dialog open={pasteOpen} onOpenChange={(_, data) => setPasteOpen(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{fmt(lang, 'pasteDialogTitle')}</DialogTitle>
            <DialogContent>
              <Caption1>{fmt(lang, 'pasteDialogHint')}</Caption1>
              <Textarea
                aria-label={fmt(lang, 'pasteDialogTitle')}
                value={pasteText}
                onChange={(_, data) => setPasteText(data.value)}
                resize="vertical"
                rows={12}
                style={{ width: '100%', marginTop: 8 }}
              />
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPasteOpen(false)}>
                {fmt(lang, 'cancel')}
              </Button>
              <Button appearance="primary" onClick={onPaste} disabled={!pasteText.trim()}>
                {fmt(lang, 'pasteApply')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </FluentProvider>
  );
}
