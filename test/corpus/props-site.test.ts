/** Malformed Site props and importer arguments: each throws on the prop. */
import { Site } from '../../constructs';
import { any, describeCases, site } from './props-support';

describeCases('Site props', [
  ['Site name empty', (o) => site(o, { name: '' }), 'sg/Bad', 'name'],
  [
    'Site no media regions',
    (o) => site(o, { mediaRegions: [] }),
    'sg/Bad',
    'mediaRegions',
    [],
  ],
  [
    'Site without media regions',
    (o) => site(o, { mediaRegions: undefined }),
    'sg/Bad',
    'mediaRegions',
    undefined,
  ],
  [
    'Site media region blank',
    (o) => site(o, { mediaRegions: [' '] }),
    'sg/Bad',
    'mediaRegions[0]',
  ],
  [
    'Site media regions a string',
    (o) => site(o, { mediaRegions: 'ap-southeast-1' }),
    'sg/Bad',
    'mediaRegions',
    'ap-southeast-1',
  ],
  [
    'Site without address',
    (o) => site(o, { address: undefined }),
    'sg/Bad',
    'address.street1',
  ],
  [
    'Site city blank',
    (o) =>
      site(o, {
        address: { street1: '1', city: ' ', country: 'SG', zipCode: '1' },
      }),
    'sg/Bad',
    'address.city',
  ],
  [
    'Site.fromSiteName empty',
    (o) => Site.fromSiteName(o.stack, 'Bad', ''),
    'sg/Bad',
    'name',
  ],
  [
    'Site.fromSiteName media regions a string',
    (o) => Site.fromSiteName(o.stack, 'Bad', 'S', 'ap-southeast-1' as never),
    'sg/Bad',
    'mediaRegions',
    'ap-southeast-1',
  ],
  [
    'Site.fromSiteAttributes id blank',
    (o) => Site.fromSiteAttributes(o.stack, 'Bad', { siteId: ' ' }),
    'sg/Bad',
    'siteId',
  ],
  [
    'Site.fromSiteAttributes media regions an object',
    (o) =>
      Site.fromSiteAttributes(
        o.stack,
        'Bad',
        any({ siteId: 'id', mediaRegions: {} }),
      ),
    'sg/Bad',
    'mediaRegions',
    {},
  ],
]);
