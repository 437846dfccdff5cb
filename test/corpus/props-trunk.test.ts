/**
 * Malformed ByocTrunk props, SIP and queue settings, and attributes of
 * imported trunks: each throws a GenesysPropsError on the prop.
 */
import { ByocTrunk } from '../../constructs';
import { any, describeCases, imported, trunk } from './props-support';

describeCases('ByocTrunk props', [
  ['ByocTrunk name empty', (o) => trunk(o, { name: '' }), 'sg/Bad', 'name'],
  [
    'ByocTrunk trunkId whitespace',
    (o) => trunk(o, { trunkId: '   ' }),
    'sg/Bad',
    'trunkId',
  ],
  [
    'ByocTrunk state unknown',
    (o) => trunk(o, { state: 'paused' }),
    'sg/Bad',
    'state',
  ],
  [
    'ByocTrunk capacity 0',
    (o) => trunk(o, { agentCapacity: 0 }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk capacity decimal',
    (o) => trunk(o, { agentCapacity: 1.5 }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk capacity NaN',
    (o) => trunk(o, { agentCapacity: NaN }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk capacity Infinity',
    (o) => trunk(o, { agentCapacity: Infinity }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk capacity a string',
    (o) => trunk(o, { agentCapacity: '40' }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk without inboundSite',
    (o) => trunk(o, { inboundSite: undefined }),
    'sg/Bad',
    'inboundSite',
  ],
  [
    'ByocTrunk without policy',
    (o) => trunk(o, { policy: undefined }),
    'sg/Bad',
    'policy',
  ],
  [
    'ByocTrunk policy a name',
    (o) => trunk(o, { policy: 'Sales' }),
    'sg/Bad',
    'policy',
    'Sales',
  ],
  [
    'ByocTrunk sip protocol',
    (o) => trunk(o, { sip: { protocol: 'http' } }),
    'sg/Bad',
    'sip.protocol',
  ],
  [
    'ByocTrunk sip label a number',
    (o) => trunk(o, { sip: { label: 5 } }),
    'sg/Bad',
    'sip.label',
  ],
  [
    'ByocTrunk sip proxy blank',
    (o) => trunk(o, { sip: { serverProxies: [''] } }),
    'sg/Bad',
    'sip.serverProxies[0]',
  ],
  [
    'ByocTrunk sip proxies a string',
    (o) => trunk(o, { sip: { serverProxies: 'sip.example.sg:5060' } }),
    'sg/Bad',
    'sip.serverProxies',
    'sip.example.sg:5060',
  ],
  [
    'ByocTrunk sip allowList',
    (o) => trunk(o, { sip: { allowList: ['10.0.0.1'] } }),
    'sg/Bad',
    'sip.allowList[0]',
  ],
  [
    'ByocTrunk sip allowList null',
    (o) => trunk(o, { sip: { allowList: [null] } }),
    'sg/Bad',
    'sip.allowList[0]',
  ],
  [
    'ByocTrunk sip allowList an object',
    (o) => trunk(o, { sip: { allowList: { cidr: '10.0.0.0/8' } } }),
    'sg/Bad',
    'sip.allowList',
    { cidr: '10.0.0.0/8' },
  ],
  [
    'ByocTrunk queue prompt unknown',
    (o) => trunk(o, { queue: { acwWrapupPrompt: 'SOMETIMES' } }),
    'sg/Bad',
    'queue.acwWrapupPrompt',
    'SOMETIMES',
  ],
  [
    'ByocTrunk queue prompt lower case',
    (o) => trunk(o, { queue: { acwWrapupPrompt: 'optional' } }),
    'sg/Bad',
    'queue.acwWrapupPrompt',
  ],
  [
    'ByocTrunk queue timeout negative',
    (o) => trunk(o, { queue: { acwTimeoutMs: -1 } }),
    'sg/Bad',
    'queue.acwTimeoutMs',
    -1,
  ],
  [
    'ByocTrunk queue timeout over a day',
    (o) => trunk(o, { queue: { acwTimeoutMs: 86_400_001 } }),
    'sg/Bad',
    'queue.acwTimeoutMs',
  ],
  [
    'ByocTrunk queue timeout decimal',
    (o) => trunk(o, { queue: { acwTimeoutMs: 1000.5 } }),
    'sg/Bad',
    'queue.acwTimeoutMs',
  ],
  [
    'ByocTrunk queue timeout a string',
    (o) => trunk(o, { queue: { acwTimeoutMs: '300000' } }),
    'sg/Bad',
    'queue.acwTimeoutMs',
  ],
  [
    'ByocTrunk queue skill evaluation unknown',
    (o) => trunk(o, { queue: { skillEvaluationMethod: 'best' } }),
    'sg/Bad',
    'queue.skillEvaluationMethod',
  ],
  [
    'ByocTrunk queue name blank',
    (o) => trunk(o, { queue: { name: ' ' } }),
    'sg/Bad',
    'queue.name',
  ],
  [
    'ByocTrunk trunkId taken',
    (o) => {
      trunk(o, { trunkId: 'byoc_singapore_main' });
      return new ByocTrunk(
        o.stack,
        'Again',
        any({
          name: 'T',
          trunkId: 'byoc_singapore_main',
          inboundSite: o.site,
          policy: o.policy,
        }),
      );
    },
    'sg/Again',
    'trunkId',
  ],
]);

describeCases('ByocTrunk.fromTrunkAttributes', [
  [
    'import without attrs',
    (o) =>
      ByocTrunk.fromTrunkAttributes(o.stack, 'Bad', any(undefined as never)),
    'sg/Bad',
    'trunkId',
  ],
  [
    'import trunkId empty',
    (o) => imported(o, { trunkId: '' }),
    'sg/Bad',
    'trunkId',
  ],
  [
    'import trunkId a number',
    (o) => imported(o, { trunkId: 1e308 }),
    'sg/Bad',
    'trunkId',
  ],
  [
    'import region blank',
    (o) => imported(o, { regions: ['ap-southeast-1', ' '] }),
    'sg/Bad',
    'regions[1]',
  ],
  [
    'import regions a string',
    (o) => imported(o, { regions: 'ap-southeast-1' }),
    'sg/Bad',
    'regions',
    'ap-southeast-1',
  ],
  [
    'import capacity negative',
    (o) => imported(o, { agentCapacity: -1 }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'import policy an object',
    (o) => imported(o, { policy: { name: 'Sales' } }),
    'sg/Bad',
    'policy',
    { name: 'Sales' },
  ],
]);
