/** Translated names of the fixed vocabularies (categories, severities, outcomes, text modes). */
import type { Category, Severity } from '@/rules/types';
import type { Outcome } from '@/utils/protocol/episodes';
import { t, type MessageKey } from '@/components/ui/i18n';

const CATEGORY: Record<Category, MessageKey> = { confidential: 'categoryConfidential', inflammatory: 'categoryInflammatory', protected: 'categoryProtected' };
const SEVERITY: Record<Severity, MessageKey> = { info: 'severityInfo', warn: 'severityWarn', block: 'severityBlock' };
const OUTCOME: Record<Outcome, MessageKey> = { posted: 'outcomePosted', dismissed: 'outcomeDismissed', edited: 'outcomeEdited', discarded: 'outcomeDiscarded', warned: 'outcomeWarned' };
const OUTCOME_HELP: Record<Outcome, MessageKey> = {
  posted: 'outcomePostedHelp', dismissed: 'outcomeDismissedHelp', edited: 'outcomeEditedHelp', discarded: 'outcomeDiscardedHelp', warned: 'outcomeWarnedHelp',
};

export const categoryLabel = (c: Category) => t(CATEGORY[c]);
export const severityLabel = (s: Severity) => t(SEVERITY[s]);
export const outcomeLabel = (o: Outcome) => t(OUTCOME[o]);
export const outcomeHelp = (o: Outcome) => t(OUTCOME_HELP[o]);

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDay(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' });
}
