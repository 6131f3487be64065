package org.licensetriage.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.env.StandardEnvironment;

class KeyMaskingTest {

    @ParameterizedTest
    @ValueSource(strings = {"VK7JG-NPHTM-C97JM-9MPGT-3V66T", "vk7jg-nphtm-c97jm-9mpgt-3v66t", "VK7JGNPHTMC97JM9MPGT3V66T",
            "VK7JG—NPHTM—C97JM—9MPGT—3V66T", "ＶＫ７ＪＧーＮＰＨＴＭーＣ９７ＪＭー９ＭＰＧＴー３Ｖ６６Ｔ", "VK7JG NPHTM C97JM 9MPGT 3V66T",
            "O0OOO-11111-SSSSS-AAAAA-3V66T"})
    void keysInAnyFormAreMaskedToTheirLastGroup(String key) {
        String masked = KeyMasking.mask("rejected value [" + key + "] in field productKey");
        assertThat(masked).contains("XXXXX-XXXXX-XXXXX-XXXXX-").doesNotContain(key)
                .startsWith("rejected value [XXXXX").endsWith("] in field productKey");
    }

    @Test
    void repeatedAndAdjacentKeysAreAllMasked() {
        String key = "VK7JG-NPHTM-C97JM-9MPGT-3V66T";
        assertThat(KeyMasking.mask(key + " and " + key + "," + key)).doesNotContain("VK7JG");
        assertThat(KeyMasking.mask(key.repeat(8))).doesNotContain("NPHTM");
    }

    @Test
    void ordinaryLogTextIsLeftAlone() {
        String line = "2026-11-24T14:55:19.310Z  INFO 13974 --- [main] o.l.errors.KnowledgeBaseConfiguration : "
                + "Knowledge base 7336045fce7d loaded: 114 entries; request 3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b";
        assertThat(KeyMasking.mask(line)).isSameAs(line);
        assertThat(KeyMasking.mask("XXXXX-XXXXX-XXXXX-XXXXX-3V66T")).isEqualTo("XXXXX-XXXXX-XXXXX-XXXXX-3V66T");
    }

    @Test
    void structuredJsonLinesAreMaskedToo() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putObject("org.springframework.core.env.Environment", new StandardEnvironment());
        MaskingEncoder encoder = new MaskingEncoder();
        encoder.setContext(context);
        encoder.setStructuredFormat("ecs");
        encoder.start();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.INFO,
                "customer key W269N-WFGWX-YVC9B-4J6C9-T83GX", null, null);
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertThat(line).startsWith("{").contains("XXXXX-XXXXX-XXXXX-XXXXX-T83GX").doesNotContain("W269N");
    }
}
