package org.licensetriage.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The console encoder Spring Boot would use (its pattern, or its structured JSON when
 * {@code logging.structured.format.console} is set), with every key-shaped text in the finished line masked:
 * no framework message, exception or stack trace can print a whole product key.
 */
public class MaskingEncoder extends EncoderBase<ILoggingEvent> {

    private String pattern = "";
    private String structuredFormat = "";
    private Charset charset = StandardCharsets.UTF_8;
    private Encoder<ILoggingEvent> delegate;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setStructuredFormat(String structuredFormat) {
        this.structuredFormat = structuredFormat == null ? "" : structuredFormat.strip();
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        if (structuredFormat.isEmpty()) {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setPattern(pattern);
            encoder.setCharset(charset);
            delegate = encoder;
        } else {
            StructuredLogEncoder encoder = new StructuredLogEncoder();
            encoder.setFormat(structuredFormat);
            encoder.setCharset(charset);
            delegate = encoder;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] line = delegate.encode(event);
        String text = new String(line, charset);
        String masked = KeyMasking.mask(text);
        return masked == text ? line : masked.getBytes(charset);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
