package org.licensetriage.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry.
 *
 * @param maxBodySize the largest request body read; the largest legitimate one (1,000 keys in a batch,
 *     or a 20,000-character message in escaped JSON) stays well below the default
 */
@ConfigurationProperties("licensetriage.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
