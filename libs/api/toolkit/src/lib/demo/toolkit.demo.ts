import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { DemoData, type DemoDataSeeder } from '@kinship/api/core';

const PLAN = {
  warningSigns: ['Skipping meetings', 'Not answering my phone', 'Thinking "just once" is fine'],
  triggerPeople: ['Old using friends'],
  triggerPlaces: ['The corner by the old apartment'],
  triggerThings: ['Payday', 'Cash in my pocket'],
  triggerFeelings: ['Bored', 'Ashamed'],
  halt: {
    hungry: 'Eat something real, even just toast.',
    angry: 'Walk it off before I say anything.',
    lonely: 'Call someone from my list or go to a meeting.',
    tired: 'Go to bed early; things look different in the morning.',
  },
  copingActions: ['Call my sponsor', 'Go to the 7 pm online meeting', 'Play the urge forward to the end'],
  reasons: ['My daughter', 'Waking up without dread', 'My job back'],
  // 555-01xx numbers are reserved for fiction: nobody real is called from the demo.
  people: [
    { name: 'Jess (sister)', phone: '+1 555-0142', note: 'Any time' },
    { name: 'Dev (home group)', phone: '+1 555-0187', note: 'Evenings' },
  ],
};

/**
 * Sam T. (member@example.org, "90 days clean"): a clean date 90 days before the first start, a plan, a
 * Cost-Benefit Analysis shared with Maria G. (visible to her only while she is Sam's sponsor), and two
 * weeks of check-ins for the chart.
 */
@DemoData()
@Injectable()
export class ToolkitDemoData implements DemoDataSeeder {
  readonly order = 40;

  async seed(m: EntityManager): Promise<void> {
    const idOf = async (email: string) =>
      ((await m.query('SELECT id FROM users WHERE email = $1', [email])) as { id: string }[])[0]?.id;
    const sam = await idOf('member@example.org');
    const maria = await idOf('sponsor@example.org');
    if (!sam) return;
    const today = DateTime.utc().startOf('day');
    await m.query(
      `INSERT INTO toolkit_recovery (user_id, clean_date, country) VALUES ($1, $2, 'US')
       ON CONFLICT (user_id) DO NOTHING`,
      [sam, today.minus({ days: 90 }).toISODate()],
    );
    await m.query(
      `INSERT INTO toolkit_plans (user_id, warning_signs, trigger_people, trigger_places, trigger_things,
                                  trigger_feelings, halt, coping_actions, reasons, people)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (user_id) DO NOTHING`,
      [
        sam,
        PLAN.warningSigns,
        PLAN.triggerPeople,
        PLAN.triggerPlaces,
        PLAN.triggerThings,
        PLAN.triggerFeelings,
        JSON.stringify(PLAN.halt),
        PLAN.copingActions,
        PLAN.reasons,
        JSON.stringify(PLAN.people),
      ],
    );
    await m.query(
      `INSERT INTO toolkit_worksheets (owner_id, kind, title, content, shared_with_id)
       VALUES ($1, 'cost_benefit', 'Using again vs. staying clean', $2, $3)`,
      [
        sam,
        JSON.stringify({
          behavior: 'Using opioids',
          usingBenefits: ['Numbs everything fast', 'No withdrawal'],
          usingCosts: ['Lost my apartment', 'My daughter stopped calling', 'Nearly died twice'],
          notUsingBenefits: ['I remember my days', 'Trust coming back', 'Money for rent'],
          notUsingCosts: ['Feelings come back all at once', 'Boredom in the evenings'],
          reflection: 'The costs of using are the things I care about most.',
        }),
        maria ?? null,
      ],
    );
    const moods = [3, 3, 2, 3, 4, 4, 3, 2, 3, 4, 4, 5, 4, 4];
    const cravings = [3, 2, 3, 2, 2, 1, 2, 3, 2, 1, 1, 0, 1, 1];
    for (let i = 0; i < moods.length; i += 1) {
      await m.query(
        `INSERT INTO toolkit_check_ins (user_id, local_date, mood, craving) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [sam, today.minus({ days: moods.length - i }).toISODate(), moods[i], cravings[i]],
      );
    }
  }
}
