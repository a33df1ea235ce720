import { Injectable } from '@nestjs/common';
import { CRISIS_PRECEDENCE, crisisSupport, CrisisKindEnum, detectCrisis } from '@kinship/api/safety';
import type { CrisisLine } from '@kinship/shared/contracts';
import { RecoveryService } from '../recovery/recovery.service';
import type { CrisisHelp } from '../help/crisis-help.model';
import type { HelpLine } from '../help/help-line.model';

const toHelpLine = (l: CrisisLine): HelpLine => ({
  id: l.id,
  name: l.name,
  call: l.call ?? null,
  text: l.text ?? null,
  tty: l.tty ?? null,
  url: l.url ?? null,
  note: l.note ?? null,
});

/**
 * Reads what a member writes in their own tools (check-in notes, their plan) for crisis language, only to
 * offer help in the answer. Unlike chat, nobody is flagged or told: these tools are private.
 */
@Injectable()
export class CrisisOffer {
  constructor(private readonly recovery: RecoveryService) {}

  async offer(userId: string, texts: readonly string[]): Promise<CrisisHelp | null> {
    const kinds = new Set(texts.filter((t) => t.trim()).map((t) => detectCrisis(t).kind));
    const kind = CRISIS_PRECEDENCE.find((k) => kinds.has(k));
    if (!kind) return null;
    const { country } = await this.recovery.settings(userId);
    const help = crisisSupport(kind, country);
    return { kind: kind as CrisisKindEnum, lines: help.lines.map(toHelpLine), steps: help.steps };
  }
}
