import { classifyHolding } from '../classify/classify-holding';
import type { HedgeProxiesResource, HedgeProxy } from './hedge-trades';

/** The proxies of resources/hedge-proxies.json, each tagged by the exposure rules as an imported holding would be. */
export const resolveProxies = (resource: HedgeProxiesResource): HedgeProxy[] =>
  resource.proxies.map((p) => ({
    ...p,
    exposures: classifyHolding({ symbol: p.symbol, name: p.name, assetClass: null, securityType: null, exposureText: null, isBond: false, isCashLike: false }),
  }));
