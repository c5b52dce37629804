// The official Node.js SDK, given a region but no project id: it asks IAM for the region's project
// (GET /v3/projects?name=<region> at the IAM endpoint), then lists that project's clusters.
// Usage: EMULATOR=http://127.0.0.1:8080 AK=... SK=... [REGION=cn-north-4] node list-clusters.mjs
import core from '@huaweicloud/huaweicloud-sdk-core';
import cce from '@huaweicloud/huaweicloud-sdk-cce';

const endpoint = process.env.EMULATOR ?? 'http://127.0.0.1:8080';
const credentials = new core.BasicCredentials()
  .withAk(process.env.AK)
  .withSk(process.env.SK)
  .withIamEndpoint(endpoint);
const client = cce.CceClient.newBuilder()
  .withCredential(credentials)
  .withRegion(new core.Region(process.env.REGION ?? 'cn-north-4', endpoint))
  .build();

try {
  const clusters = await client.listClusters(new cce.ListClustersRequest());
  console.log(JSON.stringify({ projectId: credentials.projectId, clusters: clusters.items.map((c) => c.metadata.uid) }));
} catch (error) {
  console.log(JSON.stringify({ status: error.httpStatusCode, errorCode: error.errorCode, errorMsg: error.errorMsg ?? error.message }));
  process.exitCode = 1;
}
