package org.licensetriage.keys;

/** CRC-32/BZIP2: polynomial 0x04C11DB7, initial value and final XOR 0xFFFFFFFF, bits not reflected. */
final class Crc32Bzip2 {

    private static final int POLYNOMIAL = 0x04C11DB7;
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000_0000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
            }
            TABLE[i] = crc;
        }
    }

    private Crc32Bzip2() {
    }

    static int of(byte[] bytes) {
        int crc = 0xFFFF_FFFF;
        for (byte b : bytes) {
            crc = update(crc, b);
        }
        return ~crc;
    }

    /** The CRC of the 16 bytes of {@code lo} then {@code hi}, each little-endian, without building an array. */
    static int ofLittleEndian(long lo, long hi) {
        int crc = 0xFFFF_FFFF;
        for (int shift = 0; shift < 64; shift += 8) {
            crc = update(crc, (int) (lo >>> shift));
        }
        for (int shift = 0; shift < 64; shift += 8) {
            crc = update(crc, (int) (hi >>> shift));
        }
        return ~crc;
    }

    private static int update(int crc, int b) {
        return (crc << 8) ^ TABLE[((crc >>> 24) ^ b) & 0xFF];
    }
}
