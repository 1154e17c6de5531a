/** Outside /api/v1: the dashboard is an operator's page, not part of the versioned API contract. */
export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';
