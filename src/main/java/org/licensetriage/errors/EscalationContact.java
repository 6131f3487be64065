package org.licensetriage.errors;

/** Who to contact when the help desk cannot fix an activation error itself. */
public enum EscalationContact {
    /** Microsoft support or the Licensing Activation Centers (phone activation, blocked keys). */
    MICROSOFT,
    /** The shop or reseller that sold the key. */
    VENDOR,
    /** The maker of the PC, for keys and licences stored in the firmware. */
    OEM,
    /** The organisation's volume-licensing or KMS administrator. */
    LICENSING_ADMINISTRATOR
}
