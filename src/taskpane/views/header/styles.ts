import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout of the "Phần đầu" tab. */
export const useHeaderStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px' },
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '8px', '& > *': { flexGrow: 1, flexBasis: 0, minWidth: 0 } },
  preview: {
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: '"Times New Roman", serif',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
});
