/**
 * The generated genesyscloud provider bindings this library builds on,
 * in one place so that construct files stay free of long generated paths.
 * Each module is imported on its own: the bindings index would load every
 * generated resource.
 */

// prettier-ignore
export { DataGenesyscloudRoutingLanguage }
  from '../.gen/providers/genesyscloud/data-genesyscloud-routing-language';
// prettier-ignore
export { DataGenesyscloudRoutingSkill }
  from '../.gen/providers/genesyscloud/data-genesyscloud-routing-skill';
// prettier-ignore
export { DataGenesyscloudTelephonyProvidersEdgesSite }
  from '../.gen/providers/genesyscloud/data-genesyscloud-telephony-providers-edges-site';
export { GenesyscloudProvider } from '../.gen/providers/genesyscloud/provider';
export { Location } from '../.gen/providers/genesyscloud/location';
// prettier-ignore
export { RoutingLanguage }
  from '../.gen/providers/genesyscloud/routing-language';
export { RoutingQueue } from '../.gen/providers/genesyscloud/routing-queue';
export { RoutingSkill } from '../.gen/providers/genesyscloud/routing-skill';
// prettier-ignore
export { RoutingSkillGroup }
  from '../.gen/providers/genesyscloud/routing-skill-group';
// prettier-ignore
export { TelephonyProvidersEdgesPhone }
  from '../.gen/providers/genesyscloud/telephony-providers-edges-phone';
// prettier-ignore
export { TelephonyProvidersEdgesPhonebasesettings }
  from '../.gen/providers/genesyscloud/telephony-providers-edges-phonebasesettings';
// prettier-ignore
export { TelephonyProvidersEdgesSite }
  from '../.gen/providers/genesyscloud/telephony-providers-edges-site';
// prettier-ignore
export { TelephonyProvidersEdgesTrunkbasesettings }
  from '../.gen/providers/genesyscloud/telephony-providers-edges-trunkbasesettings';
export { User } from '../.gen/providers/genesyscloud/user';
