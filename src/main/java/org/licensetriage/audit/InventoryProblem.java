package org.licensetriage.audit;

/** Why an inventory file cannot be audited (further); the names are part of the API contract ({@code reason}). */
public enum InventoryProblem {
    EMPTY_FILE,
    /** Over the size limit: answered with 413 ({@code PAYLOAD_TOO_LARGE}) rather than 400. */
    FILE_TOO_LARGE,
    NO_KEY_COLUMN,
    UNKNOWN_COLUMN,
    UNSUPPORTED_CHARSET,
    UNDECODABLE_BYTES,
    UNCLOSED_QUOTE,
    CHARACTERS_AFTER_QUOTE,
    TOO_MANY_COLUMNS,
    CELL_TOO_LONG,
    ROW_TOO_LONG,
    TOO_MANY_ROWS
}
