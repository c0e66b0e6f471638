export { connectivityState, reportConnectivity, type Connectivity } from './connectivity';
