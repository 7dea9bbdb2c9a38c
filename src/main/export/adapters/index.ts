import type { TargetKind } from '../../../shared/export/targets'
import type { ExportAdapter } from '../adapter'
import { emailAdapter } from './email'
import { fileAdapter } from './file'
import { jiraAdapter } from './jira'
import { rtAdapter } from './rt'
import { topdeskAdapter } from './topdesk'
import { webhookAdapter } from './webhook'
import { zendeskAdapter } from './zendesk'

/** Every adapter this console has, by target kind. A new kind of target is one file and one line here. */
export const adapters: Partial<Record<TargetKind, ExportAdapter>> = {
  email: emailAdapter,
  file: fileAdapter,
  rt: rtAdapter,
  webhook: webhookAdapter,
  topdesk: topdeskAdapter,
  jira: jiraAdapter,
  zendesk: zendeskAdapter,
}
