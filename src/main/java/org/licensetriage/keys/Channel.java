package org.licensetriage.keys;

/** The licence channel a key group belongs to, from the key types of the group table. */
public enum Channel {
    RETAIL,
    OEM,
    VOLUME_MAK,
    VOLUME_GVLK,
    VOLUME_CSVLK,
    EVALUATION,
    UNKNOWN
}
