import { expect } from '@playwright/test';
import { z } from 'zod';
import { FactorType } from '../../format/vocabulary.ts';
import { FactorPickerPage } from '../../pages/factor-picker-page.ts';
import { where, type RunContext } from '../../runner/run-context.ts';

/** What a factor picker must offer, and which factor to choose. */
export const Picker = z.strictObject({
  expect: z.array(FactorType).describe('The factors offered, exactly and in this order.'),
  pick: FactorType.describe('The factor to choose.'),
});

export function describePicker(options: z.output<typeof Picker>): string {
  return `offers ${options.expect.join(', ')}; pick ${options.pick}`;
}

/** A factor picker: offers exactly `expect`, in that order (SEL-3, ENR-2); picks one. */
export async function answerPicker(ctx: RunContext, options: z.output<typeof Picker>): Promise<void> {
  const page = new FactorPickerPage(ctx.page);
  expect(await page.offered(), `${where(ctx)}: the factors offered, in order`).toEqual(options.expect);
  await page.pick(options.pick);
}
