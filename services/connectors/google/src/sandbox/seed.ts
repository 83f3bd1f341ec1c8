import type { DirectoryUser } from '../google-api.ts';

const FIRST = ['Avery', 'Jordan', 'Sam', 'Riley', 'Casey', 'Morgan', 'Quinn', 'Drew', 'Parker', 'Reese'];
const LAST = ['Stone', 'Lee', 'Patel', 'Garcia', 'Nguyen', 'Okafor', 'Kowalski', 'Haddad'];
const UNITS = ['/Production', '/Finance', '/Creative', '/Operations'];

/** `count` Workspace users of lumen.example, deterministic; the first is an admin, every eleventh suspended. */
export function seedUsers(count: number, now = Date.now(), domain = 'lumen.example'): DirectoryUser[] {
  return Array.from({ length: count }, (_, i) => {
    const given = FIRST[i % FIRST.length]!;
    const family = LAST[(i * 3) % LAST.length]!;
    return {
      id: String(100_000_000_000_000_000_000n + BigInt(i)),
      primaryEmail: `${given}.${family}${i}@${domain}`.toLowerCase(),
      name: { givenName: given, familyName: family, fullName: `${given} ${family}` },
      isAdmin: i === 0,
      suspended: i % 11 === 10,
      archived: false,
      orgUnitPath: UNITS[i % UNITS.length]!,
      creationTime: new Date(now - (400 - i) * 86_400_000).toISOString(),
    };
  });
}
