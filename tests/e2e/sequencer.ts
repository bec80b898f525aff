import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files run one after another; tests/e2e/on-demand.test.ts must be the first to read the fixture site's pages. */
export default class OnDemandFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isOnDemand = (file: TestSpecification) => file.moduleId.endsWith('/on-demand.test.ts');
    return [...sorted.filter(isOnDemand), ...sorted.filter((file) => !isOnDemand(file))];
  }
}
