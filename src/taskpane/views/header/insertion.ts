import type { InsertBlockEdit } from '../../../core/edit';
import type { DocumentHost, HostStatus } from '../../../core/host';
import { formatTemplate, type Lang } from '../../../core/i18n';
import { describeError } from '../../errors';
import { HEADER_SETTINGS } from '../../headerDraft';
import { HEADER_TEXT } from '../../headerStrings';

export type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; text: string };

/**
 * Checks the host can take the insertion, applies it, remembers the per-user values on success, and says what
 * happened in the user's language.
 */
export async function runInsertion(
  host: DocumentHost,
  edit: InsertBlockEdit,
  options: {
    done: keyof typeof HEADER_TEXT;
    lang: Lang;
    remember: Array<[keyof typeof HEADER_SETTINGS, string]>;
  },
): Promise<{ notice: Notice; status?: HostStatus }> {
  const { done, lang, remember } = options;
  const t = (key: keyof typeof HEADER_TEXT) => formatTemplate(HEADER_TEXT[key][lang]);
  try {
    const status = await host.status();
    if (status.readOnly) return { status, notice: { intent: 'error', text: t('readOnly') } };
    const result = await host.apply([edit]);
    if (result.error) return { status, notice: { intent: 'error', text: result.error[lang] } };
    if (result.stale.length) return { status, notice: { intent: 'warning', text: t('stale') } };
    if (result.applied === 0) return { status, notice: { intent: 'warning', text: t('nothingApplied') } };
    // Remembering is a convenience: a failure to store must not disturb the user.
    await Promise.all(remember.map(([key, value]) => host.settings.set(HEADER_SETTINGS[key], value))).catch(
      () => undefined,
    );
    const text = t(done) + (status.trackChanges ? t('insertedTracked') : '');
    return { status, notice: { intent: 'success', text } };
  } catch (error) {
    return { notice: { intent: 'error', text: describeError(error, lang) } };
  }
}
