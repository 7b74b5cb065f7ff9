/**
 * Problem codes of the VNeID mock.
 * @see specs/vneid.yaml
 */
export const VNEID_CODES = {
    citizenNotFound: 'CITIZEN_NOT_FOUND',
    confirmationNotFound: 'CONFIRMATION_NOT_FOUND',
    documentAlreadyDelivered: 'DOCUMENT_ALREADY_DELIVERED',
};
