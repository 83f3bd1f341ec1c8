/** What a run is asked. Event triggers review one record; a person asks about a vendor, a client or an event. */
export type Task =
  | { task: 'review-engagement'; engagementId: string }
  | { task: 'review-purchase-order'; purchaseOrderId: string; engagementRequired: boolean }
  | { task: 'review-card-transaction'; cardTransactionId: string }
  | { task: 'review-budget'; budgetId: string; lineId: string | null }
  | { task: 'review-contract'; contractId: string }
  | { task: 'review-readiness'; eventId: string; asOf: string; leadDays: number }
  | { task: 'ask'; subjectType: 'vendor' | 'client' | 'event'; subjectId: string; question: string | null };

export function subjectOf(t: Task): { subjectType: string; subjectId: string } {
  switch (t.task) {
    case 'review-engagement':
      return { subjectType: 'engagement', subjectId: t.engagementId };
    case 'review-purchase-order':
      return { subjectType: 'purchase-order', subjectId: t.purchaseOrderId };
    case 'review-card-transaction':
      return { subjectType: 'card-transaction', subjectId: t.cardTransactionId };
    case 'review-budget':
      return { subjectType: 'budget', subjectId: t.budgetId };
    case 'review-contract':
      return { subjectType: 'contract', subjectId: t.contractId };
    case 'review-readiness':
      return { subjectType: 'event', subjectId: t.eventId };
    case 'ask':
      return { subjectType: t.subjectType, subjectId: t.subjectId };
  }
}
