/** What POST /sandbox/files takes: a new file, or new content for the file of that name in the folder. */
export interface NewSandboxFile {
  folderId: string;
  name: string;
  /** Text, or bytes. */
  content: string | Buffer;
  modifiedAt?: string;
  modifiedBy?: string;
  metadata?: Record<string, string>;
}

const DAY = 86_400_000;

/**
 * Realistic folder contents over the days before `now`: signed contracts and riders in Contracts,
 * decks, logos and floor plans in Event assets. `link` ties them to Playbook records: the contract
 * and the event, as the `playbook` metadata template would (contractId / eventId).
 */
export function seedFiles(now: number, link: { contractId?: string; eventId?: string } = {}): NewSandboxFile[] {
  const contracts = [
    'Northwind MSA 2026 - signed.pdf',
    'Acme AV SOW - Summit 2027.pdf',
    'Venue rider - Grand Hall.docx',
    'Catering agreement - Blue Plate.pdf',
  ];
  const assets = [
    'Keynote title slide.pptx',
    'Sponsor logo - Contoso.svg',
    'Floor plan - Level 2.pdf',
    'Stage backdrop.png',
    'Welcome video.mp4',
    'Badge template.ai',
  ];
  const at = (i: number) => new Date(now - (i + 1) * (DAY / 3)).toISOString();
  return [
    ...contracts.map((name, i) => ({
      folderId: '200001',
      name,
      content: `%PDF-1.7 sandbox contract ${i}: ${name}\n`,
      modifiedAt: at(i),
      modifiedBy: 'legal@northwind.test',
      ...(link.contractId && i === 0 ? { metadata: { contractId: link.contractId } } : {}),
    })),
    ...assets.map((name, i) => ({
      folderId: '200002',
      name,
      content: `sandbox asset ${i}: ${name}\n`,
      modifiedAt: at(i),
      modifiedBy: 'design@northwind.test',
      ...(link.eventId ? { metadata: { eventId: link.eventId } } : {}),
    })),
  ];
}
