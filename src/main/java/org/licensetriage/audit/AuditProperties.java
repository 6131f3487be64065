package org.licensetriage.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of {@code POST /keys/audit}.
 *
 * @param maxBodySize the largest inventory read (its own limit: the other endpoints keep
 *     {@code licensetriage.web.max-body-size}); 100,000 rows of key and edition are about 4 MB, of a
 *     wide inventory (ten columns) about 20 MB
 * @param maxRows data rows per file
 * @param maxColumns columns per row
 * @param maxCellLength characters per cell
 * @param maxRowLength characters per row
 */
@ConfigurationProperties("licensetriage.audit")
public record AuditProperties(@DefaultValue("32MB") DataSize maxBodySize, @DefaultValue("500000") int maxRows,
        @DefaultValue("1000") int maxColumns, @DefaultValue("4096") int maxCellLength,
        @DefaultValue("65536") int maxRowLength) {

    public AuditLimits limits() {
        return new AuditLimits(maxBodySize.toBytes(), maxRows, maxColumns, maxCellLength, maxRowLength);
    }
}
