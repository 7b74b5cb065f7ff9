/**
 * Problem codes of the VNeID mock.
 * @see specs/vneid.yaml
 */
export declare const VNEID_CODES: {
    readonly citizenNotFound: "CITIZEN_NOT_FOUND";
    readonly confirmationNotFound: "CONFIRMATION_NOT_FOUND";
    readonly documentAlreadyDelivered: "DOCUMENT_ALREADY_DELIVERED";
};
