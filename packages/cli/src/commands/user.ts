// Subpath imports: registering this command must not load the whole server.
import { loadConfig } from '@backplan/server/config';
import { connectDatabase } from '@backplan/server/db/client';
import { runMigrations } from '@backplan/server/db/migrate';
import { provisionDatabase } from '@backplan/server/db/provision';
import { createAccount } from '@backplan/server/modules/accounts/account-service';
import { createArgon2Hasher } from '@backplan/server/modules/auth/password-hasher';
import type { Role } from '@backplan/server/modules/auth/users-repository';
import type { Command } from 'commander';

export interface UserCreateOptions {
  readonly email: string;
  readonly role: Role;
  readonly org?: string;
  readonly name?: string;
}

const ROLES: readonly Role[] = ['patient', 'clinician', 'admin'];

/** Reads a line from the terminal without echoing it. */
export function promptHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY) {
    return Promise.reject(
      new Error('Set BACKPLAN_PASSWORD, or run this in a terminal to type the password.'),
    );
  }
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stdout.write('\n');
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('Cancelled.'));
          return;
        }
        value = ch === '\u007f' || ch === '\b' ? value.slice(0, -1) : value + ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.BACKPLAN_PASSWORD;
  if (fromEnv) return fromEnv;
  const first = await promptHidden('Password: ');
  const second = await promptHidden('Password again: ');
  if (first !== second) throw new Error('The two passwords are different.');
  return first;
}

/**
 * `backplan user create`: creates an account directly in the database — the
 * first admin and their clinic, or staff. Staff get TOTP at once; the secret,
 * its otpauth URI and the recovery codes are printed once, here.
 */
export async function userCreateCommand(options: UserCreateOptions): Promise<void> {
  if (!ROLES.includes(options.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}.`);
  if (options.role !== 'patient' && !options.org)
    throw new Error('Clinicians and admins need --org "Clinic name".');
  const password = await readPassword();
  const config = loadConfig();
  const say = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  const provisioned = await provisionDatabase(config, { info: say, warn: say });
  try {
    await runMigrations(provisioned.url);
    const database = connectDatabase(provisioned.url, { max: 2 });
    try {
      const created = await createAccount(
        { db: database.db, hasher: createArgon2Hasher(), clock: () => new Date() },
        {
          email: options.email,
          displayName: options.name ?? options.email.split('@')[0] ?? options.email,
          password,
          role: options.role,
          ...(options.org ? { organisationName: options.org } : {}),
        },
      );
      say(`Created ${options.role} ${options.email}${options.org ? ` in "${options.org}"` : ''}.`);
      if (created.totp) {
        say('');
        say('Two-step sign-in is required for this account. Add it to an authenticator app now:');
        say(`  secret: ${created.totp.secret}`);
        say(`  URI:    ${created.totp.uri}`);
        say('');
        say('Recovery codes (each works once; store them somewhere safe, they are not shown again):');
        for (const code of created.recoveryCodes) say(`  ${code}`);
      }
    } finally {
      await database.close();
    }
  } finally {
    await provisioned.stop();
  }
}

/** Adds `backplan user create` to the program. */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage accounts');
  user
    .command('create')
    .description(
      'create an account (e.g. the first admin and their clinic); password from BACKPLAN_PASSWORD or a prompt',
    )
    .requiredOption('--email <email>', 'email address to sign in with')
    .requiredOption('--role <role>', 'patient, clinician or admin')
    .option('--org <name>', 'clinic name (created if new); required for clinicians and admins')
    .option('--name <name>', 'name shown to others (default: the part of the email before @)')
    .action(userCreateCommand);
}
