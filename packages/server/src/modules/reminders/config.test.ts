import { describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { ConfigError, loadConfig } from '../../config';

const vapid = webpush.generateVAPIDKeys();

describe('reminder configuration', () => {
  it('runs the scheduler by default and can be turned off', () => {
    expect(loadConfig({}).reminders).toBe(true);
    expect(loadConfig({ BACKPLAN_REMINDERS: 'false' }).reminders).toBe(false);
    expect(() => loadConfig({ BACKPLAN_REMINDERS: 'sometimes' })).toThrow(ConfigError);
  });

  it('enables Web Push only with all three VAPID variables', () => {
    expect(loadConfig({}).webPush).toBeNull();
    const all = {
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      VAPID_SUBJECT: 'mailto:admin@clinic.example',
    };
    expect(loadConfig(all).webPush).toEqual({
      publicKey: vapid.publicKey,
      privateKey: vapid.privateKey,
      subject: 'mailto:admin@clinic.example',
    });
    expect(() => loadConfig({ ...all, VAPID_SUBJECT: undefined })).toThrow(/VAPID_SUBJECT/);
    expect(() => loadConfig({ ...all, VAPID_PUBLIC_KEY: 'short' })).toThrow(/VAPID_PUBLIC_KEY/);
    expect(() => loadConfig({ ...all, VAPID_SUBJECT: 'admin@clinic.example' })).toThrow(/VAPID_SUBJECT/);
  });
});
