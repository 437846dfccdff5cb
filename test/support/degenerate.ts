import { MappingModel } from '../../lib/model/types';
import { literal, objectRef, org } from './model';

/**
 * A model full of the broken input rosters and Terraform JSON can carry:
 * null, blank and dangling references, invalid numbers, a trunk with an
 * unknown policy and an assignment of an unknown agent. Every rule must
 * judge it without throwing.
 */
export function degenerateModel(): MappingModel {
  const model = org()
    .skill('sales')
    .language('English')
    .policy('broken', {
      skills: [
        [literal(null), NaN],
        [objectRef('skills', 'sales'), 4],
      ],
      languages: [[literal(''), null]],
      maxAgents: 0,
    })
    .trunk('', { policy: 'missing', inboundSite: 'nowhere', regions: [] })
    .trunk('t1', { policy: 'broken', state: 'inactive', origin: 'imported' })
    .agent('nul', {
      email: ' ',
      skills: [
        [literal(null), NaN],
        [objectRef('skills', 'gone'), undefined],
        [objectRef('skills', 'sales'), null],
      ],
      languages: [[literal(undefined), Infinity]],
      trunk: '',
      queueTrunks: ['missing-trunk', 't1'],
    })
    .agent('dangling', { trunk: objectRef('trunks', 'gone') })
    .agent('linked', { trunk: 't1', skills: { sales: -1 } })
    .assign('nobody', { skills: [[literal(null), null]], trunk: '  ' })
    .assign('nul', { trunk: objectRef('trunks', 'gone') })
    .assign('linked', { skills: { sales: NaN }, trunk: 't1' })
    .build();
  return { ...model, stacks: [] };
}
