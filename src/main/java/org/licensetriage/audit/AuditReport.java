package org.licensetriage.audit;

import java.io.IOException;

/** Where an audit writes: the header once, each row as it is read, then the summary (always, errors included). */
interface AuditReport {

    void start(InventoryColumns columns, InventoryEncoding encoding) throws IOException;

    void row(AuditRow row) throws IOException;

    void end(AuditSummary summary) throws IOException;
}
