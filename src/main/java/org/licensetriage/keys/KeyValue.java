package org.licensetriage.keys;

/**
 * The 128-bit value a Windows 8+ key encodes, as two longs, with its fields: group ID (bits 0–19), serial
 * (20–49), security value (50–102), checksum (103–112), upgrade (113) and extra (114).
 */
record KeyValue(long hi, long lo) {

    static final int MAX_GROUP_ID = (1 << 20) - 1;
    static final long MAX_SERIAL = (1L << 30) - 1;
    static final long MAX_SECURITY = (1L << 53) - 1;
    static final int MAX_CHECKSUM = (1 << 10) - 1;

    // Bits 103–112 are bits 39–48 of the high word, 113 and 114 its bits 49 and 50.
    private static final int CHECKSUM_SHIFT = 39;
    private static final long CHECKSUM_MASK = (long) MAX_CHECKSUM << CHECKSUM_SHIFT;

    /** Builds a value from its fields and sets the checksum that belongs to them. */
    static KeyValue of(int groupId, long serial, long security, boolean upgrade, boolean extra) {
        if (groupId < 0 || groupId > MAX_GROUP_ID || serial < 0 || serial > MAX_SERIAL || security < 0
                || security > MAX_SECURITY) {
            throw new IllegalArgumentException("a field is out of range");
        }
        long lo = groupId | serial << 20 | security << 50;
        long hi = security >>> 14 | (upgrade ? 1L << 49 : 0) | (extra ? 1L << 50 : 0);
        KeyValue unsigned = new KeyValue(hi, lo);
        return unsigned.withChecksum(unsigned.computedChecksum());
    }

    int groupId() {
        return (int) (lo & MAX_GROUP_ID);
    }

    long serial() {
        return (lo >>> 20) & MAX_SERIAL;
    }

    long security() {
        return lo >>> 50 | (hi & ((1L << 39) - 1)) << 14;
    }

    int checksum() {
        return (int) (hi >>> CHECKSUM_SHIFT) & MAX_CHECKSUM;
    }

    boolean upgrade() {
        return (hi >>> 49 & 1) != 0;
    }

    boolean extra() {
        return (hi >>> 50 & 1) != 0;
    }

    /** CRC-32/BZIP2 of the 16 little-endian bytes with the checksum bits cleared, low 10 bits. */
    int computedChecksum() {
        return computedChecksum(hi, lo);
    }

    boolean checksumPasses() {
        return checksumPasses(hi, lo);
    }

    KeyValue withChecksum(int checksum) {
        return new KeyValue(hi & ~CHECKSUM_MASK | (long) (checksum & MAX_CHECKSUM) << CHECKSUM_SHIFT, lo);
    }

    static int computedChecksum(long hi, long lo) {
        return Crc32Bzip2.ofLittleEndian(lo, hi & ~CHECKSUM_MASK) & MAX_CHECKSUM;
    }

    /** The checksum test on a bare pair of longs, for the repair search that tries candidates without objects. */
    static boolean checksumPasses(long hi, long lo) {
        return computedChecksum(hi, lo) == ((int) (hi >>> CHECKSUM_SHIFT) & MAX_CHECKSUM);
    }
}
