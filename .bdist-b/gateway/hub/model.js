/** Collection names of the hub's state. */
export const HUB_COLLECTIONS = {
    dossiers: 'lienthong.dossiers',
    documents: 'lienthong.documents',
    events: 'lienthong.events',
    idempotency: 'lienthong.idempotency',
    steps: 'lienthong.steps',
    subscriptions: 'lienthong.subscriptions',
    deliveries: 'lienthong.deliveries',
    exchanges: 'lienthong.exchanges',
};
