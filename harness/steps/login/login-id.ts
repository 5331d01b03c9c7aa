import { LoginIdPage } from '../../pages/login-id-page.ts';
import { defineStep } from '../define-step.ts';

/** `login-id`: the identifier screen, answered with the scenario user's email. */
export default defineStep({
  name: 'login-id',
  screen: 'login-id',
  title: () => 'enter the email',
  run: async (ctx) => {
    await new LoginIdPage(ctx.page).submitEmail(ctx.user.email);
  },
});
