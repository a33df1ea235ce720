import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SponsorDirectory } from '../shared/sponsor-directory';
import { CrisisOffer } from '../crisis/crisis-offer';
import type { PlanHalt, PlanPerson, RecoveryPlan } from './plan.models';
import type { RecoveryPlanInput } from './plan.inputs';

interface PlanRow {
  warning_signs: string[];
  trigger_people: string[];
  trigger_places: string[];
  trigger_things: string[];
  trigger_feelings: string[];
  halt: Partial<PlanHalt>;
  coping_actions: string[];
  reasons: string[];
  people: PlanPerson[];
  updated_at: Date;
}

const EMPTY_HALT: PlanHalt = { hungry: '', angry: '', lonely: '', tired: '' };

/** The relapse-prevention plan: private to its member; the sponsor entry is looked up, never stored. */
@Injectable()
export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sponsors: SponsorDirectory,
    private readonly crisis: CrisisOffer,
  ) {}

  async get(userId: string): Promise<RecoveryPlan> {
    const [row]: PlanRow[] = await this.dataSource.query('SELECT * FROM toolkit_plans WHERE user_id = $1', [
      userId,
    ]);
    return {
      warningSigns: row?.warning_signs ?? [],
      triggers: {
        people: row?.trigger_people ?? [],
        places: row?.trigger_places ?? [],
        things: row?.trigger_things ?? [],
        feelings: row?.trigger_feelings ?? [],
      },
      halt: { ...EMPTY_HALT, ...(row?.halt ?? {}) },
      copingActions: row?.coping_actions ?? [],
      reasons: row?.reasons ?? [],
      people: (row?.people ?? []).map((p) => ({ name: p.name, phone: p.phone, note: p.note ?? '' })),
      sponsor: await this.sponsors.sponsorOf(userId),
      updatedAt: row?.updated_at ?? null,
    };
  }

  /** Only the people to call, for "Get help now". */
  async people(userId: string): Promise<PlanPerson[]> {
    const [row]: { people: PlanPerson[] }[] = await this.dataSource.query(
      'SELECT people FROM toolkit_plans WHERE user_id = $1',
      [userId],
    );
    return (row?.people ?? []).map((p) => ({ name: p.name, phone: p.phone, note: p.note ?? '' }));
  }

  async save(userId: string, input: RecoveryPlanInput): Promise<RecoveryPlan> {
    const halt: PlanHalt = {
      hungry: input.halt.hungry,
      angry: input.halt.angry,
      lonely: input.halt.lonely,
      tired: input.halt.tired,
    };
    const people = input.people.map(({ name, phone, note }) => ({ name, phone, note }));
    await this.dataSource.query(
      `INSERT INTO toolkit_plans (user_id, warning_signs, trigger_people, trigger_places, trigger_things,
                                  trigger_feelings, halt, coping_actions, reasons, people)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (user_id) DO UPDATE
          SET warning_signs = EXCLUDED.warning_signs, trigger_people = EXCLUDED.trigger_people,
              trigger_places = EXCLUDED.trigger_places, trigger_things = EXCLUDED.trigger_things,
              trigger_feelings = EXCLUDED.trigger_feelings, halt = EXCLUDED.halt,
              coping_actions = EXCLUDED.coping_actions, reasons = EXCLUDED.reasons, people = EXCLUDED.people,
              updated_at = now()`,
      [
        userId,
        input.warningSigns,
        input.triggers.people,
        input.triggers.places,
        input.triggers.things,
        input.triggers.feelings,
        JSON.stringify(halt),
        input.copingActions,
        input.reasons,
        JSON.stringify(people),
      ],
    );
    const crisis = await this.crisis.offer(userId, [
      ...input.warningSigns,
      ...input.triggers.feelings,
      ...Object.values(halt),
      ...input.copingActions,
      ...input.reasons,
    ]);
    return { ...(await this.get(userId)), crisis };
  }
}
