// The validator is shared with the task pane's settings import, so it lives in core.
export { validateCheckConfig } from '../core/configValidation';
