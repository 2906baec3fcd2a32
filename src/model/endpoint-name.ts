/** The region written in a service endpoint name (`s3@eu-west-1` → `eu-west-1`), if any. */
export function serviceRegion(endpoint: string): string | undefined {
  const at = endpoint.indexOf('@');
  return at > 0 ? endpoint.slice(at + 1) : undefined;
}
