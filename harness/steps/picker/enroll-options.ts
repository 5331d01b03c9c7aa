import { defineStep } from '../define-step.ts';
import { answerPicker, describePicker, Picker } from './picker.ts';

/** `mfa-enroll-options`: the factor picker of an enrollment (ENR-2). */
export default defineStep({
  name: 'mfa-enroll-options',
  screen: 'mfa-enroll-options',
  options: Picker,
  title: describePicker,
  run: answerPicker,
});
