import { Caption1, ProgressBar, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/** A check that ends within this time shows no progress bar (no flash on short documents). */
export const PROGRESS_DELAY_MS = 200;

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: 0 } });

/**
 * The progress of a long step (a check, a fix and its re-check). The check engine cannot tell how far it is, so the
 * bar is indeterminate; it appears only once the step has taken longer than PROGRESS_DELAY_MS.
 */
export function CheckProgress({ label, barLabel }: { label: string; barLabel: string }) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div className={styles.root} data-testid="check-progress" role="status">
      <ProgressBar thickness="large" aria-label={barLabel} />
      <Caption1>{label}</Caption1>
    </div>
  );
}
