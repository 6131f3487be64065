package org.licensetriage.reading;

import java.util.Locale;
import org.licensetriage.keys.Channel;

/** The licence channel a name Windows writes stands for: {@code OEM_DM}, {@code VOLUME_KMSCLIENT}, {@code Volume:GVLK}. */
final class Channels {

    private Channels() {
    }

    static Channel of(String written) {
        String name = written.toUpperCase(Locale.ROOT).replace(':', '_');
        if (name.contains("EVAL")) {
            return Channel.EVALUATION;
        }
        if (name.startsWith("OEM")) {
            return Channel.OEM;
        }
        if (name.startsWith("RETAIL")) {
            return Channel.RETAIL;
        }
        if (name.equals("VOLUME_KMSCLIENT") || name.equals("VOLUME_GVLK")) {
            return Channel.VOLUME_GVLK;
        }
        if (name.equals("VOLUME_MAK")) {
            return Channel.VOLUME_MAK;
        }
        if (name.startsWith("VOLUME_KMS") || name.equals("VOLUME_CSVLK")) {
            return Channel.VOLUME_CSVLK;
        }
        return Channel.UNKNOWN;
    }
}
