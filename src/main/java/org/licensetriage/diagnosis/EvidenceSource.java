package org.licensetriage.diagnosis;

/** Where a piece of evidence came from. */
public enum EvidenceSource {
    /** The error code given or read from the message, and the knowledge base's entry for it. */
    ERROR_CODE,
    /** The customer's or agent's own words in the message. */
    MESSAGE,
    /** Tool output in the message: slmgr, PowerShell, ospp, DISM, event log, service control (name kept for the API). */
    SLMGR,
    /** The analysis of the product key. */
    PRODUCT_KEY,
    /** A fact the agent stated. */
    FACT,
    /** The installed edition or operating system given. */
    EDITION
}
