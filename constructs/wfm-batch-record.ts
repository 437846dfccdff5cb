import { Construct } from 'constructs';
import { ITerraformDependable, TerraformResource } from 'cdktf';
import { WfmBulkRequest } from '../lib/wfm/payload';

/**
 * A Terraform built-in `terraform_data` resource holding one WFM bulk
 * request as its `input`, so `terraform plan` shows when the request
 * changes and state holds it with every id resolved.
 *
 * cdktf's own `DataResource` synthesizes the same JSON, but it adds a
 * validation to every instance that runs `terraform version` in a child
 * process during synthesis: a second per batch, minutes for a large org,
 * and a dependency on a terraform binary being installed at synth time.
 */
export class WfmBatchRecord extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    private readonly request: WfmBulkRequest,
    dependsOn: ITerraformDependable[],
  ) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      dependsOn,
    });
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { input: this.request };
  }
}
