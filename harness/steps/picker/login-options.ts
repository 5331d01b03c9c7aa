import { defineStep } from '../define-step.ts';
import { answerPicker, describePicker, Picker } from './picker.ts';

/** `mfa-login-options`: the factor picker of a challenge (SEL-3). */
export default defineStep({
  name: 'mfa-login-options',
  screen: 'mfa-login-options',
  options: Picker,
  title: describePicker,
  run: answerPicker,
});
