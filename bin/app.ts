/**
 * CDK app: `npx cdk synth`, `npx cdk deploy`, `npx cdk destroy` (cdk.json runs this file with tsx).
 * Options come from context (see lib/infra/context.ts), e.g. `npx cdk deploy -c winnow:alarmEmail=me@example.org`.
 * cdk-nag's AwsSolutions pack checks the app at every synth.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { optionsFromContext } from '../lib/infra/context.ts';
import { WinnowStack } from '../lib/infra/stack.ts';

const app = new App();
const { stackName, options } = optionsFromContext(app.node);
new WinnowStack(app, stackName, {
  ...options,
  description: 'Winnow: raw news articles uploaded to S3 become a clean, structured corpus',
  // Account and region come from the deploying credentials (environment-agnostic stack).
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
